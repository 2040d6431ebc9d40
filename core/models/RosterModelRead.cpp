// RosterModel's answers to views: the QAbstractItemModel interface and the typed accessors
// the delegate and filter use. The tree itself is built and updated in RosterModel.cpp.
#include "models/RosterModelNodes.h"

#include <QCoreApplication>

namespace charla {

using rostermodel::emptyString;

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
