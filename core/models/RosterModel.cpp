#include "models/RosterModel.h"

#include "account/Account.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stanza/RosterItem.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace charla {

namespace {

struct JidHash
{
    size_t operator()(const Jid &jid) const noexcept { return qHash(jid); }
};

const QString &emptyString()
{
    static const QString empty;
    return empty;
}

// The groups a contact has rows in: its roster groups, or the pseudo-group (empty name).
QStringList rowGroups(const RosterItem &item)
{
    return item.groups.isEmpty() ? QStringList{QString()} : item.groups;
}

const QList<int> kPresenceRoles = {RosterModel::ShowRole, RosterModel::StatusTextRole,
                                   RosterModel::ResourceCountRole, RosterModel::IdleSinceRole};
const QList<int> kCountRoles = {RosterModel::ContactCountRole, RosterModel::OnlineCountRole};

// A flush emits ONE range per group, from the first to the last changed row, never one signal
// per run of adjacent rows: a sorting proxy handles each dataChanged on its own, placing that
// range's rows by binary search among the group's other rows, whose data has already changed in
// this flush but whose order it has not updated yet. With several runs a row could land in the
// wrong place and stay there (a contact coming online left among the offline ones when presences
// arrived in one batch). One range lets the proxy move every changed row at once, and views get
// one signal per group (bench_roster: a 10,000-presence flood costs ~60 signals, not ~11,000).

} // namespace

/// One row of the tree. Nodes are heap-allocated and never move, so a node pointer is a stable
/// internalPointer; `row` is kept current so that parent() is O(1).
struct RosterModel::Node
{
    Kind kind = Kind::Contact;
    // Contact rows: a copy of the contact's show, next to `kind`, because sorting reads both
    // for every comparison and one cache line is cheaper than two.
    Presence::Show show = Presence::Show::Offline;
    Node *parent = nullptr;
    int row = 0;
    AccountEntry *entry = nullptr; // account rows only
    Contact *contact = nullptr;    // contact rows only
    QString group;                 // group rows: the name (empty: the pseudo-group)
    QString display;               // group rows
    int online = 0;                // group rows: contacts not offline
    std::vector<int> dirtyRows;    // group rows: contact rows changed since the last flush
    std::vector<std::unique_ptr<Node>> children;
    // Made when sorting first asks. Kept in the row rather than the contact: one indirection
    // less at each of the hundreds of thousands of comparisons of a large sort.
    mutable std::optional<QCollatorSortKey> key;
};

/// What is shown of one contact, shared by its rows in every group.
struct RosterModel::Contact
{
    RosterItem item;
    QString jid;
    QString display;
    Presence::Show show = Presence::Show::Offline;
    QString status;
    int resources = 0;
    QDateTime idleSince;
    std::vector<Node *> rows;
    bool pending = false; // in AccountEntry::pending

    void setItem(const RosterItem &i)
    {
        item = i;
        jid = i.jid.full();
        const QString shown = i.name.isEmpty() ? jid : i.name;
        if (shown == display)
            return;
        display = shown;
        for (Node *row : rows)
            row->key.reset();
    }
    bool online() const { return show != Presence::Show::Offline; }
};

struct RosterModel::AccountEntry
{
    Jid jid;
    QString jidText;
    QPointer<RosterFeature> roster;
    QPointer<PresenceFeature> presence;
    QPointer<Account> account;
    Node node;
    QHash<QString, Node *> groups;
    std::unordered_map<Jid, std::unique_ptr<Contact>, JidHash> contacts;
    std::vector<Contact *> pending; // contacts whose presence changed since the last flush
    std::vector<QMetaObject::Connection> connections;
    Presence::Show ownShow = Presence::Show::Offline;
    QString ownStatus;
    QString stateText;
};

RosterModel::RosterModel(QObject *parent) : QAbstractItemModel(parent)
{
    // The C locale (LANG=C, a bare container) collates by code point: "Émile" after "zed" and
    // "10" before "2". English rules put accented letters with their base letter instead.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &RosterModel::flushPresence);
}

RosterModel::~RosterModel()
{
    for (const auto &entry : m_accounts) {
        for (const auto &c : entry->connections)
            disconnect(c);
    }
}

