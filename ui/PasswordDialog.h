#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace charla {

class Account;

/// Asks for an account's password when the keychain could not give it
/// (Account::passwordNeeded), says why, and that the password will not be saved.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p reason is the sentence Account::passwordNeeded gave.
    PasswordDialog(Account *account, const QString &reason, QWidget *parent = nullptr);

    /// The masked password field and the Connect button (for tests).
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *okButton() const { return m_ok; }
    /// The reason as shown.
    QString reasonText() const;

    /// Connects the account with the typed password and empties the field.
    void accept() override;

private:
    QPointer<Account> m_account;
    QLabel *m_reason = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace charla
