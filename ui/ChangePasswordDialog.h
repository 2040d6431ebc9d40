#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace charla {

class Account;

/// Changes an account's password on its server (XEP-0077 3.3) and then in the keychain
/// (Account::changePassword): the new password typed twice, the outcome said in words.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Account *account, QWidget *parent = nullptr);

    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    /// The sentence shown (a problem, or the outcome).
    QString messageText() const;

    void accept() override;

private:
    void say(const QString &text, bool problem);

    QPointer<Account> m_account;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_done = false;
};

} // namespace charla