QString RosterModel::ungroupedName()
{
    //: The roster group that holds the contacts who are in no group
    return tr("Contacts");
}

// --- Accounts ------------------------------------------------------------------------------------

void RosterModel::addAccount(Account *account)
{
    if (!account || entryOf(account->jid()))
        return;
    addAccount(account->jid(), account->roster(), account->presence());
    AccountEntry *entry = entryOf(account->jid());
    if (!entry)
        return;
    entry->account = account;
    entry->stateText = account->stateText();
    entry->connections.push_back(connect(account, &Account::stateChanged, this, [this, entry] {
        if (entry->account)
            entry->stateText = entry->account->stateText();
        onAccountRowChanged(entry);
    }));
    // The account's destructor runs before its features go: forget it first.
    const Jid jid = account->jid();
    entry->connections.push_back(
        connect(account, &QObject::destroyed, this, [this, jid] { removeAccount(jid); }));
    onAccountRowChanged(entry);
}

void RosterModel::addAccount(const Jid &accountJid, RosterFeature *roster,
                             PresenceFeature *presence)
{
    const Jid jid = accountJid.bare();
    if (!roster || entryOf(jid))
        return;
    auto entry = std::make_unique<AccountEntry>();
    entry->jid = jid;
    entry->jidText = jid.full();
    entry->roster = roster;
    entry->presence = presence;
    entry->node.kind = Kind::Account;
    entry->node.entry = entry.get();
    entry->node.row = int(m_accounts.size());
    if (presence) {
        entry->ownShow = presence->ownShow();
        entry->ownStatus = presence->ownStatus();
    }
    // The cached roster shows at once, before (or without) a connection.
    buildContacts(entry.get());
    AccountEntry *raw = entry.get();
    beginInsertRows({}, int(m_accounts.size()), int(m_accounts.size()));
    m_accounts.push_back(std::move(entry));
    endInsertRows();
    connectAccount(raw);
}

void RosterModel::connectAccount(AccountEntry *e)
{
    RosterFeature *roster = e->roster;
    auto &c = e->connections;
    c.push_back(
        connect(roster, &RosterFeature::rosterReset, this, [this, e] { onRosterReset(e); }));
    c.push_back(connect(roster, &RosterFeature::itemAdded, this,
                        [this, e](const Jid &jid) { onItemAdded(e, jid); }));
    c.push_back(connect(roster, &RosterFeature::itemChanged, this,
                        [this, e](const Jid &jid) { onItemChanged(e, jid); }));
    c.push_back(connect(roster, &RosterFeature::itemRemoved, this,
                        [this, e](const Jid &jid) { onItemRemoved(e, jid); }));
    const Jid jid = e->jid;
    c.push_back(connect(roster, &QObject::destroyed, this, [this, jid] { removeAccount(jid); }));
    if (PresenceFeature *presence = e->presence) {
        c.push_back(connect(presence, &PresenceFeature::presenceChanged, this,
                            [this, e](const Jid &bare) { onPresenceChanged(e, bare); }));
        c.push_back(connect(presence, &PresenceFeature::presenceReset, this,
                            [this, e] { onPresenceReset(e); }));
        c.push_back(connect(presence, &PresenceFeature::ownPresenceChanged, this, [this, e] {
            if (!e->presence)
                return;
            e->ownShow = e->presence->ownShow();
            e->ownStatus = e->presence->ownStatus();
            onAccountRowChanged(e);
        }));
    }
}

void RosterModel::removeAccount(Account *account)
{
    if (account)
        removeAccount(account->jid());
}

void RosterModel::removeAccount(const Jid &accountJid)
{
    AccountEntry *entry = entryOf(accountJid.bare());
    if (!entry)
        return;
    for (const auto &c : entry->connections)
        disconnect(c);
    entry->connections.clear();
    const int row = entry->node.row;
    beginRemoveRows({}, row, row);
    m_accounts.erase(m_accounts.begin() + row);
    for (int i = row; i < int(m_accounts.size()); ++i)
        m_accounts[size_t(i)]->node.row = i;
    endRemoveRows();
}

void RosterModel::onAccountRowChanged(AccountEntry *entry)
{
    const QModelIndex i = indexOf(&entry->node);
    Q_EMIT dataChanged(i, i, {ShowRole, StatusTextRole, AccountStateRole});
}

