#include "models/RosterFilterModel.h"

#include "models/RosterModel.h"

namespace charla {

RosterFilterModel::RosterFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void RosterFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_roster = qobject_cast<RosterModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RosterFilterModel::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    m_sortMode = mode;
    invalidate();
}

void RosterFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

void RosterFilterModel::setShowOffline(bool show)
{
    if (show == m_showOffline)
        return;
    m_showOffline = show;
    invalidateRowsFilter();
}

bool RosterFilterModel::acceptsContact(const QModelIndex &source) const
{
    if (!m_showOffline && m_roster->showOf(source) == Presence::Show::Offline)
        return false;
    return m_filterText.isEmpty() ||
           m_roster->displayOf(source).contains(m_filterText, Qt::CaseInsensitive) ||
           m_roster->jidOf(source).contains(m_filterText, Qt::CaseInsensitive);
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_roster)
        return true;
    const QModelIndex source = m_roster->index(sourceRow, 0, sourceParent);
    switch (m_roster->kindOf(source)) {
    case RosterModel::Kind::Account:
        return true;
    case RosterModel::Kind::Group: {
        const int count = m_roster->rowCount(source);
        if (m_showOffline && m_filterText.isEmpty())
            return count > 0;
        for (int row = 0; row < count; ++row) {
            if (acceptsContact(m_roster->index(row, 0, source)))
                return true;
        }
        return false;
    }
    case RosterModel::Kind::Contact:
        return acceptsContact(source);
    }
    return true;
}

int RosterFilterModel::compareNames(const QModelIndex &left, const QModelIndex &right) const
{
    return m_roster->sortKeyOf(left).compare(m_roster->sortKeyOf(right));
}

bool RosterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_roster)
        return QSortFilterProxyModel::lessThan(left, right);
    switch (m_roster->kindOf(left)) {
    case RosterModel::Kind::Account:
        break; // in the order they were added
    case RosterModel::Kind::Group: {
        const bool leftUngrouped = m_roster->isUngroupedGroup(left);
        if (leftUngrouped != m_roster->isUngroupedGroup(right))
            return m_roster->isUngroupedGroup(right); // the pseudo-group goes last
        if (const int c = compareNames(left, right))
            return c < 0;
        break;
    }
    case RosterModel::Kind::Contact: {
        if (m_sortMode == SortMode::ByStatus) {
            const auto l = m_roster->showOf(left);
            const auto r = m_roster->showOf(right);
            if (l != r)
                return l < r;
        }
        if (const int c = compareNames(left, right))
            return c < 0;
        // Equal names: the JID decides, so the order never depends on arrival.
        if (const int c = m_roster->jidOf(left).compare(m_roster->jidOf(right)))
            return c < 0;
        break;
    }
    }
    return left.row() < right.row();
}

} // namespace charla
