#pragma once

#include "stanza/Jid.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace charla {

/// Asks whom to invite to a room, why, and how: straight to them (XEP-0249, with the room's
/// password) or through the room (XEP-0045 7.8.2, which also makes them a member of a
/// members-only room).
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteDialog(const Jid &room, QWidget *parent = nullptr);

    Jid invitee() const;
    QString reason() const;
    bool direct() const;
    QLineEdit *jidEdit() const { return m_jid; }

    void accept() override;

private:
    QLineEdit *m_jid;
    QLineEdit *m_reason;
    QRadioButton *m_direct;
    QRadioButton *m_mediated;
    QLabel *m_error;
};

} // namespace charla
