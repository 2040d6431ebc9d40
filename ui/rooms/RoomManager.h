#pragma once

#include "features/MucFeature.h"
#include "stanza/ChatMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QMenu;
class QToolButton;

namespace charla {

class AvatarProvider;
class BookmarksFeature;
class ChatManager;
class ChatTab;
class NickCompleter;
class OccupantList;
class OccupantModel;
class RoomHeader;

/// Group chat in the chat window: a room is a ChatTab of ChatManager (its ConversationModel
/// over the HistoryStore, ChatView, Composer) with the room's parts added: the occupant list
/// beside the messages, the subject line, nick completion on Tab, mentions of our nick marked
/// and notified, and the room's actions (nick, subject, invite, bookmark, configure, leave).
///
/// What the tab asks for goes to the account's MucFeature instead of its MessageFeature; what
/// the room says (joined, removed, errors, notices, subject) becomes the tab's status line and
/// notices. Private messages with an occupant are a chat "room/nick" sent through MucFeature.
class RoomManager : public QObject
{
    Q_OBJECT
public:
    RoomManager(ChatManager *chats, AvatarProvider *avatars = nullptr, QObject *parent = nullptr);
    ~RoomManager() override;

    /// The rooms of @p account go through @p muc; @p bookmarks may be null.
    void addAccount(const QString &account, MucFeature *muc, BookmarksFeature *bookmarks);
    void removeAccount(const QString &account);
    QStringList accounts() const { return m_accounts.keys(); }
    MucFeature *muc(const QString &account) const;
    BookmarksFeature *bookmarks(const QString &account) const;
    ChatManager *chats() const;

    /// Joins @p room as @p nick and opens its tab (or shows it when already there).
    ChatTab *join(const QString &account, const Jid &room, const QString &nick,
                  const QString &password = QString(), bool focus = true);
    /// Opens the tab of @p room (joined or not).
    ChatTab *openRoom(const QString &account, const Jid &room, bool focus = true);
    /// Opens a private chat with occupant @p nick of @p room (chat "room/nick").
    ChatTab *openPrivateChat(const QString &account, const Jid &room, const QString &nick);
    /// Leaves @p room and closes its tab.
    void leave(const QString &account, const Jid &room);

    ChatTab *tab(const QString &account, const Jid &room) const;
    OccupantModel *occupants(const QString &account, const Jid &room) const;
    OccupantList *occupantList(const QString &account, const Jid &room) const;
    RoomHeader *header(const QString &account, const Jid &room) const;
    /// The nick to offer for @p account (the localpart of its JID).
    static QString defaultNick(const QString &account);

Q_SIGNALS:
    void invitationReceived(const QString &account, const charla::MucFeature::Invitation &invitation);

private:
    struct Room
    {
        QPointer<ChatTab> tab;
        QPointer<OccupantModel> model;
        QPointer<OccupantList> list;
        QPointer<RoomHeader> header;
        QPointer<NickCompleter> completer;
    };
    struct Links
    {
        QPointer<MucFeature> muc;
        QPointer<BookmarksFeature> bookmarks;
    };
    static QString key(const QString &account, const QString &jid);
    Room *roomOf(const QString &account, const Jid &room);
    void makeRoomTab(const QString &account, const Jid &room, ChatTab *tab);
    void rewire(const QString &account, const Jid &room, ChatTab *tab);
    void wirePrivate(const QString &account, const Jid &occupant, ChatTab *tab);
    void updateStatus(const QString &account, const Jid &room);
    void notice(const QString &account, const Jid &room, const QString &text);
    void roomMessage(const QString &account, const ChatMessage &message);
    void privateMessage(const QString &account, const ChatMessage &message);
    void joined(const QString &account, const Jid &room, bool created);
    void tabOpened(ChatTab *tab);
    /// Whether a live message of @p room may still be its join history.
    bool isLoadingHistory(const QString &account, const Jid &room) const;

    // RoomMenus.cpp: what the room and occupant menus do
    void fillRoomMenu(const QString &account, const Jid &room, QMenu *menu);
    void showOccupantMenu(const QString &account, const Jid &room, const QString &nick,
                          const QPoint &globalPos);
    void askNick(const QString &account, const Jid &room);
    void askSubject(const QString &account, const Jid &room);
    void askInvite(const QString &account, const Jid &room);
    void toggleBookmark(const QString &account, const Jid &room, bool on);
    void configure(const QString &account, const Jid &room, bool creating);
    void askDestroy(const QString &account, const Jid &room);
    void moderateMessage(const QString &account, const Jid &room, const ChatMessage &message);

    QPointer<ChatManager> m_chats;
    QPointer<AvatarProvider> m_avatars;
    QHash<QString, Links> m_accounts;
    QHash<QString, Room> m_rooms;
    QSet<QString> m_loading; ///< rooms (keys) whose join history is still coming
    QSet<QString> m_privateTabs; ///< private chats (keys) already wired to MucFeature
};

} // namespace charla
