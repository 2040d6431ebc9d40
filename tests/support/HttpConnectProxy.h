#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace charla::test {

/// An HTTP proxy for tests that only tunnels (RFC 9110 9.3.6): `CONNECT host:port HTTP/1.1`
/// is answered `HTTP/1.1 200 Connection established` and bytes are relayed both ways. It
/// listens on 127.0.0.1 on a free port.
///
/// It connects only to the loopback: a target of "localhost" or 127.0.0.1 is relayed to
/// 127.0.0.1; any other destination gets `403 Forbidden` and is recorded in refusals().
class HttpConnectProxy : public QObject
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

    /// Listens on 127.0.0.1 on a free port; false with errorString() if it cannot.
    bool listen();
    /// Stops listening and drops every connection (the port then refuses connections).
    void close();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }
    /// "http://127.0.0.1:PORT", as charla-cli's --proxy takes it.
    QString url() const;

    /// TCP connections accepted so far.
    int connectionCount() const { return m_connections; }
    /// Every request read, in order (CONNECT or not).
    QList<Request> requests() const { return m_requests; }
    /// "host:port" (or the request line, for what is not a CONNECT) of every refused request.
    QStringList refusals() const { return m_refusals; }

Q_SIGNALS:
    /// A request was read (and is being relayed when @p request.allowed).
    void requested(const charla::test::HttpConnectProxy::Request &request);

private:
    void onNewConnection();
    void record(const Request &request, const QString &refusal);

    QTcpServer m_server;
    QObject m_live; ///< parent of the connections being served, so close() can drop them
    quint16 m_port = 0;
    int m_connections = 0;
    QList<Request> m_requests;
    QStringList m_refusals;
};

} // namespace charla::test
