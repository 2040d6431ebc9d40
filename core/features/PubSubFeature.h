#pragma once

#include "features/DiscoClient.h"
#include "features/Feature.h"
#include "stanza/Element.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QDateTime>
#include <QSet>

#include <functional>

namespace charla {

/// One item of a pubsub node (XEP-0060 7.1.2 / 6.5): its id, who published it (when the
/// service says) and its payload, with a short text for people (Atom title/summary or the
/// payload's text) so a feed can show it without reading XML.
struct PubSubItem
{
    QString service; ///< the pubsub service or PEP account
    QString node;
    QString id;
    QString publisher;     ///< may be empty
    Element payload;       ///< the item's first child, null for a notification without payload
    QString title;         ///< Atom <title/>, else the payload's element name
    QString text;          ///< Atom <summary/>/<content/>, else the payload's text
    QDateTime received;

    /// Reads an `<item/>` of @p service / @p node.
    static PubSubItem fromElement(const QString &service, const QString &node, const Element &item);
};

/// XEP-0060 as a subscriber, and XEP-0163 PEP browsing: a service's nodes, a node's items,
/// subscribing and unsubscribing; notifications of subscribed nodes become itemPublished().
///
/// Only events from a service/node this session subscribed to are taken (XEP-0060 7.1.2: a
/// notification comes from the service); PEP events of avatars, bookmarks and the like stay
/// with their features.
class PubSubFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("http://jabber.org/protocol/pubsub");
    static inline const QString EventNamespace =
        QStringLiteral("http://jabber.org/protocol/pubsub#event");

    using NodesCallback = std::function<void(const QList<DiscoItem> &nodes, const Error &error)>;
    using ItemsCallback = std::function<void(const QList<PubSubItem> &items, const Error &error)>;
    using Done = std::function<void(const Error &error)>;

    explicit PubSubFeature(QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;

    /// XEP-0060 5.2: the nodes of @p service (for PEP, the own bare JID), via disco#items.
    void nodes(const Jid &service, QObject *context, NodesCallback done);
    /// XEP-0060 6.5.2: the items of @p node (up to @p max, the most recent; 0 for all).
    void items(const Jid &service, const QString &node, int max, QObject *context,
               ItemsCallback done);
    /// XEP-0060 6.1: subscribes the account's bare JID to @p node.
    void subscribe(const Jid &service, const QString &node, QObject *context, Done done);
    /// XEP-0060 6.2.
    void unsubscribe(const Jid &service, const QString &node, QObject *context, Done done);
    /// Whether this session subscribed to @p service / @p node.
    bool isSubscribed(const Jid &service, const QString &node) const;

Q_SIGNALS:
    /// A subscribed node published @p item (XEP-0060 7.1.2.1).
    void itemPublished(const charla::PubSubItem &item);
    /// A subscribed node retracted @p id (XEP-0060 7.2.2.1).
    void itemRetracted(const QString &service, const QString &node, const QString &id);

private:
    static QString key(const QString &service, const QString &node);
    QSet<QString> m_subscribed;
};

} // namespace charla

Q_DECLARE_METATYPE(charla::PubSubItem)
