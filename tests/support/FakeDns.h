#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUdpSocket>

namespace charla::test {

/// A tiny authoritative DNS server on UDP 127.0.0.1:53 for resolver tests: it answers SRV
/// queries (RFC 2782) from a table set with setSrv() and says NXDOMAIN for every other name.
///
/// ```
/// FakeDns dns;
/// if (!dns.listen())
///     QSKIP(qPrintable(dns.errorString()));
/// dns.setSrv(QStringLiteral("_xmpp-client._tcp.localhost"), {{10, 0, 5222, "127.0.0.1"}});
/// resolver.setNameserver(dns.address());
/// ```
///
/// Port 53 is what QDnsLookup::setNameserver() uses (Qt 6.4 has no port), so binding needs root
/// (or CAP_NET_BIND_SERVICE); listen() fails with a reason otherwise and the test should skip.
/// It never sends anything anywhere but back to the sender of a query on 127.0.0.1.
class FakeDns : public QObject
{
    Q_OBJECT
public:
    /// One SRV record: RFC 2782 priority, weight, port, target (a "." target means "not here").
    struct Srv
    {
        quint16 priority = 0;
        quint16 weight = 0;
        quint16 port = 0;
        QString target;
    };

    explicit FakeDns(QObject *parent = nullptr);
    ~FakeDns() override;

    /// Binds UDP 127.0.0.1:53 exclusively; false with errorString() when it cannot.
    bool listen();
    QString errorString() const { return m_errorString; }
    /// Always 127.0.0.1: what to give QDnsLookup::setNameserver().
    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }

    /// Answers SRV queries for @p name (case-insensitive, no trailing dot) with @p records, in
    /// this order; replaces earlier records for the name.
    void setSrv(const QString &name, const QList<Srv> &records);
    /// Forgets every record and every query seen.
    void clear();

    /// The queries received, in order, as "SRV _xmpp-client._tcp.localhost" (the type's
    /// mnemonic, or its number when it has none here).
    QStringList queries() const { return m_queries; }

    /// The answer to one query message (RFC 1035 4.1), or an empty array when the message is too
    /// broken to answer at all. Public so the encoding can be tested without a socket.
    QByteArray answer(const QByteArray &query);

Q_SIGNALS:
    /// A query arrived (after it was answered).
    void queried(const QString &query);

private:
    void onReadyRead();

    QUdpSocket m_socket;
    QHash<QString, QList<Srv>> m_srv; ///< by lower-case name
    QStringList m_queries;
    QString m_errorString;
};

} // namespace charla::test
