#pragma once

#include "storage/Profile.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace charla {

class AccountManager;
class Client;

/// The window people live in: accounts, contact list, own status.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);

    /// The contact list view (exposed for tests and screenshots).
    QTreeView *rosterView() const { return m_roster; }
    /// The sentence shown for the accounts' connection state.
    QString accountStatusText() const;

    /// The client of an account (null when unknown), for tests.
    Client *client(const QString &jid) const;
    AccountManager *accounts() const { return m_accounts; }

private:
    void buildMenus();
    void refreshAccounts();
    void updateStatusText();
    void showAbout();

    Profile m_profile;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_roster = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_accountStatus = nullptr;
    QStandardItemModel *m_model = nullptr;
    AccountManager *m_accounts = nullptr;
};

} // namespace charla
