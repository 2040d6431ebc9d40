#pragma once

#include "features/PubSubFeature.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace charla {

/// The notifications of subscribed pubsub nodes as a feed, newest first (XEP-0060 7.1.2): what
/// a "notifications" conversation shows. A republished item id replaces its older row; a
/// retraction removes it. Sees PubSubItem values, never XML.
class PubSubFeedModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        NodeRole,
        IdRole,
        TitleRole,
        TextRole,
        PublisherRole,
        ReceivedRole,
    };

    explicit PubSubFeedModel(PubSubFeature *pubsub = nullptr, QObject *parent = nullptr);

    /// Adds @p item at the top (replacing the row with the same service, node and id).
    void add(const PubSubItem &item);
    void retract(const QString &service, const QString &node, const QString &id);
    void clear();
    PubSubItem item(int row) const { return m_items.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int find(const QString &service, const QString &node, const QString &id) const;
    QList<PubSubItem> m_items;
};

} // namespace charla
