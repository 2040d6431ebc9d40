#pragma once

#include "features/MucOccupant.h"
#include "stanza/Jid.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace charla {

class MucFeature;

/// The occupants of one room as a two-level tree (Qt Core only): three fixed group rows,
/// Moderators, Participants and Visitors, each with the occupants of that role (in the order
/// they came; sorting is a proxy's job, as for the roster).
///
/// Follows MucFeature's keyed occupant signals and batches them like RosterModel: changes are
/// collected and applied on the next event-loop turn, but at most once per flush interval, as
/// one beginInsertRows() per group for the newcomers, one beginRemoveRows() per run of adjacent
/// leavers, and one dataChanged() per run of adjacent changed rows. Joining a room of 5,000
/// fills it in a handful of insertions instead of 5,000. Until a flush, data() shows the
/// previous state. Everything shown is cached here, so the feature is never read from a view.
class OccupantModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// The three groups, in row order.
    enum class Group { Moderators, Participants, Visitors };
    Q_ENUM(Group)

    enum Role {
        IsGroupRole = Qt::UserRole + 1, ///< bool: a group row
        NickRole,        ///< QString: the nick as the room has it (DisplayRole escapes it)
        RoleRole,        ///< int of MucRole
        AffiliationRole, ///< int of MucAffiliation
        ShowRole,        ///< int of Presence::Show
        StatusTextRole,  ///< QString
        RealJidRole,     ///< QString: the real bare JID where the room shows it, else empty
        OccupantIdRole,  ///< QString: XEP-0421 id, empty when the room gives none
        SelfRole,        ///< bool: this is us
        HasInvisiblesRole, ///< bool: the nick has characters DisplayRole had to write out
        CountRole,       ///< int, group rows: occupants in the group
    };
    Q_ENUM(Role)

    OccupantModel(MucFeature *feature, const Jid &room, QObject *parent = nullptr);
    ~OccupantModel() override;

    Jid room() const { return m_room; }
    /// Changes are applied on the next turn of the event loop, at most once per @p ms
    /// (default 50; 0: every turn).
    void setFlushInterval(int ms) { m_flushIntervalMs = ms; }
    int flushInterval() const { return m_flushIntervalMs; }
    /// Applies what was collected so far now.
    void flush();
    /// The group an occupant of @p role is shown in.
    static Group groupOf(MucRole role);
    /// The row of group @p group.
    QModelIndex groupIndex(Group group) const;
    /// The row of @p nick, or invalid.
    QModelIndex indexOfNick(const QString &nick) const;
    /// Occupants shown (after the last flush).
    int occupantCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        MucOccupant occupant;
        QString display; ///< visibleNick(), computed once
        bool invisibles = false;
        int group = 0;
        int row = 0;
    };
    static constexpr int kGroups = 3;

    void markDirty(const QString &nick);
    void scheduleFlush();
    void clearAll();
    void loadAll();
    Entry *makeEntry(const MucOccupant &o) const;
    void reindex(int group, int from);
    static QString groupName(int group);

    QPointer<MucFeature> m_feature;
    Jid m_room;
    std::vector<Entry *> m_rows[kGroups];
    QHash<QString, Entry *> m_byNick; ///< owns the entries
    QHash<QString, bool> m_dirty;     ///< nicks to re-read from the feature at the next flush
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    int m_flushIntervalMs = 50;
};

} // namespace charla
