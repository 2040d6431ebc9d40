#pragma once

#include "features/MucFeature.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace charla {

class Account;
class AccountManager;
class AvatarProvider;
class ChatManager;
class RoomManager;

/// Group chat in the main window: "Join Room…" (Ctrl+J), the bookmarked rooms, and the
/// notices of invitations (non-modal: Join, Decline, or close). Follows the AccountManager so
/// every account's MucFeature and BookmarksFeature reach the RoomManager.
class RoomActions : public QObject
{
    Q_OBJECT
public:
    RoomActions(AccountManager *accounts, ChatManager *chats, AvatarProvider *avatars,
                QWidget *window);

    RoomManager *rooms() const { return m_rooms; }
    QAction *joinAction() const { return m_join; }
    /// Makes @p menu the Rooms menu: "Join Room…" and the bookmarked rooms (a click joins).
    void fillMenu(QMenu *menu);
    /// Shows the join dialog (for @p account and @p room when given).
    void showJoinDialog(const QString &account = QString(), const QString &room = QString());
    /// Shows the notice of @p invitation (what a received one does).
    QWidget *showInvitation(const QString &account, const MucFeature::Invitation &invitation);

private:
    void addAccount(Account *account);
    void fillBookmarks(QMenu *menu);

    QPointer<AccountManager> m_accounts;
    QPointer<QWidget> m_window;
    RoomManager *m_rooms;
    QAction *m_join;
};

} // namespace charla
