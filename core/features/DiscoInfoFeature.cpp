#include "features/DiscoInfoFeature.h"

#include "features/CapsFeature.h"
#include "features/CoreFeatures.h"
#include "stream/Client.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcDisco, "charla.disco")
}

namespace charla {

DiscoInfoFeature::DiscoInfoFeature(QObject *parent) : Feature(parent)
{
    // No xml:lang: "Charla" is a name, the same in every language. Tagging it with the
    // interface language would tell every contact which language the person uses, and split
    // the XEP-0115 hash of one Charla version into one per language (defeating caps caching).
    m_identities.append(
        {QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("Charla"), QString()});
}

QStringList DiscoInfoFeature::discoFeatures() const
{
    return {DiscoInfo::Namespace, DiscoInfo::ItemsNamespace};
}

DiscoInfo DiscoInfoFeature::ownInfo() const
{
    DiscoInfo info;
    info.identities = m_identities;
    if (client())
        info.features = client()->discoFeatures();
    return info;
}

bool DiscoInfoFeature::handleStanza(const Element &stanza)
{
    if (!client())
        return false;
    const Element info =
        incomingGet(*client(), stanza, QStringLiteral("query"), DiscoInfo::Namespace);
    if (!info.isNull()) {
        answerInfo(stanza, info);
        return true;
    }
    const Element items =
        incomingGet(*client(), stanza, QStringLiteral("query"), DiscoInfo::ItemsNamespace);
    if (!items.isNull()) {
        answerItems(stanza, items);
        return true;
    }
    return false;
}

bool DiscoInfoFeature::isOwnInfoNode(const QString &node) const
{
    if (node.isEmpty())
        return true;
    // XEP-0115 6.2: the caps node `node#ver` describes this client exactly as the bare query.
    const auto *caps = client()->feature<CapsFeature>();
    return caps && node == caps->capsNode();
}

void DiscoInfoFeature::answerInfo(const Element &request, const Element &query)
{
    const QString node = query.attribute(QStringLiteral("node"));
    if (!isOwnInfoNode(node)) {
        // XEP-0030 7: a JID+node that does not exist.
        qCDebug(lcDisco) << "disco#info for unknown node" << node;
        client()->replyError(request, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
        return;
    }
    DiscoInfo info = ownInfo();
    info.node = node; // XEP-0030 3.2: the result mirrors the node
    Element reply = iqResultFor(request);
    reply.appendChild(info.toQuery());
    client()->send(reply);
}

void DiscoInfoFeature::answerItems(const Element &request, const Element &query)
{
    const QString node = query.attribute(QStringLiteral("node"));
    if (!node.isEmpty()) {
        // We publish no item nodes (and XEP-0115 6.2: the caps node is not an items node).
        client()->replyError(request, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
        return;
    }
    // XEP-0030 4.1: no items is an empty <query/>, not an error.
    Element reply = iqResultFor(request);
    reply.addChild(QStringLiteral("query"), DiscoInfo::ItemsNamespace);
    client()->send(reply);
}

void DiscoInfoFeature::requestInfo(const Jid &jid, const QString &node, QObject *context,
                                   InfoCallback done)
{
    Q_ASSERT(client());
    Element query(QStringLiteral("query"), DiscoInfo::Namespace);
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    sendGet<DiscoInfo>(*client(), jid.full(), query, context, &DiscoInfo::fromQuery,
                       std::move(done));
}

} // namespace charla