// --- Building and editing the tree ---------------------------------------------------------------

void RosterModel::buildContacts(AccountEntry *entry)
{
    // Called while the account's subtree is not part of the model (a new account, or after a
    // reset removed its rows), so nothing is announced row by row.
    const QList<RosterItem> items = entry->roster->items();
    entry->contacts.reserve(size_t(items.size()));
    for (const RosterItem &item : items) {
        auto contact = std::make_unique<Contact>();
        contact->setItem(item);
        refreshPresence(entry, contact.get());
        for (const QString &g : rowGroups(item))
            insertContactRow(contact.get(), ensureGroup(entry, g, false), false);
        entry->contacts.emplace(item.jid, std::move(contact));
    }
}

RosterModel::Node *RosterModel::ensureGroup(AccountEntry *entry, const QString &group, bool notify)
{
    if (Node *existing = entry->groups.value(group))
        return existing;
    auto node = std::make_unique<Node>();
    node->kind = Kind::Group;
    node->parent = &entry->node;
    node->row = int(entry->node.children.size());
    node->group = group;
    node->display = group.isEmpty() ? ungroupedName() : group;
    Node *raw = node.get();
    if (notify)
        beginInsertRows(indexOf(&entry->node), raw->row, raw->row);
    entry->node.children.push_back(std::move(node));
    entry->groups.insert(group, raw);
    if (notify)
        endInsertRows();
    return raw;
}

