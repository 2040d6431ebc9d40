#include "OccupantSortModel.h"

#include "models/OccupantModel.h"

namespace charla {

OccupantSortModel::OccupantSortModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool OccupantSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(OccupantModel::IsGroupRole).toBool())
        return left.row() < right.row(); // the groups stay in the model's order
    const int a = left.data(OccupantModel::AffiliationRole).toInt();
    const int b = right.data(OccupantModel::AffiliationRole).toInt();
    if (a != b)
        return a > b; // MucAffiliation ascends in power
    const int byNick = QString::localeAwareCompare(left.data().toString().toCaseFolded(),
                                                   right.data().toString().toCaseFolded());
    if (byNick != 0)
        return byNick < 0;
    return left.data(OccupantModel::NickRole).toString()
           < right.data(OccupantModel::NickRole).toString();
}

} // namespace charla
