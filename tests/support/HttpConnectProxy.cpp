#include "HttpConnectProxy.h"

#include "ProxyRelay.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <functional>

namespace charla::test {

namespace {
// A request head larger than this is refused (a test client never sends one this big).
constexpr int kMaxHeadSize = 8192;

/// The only destinations this proxy serves: it must never reach beyond the machine.
bool isLoopbackTarget(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("127.0.0.1");
}

/// An error response that ends the connection.
QByteArray errorResponse(const QByteArray &status)
{
    return "HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

/// One client of the proxy: the CONNECT request, then bytes relayed both ways.
class HttpConnectConnection : public ProxyRelay
{
public:
    using Recorder = std::function<void(const HttpConnectProxy::Request &, const QString &)>;

    HttpConnectConnection(QTcpSocket *client, Recorder record, QObject *parent)
        : ProxyRelay(client, parent), m_record(std::move(record))
    {}

private:
    void readHandshake() override
    {
        const int headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > kMaxHeadSize)
                refuse(HttpConnectProxy::Request{}, QStringLiteral("(request head too large)"),
                       "431 Request Header Fields Too Large");
            return;
        }
        const QByteArray requestLine = m_buffer.left(m_buffer.indexOf("\r\n"));
        // Bytes after the head already belong to the tunnel (RFC 9110 9.3.6).
        m_buffer.remove(0, headEnd + 4);
        readRequestLine(requestLine);
    }

    void acceptConnection() override
    {
        m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    }

    void refuseConnection() override { m_client->write(errorResponse("502 Bad Gateway")); }

    /// RFC 9112 3: method SP request-target SP HTTP-version; CONNECT takes the authority form
    /// host:port (RFC 9112 3.2.3), with an IPv6 host in brackets.
    void readRequestLine(const QByteArray &line)
    {
        const QList<QByteArray> parts = line.split(' ');
        const QString text = QString::fromLatin1(line);
        if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
            refuse(HttpConnectProxy::Request{}, text, "400 Bad Request");
            return;
        }
        if (parts.at(0) != "CONNECT") {
            refuse(HttpConnectProxy::Request{}, text, "405 Method Not Allowed");
            return;
        }
        const QString authority = QString::fromLatin1(parts.at(1));
        const int colon = authority.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? authority.mid(colon + 1).toUInt(&portOk) : 0;
        if (!portOk || port == 0 || port > 65535) {
            refuse(HttpConnectProxy::Request{}, text, "400 Bad Request");
            return;
        }
        HttpConnectProxy::Request request;
        request.host = authority.left(colon);
        if (request.host.startsWith(QLatin1Char('[')) && request.host.endsWith(QLatin1Char(']')))
            request.host = request.host.mid(1, request.host.size() - 2);
        request.port = quint16(port);
        if (!isLoopbackTarget(request.host)) {
            refuse(request, authority, "403 Forbidden");
            return;
        }
        request.allowed = true;
        m_record(request, QString());
        connectToTarget(request.port);
    }

    void refuse(const HttpConnectProxy::Request &request, const QString &what,
                const QByteArray &status)
    {
        m_record(request, what);
        m_client->write(errorResponse(status));
        end();
    }

    Recorder m_record;
};
} // namespace

HttpConnectProxy::HttpConnectProxy(QObject *parent) : ProxyListener(parent) {}

HttpConnectProxy::~HttpConnectProxy() = default;

QString HttpConnectProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(port());
}

void HttpConnectProxy::serve(QTcpSocket *client, QObject *parent)
{
    new HttpConnectConnection(
        client, [this](const Request &r, const QString &refusal) { record(r, refusal); }, parent);
}

void HttpConnectProxy::record(const Request &request, const QString &refusal)
{
    m_requests << request;
    if (!request.allowed)
        m_refusals << refusal;
    Q_EMIT requested(request);
}

} // namespace charla::test
