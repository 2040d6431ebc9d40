#include "models/OccupantModel.h"

#include "features/MucFeature.h"
#include "models/VisibleNick.h"

#include <QCoreApplication>

#include <algorithm>

namespace charla {

namespace {
// internalId of an index: 0 for group rows, group + 1 for occupant rows (so parent() needs no
// pointer into entries that a flush may delete).
constexpr quintptr kGroupId = 0;
// Past this many separate runs in one group, one dataChanged() over the span is cheaper.
constexpr int kMaxRuns = 64;

const QList<int> kCountRoles{Qt::DisplayRole, OccupantModel::CountRole};

std::vector<std::pair<int, int>> runsOf(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<std::pair<int, int>> runs;
    for (int r : rows) {
        if (!runs.empty() && runs.back().second + 1 == r)
            runs.back().second = r;
        else
            runs.emplace_back(r, r);
    }
    return runs;
}
} // namespace

OccupantModel::OccupantModel(MucFeature *feature, const Jid &room, QObject *parent)
    : QAbstractItemModel(parent), m_feature(feature), m_room(room.bare())
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &OccupantModel::flush);
    if (!feature)
        return;
    auto mine = [this](const Jid &r) { return r == m_room; };
    connect(feature, &MucFeature::occupantJoined, this,
            [this, mine](const Jid &r, const QString &nick) {
                if (mine(r))
                    markDirty(nick);
            });
    connect(feature, &MucFeature::occupantChanged, this,
            [this, mine](const Jid &r, const QString &nick) {
                if (mine(r))
                    markDirty(nick);
            });
    connect(feature, &MucFeature::occupantLeft, this,
            [this, mine](const Jid &r, const QString &nick) {
                if (mine(r))
                    markDirty(nick);
            });
    connect(feature, &MucFeature::occupantRenamed, this,
            [this, mine](const Jid &r, const QString &oldNick, const QString &newNick) {
                if (!mine(r))
                    return;
                markDirty(oldNick);
                markDirty(newNick);
            });
    connect(feature, &MucFeature::occupantsCleared, this, [this, mine](const Jid &r) {
        if (mine(r))
            clearAll();
    });
    loadAll();
}

OccupantModel::~OccupantModel()
{
    qDeleteAll(m_byNick);
}

OccupantModel::Group OccupantModel::groupOf(MucRole role)
{
    switch (role) {
    case MucRole::Moderator:
        return Group::Moderators;
    case MucRole::Visitor:
        return Group::Visitors;
    default:
        return Group::Participants;
    }
}

QString OccupantModel::groupName(int group)
{
    switch (Group(group)) {
    case Group::Moderators:
        return QCoreApplication::translate("charla::OccupantModel", "Moderators");
    case Group::Participants:
        return QCoreApplication::translate("charla::OccupantModel", "Participants");
    case Group::Visitors:
        return QCoreApplication::translate("charla::OccupantModel", "Visitors");
    }
    return QString();
}

OccupantModel::Entry *OccupantModel::makeEntry(const MucOccupant &o) const
{
    auto *e = new Entry;
    e->occupant = o;
    e->display = visibleNick(o.nick);
    e->invisibles = e->display != o.nick;
    e->group = int(groupOf(o.role));
    return e;
}

void OccupantModel::loadAll()
{
    const MucRoom *room = m_feature ? m_feature->room(m_room) : nullptr;
    if (!room || room->occupants.isEmpty())
        return;
    std::vector<Entry *> added[kGroups];
    for (const MucOccupant &o : room->occupants) {
        Entry *e = makeEntry(o);
        m_byNick.insert(o.nick, e);
        added[e->group].push_back(e);
    }
    for (int g = 0; g < kGroups; ++g) {
        if (added[g].empty())
            continue;
        const int first = int(m_rows[g].size());
        beginInsertRows(createIndex(g, 0, kGroupId), first, first + int(added[g].size()) - 1);
        m_rows[g].insert(m_rows[g].end(), added[g].begin(), added[g].end());
        reindex(g, first);
        endInsertRows();
    }
    Q_EMIT dataChanged(createIndex(0, 0, kGroupId), createIndex(kGroups - 1, 0, kGroupId),
                       kCountRoles);
}

void OccupantModel::markDirty(const QString &nick)
{
    m_dirty.insert(nick, true);
    scheduleFlush();
}

void OccupantModel::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    qint64 delay = 0;
    if (m_flushIntervalMs > 0 && m_sinceFlush.isValid())
        delay = std::max<qint64>(0, m_flushIntervalMs - m_sinceFlush.elapsed());
    m_flushTimer.start(int(delay));
}

void OccupantModel::reindex(int group, int from)
{
    std::vector<Entry *> &rows = m_rows[group];
    for (int i = std::max(0, from); i < int(rows.size()); ++i)
        rows[size_t(i)]->row = i;
}

void OccupantModel::clearAll()
{
    m_dirty.clear();
    m_flushTimer.stop();
    for (int g = 0; g < kGroups; ++g) {
        if (m_rows[g].empty())
            continue;
        beginRemoveRows(createIndex(g, 0, kGroupId), 0, int(m_rows[g].size()) - 1);
        m_rows[g].clear();
        endRemoveRows();
    }
    qDeleteAll(m_byNick);
    m_byNick.clear();
    Q_EMIT dataChanged(createIndex(0, 0, kGroupId), createIndex(kGroups - 1, 0, kGroupId),
                       kCountRoles);
}

