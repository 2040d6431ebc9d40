#include "features/LastActivityFeature.h"

#include "features/CoreFeatures.h"
#include "stream/Client.h"

namespace charla {

std::optional<LastActivity> LastActivity::fromQuery(const Element &query)
{
    if (query.name() != QLatin1String("query") || query.ns() != LastActivityFeature::Namespace)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = query.attribute(QStringLiteral("seconds")).toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return LastActivity{seconds, query.text()};
}

Element LastActivity::toQuery() const
{
    Element query(QStringLiteral("query"), LastActivityFeature::Namespace);
    query.setAttribute(QStringLiteral("seconds"), QString::number(seconds));
    if (!status.isEmpty())
        query.setText(status);
    return query;
}

LastActivityFeature::LastActivityFeature(QObject *parent) : Feature(parent) {}

void LastActivityFeature::requestLastActivity(const Jid &jid, QObject *context,
                                              LastActivityCallback done)
{
    Q_ASSERT(client());
    sendGet<LastActivity>(*client(), jid.full(), Element(QStringLiteral("query"), Namespace),
                          context, &LastActivity::fromQuery, std::move(done));
}

} // namespace charla
