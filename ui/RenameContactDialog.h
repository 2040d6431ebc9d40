#pragma once

#include <QDialog>

class QLineEdit;

namespace charla {

/// Asks for the name a contact is shown with; an empty name shows the address instead.
class RenameContactDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p jid names the contact, @p name is the current roster name.
    RenameContactDialog(const QString &jid, const QString &name, QWidget *parent = nullptr);

    /// The new name, trimmed (may be empty).
    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    QLineEdit *m_name = nullptr;
};

} // namespace charla