void RosterModel::insertContactRow(Contact *contact, Node *group, bool notify)
{
    const int row = int(group->children.size());
    if (notify)
        beginInsertRows(indexOf(group), row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Contact;
    node->parent = group;
    node->row = row;
    node->contact = contact;
    node->show = contact->show;
    contact->rows.push_back(node.get());
    group->children.push_back(std::move(node));
    if (contact->online())
        ++group->online;
    if (notify)
        endInsertRows();
}

void RosterModel::removeContactRow(Node *row)
{
    Node *group = row->parent;
    Node *account = group->parent;
    const int r = row->row;
    beginRemoveRows(indexOf(group), r, r);
    Contact *contact = row->contact;
    contact->rows.erase(std::find(contact->rows.begin(), contact->rows.end(), row));
    if (contact->online())
        --group->online;
    group->children.erase(group->children.begin() + r);
    for (size_t i = size_t(r); i < group->children.size(); ++i)
        group->children[i]->row = int(i);
    endRemoveRows();

    if (!group->children.empty()) {
        const QModelIndex g = indexOf(group);
        Q_EMIT dataChanged(g, g, kCountRoles);
        return;
    }
    // A group exists only through its contacts.
    const int gr = group->row;
    beginRemoveRows(indexOf(account), gr, gr);
    account->entry->groups.remove(group->group);
    account->children.erase(account->children.begin() + gr);
    for (size_t i = size_t(gr); i < account->children.size(); ++i)
        account->children[i]->row = int(i);
    endRemoveRows();
}

bool RosterModel::refreshPresence(AccountEntry *entry, Contact *contact)
{
    Presence best;
    best.show = Presence::Show::Offline;
    int resources = 0;
    if (entry->presence) {
        best = entry->presence->best(contact->item.jid);
        resources = int(entry->presence->resources(contact->item.jid).size());
    }
    if (best.show == contact->show && best.status == contact->status &&
        resources == contact->resources && best.idleSince == contact->idleSince)
        return false;
    const bool wasOnline = contact->online();
    contact->show = best.show;
    contact->status = best.status;
    contact->resources = resources;
    contact->idleSince = best.idleSince;
    for (Node *row : contact->rows) {
        row->show = contact->show;
        if (wasOnline != contact->online())
            row->parent->online += contact->online() ? 1 : -1;
    }
    return true;
}

// --- Roster signals ------------------------------------------------------------------------------

void RosterModel::onRosterReset(AccountEntry *entry)
{
    // Only this account's rows are replaced: other accounts, and views' state for them, stay.
    const QModelIndex account = indexOf(&entry->node);
    if (!entry->node.children.empty()) {
        beginRemoveRows(account, 0, int(entry->node.children.size()) - 1);
        entry->node.children.clear();
        entry->groups.clear();
        entry->pending.clear();
        entry->contacts.clear();
        endRemoveRows();
    } else {
        entry->pending.clear();
        entry->contacts.clear();
    }
    // Built aside, so that rowCount() still says 0 when rowsAboutToBeInserted is emitted.
    AccountEntry fresh;
    fresh.roster = entry->roster;
    fresh.presence = entry->presence;
    fresh.node.kind = Kind::Account;
    buildContacts(&fresh);
    if (fresh.node.children.empty())
        return;
    beginInsertRows(account, 0, int(fresh.node.children.size()) - 1);
    entry->node.children = std::move(fresh.node.children);
    for (const auto &group : entry->node.children)
        group->parent = &entry->node;
    entry->groups = std::move(fresh.groups);
    entry->contacts = std::move(fresh.contacts);
    endInsertRows();
}

void RosterModel::onItemAdded(AccountEntry *entry, const Jid &jid)
{
    if (entry->contacts.count(jid)) {
        onItemChanged(entry, jid);
        return;
    }
    auto owned = std::make_unique<Contact>();
    Contact *contact = owned.get();
    contact->setItem(entry->roster->item(jid));
    refreshPresence(entry, contact);
    entry->contacts.emplace(jid, std::move(owned));
    for (const QString &g : rowGroups(contact->item)) {
        Node *group = ensureGroup(entry, g, true);
        insertContactRow(contact, group, true);
        const QModelIndex gi = indexOf(group);
        Q_EMIT dataChanged(gi, gi, kCountRoles);
    }
}

void RosterModel::onItemChanged(AccountEntry *entry, const Jid &jid)
{
    const auto it = entry->contacts.find(jid);
    if (it == entry->contacts.end()) {
        onItemAdded(entry, jid);
        return;
    }
    Contact *contact = it->second.get();
    contact->setItem(entry->roster->item(jid));
    const QStringList groups = rowGroups(contact->item);

    // Leave the groups the contact is no longer in, then join the new ones (RFC 6121 2.1.2.3:
    // moving a contact is a push with its new set of groups).
    const std::vector<Node *> rows = contact->rows;
    QStringList kept;
    for (Node *row : rows) {
        if (groups.contains(row->parent->group))
            kept.append(row->parent->group);
        else
            removeContactRow(row);
    }
    for (const QString &g : groups) {
        if (kept.contains(g))
            continue;
        Node *group = ensureGroup(entry, g, true);
        insertContactRow(contact, group, true);
        const QModelIndex gi = indexOf(group);
        Q_EMIT dataChanged(gi, gi, kCountRoles);
    }
    // The rows that stayed show the new name and subscription; their group rows are announced
    // too, because a rename can change whether a filtered group has a matching contact.
    for (Node *row : contact->rows) {
        if (!kept.contains(row->parent->group))
            continue;
        const QModelIndex ri = indexOf(row);
        Q_EMIT dataChanged(ri, ri,
                           {Qt::DisplayRole, NameRole, GroupsRole, SubscriptionRole, AskRole});
        const QModelIndex gi = indexOf(row->parent);
        Q_EMIT dataChanged(gi, gi, kCountRoles);
    }
}

void RosterModel::onItemRemoved(AccountEntry *entry, const Jid &jid)
{
    const auto it = entry->contacts.find(jid);
    if (it == entry->contacts.end())
        return;
    Contact *contact = it->second.get();
    const std::vector<Node *> rows = contact->rows;
    for (Node *row : rows)
        removeContactRow(row);
    if (contact->pending)
        entry->pending.erase(std::find(entry->pending.begin(), entry->pending.end(), contact));
    entry->contacts.erase(it);
}

// --- Presence, batched ---------------------------------------------------------------------------

void RosterModel::onPresenceChanged(AccountEntry *entry, const Jid &bare)
{
    // Presence of someone not in the roster (another resource of our own, a stranger) has no row.
    const auto it = entry->contacts.find(bare);
    if (it == entry->contacts.end() || it->second->pending)
        return;
    it->second->pending = true;
    entry->pending.push_back(it->second.get());
    scheduleFlush();
}

void RosterModel::onPresenceReset(AccountEntry *entry)
{
    for (const auto &[jid, contact] : entry->contacts) {
        if (!contact->pending && (contact->resources > 0 || contact->online())) {
            contact->pending = true;
            entry->pending.push_back(contact.get());
        }
    }
    if (!entry->pending.empty())
        scheduleFlush();
}

void RosterModel::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    qint64 delay = 0;
    if (m_flushIntervalMs > 0 && m_sinceFlush.isValid())
        delay = std::max<qint64>(0, m_flushIntervalMs - m_sinceFlush.elapsed());
    m_flushTimer.start(int(delay));
}

