#pragma once

// The nodes behind RosterModel, shared by its two source files (RosterModel.cpp builds and
// updates the tree, RosterModelRead.cpp answers the views). Not part of the public API.

#include "models/RosterModel.h"

#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stanza/RosterItem.h"

#include <QPointer>

#include <optional>
#include <unordered_map>

namespace charla {

namespace rostermodel {

struct JidHash
{
    size_t operator()(const Jid &jid) const noexcept { return qHash(jid); }
};

inline const QString &emptyString()
{
    static const QString empty;
    return empty;
}

} // namespace rostermodel

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
    std::unordered_map<Jid, std::unique_ptr<Contact>, rostermodel::JidHash> contacts;
    std::vector<Contact *> pending; // contacts whose presence changed since the last flush
    std::vector<QMetaObject::Connection> connections;
    Presence::Show ownShow = Presence::Show::Offline;
    QString ownStatus;
    QString stateText;
};

} // namespace charla
