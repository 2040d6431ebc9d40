#include "Socks5Proxy.h"

#include "ProxyRelay.h"

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
class Socks5Connection : public ProxyRelay
{
public:
    using Recorder = std::function<void(const Socks5Proxy::Request &)>;

    Socks5Connection(QTcpSocket *client, Recorder record, QObject *parent)
        : ProxyRelay(client, parent), m_record(std::move(record))
    {}

private:
    void readHandshake() override
    {
        if (!m_greeted) {
            if (!readGreeting())
                return;
            m_greeted = true;
        }
        if (inHandshake())
            readRequest();
    }

    void acceptConnection() override { sendReply(Succeeded, m_target->localPort()); }

    void refuseConnection() override { sendReply(ConnectionRefused); }

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
        connectToTarget(request.port);
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

    Recorder m_record;
    bool m_greeted = false; ///< the RFC 1928 3 greeting was read; the request comes next
};
} // namespace

Socks5Proxy::Socks5Proxy(QObject *parent) : ProxyListener(parent) {}

Socks5Proxy::~Socks5Proxy() = default;

QString Socks5Proxy::url() const
{
    return QStringLiteral("socks5://127.0.0.1:") + QString::number(port());
}

void Socks5Proxy::serve(QTcpSocket *client, QObject *parent)
{
    new Socks5Connection(
        client, [this](const Request &r) { record(r); }, parent);
}

void Socks5Proxy::record(const Request &request)
{
    m_requests << request;
    if (!request.allowed)
        m_refusals << request.host + QLatin1Char(':') + QString::number(request.port);
    Q_EMIT requested(request);
}

} // namespace charla::test
