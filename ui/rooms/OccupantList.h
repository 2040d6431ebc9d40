#pragma once

#include <QTreeView>

namespace charla {

class OccupantDelegate;
class OccupantSortModel;

/// The occupants of a room beside its messages: an OccupantModel shown as a flat-looking tree
/// (the role groups as captions, always expanded, hidden while empty). Double-click asks for a
/// private chat, the context menu for what may be done to that occupant.
class OccupantList : public QTreeView
{
    Q_OBJECT
public:
    explicit OccupantList(QWidget *parent = nullptr);

    /// Shows @p occupants (an OccupantModel; not owned), sorted by OccupantSortModel.
    void setOccupants(QAbstractItemModel *occupants);
    /// The row of @p nick in the list (the sorted model's index), or invalid.
    QModelIndex indexOfNick(const QString &nick) const;
    OccupantDelegate *occupantDelegate() const { return m_delegate; }
    QSize sizeHint() const override;

Q_SIGNALS:
    /// Double-click or Enter on @p nick.
    void privateChatRequested(const QString &nick);
    /// Right-click on @p nick at @p globalPos.
    void menuRequested(const QString &nick, const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateGroups();
    QString nickAt(const QModelIndex &index) const;

    OccupantDelegate *m_delegate;
    OccupantSortModel *m_sorted;
};

} // namespace charla
