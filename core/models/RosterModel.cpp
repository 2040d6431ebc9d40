#include "models/RosterModelNodes.h"

#include "account/Account.h"

#include <QCoreApplication>

#include <algorithm>

namespace charla {

namespace {

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

} // namespace charla
