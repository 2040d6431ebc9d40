#include "stream/ServerResolver.h"

#include <QDnsLookup>


namespace charla {

ServerResolver::ServerResolver(QObject *parent) : QObject(parent) {}

QList<ServerTarget> ServerResolver::fallback(const QString &domain)
{
    return {ServerTarget{domain, 5222, false}};
}

void ServerResolver::resolve(const QString &domain)
{
    m_domain = domain;
    delete m_directTls;
    delete m_startTls;
    m_directTls = new QDnsLookup(QDnsLookup::SRV, QStringLiteral("_xmpps-client._tcp.") + domain, this);
    m_startTls = new QDnsLookup(QDnsLookup::SRV, QStringLiteral("_xmpp-client._tcp.") + domain, this);
    m_pending = 2;
    for (QDnsLookup *l : {m_directTls, m_startTls}) {
        if (!m_nameserver.isNull())
            l->setNameserver(m_nameserver);
        connect(l, &QDnsLookup::finished, this, &ServerResolver::lookupDone);
        l->lookup();
    }
}

void ServerResolver::lookupDone()
{
    if (--m_pending > 0)
        return;
    QList<ServerTarget> targets;
    bool notOffered = false;
    const auto add = [&](QDnsLookup *lookup, bool directTls) {
        if (lookup->error() != QDnsLookup::NoError)
            return;
        const auto records = lookup->serviceRecords();
        for (const QDnsServiceRecord &r : records) {
            // RFC 2782: a single record with target "." means the service is not offered.
            if (r.target() == QLatin1String(".") || r.target().isEmpty()) {
                notOffered = true;
                continue;
            }
            targets.append(ServerTarget{r.target(), r.port(), directTls});
        }
    };
    add(m_directTls, true);
    add(m_startTls, false);
    // XEP-0368 5 (and RFC 2782 for "_xmpp-client"): a "." record shows the domain publishes
    // SRV records, so the A/AAAA fallback is not used; no targets then means no server.
    if (targets.isEmpty() && !notOffered)
        targets = fallback(m_domain);
    Q_EMIT finished(targets);
}

} // namespace charla
