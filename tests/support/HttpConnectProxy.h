#pragma once

#include "ProxyRelay.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace charla::test {

/// An HTTP proxy for tests that only tunnels (RFC 9110 9.3.6): `CONNECT host:port HTTP/1.1`
/// is answered `HTTP/1.1 200 Connection established` and bytes are relayed both ways. It
/// listens on 127.0.0.1 on a free port.
///
/// It connects only to the loopback: a target of "localhost" or 127.0.0.1 is relayed to
/// 127.0.0.1; any other destination gets `403 Forbidden` and is recorded in refusals().
class HttpConnectProxy : public ProxyListener
{
    Q_OBJECT
public:
    /// One CONNECT request as the client sent it.
    struct Request
    {
        QString host;
        quint16 port = 0;
        bool allowed = false; ///< false when refused (not the loopback, or not a CONNECT)
    };

    explicit HttpConnectProxy(QObject *parent = nullptr);
    ~HttpConnectProxy() override;

    /// "http://127.0.0.1:PORT", as charla-cli's --proxy takes it.
    QString url() const;

    /// Every request read, in order (CONNECT or not).
    QList<Request> requests() const { return m_requests; }
    /// "host:port" (or the request line, for what is not a CONNECT) of every refused request.
    QStringList refusals() const { return m_refusals; }

Q_SIGNALS:
    /// A request was read (and is being relayed when @p request.allowed).
    void requested(const charla::test::HttpConnectProxy::Request &request);

private:
    void serve(QTcpSocket *client, QObject *parent) override;
    void record(const Request &request, const QString &refusal);

    QList<Request> m_requests;
    QStringList m_refusals;
};

} // namespace charla::test
