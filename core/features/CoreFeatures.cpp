#include "features/CoreFeatures.h"

#include "features/CapsFeature.h"
#include "features/CsiFeature.h"
#include "features/DiscoInfoFeature.h"
#include "features/PingFeature.h"
#include "features/TimeFeature.h"
#include "features/VersionFeature.h"
#include "stream/Client.h"

#include <QCoreApplication>

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
}

void installCoreFeatures(Client &client)
{
    client.addFeature(new DiscoInfoFeature);
    client.addFeature(new CapsFeature);
    client.addFeature(new VersionFeature);
    client.addFeature(new TimeFeature);
    client.addFeature(new PingFeature);
    client.addFeature(new CsiFeature);
}

Element incomingGet(const Client &client, const Element &stanza, const QString &name,
                    const QString &ns)
{
    if (stanza.name() != QLatin1String("iq") ||
        stanza.attribute(QStringLiteral("type")) != QLatin1String("get"))
        return {};
    const QString to = stanza.attribute(QStringLiteral("to"));
    if (!to.isEmpty()) {
        // RFC 6120 10.5.4: the server delivers to this resource only what is addressed to it;
        // anything else is not ours to answer.
        const Jid target = Jid::parse(to);
        if (!target.isValid() || (target != client.jid() && target != client.jid().bare()))
            return {};
    }
    return stanza.firstChild(name, ns);
}

Element iqResultFor(const Element &request)
{
    Element reply(QStringLiteral("iq"), kClientNs);
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    reply.setAttribute(QStringLiteral("id"), request.attribute(QStringLiteral("id")));
    const QString from = request.attribute(QStringLiteral("from"));
    if (!from.isEmpty())
        reply.setAttribute(QStringLiteral("to"), from);
    return reply;
}

Element iqGet(const QString &to, const Element &payload)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    if (!to.isEmpty())
        iq.setAttribute(QStringLiteral("to"), to);
    iq.appendChild(payload);
    return iq;
}

Error malformedReply(const QString &from)
{
    return Error::make(
        Error::Stanza, QStringLiteral("malformed-reply"),
        QCoreApplication::translate("charla::CoreFeatures",
                                    "%1 sent an answer Charla cannot read; its software may not "
                                    "support this request.")
            .arg(from));
}

} // namespace charla
