#pragma once

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTreeView;
class QWidget;

namespace charla {

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
};

} // namespace charla
