#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace charla::test {

/// A SOCKS5 proxy (RFC 1928) for tests, listening on 127.0.0.1 on a free port: the "no
/// authentication" method only, the CONNECT command only, with a domain-name or IPv4 target.
///
/// It connects only to the loopback: a target of "localhost" or 127.0.0.1 is relayed to
/// 127.0.0.1; any other destination is refused (reply 2, "not allowed by ruleset") and recorded
/// in refusals(), so a test can never reach out of the machine through it.
class Socks5Proxy : public QObject
{
    Q_OBJECT
public:
    /// One CONNECT request as the client sent it.
    struct Request
    {
        QString host; ///< the domain name, or the IPv4 address as text
        quint16 port = 0;
        bool domainName = false; ///< ATYP 3 (a name the proxy resolves) rather than ATYP 1
        bool allowed = false;    ///< false when refused for not being the loopback
    };

    explicit Socks5Proxy(QObject *parent = nullptr);
    ~Socks5Proxy() override;

    /// Listens on 127.0.0.1 on a free port; false with errorString() if it cannot.
    bool listen();
    /// Stops listening and drops every connection (the port then refuses connections).
    void close();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }
    /// "socks5://127.0.0.1:PORT", as charla-cli's --proxy takes it.
    QString url() const;

    /// TCP connections accepted so far.
    int connectionCount() const { return m_connections; }
    /// Every CONNECT request, in order.
    QList<Request> requests() const { return m_requests; }
    /// "host:port" of every destination refused for not being the loopback.
    QStringList refusals() const { return m_refusals; }

Q_SIGNALS:
    /// A CONNECT request was read (and is being relayed when @p request.allowed).
    void requested(const charla::test::Socks5Proxy::Request &request);

private:
    void onNewConnection();
    void record(const Request &request);

    QTcpServer m_server;
    QObject m_live; ///< parent of the connections being served, so close() can drop them
    quint16 m_port = 0;
    int m_connections = 0;
    QList<Request> m_requests;
    QStringList m_refusals;
};

} // namespace charla::test
