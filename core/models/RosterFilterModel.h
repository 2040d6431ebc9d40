#pragma once

#include <QSortFilterProxyModel>

namespace charla {

class RosterModel;

/// Sorts and filters a RosterModel for the contact list (Qt Core only).
///
/// Accounts keep their order and are always shown. Groups are sorted by name, locale-aware and
/// case-insensitive, with the "Contacts" pseudo-group last; a group is shown while one of its
/// contacts is. Contacts are sorted by availability (Presence::Show order: most available first)
/// and then by name, or by name only; numbers in names sort by value ("Ana 2" before "Ana 10").
///
/// Group visibility is decided here from the group's contacts rather than by Qt's recursive
/// filtering: RosterModel announces a group row whenever one of its contacts changes, so the
/// decision is re-taken exactly when it can change.
class RosterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortMode {
        ByStatus, ///< availability first, then name
        ByName,   ///< name only
    };
    Q_ENUM(SortMode)

    explicit RosterFilterModel(QObject *parent = nullptr);

    /// @p model should be a RosterModel; any other model is shown unsorted and unfiltered.
    void setSourceModel(QAbstractItemModel *model) override;

    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }
    /// Shows only contacts whose name or JID contains @p text (case-insensitive, surrounding
    /// spaces ignored); empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    /// Shows or hides contacts without an available resource (default: shown).
    void setShowOffline(bool show);
    bool showOffline() const { return m_showOffline; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsContact(const QModelIndex &source) const;
    int compareNames(const QModelIndex &left, const QModelIndex &right) const;

    RosterModel *m_roster = nullptr;
    SortMode m_sortMode = SortMode::ByStatus;
    QString m_filterText;
    bool m_showOffline = true;
};

} // namespace charla
