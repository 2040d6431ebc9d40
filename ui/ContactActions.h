#pragma once

#include "AvatarProvider.h"
#include "stanza/RosterItem.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QTreeView;
class QWidget;

namespace charla {

class BlockingFeature;
class Client;
class PresenceFeature;
class RosterFeature;

/// What a person can do with contacts, for the Contacts menu and the contact list's context
/// menu: add a contact, rename it, change its groups, manage the subscriptions (RFC 6121 3) and
/// remove it. The actions follow the view's current contact; dialogs are window-modal and open
/// without blocking, and the work is done through the account's RosterFeature and
/// PresenceFeature: the list changes when the server's roster push arrives.
class ContactActions : public QObject
{
    Q_OBJECT
public:
    /// @p view shows a RosterModel (through proxies); dialogs are children of @p window.
    ContactActions(QTreeView *view, QWidget *window);

    /// Makes the contacts of @p account editable through these features.
    void addAccount(const QString &account, RosterFeature *roster, PresenceFeature *presence);
    void removeAccount(const QString &account);
    RosterFeature *roster(const QString &account) const;
    PresenceFeature *presence(const QString &account) const;
    /// The accounts known, in the order they were added.
    QStringList accounts() const { return m_order; }
    /// The client of @p account (through its RosterFeature), for the other features; null when
    /// unknown.
    Client *client(const QString &account) const;
    /// @p account's blocklist, when its client has one.
    BlockingFeature *blocking(const QString &account) const;
    /// Pictures for the details dialog (may be null).
    void setAvatarProvider(AvatarProvider *provider) { m_avatars = provider; }

    /// Opens the chat with a contact (account, bare JID): enables the Chat action for the
    /// contacts of accounts @p canChat accepts (all when not given).
    using ChatOpener = std::function<void(const QString &account, const QString &jid)>;
    void setChatOpener(ChatOpener opener,
                       std::function<bool(const QString &account)> canChat = {});
    QAction *chatAction() const { return m_chat; }

    /// Fills the menu bar's Contacts menu (kept in step with the current contact).
    void fillMenu(QMenu *menu);
    /// Shows the context menu of @p index (a row of the view) at @p globalPos.
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);

    QAction *addContactAction() const { return m_add; }
    QAction *renameAction() const { return m_rename; }
    QAction *editGroupsAction() const { return m_groups; }
    QAction *askAction() const { return m_ask; }
    QAction *allowAction() const { return m_allow; }
    QAction *stopSharingAction() const { return m_stopSharing; }
    QAction *stopSeeingAction() const { return m_stopSeeing; }
    QAction *removeAction() const { return m_remove; }
    QAction *detailsAction() const { return m_details; }
    QAction *blockAction() const { return m_block; }
    QAction *unblockAction() const { return m_unblock; }
    QAction *blockedListAction() const { return m_blockedList; }
    QAction *editOwnDetailsAction() const { return m_editOwn; }
    QAction *changePictureAction() const { return m_changePicture; }

    /// Publishes the image in @p path as @p account's avatar: scaled to at most 192 pixels and
    /// sent as PNG. Errors are shown in a message box (window-modal).
    void publishPicture(const QString &account, const QString &path);

    /// The groups of @p account's roster, sorted.
    QStringList groupsOf(const QString &account) const;
    /// The nickname we introduce ourselves with in subscription requests (XEP-0172).
    static QString ownNick(const QString &account);

Q_SIGNALS:
    /// A sentence for the status bar (a failed roster change).
    void message(const QString &text);

public Q_SLOTS:
    /// Opens the Add Contact dialog.
    void addContact();
    /// Enables and shows the actions that apply to the current contact.
    void updateActions();

private:
    struct Features
    {
        QPointer<RosterFeature> roster;
        QPointer<PresenceFeature> presence;
    };
    struct Target
    {
        QString account;
        QString jid;
        QString name; // as shown: the roster name, or the JID
        bool valid = false;
    };
    Target current() const;
    QString describe(const Target &t) const;
    void rename();
    void editGroups();
    void removeContact();
    void subscription(QAction *action);
    void reportError(const QString &what, const QString &error);
    /// Changes one roster item through @p change and sends it; @p failure is said if refused.
    void updateContact(const Target &t, const std::function<void(RosterItem &)> &change,
                       const QString &failure);
    void showDetails();
    void setBlocked(bool blocked);
    void showBlockedList();
    void editOwnDetails();
    void changePicture();
    QString ownAccount() const;

    QTreeView *m_view = nullptr;
    QWidget *m_window = nullptr;
    QHash<QString, Features> m_features;
    QStringList m_order;
    QAction *m_chat = nullptr;
    QAction *m_add = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_groups = nullptr;
    QAction *m_ask = nullptr;
    QAction *m_allow = nullptr;
    QAction *m_stopSharing = nullptr;
    QAction *m_stopSeeing = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_details = nullptr;
    QAction *m_block = nullptr;
    QAction *m_unblock = nullptr;
    QAction *m_blockedList = nullptr;
    QAction *m_editOwn = nullptr;
    QAction *m_changePicture = nullptr;
    QPointer<AvatarProvider> m_avatars;
    ChatOpener m_openChat;
    std::function<bool(const QString &account)> m_canChat;
};

} // namespace charla
