#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QDnsLookup;

namespace charla {

/// One place to try connecting to.
struct ServerTarget
{
    QString host;
    quint16 port = 0;
    bool directTls = false; ///< XEP-0368: TLS from the first byte instead of STARTTLS
    bool operator==(const ServerTarget &o) const
    {
        return host == o.host && port == o.port && directTls == o.directTls;
    }
};

/// Finds where to connect for a domain: DNS SRV `_xmpps-client._tcp` (Direct TLS, XEP-0368),
/// then `_xmpp-client._tcp` (STARTTLS, RFC 6120 3.2.1), then the domain itself on 5222.
/// Within each record set the order is priority, then weight (RFC 2782; QDnsLookup sorts so).
/// Preferring Direct TLS over mixing both sets is allowed by XEP-0368 3. A "." target (service
/// not offered) is skipped, and then there is no fallback to the domain (XEP-0368 5).
class ServerResolver : public QObject
{
    Q_OBJECT
public:
    explicit ServerResolver(QObject *parent = nullptr);

    /// Starts the lookups; finished() follows (asynchronously, also for a manual host).
    void resolve(const QString &domain);

    /// Asks this DNS server (port 53) instead of the system's; a null address means the
    /// system's again. For tests with a local DNS server; takes effect at the next resolve().
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    QHostAddress nameserver() const { return m_nameserver; }

    /// The fallback list when SRV gives nothing: the domain on the standard port.
    static QList<ServerTarget> fallback(const QString &domain);

Q_SIGNALS:
    void finished(const QList<ServerTarget> &targets);

private:
    void lookupDone();

    QString m_domain;
    QHostAddress m_nameserver;
    QDnsLookup *m_directTls = nullptr;
    QDnsLookup *m_startTls = nullptr;
    int m_pending = 0;
};

} // namespace charla
