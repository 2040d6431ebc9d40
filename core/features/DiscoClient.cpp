#include "features/DiscoClient.h"

#include "features/CoreFeatures.h"
#include "stream/Client.h"

#include <QPointer>

namespace charla {

DiscoClient::DiscoClient(QObject *parent) : Feature(parent) {}

bool DiscoClient::handleStanza(const Element &stanza)
{
    Q_UNUSED(stanza)
    return false;
}

void DiscoClient::sessionStarted(bool resumed)
{
    if (!resumed)
        clearCache();
}

void DiscoClient::clearCache()
{
    m_info.clear();
    m_items.clear();
}

QString DiscoClient::key(const Jid &jid, const QString &node)
{
    // A NUL cannot occur in a JID or a node, so the pair maps to one key.
    return jid.full() + QChar(0) + node;
}

std::optional<QList<DiscoItem>> DiscoClient::parseItems(const Element &query)
{
    if (query.isNull() || query.name() != QLatin1String("query") ||
        query.ns() != DiscoInfo::ItemsNamespace)
        return std::nullopt;
    QList<DiscoItem> out;
    for (const Element &item : query.childrenNamed(QStringLiteral("item"), DiscoInfo::ItemsNamespace)) {
        const Jid jid = Jid::parse(item.attribute(QStringLiteral("jid")));
        if (!jid.isValid())
            continue; // XEP-0030 4.1: jid is required
        out.append({jid.full(), item.attribute(QStringLiteral("node")),
                    item.attribute(QStringLiteral("name"))});
    }
    return out;
}

void DiscoClient::info(const Jid &jid, const QString &node, QObject *context, InfoCallback done)
{
    Q_ASSERT(client());
    const QString k = key(jid, node);
    const auto it = m_info.constFind(k);
    if (it != m_info.constEnd()) {
        done(*it, Error());
        return;
    }
    Element query(QStringLiteral("query"), DiscoInfo::Namespace);
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    QPointer<DiscoClient> self(this);
    sendGet<DiscoInfo>(*client(), jid.full(), query, context, &DiscoInfo::fromQuery,
                       [self, k, done = std::move(done)](const DiscoInfo &info, const Error &e) {
                           if (self && !e.isError())
                               self->m_info.insert(k, info);
                           done(info, e);
                       });
}

void DiscoClient::items(const Jid &jid, const QString &node, QObject *context, ItemsCallback done)
{
    Q_ASSERT(client());
    const QString k = key(jid, node);
    const auto it = m_items.constFind(k);
    if (it != m_items.constEnd()) {
        done(*it, Error());
        return;
    }
    Element query(QStringLiteral("query"), DiscoInfo::ItemsNamespace);
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    QPointer<DiscoClient> self(this);
    sendGet<QList<DiscoItem>>(
        *client(), jid.full(), query, context, &DiscoClient::parseItems,
        [self, k, done = std::move(done)](const QList<DiscoItem> &items, const Error &e) {
            if (self && !e.isError())
                self->m_items.insert(k, items);
            done(items, e);
        });
}

} // namespace charla
