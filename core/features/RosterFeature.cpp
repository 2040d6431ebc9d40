#include "features/RosterFeature.h"

#include "storage/RosterCache.h"
#include "stream/Client.h"

namespace charla {

namespace {
const auto kRosterNs = QStringLiteral("jabber:iq:roster");
const auto kClientNs = QStringLiteral("jabber:client");
const auto kRosterVerNs = QStringLiteral("urn:xmpp:features:rosterver");
} // namespace

RosterFeature::RosterFeature(RosterCache *cache, QObject *parent) : Feature(parent), m_cache(cache)
{
    if (m_cache) {
        // The cached roster shows at once, before (or without) a connection.
        const QList<RosterItem> cached = m_cache->load();
        for (const RosterItem &item : cached)
            m_items.insert(item.jid, item);
        m_version = m_cache->version();
    }
}

void RosterFeature::sessionStarted(bool resumed)
{
    // A resumed stream (XEP-0198) kept the roster and its pushes: nothing to fetch.
    if (!resumed)
        request();
}

void RosterFeature::request()
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    Element &query = iq.addChild(QStringLiteral("query"), kRosterNs);
    // RFC 6121 2.6.2: ask with the cached version only where the server supports versioning;
    // an empty ver asks for the full roster and a version to keep.
    const bool versioning =
        client()->session()->lastFeatures().hasChild(QStringLiteral("ver"), kRosterVerNs);
    if (versioning && m_cache)
        query.setAttribute(QStringLiteral("ver"), m_version);
    client()->sendIq(iq, this, [this](const IqResult &r) { handleResult(r); });
}

void RosterFeature::handleResult(const IqResult &result)
{
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error);
        return;
    }
    applyResult(result.iq);
}

void RosterFeature::applyResult(const Element &iq)
{
    const Element query = iq.firstChild(QStringLiteral("query"), kRosterNs);
    if (query.isNull()) {
        // RFC 6121 2.6.3: an empty result means the cached roster is current; changes since
        // come as pushes.
        m_lastResultBytes = 0;
        Q_EMIT rosterUpToDate();
        return;
    }
    m_lastResultBytes = iq.toXml().size();
    QHash<Jid, RosterItem> fresh;
    QList<RosterItem> list;
    list.reserve(query.children().size());
    for (const Element &e : query.children()) {
        const auto item = RosterItem::fromElement(e);
        if (!item || item->subscription == RosterItem::Subscription::Remove)
            continue;
        fresh.insert(item->jid, *item);
        list.append(*item);
    }
    m_items.swap(fresh);
    m_version = query.attribute(QStringLiteral("ver"));
    if (m_cache)
        m_cache->replaceAll(list, m_version);
    Q_EMIT rosterReset();
}

bool RosterFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("iq") ||
        stanza.attribute(QStringLiteral("type")) != QLatin1String("set") ||
        !stanza.hasChild(QStringLiteral("query"), kRosterNs))
        return false;
    handlePush(stanza);
    return true;
}

void RosterFeature::handlePush(const Element &iq)
{
    // RFC 6121 2.1.6: a push is from the account itself (no 'from', or the bare JID); anyone
    // else trying to rewrite our contact list is refused and changes nothing.
    const QString fromText = iq.attribute(QStringLiteral("from"));
    if (!fromText.isEmpty() && Jid::parse(fromText) != client()->jid().bare()) {
        client()->replyError(iq, QStringLiteral("cancel"), QStringLiteral("service-unavailable"));
        Q_EMIT pushRejected(fromText);
        return;
    }
    const Element query = iq.firstChild(QStringLiteral("query"), kRosterNs);
    const QList<Element> items = query.childrenNamed(QStringLiteral("item"), kRosterNs);
    const auto item = items.size() == 1 ? RosterItem::fromElement(items.first()) : std::nullopt;
    if (!item) {
        // RFC 6121 2.1.6: exactly one item per push.
        client()->replyError(iq, QStringLiteral("modify"), QStringLiteral("bad-request"));
        return;
    }
    if (m_cache)
        m_cache->apply(*item, query.attribute(QStringLiteral("ver")));
    if (query.hasAttribute(QStringLiteral("ver")))
        m_version = query.attribute(QStringLiteral("ver"));
    apply(*item);
    Element reply(QStringLiteral("iq"), kClientNs);
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    reply.setAttribute(QStringLiteral("id"), iq.attribute(QStringLiteral("id")));
    client()->send(reply);
}

void RosterFeature::apply(const RosterItem &item)
{
    if (item.subscription == RosterItem::Subscription::Remove) {
        if (m_items.remove(item.jid))
            Q_EMIT itemRemoved(item.jid);
        return;
    }
    const auto it = m_items.find(item.jid);
    if (it == m_items.end()) {
        m_items.insert(item.jid, item);
        Q_EMIT itemAdded(item.jid);
    } else if (*it != item) {
        *it = item;
        Q_EMIT itemChanged(item.jid);
    }
}

void RosterFeature::set(const RosterItem &item, QObject *context, Done done)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.addChild(QStringLiteral("query"), kRosterNs).appendChild(item.toElement());
    // The change itself arrives as a push; the result only says the server took it.
    client()->sendIq(iq, context, [done = std::move(done)](const IqResult &r) {
        if (done)
            done(r.error);
    });
}

void RosterFeature::addOrUpdate(const RosterItem &item, QObject *context, Done done)
{
    RosterItem copy = item;
    copy.jid = item.jid.bare();
    if (copy.subscription == RosterItem::Subscription::Remove)
        copy.subscription = RosterItem::Subscription::None;
    set(copy, context, std::move(done));
}

void RosterFeature::remove(const Jid &jid, QObject *context, Done done)
{
    RosterItem item;
    item.jid = jid.bare();
    item.subscription = RosterItem::Subscription::Remove;
    set(item, context, std::move(done));
}

} // namespace charla
