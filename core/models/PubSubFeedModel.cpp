#include "models/PubSubFeedModel.h"

namespace charla {

PubSubFeedModel::PubSubFeedModel(PubSubFeature *pubsub, QObject *parent)
    : QAbstractListModel(parent)
{
    if (pubsub) {
        connect(pubsub, &PubSubFeature::itemPublished, this, &PubSubFeedModel::add);
        connect(pubsub, &PubSubFeature::itemRetracted, this, &PubSubFeedModel::retract);
    }
}

int PubSubFeedModel::find(const QString &service, const QString &node, const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_items.size(); ++i) {
        const PubSubItem &it = m_items.at(i);
        if (it.id == id && it.node == node && it.service == service)
            return i;
    }
    return -1;
}

void PubSubFeedModel::add(const PubSubItem &item)
{
    const int old = find(item.service, item.node, item.id);
    if (old >= 0) {
        // XEP-0060 7.1.2: publishing an existing id overwrites it: the row moves to the top.
        beginRemoveRows({}, old, old);
        m_items.removeAt(old);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(item);
    endInsertRows();
}

void PubSubFeedModel::retract(const QString &service, const QString &node, const QString &id)
{
    const int row = find(service, node, id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void PubSubFeedModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
}

int PubSubFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PubSubFeedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PubSubItem &it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return it.text.isEmpty() ? it.title : it.title + QStringLiteral(": ") + it.text;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 / %2 / %3").arg(it.service, it.node, it.id);
    case ServiceRole:
        return it.service;
    case NodeRole:
        return it.node;
    case IdRole:
        return it.id;
    case TitleRole:
        return it.title;
    case TextRole:
        return it.text;
    case PublisherRole:
        return it.publisher;
    case ReceivedRole:
        return it.received;
    default:
        return {};
    }
}

QHash<int, QByteArray> PubSubFeedModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ServiceRole, "service");
    names.insert(NodeRole, "node");
    names.insert(IdRole, "itemId");
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    names.insert(PublisherRole, "publisher");
    names.insert(ReceivedRole, "received");
    return names;
}

} // namespace charla
