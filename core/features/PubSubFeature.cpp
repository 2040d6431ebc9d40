#include "features/PubSubFeature.h"

#include "features/CoreFeatures.h"
#include "stream/Client.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPubSub, "charla.pubsub")

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");

Element pubsubIq(const QString &type, const Jid &service)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), type);
    iq.setAttribute(QStringLiteral("to"), service.full());
    return iq;
}

/// All text below @p e, in document order, with single spaces.
QString allText(const Element &e)
{
    QStringList parts;
    if (!e.text().trimmed().isEmpty())
        parts << e.text().simplified();
    for (const Element &c : e.children()) {
        const QString t = allText(c);
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

PubSubItem PubSubItem::fromElement(const QString &service, const QString &node, const Element &item)
{
    PubSubItem out;
    out.service = service;
    out.node = node;
    out.id = item.attribute(QStringLiteral("id"));
    out.publisher = item.attribute(QStringLiteral("publisher"));
    out.received = QDateTime::currentDateTimeUtc();
    const QList<Element> children = item.children();
    if (children.isEmpty())
        return out;
    out.payload = children.first();
    if (out.payload.ns() == kAtomNs && out.payload.name() == QLatin1String("entry")) {
        // XEP-0277-style Atom entries: the title and the summary (or content) are the text.
        out.title = out.payload.firstChild(QStringLiteral("title"), kAtomNs).text().simplified();
        Element body = out.payload.firstChild(QStringLiteral("summary"), kAtomNs);
        if (body.isNull())
            body = out.payload.firstChild(QStringLiteral("content"), kAtomNs);
        out.text = allText(body);
    }
    if (out.title.isEmpty())
        out.title = out.payload.name();
    if (out.text.isEmpty())
        out.text = allText(out.payload);
    return out;
}

PubSubFeature::PubSubFeature(QObject *parent) : Feature(parent) {}

QString PubSubFeature::key(const QString &service, const QString &node)
{
    return service + QChar(0) + node;
}

void PubSubFeature::sessionStarted(bool resumed)
{
    Q_UNUSED(resumed)
    // Subscriptions live on the service (XEP-0060 6.1): they outlast the session. What this
    // set holds is which ones this client asked for, which stays true.
}

bool PubSubFeature::isSubscribed(const Jid &service, const QString &node) const
{
    return m_subscribed.contains(key(service.bare().full(), node));
}

bool PubSubFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("message"))
        return false;
    const Element event = stanza.firstChild(QStringLiteral("event"), EventNamespace);
    if (event.isNull())
        return false;
    const QString from = Jid::parse(stanza.attribute(QStringLiteral("from"))).bare().full();
    const Element items = event.firstChild(QStringLiteral("items"), EventNamespace);
    const QString node = items.attribute(QStringLiteral("node"));
    // Only what we subscribed to, from the service itself; the rest is other features' (PEP
    // avatars, bookmarks) or nobody's.
    if (items.isNull() || !m_subscribed.contains(key(from, node)))
        return false;
    for (const Element &item : items.childrenNamed(QStringLiteral("item"), EventNamespace))
        Q_EMIT itemPublished(PubSubItem::fromElement(from, node, item));
    for (const Element &r : items.childrenNamed(QStringLiteral("retract"), EventNamespace))
        Q_EMIT itemRetracted(from, node, r.attribute(QStringLiteral("id")));
    return true;
}

void PubSubFeature::nodes(const Jid &service, QObject *context, NodesCallback done)
{
    Element query(QStringLiteral("query"), DiscoInfo::ItemsNamespace);
    sendGet<QList<DiscoItem>>(*client(), service.full(), query, context, &DiscoClient::parseItems,
                              std::move(done));
}

void PubSubFeature::items(const Jid &service, const QString &node, int max, QObject *context,
                          ItemsCallback done)
{
    Element iq = pubsubIq(QStringLiteral("get"), service);
    Element &items = iq.addChild(QStringLiteral("pubsub"), Namespace).addChild(QStringLiteral("items"), Namespace);
    items.setAttribute(QStringLiteral("node"), node);
    if (max > 0)
        items.setAttribute(QStringLiteral("max_items"), QString::number(max));
    const QString from = service.bare().full();
    client()->sendIq(iq, context, [from, node, done = std::move(done)](const IqResult &r) {
        if (!r.ok()) {
            done({}, r.error);
            return;
        }
        const Element answer = r.iq.firstChild(QStringLiteral("pubsub"), Namespace)
                                   .firstChild(QStringLiteral("items"), Namespace);
        QList<PubSubItem> out;
        for (const Element &item : answer.childrenNamed(QStringLiteral("item"), Namespace))
            out.append(PubSubItem::fromElement(from, node, item));
        done(out, Error());
    });
}

void PubSubFeature::subscribe(const Jid &service, const QString &node, QObject *context, Done done)
{
    Element iq = pubsubIq(QStringLiteral("set"), service);
    Element &sub = iq.addChild(QStringLiteral("pubsub"), Namespace).addChild(QStringLiteral("subscribe"), Namespace);
    sub.setAttribute(QStringLiteral("node"), node);
    // XEP-0060 6.1.1: the subscribing JID is the bare JID (the service checks it is ours).
    sub.setAttribute(QStringLiteral("jid"), client()->jid().bare().full());
    const QString k = key(service.bare().full(), node);
    QPointer<PubSubFeature> self(this);
    // Listening before the answer: the service may send the last item right after it.
    m_subscribed.insert(k);
    client()->sendIq(iq, context, [self, k, done = std::move(done)](const IqResult &r) {
        if (self && !r.ok())
            self->m_subscribed.remove(k);
        done(r.error);
    });
}

void PubSubFeature::unsubscribe(const Jid &service, const QString &node, QObject *context, Done done)
{
    Element iq = pubsubIq(QStringLiteral("set"), service);
    Element &unsub = iq.addChild(QStringLiteral("pubsub"), Namespace).addChild(QStringLiteral("unsubscribe"), Namespace);
    unsub.setAttribute(QStringLiteral("node"), node);
    unsub.setAttribute(QStringLiteral("jid"), client()->jid().bare().full());
    m_subscribed.remove(key(service.bare().full(), node));
    client()->sendIq(iq, context, [done = std::move(done)](const IqResult &r) { done(r.error); });
}

} // namespace charla
