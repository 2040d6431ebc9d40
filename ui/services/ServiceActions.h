#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QWidget;

namespace charla {

class Account;
class AccountActions;
class AccountManager;
class AvatarProvider;
class DeleteAccountDialog;
class DiscoBrowser;
class GatewaysDialog;
class PubSubFeedModel;
class PubSubWindow;
class RunCommandDialog;
class ServerInfoWindow;

/// The Services menu: per account, the service discovery browser, running a command, the XML
/// console and the server information. Kept out of MainWindow, which only places the menu.
class ServiceActions : public QObject
{
    Q_OBJECT
public:
    ServiceActions(AccountManager *accounts, AccountActions *accountActions, QWidget *window);

    /// Fills @p menu; rebuilt each time it opens (accounts come, go and connect).
    void fillMenu(QMenu *menu);

    /// Opens a discovery browser for @p account at @p jid (its server when empty).
    DiscoBrowser *openDiscovery(Account *account, const QString &jid = QString());
    /// Opens the command list for @p account, at its server.
    RunCommandDialog *openRunCommand(Account *account);
    /// Opens (or raises) @p account's server information.
    ServerInfoWindow *openServerInfo(Account *account);

    /// Opens @p account's gateways (XEP-0100).
    GatewaysDialog *openGateways(Account *account);
    /// Opens (or raises) @p account's publish-subscribe window; its feed outlives the window.
    PubSubWindow *openPubSub(Account *account);
    /// Asks, then deletes @p account on its server and removes it from Charla.
    DeleteAccountDialog *openDeleteAccount(Account *account);

    /// Gives the contacts of registered gateways (and the gateways) their network's icon in
    /// @p avatars when they have no picture of their own.
    void setAvatarProvider(AvatarProvider *avatars);

    /// How a room found in the browser is joined (the rooms ui's join dialog when there is
    /// one); by default Charla asks for a nickname and joins.
    using RoomJoiner = std::function<void(Account *account, const QString &roomJid)>;
    void setRoomJoiner(RoomJoiner joiner) { m_joinRoom = std::move(joiner); }

private:
    void rebuildMenu();
    void fillAccountMenu(QMenu *menu, Account *account);
    void joinRoom(Account *account, const QString &jid);
    void addContact(Account *account, const QString &jid, const QString &name);

    AccountManager *m_accounts = nullptr;
    AccountActions *m_accountActions = nullptr;
    QWidget *m_window = nullptr;
    QPointer<QMenu> m_menu;
    RoomJoiner m_joinRoom;
    QPointer<AvatarProvider> m_avatars;
    QHash<QString, QPointer<ServerInfoWindow>> m_serverInfo;
    QHash<QString, QPointer<PubSubWindow>> m_pubsubWindows;
    QHash<QString, QPointer<PubSubFeedModel>> m_feeds;
};

} // namespace charla
