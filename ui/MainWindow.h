#pragma once

#include "stanza/Jid.h"
#include "storage/Profile.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QCloseEvent;
class QDialog;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace charla {

class Account;
class AppSettings;
class CloseToTray;
class DesktopNotifier;
class AccountActions;
class AccountManager;
class AutoAway;
class AvatarProvider;
class ChatManager;
class DBusIdleSource;
class InputIdleSource;
class StatusSelector;
class TrayIcon;
class Client;
class ContactActions;
class DesktopActions;
class PresenceFeature;
class RosterDelegate;
class RosterFeature;
class RosterFilterModel;
class RosterModel;
class SubscriptionNotices;

/// The window people live in: accounts, contact list, own status.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The contact list view (exposed for tests and screenshots).
    QTreeView *rosterView() const { return m_roster; }
    /// The sentence shown for the accounts' connection state.
    QString accountStatusText() const;
    /// The sentence shown instead of the contact list (empty while the list is shown).
    QString emptyStateText() const;

    /// The client of an account (null when unknown), for tests.
    Client *client(const QString &jid) const;
    AccountManager *accounts() const { return m_accounts; }
    /// The Account menu's actions: the wizard, settings, enable/disable, removal.
    AccountActions *accountActions() const { return m_accountActions; }

    /// Shows a roster that belongs to no Account (tests, tools), as RosterModel::addAccount()
    /// does; its subscription requests and contact actions work as an account's.
    void addRoster(const Jid &account, RosterFeature *roster, PresenceFeature *presence);

    RosterModel *rosterModel() const { return m_model; }
    RosterFilterModel *rosterFilter() const { return m_proxy; }
    RosterDelegate *rosterDelegate() const { return m_delegate; }
    SubscriptionNotices *subscriptionNotices() const { return m_notices; }
    ContactActions *contactActions() const { return m_actions; }
    AvatarProvider *avatarProvider() const { return m_avatars; }
    ChatManager *chats() const { return m_chats; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    /// Decides what closing this window does (hide to the tray, or quit).
    CloseToTray *closeToTray() const { return m_closeToTray; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *showOfflineAction() const { return m_showOffline; }
    QAction *sortByNameAction() const { return m_sortByName; }
    /// The application's preferences (the Settings dialog's), one instance per window.
    AppSettings *appSettings() const { return m_appSettings; }
    AutoAway *autoAway() const { return m_autoAway; }
    const Profile &profile() const { return m_profile; }
    /// xmpp: links, the welcome screen, New chat, chat window shortcuts (ui/desktop).
    DesktopActions *desktopActions() const { return m_desktopActions; }
    /// Shown instead of the contact list while there is no account (the welcome screen).
    void setWelcomeWidget(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void buildRosterView();
    void refreshAccounts();
    void attach(const QString &account, RosterFeature *roster, PresenceFeature *presence);
    void updateStatusText();
    void updateEmptyState();
    void updateRootIndex();
    void applyExpansion(const QModelIndex &parent, int first, int last);
    void rememberExpansion(const QModelIndex &index, bool expanded);
    void toggleExpansion(const QModelIndex &index);
    void filterChanged(const QString &text);
    void loadViewSettings();
    void saveViewSettings() const;
    /// The window's size and place, restored at the next start.
    void saveGeometrySetting() const;
    bool isOnline(const QString &account) const;
    void showAbout();
    /// Status selector, tray icon, automatic away, and the password and certificate questions.
    void setUpDesktop();
    /// Chats: opened from the contact list, unread badges, the search panel (ui/chat).
    void setUpChats();
    void watchAccount(Account *account);
    void showAccount(Account *account);
    void forgetAccount(Account *account);

protected:
    void closeEvent(QCloseEvent *event) override;

private:

    Profile m_profile;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_roster = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_welcome = nullptr;
    AppSettings *m_appSettings = nullptr;
    DesktopActions *m_desktopActions = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_archiveProgress = nullptr; ///< XEP-0313 login catch-up ("120 of ~500")
    RosterModel *m_model = nullptr;
    RosterFilterModel *m_proxy = nullptr;
    RosterDelegate *m_delegate = nullptr;
    SubscriptionNotices *m_notices = nullptr;
    ContactActions *m_actions = nullptr;
    AvatarProvider *m_avatars = nullptr;
    ChatManager *m_chats = nullptr;
    AccountManager *m_accounts = nullptr;
    AccountActions *m_accountActions = nullptr;
    QAction *m_showOffline = nullptr;
    QAction *m_sortByStatus = nullptr;
    QAction *m_sortByName = nullptr;
    QHash<QString, QPointer<Client>> m_clients; ///< rosters without an Account: their link
    QSet<QString> m_collapsed; ///< "account" or "account/group" (a bare JID has no '/')
    bool m_applyingExpansion = false;
    bool m_loadingSettings = false;
    StatusSelector *m_statusSelector = nullptr;
    TrayIcon *m_tray = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    CloseToTray *m_closeToTray = nullptr;
    AutoAway *m_autoAway = nullptr;
    std::unique_ptr<DBusIdleSource> m_dbusIdle;
    InputIdleSource *m_inputIdle = nullptr;
    QHash<Account *, QPointer<QDialog>> m_questions; ///< one password/certificate question per account
};

} // namespace charla