void RosterModel::flushPresence()
{
    m_sinceFlush.start();
    // By index: a slot connected to dataChanged may add or remove accounts.
    for (size_t a = 0; a < m_accounts.size(); ++a) {
        AccountEntry *entry = m_accounts[a].get();
        if (entry->pending.empty())
            continue;
        std::vector<Contact *> pending;
        pending.swap(entry->pending);
        std::vector<Node *> dirtyGroups;
        for (Contact *contact : pending) {
            contact->pending = false;
            if (!refreshPresence(entry, contact))
                continue;
            for (Node *row : contact->rows) {
                Node *group = row->parent;
                if (group->dirtyRows.empty())
                    dirtyGroups.push_back(group);
                group->dirtyRows.push_back(row->row);
            }
        }
        if (dirtyGroups.empty())
            continue;
        std::sort(dirtyGroups.begin(), dirtyGroups.end(),
                  [](const Node *l, const Node *r) { return l->row < r->row; });
        for (Node *group : dirtyGroups) {
            std::vector<int> rows;
            rows.swap(group->dirtyRows);
            std::sort(rows.begin(), rows.end());
            const int first = rows.front();
            const int last = rows.back();
            Q_EMIT dataChanged(createIndex(first, 0, group->children[size_t(first)].get()),
                               createIndex(last, 0, group->children[size_t(last)].get()),
                               kPresenceRoles);
        }
        // One signal for the group rows, whose online counts (and, for a filtering proxy,
        // whether they have a visible contact) may have changed.
        const Node *first = dirtyGroups.front();
        const Node *last = dirtyGroups.back();
        Q_EMIT dataChanged(indexOf(first), indexOf(last), kCountRoles);
    }
}

// --- Lookups -------------------------------------------------------------------------------------

RosterModel::AccountEntry *RosterModel::entryOf(const Jid &accountJid) const
{
    for (const auto &entry : m_accounts) {
        if (entry->jid == accountJid)
            return entry.get();
    }
    return nullptr;
}

RosterModel::Node *RosterModel::nodeOf(const QModelIndex &index) const
{
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex RosterModel::indexOf(const Node *node) const
{
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex RosterModel::accountIndex(const Jid &accountJid) const
{
    const AccountEntry *entry = entryOf(accountJid.bare());
    return entry ? indexOf(&entry->node) : QModelIndex();
}

QModelIndex RosterModel::groupIndex(const Jid &accountJid, const QString &group) const
{
    const AccountEntry *entry = entryOf(accountJid.bare());
    const Node *node = entry ? entry->groups.value(group) : nullptr;
    return node ? indexOf(node) : QModelIndex();
}

QModelIndexList RosterModel::contactIndexes(const Jid &accountJid, const Jid &contact) const
{
    QModelIndexList out;
    const AccountEntry *entry = entryOf(accountJid.bare());
    if (!entry)
        return out;
    const auto it = entry->contacts.find(contact.bare());
    if (it == entry->contacts.end())
        return out;
    for (const Node *row : it->second->rows)
        out.append(indexOf(row));
    return out;
}

// --- QAbstractItemModel --------------------------------------------------------------------------

QModelIndex RosterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_accounts.size()))
            return {};
        return indexOf(&m_accounts[size_t(row)]->node);
    }
    if (parent.column() != 0)
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex RosterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    return p ? indexOf(p) : QModelIndex();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_accounts.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool RosterModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Kind::Contact)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeOf(index);
    if (role == KindRole)
        return int(node->kind);
    switch (node->kind) {
    case Kind::Account: {
        const AccountEntry *e = node->entry;
        switch (role) {
        case Qt::DisplayRole:
        case JidRole:
        case AccountRole:
            return e->jidText;
        case ShowRole:
            return int(e->ownShow);
        case StatusTextRole:
            return e->ownStatus;
        case AccountStateRole:
            return e->stateText;
        }
        return {};
    }
    case Kind::Group:
        switch (role) {
        case Qt::DisplayRole:
            return node->display;
        case GroupRole:
            return node->group;
        case AccountRole:
            return node->parent->entry->jidText;
        case ContactCountRole:
            return int(node->children.size());
        case OnlineCountRole:
            return node->online;
        }
        return {};
    case Kind::Contact: {
        const Contact *c = node->contact;
        switch (role) {
        case Qt::DisplayRole:
            return c->display;
        case JidRole:
            return c->jid;
        case AccountRole:
            return node->parent->parent->entry->jidText;
        case NameRole:
            return c->item.name;
        case GroupRole:
            return node->parent->group;
        case GroupsRole:
            return c->item.groups;
        case ShowRole:
            return int(c->show);
        case StatusTextRole:
            return c->status;
        case SubscriptionRole:
            return int(c->item.subscription);
        case AskRole:
            return c->item.askSubscribe;
        case ResourceCountRole:
            return c->resources;
        case IdleSinceRole:
            return c->idleSince;
        case Qt::AccessibleTextRole:
            return accessibleText(c->display, c->show, c->status);
        }
        return {};
    }
    }
    return {};
}

