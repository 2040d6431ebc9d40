#pragma once

#include "stanza/ChatMessage.h"
#include "storage/AppSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QSettings;
class QUrl;

namespace charla {

class ArchiveLoader;
class AvatarProvider;
class ChatTab;
class ChatWindow;
class ConversationModel;
class MamFeature;
class DesktopNotifier;
class MessageFeature;
class PresenceFeature;
class RosterFeature;
class SearchPanel;
class TrayIcon;

/// The chats of all accounts: maps (account, JID) to its tab, opens tabs in a shared ChatWindow
/// (or one window per chat), follows each account's MessageFeature (new messages, chat states),
/// counts unread messages per chat (tabs, contact list, tray), notifies about messages in chats
/// nobody is looking at (unless muted), and gives the tabs' requests to the MessageFeature.
class ChatManager : public QObject
{
    Q_OBJECT
public:
    /// Shows a desktop notification (title and plain text) for a chat.
    using Notifier = std::function<void(const QString &title, const QString &text,
                                        const QString &account, const QString &jid)>;

    explicit ChatManager(AvatarProvider *avatars = nullptr, QObject *parent = nullptr);
    ~ChatManager() override;

    /// Chats of @p account go through @p messages; @p roster and @p presence give names and
    /// statuses (may be null).
    void addAccount(const QString &account, MessageFeature *messages, RosterFeature *roster,
                    PresenceFeature *presence);
    void removeAccount(const QString &account);
    QStringList accounts() const { return m_accounts.keys(); }
    MessageFeature *messages(const QString &account) const;
    /// The account's archive (XEP-0313): an opened chat asks it for its newest page, and
    /// scrolling past the local history for older pages (may be null: local history only).
    void setArchive(const QString &account, MamFeature *mam);
    /// The archive loader of an open chat (null when the account has no archive).
    ArchiveLoader *archiveLoader(const QString &account, const QString &jid) const;

    /// Deletes the chat's local history after asking (@p ask false: without asking, for
    /// tests and scripts). It is not refilled from the archive afterwards.
    bool clearHistory(const QString &account, const QString &jid, bool ask = true);
    /// Writes the chat as plain text to @p path (atomically); false with a sentence in @p error.
    bool exportHistory(const QString &account, const QString &jid, const QString &path,
                       QString *error = nullptr) const;
    /// Asks where to save the chat (a file dialog) and writes it there; errors are shown.
    void exportHistoryInteractively(ChatTab *tab);

    /// Where the chat settings (muted chats, window mode, geometry) are kept: the profile's
    /// settings file (INI); the application's default settings when empty.
    void setSettingsFile(const QString &path);

    /// The tray whose badge shows the unread total and which shows notifications (may be null).
    void setTrayIcon(TrayIcon *tray);
    /// Replaces the tray notification (tests, or another notification service).
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }
    /// What an xmpp:ROOM?join link does (the rooms ui: the Join Room dialog).
    using RoomJoiner = std::function<void(const QString &account, const QString &room)>;
    void setRoomJoiner(RoomJoiner joiner) { m_roomJoiner = std::move(joiner); }
    /// Where xmpp: links clicked in a chat of @p account go (the desktop's link handler, which
    /// asks like for a link from outside); without one the chat asks and openXmppUri() acts.
    using XmppLinkHandler = std::function<bool(const QString &account, const QUrl &url)>;
    void setXmppLinkHandler(XmppLinkHandler handler) { m_linkHandler = std::move(handler); }
    /// Notifications through the desktop's service (or the tray), with their actions wired:
    /// a click opens the chat, "Reply" opens it with the composer focused, "Mark as read"
    /// clears its unread count. A chat's notification goes away when the chat is read.
    void setDesktopNotifier(DesktopNotifier *notifier);
    /// The preferences notifications follow (enabled, do not disturb, per-chat mode). Without
    /// one, the manager keeps its own on the settings file.
    void setAppSettings(AppSettings *settings);
    AppSettings *appSettings() const;

    /// Opens (or shows) the chat with @p jid (bare) of @p account; @p focus raises it.
    ChatTab *openChat(const QString &account, const QString &jid, bool focus = true);
    ChatTab *tab(const QString &account, const QString &jid) const;
    void closeChat(ChatTab *tab);
    /// Opens the chat and scrolls to message @p id, highlighted (a search result).
    bool showMessage(const QString &account, const QString &jid, qint64 id);
    /// Acts on an xmpp: URI (RFC 5122): opens a chat with its JID for @p account.
    bool openXmppUri(const QString &account, const QUrl &uri);

