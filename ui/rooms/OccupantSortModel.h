#pragma once

#include <QSortFilterProxyModel>

namespace charla {

/// Sorts an OccupantModel for the occupant list: the role groups keep their order
/// (moderators, participants, visitors); inside a group, owners, then admins, then members,
/// then everyone else, each by nick (case-insensitive, in the locale's order).
class OccupantSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OccupantSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace charla
