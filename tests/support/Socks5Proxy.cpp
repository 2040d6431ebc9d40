#include "Socks5Proxy.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <functional>

namespace charla::test {

namespace {
// RFC 1928 3: version 5; method 0 is "no authentication", 0xFF "no acceptable methods".
constexpr quint8 kVersion = 5;
constexpr quint8 kMethodNoAuth = 0x00;
constexpr quint8 kMethodNoneAcceptable = 0xff;
// RFC 1928 4: commands and address types.
constexpr quint8 kCommandConnect = 1;
constexpr quint8 kAtypIpv4 = 1;
constexpr quint8 kAtypDomain = 3;
constexpr quint8 kAtypIpv6 = 4;

// RFC 1928 6: the reply field.
enum Reply : quint8 {
    Succeeded = 0,
    GeneralFailure = 1,
    NotAllowed = 2,
    ConnectionRefused = 5,
    CommandNotSupported = 7,
    AddressTypeNotSupported = 8,
};

QByteArray twoBytes(quint8 first, quint8 second)
{
    QByteArray out;
    out.append(char(first));
    out.append(char(second));
    return out;
}

/// The only destinations this proxy serves: it must never reach beyond the machine.
bool isLoopbackTarget(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("127.0.0.1");
}

/// One client of the proxy: the RFC 1928 handshake, then bytes relayed both ways.
class Socks5Connection : public QObject
{
public:
    using Recorder = std::function<void(const Socks5Proxy::Request &)>;

    Socks5Connection(QTcpSocket *client, Recorder record, QObject *parent)
        : QObject(parent), m_client(client), m_record(std::move(record))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &Socks5Connection::onClientData);
        connect(m_client, &QTcpSocket::disconnected, this,
                [this] { onClosed(m_client, m_target); });
    }

private:
    enum class Stage { Greeting, Request, Connecting, Relaying, Done };

    void onClientData()
    {
        if (m_stage == Stage::Relaying) {
            m_target->write(m_client->readAll());
            return;
        }
        m_buffer += m_client->readAll();
        if (m_stage == Stage::Greeting && readGreeting())
            m_stage = m_stage == Stage::Done ? Stage::Done : Stage::Request;
        if (m_stage == Stage::Request)
            readRequest();
    }

    /// RFC 1928 3: VER NMETHODS METHODS...; true once the greeting was handled.
    bool readGreeting()
    {
        if (m_buffer.size() < 2)
            return false;
        const int methods = quint8(m_buffer.at(1));
        if (m_buffer.size() < 2 + methods)
            return false;
        const QByteArray offered = m_buffer.mid(2, methods);
        const bool versionOk = quint8(m_buffer.at(0)) == kVersion;
        m_buffer.remove(0, 2 + methods);
        if (!versionOk || !offered.contains(char(kMethodNoAuth))) {
            // RFC 1928 3: no acceptable method: say so, then the client must close.
            m_client->write(twoBytes(kVersion, kMethodNoneAcceptable));
            end();
            return true;
        }
        m_client->write(twoBytes(kVersion, kMethodNoAuth));
        return true;
    }

