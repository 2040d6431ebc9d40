#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace charla::test {

/// A loopback TCP proxy for fault tests: clients connect to 127.0.0.1:port() and are relayed
/// to a target on 127.0.0.1. The link can be cut (both sides closed at once, as when a network
/// drops), or black-holed (bytes silently dropped both ways while the sockets stay open).
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    /// Listens on 127.0.0.1 on a free port; false if it cannot.
    bool listen();
    quint16 port() const;

    /// Aborts every relayed connection now (new ones are still accepted).
    void cutAll();
    /// While on, bytes in both directions are read and thrown away.
    void setBlackHole(bool on) { m_blackHole = on; }
    /// Refuse (close at once) new connections while on.
    void setRefuseNew(bool on) { m_refuse = on; }

    int connectionCount() const { return m_accepted; }
    int activeConnections() const { return int(m_pairs.size()); }
    qint64 bytesToTarget() const { return m_toTarget; }
    qint64 bytesToClient() const { return m_toClient; }

Q_SIGNALS:
    /// Bytes went from the client to the target (after the black hole, if any).
    void forwardedToTarget(qint64 total);

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *target = nullptr;
    };
    void onNewConnection();
    void drop(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<Pair> m_pairs;
    int m_accepted = 0;
    qint64 m_toTarget = 0;
    qint64 m_toClient = 0;
    bool m_blackHole = false;
    bool m_refuse = false;
};

} // namespace charla::test
