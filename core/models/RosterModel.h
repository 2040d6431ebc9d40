#pragma once

#include "stanza/Jid.h"
#include "stanza/Presence.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <vector>

namespace charla {

class Account;
class PresenceFeature;
class RosterFeature;

/// The contact list as a tree: account -> group -> contact (Qt Core only).
///
/// Every roster group is a row under its account; contacts without a group go into a translated
/// "Contacts" pseudo-group, and a contact in several groups has a row in each. New groups and
/// contacts are appended; a whole roster (at start or on a reset) comes in the order
/// RosterFeature::items() lists it. Sorting and filtering are RosterFilterModel's job.
///
/// RosterFeature::rosterReset() replaces only that account's rows (removed, then inserted): other
/// accounts, and a view's expanded and selected rows in them, are left alone; no model reset.
///
/// The model never sees XML: it follows the keyed signals of RosterFeature and PresenceFeature
/// and turns them into exact begin/end calls. Presence changes are batched: they are collected and
/// applied on the next turn of the event loop (see setPresenceFlushInterval()) as one
/// dataChanged() per changed range of each group plus one for the group rows (their online
/// counts), so a flood of presences costs a handful of signals instead of one per stanza. Until
/// then data() returns the previous presence.
///
/// Everything data() returns is cached in the model, so a view never reaches into a feature and a
/// feature being destroyed (with its account) never leaves a dangling read.
class RosterModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// What a row is.
    enum class Kind { Account, Group, Contact };
    Q_ENUM(Kind)

    /// Data roles (also exposed through roleNames()).
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int of Kind
        JidRole,           ///< QString: the contact's bare JID; the account's JID on account rows
        AccountRole,       ///< QString: the bare JID of the account the row belongs to
        NameRole,          ///< QString: the roster name (may be empty)
        GroupRole,         ///< QString: the group this row is in; empty for the pseudo-group
        GroupsRole,        ///< QStringList: every group of the contact
        ShowRole,          ///< int of Presence::Show (Offline without an available resource);
                           ///< on account rows the account's own show
        StatusTextRole,    ///< QString: the best resource's status; own status on account rows
        SubscriptionRole,  ///< int of RosterItem::Subscription
        AskRole,           ///< bool: our subscription request is pending (ask='subscribe')
        ResourceCountRole, ///< int: available resources
        IdleSinceRole,     ///< QDateTime (XEP-0319), invalid when not idle
        ContactCountRole,  ///< int, group rows: contacts in the group
        OnlineCountRole,   ///< int, group rows: contacts in the group that are not offline
        AccountStateRole,  ///< QString, account rows: Account::stateText()
    };
    Q_ENUM(Role)

    explicit RosterModel(QObject *parent = nullptr);
    ~RosterModel() override;

    /// Shows @p account's roster and presence, and its state on the account row.
    void addAccount(Account *account);
    /// Shows a roster without an Account (tests, tools); @p presence may be null.
    void addAccount(const Jid &accountJid, RosterFeature *roster, PresenceFeature *presence);
    /// Removes the account's rows; nothing happens when it is not shown.
    void removeAccount(const Jid &accountJid);
    void removeAccount(Account *account);
    int accountCount() const { return int(m_accounts.size()); }
    /// A contact row as a screen reader says it (Qt::AccessibleTextRole): "Alice, online,
    /// at the beach".
    static QString accessibleText(const QString &name, Presence::Show show, const QString &status);

    /// The account row of @p accountJid (invalid when not shown).
    QModelIndex accountIndex(const Jid &accountJid) const;
    /// The row of @p group (empty: the pseudo-group) under @p accountJid, or invalid.
    QModelIndex groupIndex(const Jid &accountJid, const QString &group) const;
    /// Every row of @p contact under @p accountJid (one per group), in group order.
    QModelIndexList contactIndexes(const Jid &accountJid, const Jid &contact) const;

    /// Presence changes are applied on the next event-loop turn, but at most once per @p ms:
    /// a change after a quiet moment shows at once, while a flood (the roster's presences at
    /// login) is applied in a few batches instead of once per socket read, so sorting proxies and
    /// views re-sort and re-lay out a few times rather than hundreds. 0: every turn. Default 50.
    void setPresenceFlushInterval(int ms) { m_flushIntervalMs = ms; }
    /// Applies the presence changes collected so far now, instead of on the next flush.
    void flushPresence();
    int presenceFlushInterval() const { return m_flushIntervalMs; }

    /// The name shown for the pseudo-group of contacts without a group ("Contacts").
    static QString ungroupedName();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Fast, allocation-free reads for RosterFilterModel's sorting and filtering, which call them
    // hundreds of thousands of times when a large roster is sorted (data() builds a QVariant).
    /// The kind of @p index (which must be valid and of this model).
    Kind kindOf(const QModelIndex &index) const;
    /// What DisplayRole shows, by reference.
    const QString &displayOf(const QModelIndex &index) const;
    /// The contact's bare JID, the account JID, or empty for group rows.
    const QString &jidOf(const QModelIndex &index) const;
    /// The contact's show (Offline for other rows).
    Presence::Show showOf(const QModelIndex &index) const;
    /// True for the "Contacts" pseudo-group row.
    bool isUngroupedGroup(const QModelIndex &index) const;
    /// A locale-aware, case-insensitive collation key of what DisplayRole shows (numbers compare
    /// by value), computed once per name: sorting compares keys instead of collating strings
    /// again at every comparison, which is what makes sorting 50,000 contacts affordable.
    const QCollatorSortKey &sortKeyOf(const QModelIndex &index) const;

private:
    struct Node;
    struct Contact;
    struct AccountEntry;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    AccountEntry *entryOf(const Jid &accountJid) const;

    void connectAccount(AccountEntry *entry);
    void buildContacts(AccountEntry *entry);
    Node *ensureGroup(AccountEntry *entry, const QString &group, bool notify);
    void insertContactRow(Contact *contact, Node *group, bool notify);
    void removeContactRow(Node *row);
    bool refreshPresence(AccountEntry *entry, Contact *contact);

    void onRosterReset(AccountEntry *entry);
    void onItemAdded(AccountEntry *entry, const Jid &jid);
    void onItemChanged(AccountEntry *entry, const Jid &jid);
    void onItemRemoved(AccountEntry *entry, const Jid &jid);
    void onPresenceChanged(AccountEntry *entry, const Jid &bare);
    void onPresenceReset(AccountEntry *entry);
    void onAccountRowChanged(AccountEntry *entry);
    void scheduleFlush();
    void emitGroupRowsChanged(AccountEntry *entry, const std::vector<Node *> &groups,
                              const QList<int> &roles);

    std::vector<std::unique_ptr<AccountEntry>> m_accounts;
    QCollator m_collator;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    int m_flushIntervalMs = 50;
};

} // namespace charla
