#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace charla::test {

/// One client of a test proxy (HttpConnectProxy, Socks5Proxy): the proxy's own handshake,
/// which a subclass reads, then bytes relayed both ways between the client and a target on
/// the loopback. It takes the client socket and deletes itself once both sides are closed.
class ProxyRelay : public QObject
{
public:
    ProxyRelay(QTcpSocket *client, QObject *parent);

protected:
    /// Client bytes arrived during the handshake; they are appended to m_buffer.
    virtual void readHandshake() = 0;
    /// The target is connected: tell the client, before relaying starts.
    virtual void acceptConnection() = 0;
    /// The target could not be reached: tell the client (end() follows).
    virtual void refuseConnection() = 0;

    /// Ends the handshake: connects to 127.0.0.1:@p port and relays once connected.
    void connectToTarget(quint16 port);
    /// Still reading the handshake (not connecting, relaying or ended).
    bool inHandshake() const { return m_stage == Stage::Handshake; }
    /// Closes both sides once their pending bytes are written, then goes away.
    void end();

    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_target = nullptr;
    /// Client bytes not handled yet: the handshake, then what the client sent right after it.
    QByteArray m_buffer;

private:
    enum class Stage { Handshake, Connecting, Relaying, Done };

    void onClientData();
    /// One side closed: what it sent last still goes to the other side, which is then closed.
    void onClosed(QTcpSocket *closed, QTcpSocket *other);

    Stage m_stage = Stage::Handshake;
    bool m_deleting = false;
};

/// The listening side shared by the test proxies: 127.0.0.1 on a free port, each accepted
/// client handed to serve() (which makes a ProxyRelay of it), every one dropped by close().
class ProxyListener : public QObject
{
public:
    explicit ProxyListener(QObject *parent = nullptr);
    ~ProxyListener() override;

    /// Listens on 127.0.0.1 on a free port; false with errorString() if it cannot.
    bool listen();
    /// Stops listening and drops every connection (the port then refuses connections).
    void close();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }

    /// TCP connections accepted so far.
    int connectionCount() const { return m_connections; }

protected:
    /// Serves @p client: a ProxyRelay on it with @p parent as its parent.
    virtual void serve(QTcpSocket *client, QObject *parent) = 0;

private:
    void onNewConnection();

    QTcpServer m_server;
    QObject m_live; ///< parent of the connections being served, so close() can drop them
    quint16 m_port = 0;
    int m_connections = 0;
};

} // namespace charla::test