QString RosterModel::accessibleText(const QString &name, Presence::Show show, const QString &status)
{
    // What a screen reader says for a contact row: "Alice, online, at the beach".
    const char *word = nullptr;
    switch (show) {
    case Presence::Show::Chat:
        word = QT_TRANSLATE_NOOP("charla::RosterModel", "free for chat");
        break;
    case Presence::Show::Online:
        word = QT_TRANSLATE_NOOP("charla::RosterModel", "online");
        break;
    case Presence::Show::Away:
        word = QT_TRANSLATE_NOOP("charla::RosterModel", "away");
        break;
    case Presence::Show::ExtendedAway:
        word = QT_TRANSLATE_NOOP("charla::RosterModel", "away for a while");
        break;
    case Presence::Show::DoNotDisturb:
        word = QT_TRANSLATE_NOOP("charla::RosterModel", "do not disturb");
        break;
    case Presence::Show::Offline:
        word = QT_TRANSLATE_NOOP("charla::RosterModel", "offline");
        break;
    }
    QString text = name + QStringLiteral(", ") +
                   QCoreApplication::translate("charla::RosterModel", word);
    // One line: a status may hold line breaks meant for a tooltip.
    const QString line = status.simplified();
    if (!line.isEmpty())
        text += QStringLiteral(", ") + line;
    return text;
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(JidRole, "jid");
    names.insert(AccountRole, "account");
    names.insert(NameRole, "name");
    names.insert(GroupRole, "group");
    names.insert(GroupsRole, "groups");
    names.insert(ShowRole, "show");
    names.insert(StatusTextRole, "statusText");
    names.insert(SubscriptionRole, "subscription");
    names.insert(AskRole, "ask");
    names.insert(ResourceCountRole, "resourceCount");
    names.insert(IdleSinceRole, "idleSince");
    names.insert(ContactCountRole, "contactCount");
    names.insert(OnlineCountRole, "onlineCount");
    names.insert(AccountStateRole, "accountState");
    return names;
}

// --- Fast reads for the proxy --------------------------------------------------------------------

RosterModel::Kind RosterModel::kindOf(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

const QString &RosterModel::displayOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    switch (node->kind) {
    case Kind::Account:
        return node->entry->jidText;
    case Kind::Group:
        return node->display;
    case Kind::Contact:
        return node->contact->display;
    }
    return emptyString();
}

const QString &RosterModel::jidOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    switch (node->kind) {
    case Kind::Account:
        return node->entry->jidText;
    case Kind::Group:
        break;
    case Kind::Contact:
        return node->contact->jid;
    }
    return emptyString();
}

Presence::Show RosterModel::showOf(const QModelIndex &index) const
{
    return nodeOf(index)->show;
}

const QCollatorSortKey &RosterModel::sortKeyOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node->key)
        node->key.emplace(m_collator.sortKey(displayOf(index)));
    return *node->key;
}

bool RosterModel::isUngroupedGroup(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node->kind == Kind::Group && node->group.isEmpty();
}

} // namespace charla
