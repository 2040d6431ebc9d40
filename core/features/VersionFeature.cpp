#include "features/VersionFeature.h"

#include "features/CoreFeatures.h"
#include "stream/Client.h"

#include <QSysInfo>

namespace charla {

std::optional<SoftwareVersion> SoftwareVersion::fromQuery(const Element &query)
{
    if (query.name() != QLatin1String("query") || query.ns() != VersionFeature::Namespace)
        return std::nullopt;
    const QString ns = VersionFeature::Namespace;
    return SoftwareVersion{query.childText(QStringLiteral("name"), ns),
                           query.childText(QStringLiteral("version"), ns),
                           query.childText(QStringLiteral("os"), ns)};
}

Element SoftwareVersion::toQuery() const
{
    const QString ns = VersionFeature::Namespace;
    Element query(QStringLiteral("query"), ns);
    query.addChild(QStringLiteral("name"), ns).setText(name);
    query.addChild(QStringLiteral("version"), ns).setText(version);
    if (!os.isEmpty())
        query.addChild(QStringLiteral("os"), ns).setText(os);
    return query;
}

VersionFeature::VersionFeature(QObject *parent) : Feature(parent) {}

SoftwareVersion VersionFeature::ownVersion() const
{
    return SoftwareVersion{QStringLiteral("Charla"), QStringLiteral(CHARLA_VERSION),
                           m_shareOs ? QSysInfo::prettyProductName() : QString()};
}

bool VersionFeature::handleStanza(const Element &stanza)
{
    if (!client() || incomingGet(*client(), stanza, QStringLiteral("query"), Namespace).isNull())
        return false;
    Element reply = iqResultFor(stanza);
    reply.appendChild(ownVersion().toQuery());
    client()->send(reply);
    return true;
}

void VersionFeature::requestVersion(const Jid &jid, QObject *context, VersionCallback done)
{
    Q_ASSERT(client());
    sendGet<SoftwareVersion>(*client(), jid.full(), Element(QStringLiteral("query"), Namespace),
                             context, &SoftwareVersion::fromQuery, std::move(done));
}

} // namespace charla