void OccupantModel::flush()
{
    m_sinceFlush.start();
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    QHash<QString, bool> dirty;
    dirty.swap(m_dirty);

    // 1. Decide, from the feature's current state, what each dirty nick became.
    std::vector<int> removeRows[kGroups];
    std::vector<Entry *> added[kGroups];
    std::vector<Entry *> changed;
    std::vector<Entry *> doomed;
    for (auto it = dirty.cbegin(); it != dirty.cend(); ++it) {
        const QString &nick = it.key();
        const MucOccupant *o = m_feature ? m_feature->occupant(m_room, nick) : nullptr;
        Entry *e = m_byNick.value(nick);
        if (!o) {
            if (e) {
                removeRows[e->group].push_back(e->row);
                m_byNick.remove(nick);
                doomed.push_back(e);
            }
            continue;
        }
        if (!e) {
            Entry *n = makeEntry(*o);
            m_byNick.insert(nick, n);
            added[n->group].push_back(n);
            continue;
        }
        const int group = int(groupOf(o->role));
        if (group != e->group) {
            // A role change moves the row to another group: out here, in there.
            removeRows[e->group].push_back(e->row);
            Entry *n = makeEntry(*o);
            m_byNick.insert(nick, n);
            doomed.push_back(e);
            added[n->group].push_back(n);
        } else if (e->occupant != *o) {
            e->occupant = *o;
            e->display = visibleNick(o->nick);
            e->invisibles = e->display != o->nick;
            changed.push_back(e);
        }
    }

    // 2. Removals, one run of adjacent rows at a time, from the bottom up.
    bool counts = false;
    for (int g = 0; g < kGroups; ++g) {
        if (removeRows[g].empty())
            continue;
        counts = true;
        const auto runs = runsOf(removeRows[g]);
        for (auto r = runs.rbegin(); r != runs.rend(); ++r) {
            beginRemoveRows(createIndex(g, 0, kGroupId), r->first, r->second);
            m_rows[g].erase(m_rows[g].begin() + r->first, m_rows[g].begin() + r->second + 1);
            endRemoveRows();
        }
        reindex(g, runs.front().first);
    }
    qDeleteAll(doomed);

    // 3. Changes in place (rows are valid again after the removals).
    if (!changed.empty()) {
        std::vector<int> rows[kGroups];
        for (const Entry *e : changed)
            rows[e->group].push_back(e->row);
        for (int g = 0; g < kGroups; ++g) {
            if (rows[g].empty())
                continue;
            auto runs = runsOf(rows[g]);
            if (int(runs.size()) > kMaxRuns)
                runs = {{runs.front().first, runs.back().second}};
            for (const auto &[first, last] : runs)
                Q_EMIT dataChanged(createIndex(first, 0, quintptr(g + 1)),
                                   createIndex(last, 0, quintptr(g + 1)));
        }
    }

    // 4. Newcomers: appended, one insertion per group.
    for (int g = 0; g < kGroups; ++g) {
        if (added[g].empty())
            continue;
        counts = true;
        const int first = int(m_rows[g].size());
        beginInsertRows(createIndex(g, 0, kGroupId), first, first + int(added[g].size()) - 1);
        m_rows[g].insert(m_rows[g].end(), added[g].begin(), added[g].end());
        reindex(g, first);
        endInsertRows();
    }
    if (counts)
        Q_EMIT dataChanged(createIndex(0, 0, kGroupId), createIndex(kGroups - 1, 0, kGroupId),
                           kCountRoles);
}

QModelIndex OccupantModel::groupIndex(Group group) const
{
    return createIndex(int(group), 0, kGroupId);
}

QModelIndex OccupantModel::indexOfNick(const QString &nick) const
{
    const Entry *e = m_byNick.value(nick);
    return e ? createIndex(e->row, 0, quintptr(e->group + 1)) : QModelIndex();
}

int OccupantModel::occupantCount() const
{
    return int(m_rows[0].size() + m_rows[1].size() + m_rows[2].size());
}

QModelIndex OccupantModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < kGroups ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= kGroups)
        return {};
    if (row >= int(m_rows[parent.row()].size()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex OccupantModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int OccupantModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_rows[parent.row()].size());
}

int OccupantModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool OccupantModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant OccupantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const int g = index.row();
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2)").arg(groupName(g)).arg(m_rows[g].size());
        case IsGroupRole:
            return true;
        case CountRole:
            return int(m_rows[g].size());
        default:
            return {};
        }
    }
    const int g = int(index.internalId() - 1);
    const Entry *e = m_rows[g][size_t(index.row())];
    const MucOccupant &o = e->occupant;
    switch (role) {
    case Qt::DisplayRole:
        return e->display;
    case Qt::ToolTipRole:
        return o.realJid.isValid() ? o.realJid.bare().full() : e->display;
    case IsGroupRole:
        return false;
    case NickRole:
        return o.nick;
    case RoleRole:
        return int(o.role);
    case AffiliationRole:
        return int(o.affiliation);
    case ShowRole:
        return int(o.show);
    case StatusTextRole:
        return o.status;
    case RealJidRole:
        return o.realJid.isValid() ? o.realJid.bare().full() : QString();
    case OccupantIdRole:
        return o.occupantId;
    case SelfRole:
        return o.self;
    case HasInvisiblesRole:
        return e->invisibles;
    default:
        return {};
    }
}

Qt::ItemFlags OccupantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> OccupantModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IsGroupRole, "isGroup");
    names.insert(NickRole, "nick");
    names.insert(RoleRole, "role");
    names.insert(AffiliationRole, "affiliation");
    names.insert(ShowRole, "show");
    names.insert(StatusTextRole, "statusText");
    names.insert(RealJidRole, "realJid");
    names.insert(OccupantIdRole, "occupantId");
    names.insert(SelfRole, "self");
    names.insert(HasInvisiblesRole, "hasInvisibles");
    names.insert(CountRole, "count");
    return names;
}

} // namespace charla
