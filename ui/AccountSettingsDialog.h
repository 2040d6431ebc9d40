#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace charla {

class Account;
class AccountManager;
class ConnectionSettingsWidget;

/// One account's settings: whether it is used, how it connects (host, port, proxy), its
/// resource and priority, its blocked contacts, its password, and removing it from Charla.
/// OK saves the settings (Account::setConfig); the other buttons act at once.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountSettingsDialog(AccountManager *manager, Account *account, QWidget *parent = nullptr);

    /// Asks whether to remove @p jid from Charla; true when the person agreed.
    /// Asks before removing @p jid; false when cancelled. @p deleteHistory (optional) tells
    /// whether the person also ticked "delete the local history" (unticked by default).
    static bool askToRemove(QWidget *parent, const QString &jid, bool *deleteHistory = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    ConnectionSettingsWidget *connection() const { return m_connection; }
    QLineEdit *resourceField() const { return m_resource; }
    QSpinBox *priorityField() const { return m_priority; }
    QPushButton *blockedButton() const { return m_blocked; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *removeButton() const { return m_remove; }
    /// A problem with the values, as shown.
    QString messageText() const;

    void accept() override;

private:
    void updateButtons();
    void showBlocked();
    void changePassword();
    void removeAccount();

    QPointer<AccountManager> m_manager;
    QPointer<Account> m_account;
    QCheckBox *m_enabled = nullptr;
    ConnectionSettingsWidget *m_connection = nullptr;
    QLineEdit *m_resource = nullptr;
    QSpinBox *m_priority = nullptr;
    QPushButton *m_blocked = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_offlineNote = nullptr;
};

} // namespace charla