    /// RFC 1928 4: VER CMD RSV ATYP DST.ADDR DST.PORT.
    void readRequest()
    {
        if (m_buffer.size() < 5)
            return;
        const quint8 command = quint8(m_buffer.at(1));
        const quint8 atyp = quint8(m_buffer.at(3));
        int addressEnd = 0;
        Socks5Proxy::Request request;
        if (atyp == kAtypIpv4) {
            addressEnd = 4 + 4;
        } else if (atyp == kAtypDomain) {
            addressEnd = 5 + quint8(m_buffer.at(4));
            request.domainName = true;
        } else if (atyp == kAtypIpv6) {
            addressEnd = 4 + 16;
        } else {
            sendReply(AddressTypeNotSupported);
            end();
            return;
        }
        if (m_buffer.size() < addressEnd + 2)
            return;
        if (atyp == kAtypIpv4) {
            quint32 ip = 0;
            for (int i = 4; i < 8; ++i)
                ip = (ip << 8) | quint8(m_buffer.at(i));
            request.host = QHostAddress(ip).toString();
        } else if (atyp == kAtypDomain) {
            request.host = QString::fromLatin1(m_buffer.mid(5, quint8(m_buffer.at(4))));
        } else {
            request.host =
                QHostAddress(reinterpret_cast<const quint8 *>(m_buffer.constData() + 4)).toString();
        }
        request.port =
            quint16((quint8(m_buffer.at(addressEnd)) << 8) | quint8(m_buffer.at(addressEnd + 1)));
        m_buffer.remove(0, addressEnd + 2);
        request.allowed =
            command == kCommandConnect && atyp != kAtypIpv6 && isLoopbackTarget(request.host);
        m_record(request);
        if (command != kCommandConnect) {
            sendReply(CommandNotSupported);
            end();
            return;
        }
        if (atyp == kAtypIpv6) {
            sendReply(AddressTypeNotSupported); // the brief of this proxy: names and IPv4
            end();
            return;
        }
        if (!request.allowed) {
            sendReply(NotAllowed);
            end();
            return;
        }
        m_stage = Stage::Connecting;
        m_target = new QTcpSocket(this);
        connect(m_target, &QTcpSocket::connected, this, [this] {
            m_stage = Stage::Relaying;
            sendReply(Succeeded, m_target->localPort());
            // Bytes the client sent right after its request wait in the buffer.
            if (!m_buffer.isEmpty())
                m_target->write(std::exchange(m_buffer, {}));
            if (m_client->bytesAvailable())
                onClientData();
        });
        connect(m_target, &QTcpSocket::readyRead, this,
                [this] { m_client->write(m_target->readAll()); });
        connect(m_target, &QTcpSocket::errorOccurred, this, [this] {
            if (m_stage == Stage::Connecting) {
                sendReply(ConnectionRefused);
                end();
            }
        });
        connect(m_target, &QTcpSocket::disconnected, this,
                [this] { onClosed(m_target, m_client); });
        m_target->connectToHost(QHostAddress(QHostAddress::LocalHost), request.port);
    }

    /// RFC 1928 6: VER REP RSV ATYP BND.ADDR BND.PORT, always with an IPv4 bound address.
    void sendReply(Reply reply, quint16 boundPort = 0)
    {
        QByteArray out;
        for (const int byte : {int(kVersion), int(reply), 0, int(kAtypIpv4), 127, 0, 0, 1})
            out.append(char(byte));
        out.append(char(boundPort >> 8));
        out.append(char(boundPort & 0xff));
        m_client->write(out);
    }

    /// One side closed: what it sent last still goes to the other side, which is then closed.
    void onClosed(QTcpSocket *closed, QTcpSocket *other)
    {
        if (other && m_stage == Stage::Relaying && closed->bytesAvailable())
            other->write(closed->readAll());
        end();
    }

    /// Closes both sides once their pending bytes are written, then goes away.
    void end()
    {
        m_stage = Stage::Done;
        for (QTcpSocket *s : {m_client, m_target}) {
            if (s && s->state() != QAbstractSocket::UnconnectedState)
                s->disconnectFromHost();
        }
        const bool clientGone = m_client->state() == QAbstractSocket::UnconnectedState;
        const bool targetGone = !m_target || m_target->state() == QAbstractSocket::UnconnectedState;
        if (clientGone && targetGone && !m_deleting) {
            m_deleting = true;
            deleteLater();
        }
    }

    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_target = nullptr;
    Recorder m_record;
    QByteArray m_buffer;
    Stage m_stage = Stage::Greeting;
    bool m_deleting = false;
};
} // namespace

Socks5Proxy::Socks5Proxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &Socks5Proxy::onNewConnection);
}

Socks5Proxy::~Socks5Proxy()
{
    close();
}

bool Socks5Proxy::listen()
{
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0)) // loopback only
        return false;
    m_port = m_server.serverPort();
    return true;
}

void Socks5Proxy::close()
{
    m_server.close();
    const QObjectList live = m_live.children();
    qDeleteAll(live);
}

QString Socks5Proxy::url() const
{
    return QStringLiteral("socks5://127.0.0.1:") + QString::number(m_port);
}

void Socks5Proxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        new Socks5Connection(
            client, [this](const Request &r) { record(r); }, &m_live);
    }
}

void Socks5Proxy::record(const Request &request)
{
    m_requests << request;
    if (!request.allowed)
        m_refusals << request.host + QLatin1Char(':') + QString::number(request.port);
    Q_EMIT requested(request);
}

} // namespace charla::test