    /// Each chat in its own window instead of tabs (saved in the settings).
    void setOneWindowPerChat(bool on);
    bool oneWindowPerChat() const { return m_perChatWindows; }
    /// What a chat notifies about (AppSettings::notifyMode); the tab's menu follows it.
    void setNotifyMode(const QString &account, const QString &jid, AppSettings::NotifyMode mode);
    /// @p isRoom: a group chat (its default is MentionsOnly).
    AppSettings::NotifyMode notifyMode(const QString &account, const QString &jid,
                                       bool isRoom = false) const;
    /// Muted or All (the old on/off switch).
    void setMuted(const QString &account, const QString &jid, bool muted);
    bool isMuted(const QString &account, const QString &jid) const;

    /// A new message in a chat of @p account (MessageFeature's, or a room's from RoomManager):
    /// counted unread unless seen, notified as AppSettings::wantsNotification() says (@p room: a
    /// group chat, mentions only by default; @p mention: it names our nick), and announced with
    /// messageArrived().
    void received(const QString &account, const ChatMessage &message, bool room = false,
                  bool mention = false);

    int unreadCount(const QString &account, const QString &jid) const;
    /// "Mark as read" without opening the chat: its unread count goes, and the sender gets a
    /// XEP-0333 displayed marker for the newest message when read markers are allowed.
    void markRead(const QString &account, const QString &jid);
    int totalUnread() const;

    /// The history search panel (created on first use; a window of its own).
    SearchPanel *searchPanel();
    /// Shows the search panel with its field focused.
    void showSearch();
    /// "Search messages…" (Ctrl+Shift+F): shows the search panel.
    QAction *searchAction() const { return m_searchAction; }
    /// "Open chats in separate windows" (checkable, follows oneWindowPerChat()).
    QAction *separateWindowsAction() const { return m_separateAction; }
    ChatWindow *sharedWindow() const;
    QList<ChatWindow *> windows() const;

Q_SIGNALS:
    void unreadChanged(const QString &account, const QString &jid, int count);
    void totalUnreadChanged(int total);
    /// A new tab was made for a chat (before it is shown): rooms add their parts to it.
    void tabOpened(charla::ChatTab *tab);
    /// An incoming message arrived (chat = the conversation's JID: a room's bare JID for room
    /// messages). @p mention: a room message that names our nick.
    void messageArrived(const QString &account, const charla::ChatMessage &message, bool room,
                        bool mention);
    /// A chat window was made (window-wide shortcuts and actions are added to it here).
    void windowCreated(charla::ChatWindow *window);

private:
    struct AccountLinks
    {
        QPointer<MessageFeature> messages;
        QPointer<RosterFeature> roster;
        QPointer<PresenceFeature> presence;
        QPointer<MamFeature> mam;
    };
    struct Chat
    {
        QPointer<ChatTab> tab;
        ConversationModel *model = nullptr;
        QPointer<ChatWindow> window;
        QPointer<ArchiveLoader> archive;
    };
    std::unique_ptr<QSettings> settings() const;
    static QString key(const QString &account, const QString &jid);
    QString chatName(const QString &account, const QString &jid) const;
    void wire(ChatTab *tab);
    void attachArchive(Chat &chat);
    void updatePresence(ChatTab *tab);
    void setUnread(const QString &account, const QString &jid, int count);
    ChatWindow *windowFor(ChatTab *tab);
    void notify(const QString &account, const ChatMessage &message);
    /// The composer's spelling: on or off, the chat's language, the personal word list.
    void setUpSpelling(ChatTab *tab);

    QPointer<AvatarProvider> m_avatars;
    QPointer<TrayIcon> m_tray;
    Notifier m_notifier;
    RoomJoiner m_roomJoiner;
    XmppLinkHandler m_linkHandler;
    QHash<QString, AccountLinks> m_accounts;
    QHash<QString, Chat> m_chats;
    QHash<QString, int> m_unread;
    QSet<QString> m_cleared; ///< chats whose local history was deleted: not refilled
    QPointer<AppSettings> m_appSettings; ///< given by setAppSettings(), else m_ownSettings
    AppSettings *m_ownSettings = nullptr;
    QPointer<DesktopNotifier> m_desktop;
    QPointer<ChatWindow> m_window;
    QPointer<SearchPanel> m_search;
    QString m_settingsFile;
    bool m_perChatWindows = false;
    QString m_lastNotified;
    QAction *m_searchAction = nullptr;
    QAction *m_separateAction = nullptr; ///< key of the chat the last notification was about
};

} // namespace charla
