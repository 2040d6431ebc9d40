#include "OccupantList.h"

#include "OccupantDelegate.h"
#include "OccupantSortModel.h"
#include "models/OccupantModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace charla {

OccupantList::OccupantList(QWidget *parent)
    : QTreeView(parent), m_delegate(new OccupantDelegate(this)),
      m_sorted(new OccupantSortModel(this))
{
    setObjectName(QStringLiteral("occupantList"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(0);
    setItemsExpandable(false);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString nick = nickAt(index);
        if (!nick.isEmpty())
            Q_EMIT privateChatRequested(nick);
    });
}

QSize OccupantList::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20, 300};
}

void OccupantList::setOccupants(QAbstractItemModel *source)
{
    m_sorted->setSourceModel(source);
    setModel(source ? m_sorted : nullptr);
    if (!source)
        return;
    m_sorted->sort(0);
    QAbstractItemModel *occupants = m_sorted;
    // Only the three group rows change their counts; occupants come and go below them.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(occupants, signal, this, &OccupantList::updateGroups);
    connect(occupants, &QAbstractItemModel::modelReset, this, &OccupantList::updateGroups);
    connect(occupants, &QAbstractItemModel::layoutChanged, this, &OccupantList::updateGroups);
    updateGroups();
}

void OccupantList::updateGroups()
{
    QAbstractItemModel *m = model();
    if (!m)
        return;
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        setRowHidden(g, QModelIndex(), m->rowCount(group) == 0);
        if (!isExpanded(group))
            expand(group);
    }
}

QModelIndex OccupantList::indexOfNick(const QString &nick) const
{
    auto *source = qobject_cast<OccupantModel *>(m_sorted->sourceModel());
    return source ? m_sorted->mapFromSource(source->indexOfNick(nick)) : QModelIndex();
}

QString OccupantList::nickAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.data(OccupantModel::IsGroupRole).toBool())
        return {};
    return index.data(OccupantModel::NickRole).toString();
}

void OccupantList::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const QString nick = nickAt(index);
    if (nick.isEmpty())
        return;
    setCurrentIndex(index);
    Q_EMIT menuRequested(nick, event->globalPos());
}

void OccupantList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString nick = nickAt(currentIndex());
        if (!nick.isEmpty()) {
            Q_EMIT privateChatRequested(nick);
            return;
        }
    }
    if (event->key() == Qt::Key_Menu) {
        const QString nick = nickAt(currentIndex());
        if (!nick.isEmpty()) {
            const QRect r = visualRect(currentIndex());
            Q_EMIT menuRequested(nick, viewport()->mapToGlobal(r.center()));
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace charla
