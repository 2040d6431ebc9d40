#pragma once

#include "ProxyRelay.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace charla::test {

/// A SOCKS5 proxy (RFC 1928) for tests, listening on 127.0.0.1 on a free port: the "no
/// authentication" method only, the CONNECT command only, with a domain-name or IPv4 target.
///
/// It connects only to the loopback: a target of "localhost" or 127.0.0.1 is relayed to
/// 127.0.0.1; any other destination is refused (reply 2, "not allowed by ruleset") and recorded
/// in refusals(), so a test can never reach out of the machine through it.
class Socks5Proxy : public ProxyListener
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

    /// "socks5://127.0.0.1:PORT", as charla-cli's --proxy takes it.
    QString url() const;

    /// Every CONNECT request, in order.
    QList<Request> requests() const { return m_requests; }
    /// "host:port" of every destination refused for not being the loopback.
    QStringList refusals() const { return m_refusals; }

Q_SIGNALS:
    /// A CONNECT request was read (and is being relayed when @p request.allowed).
    void requested(const charla::test::Socks5Proxy::Request &request);

private:
    void serve(QTcpSocket *client, QObject *parent) override;
    void record(const Request &request);

    QList<Request> m_requests;
    QStringList m_refusals;
};

} // namespace charla::test
