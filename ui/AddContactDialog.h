#pragma once

#include "stanza/Jid.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace charla {

/// Asks for a contact to add: the address (checked as it is typed, with the reason shown under
/// the field), an optional name and group, and the account when there are several.
class AddContactDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p accounts: bare JIDs to choose from (the first is preselected); @p groups: existing
    /// groups offered in the group field.
    AddContactDialog(const QStringList &accounts, const QStringList &groups,
                     QWidget *parent = nullptr);

    /// The account chosen.
    QString account() const;
    /// The contact's bare address (invalid while the field is not a valid address).
    Jid jid() const { return m_jid; }
    QString name() const;
    /// The group typed or chosen; empty for none.
    QString group() const;
    /// Why the address cannot be added, as shown under the field; empty when it can.
    QString errorText() const;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *groupBox() const { return m_group; }

private:
    void validate();

    QComboBox *m_account = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_group = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Jid m_jid;
};

} // namespace charla
