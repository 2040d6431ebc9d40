#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace charla::test {

/// A loopback TCP proxy for fault tests: clients connect to 127.0.0.1:port() and are relayed
/// to a target on 127.0.0.1. The link can be cut (both sides closed at once, as when a network
/// drops) now or at chosen byte counts (mid-stanza), black-holed (bytes silently dropped both
/// ways while the sockets stay open), stalled (bytes held, then delivered), delayed, and the
/// bytes towards the client split into small pieces.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    /// Listens on 127.0.0.1 on a free port; false if it cannot.
    bool listen();
    quint16 port() const;
    /// New connections go to @p port from now on (a server that moved, for reconnect tests).
    void setTargetPort(quint16 port) { m_targetPort = port; }

    /// Aborts every relayed connection now (new ones are still accepted).
    void cutAll();
    /// While on, bytes in both directions are read and thrown away.
    void setBlackHole(bool on) { m_blackHole = on; }
    /// Refuse (close at once) new connections while on.
    void setRefuseNew(bool on) { m_refuse = on; }
    /// Cuts every connection when the bytes relayed to clients (bytesToClient(), counted over
    /// all connections) reach each of @p points: the bytes before the point are delivered, the
    /// rest of that read is lost with the link, as in a real drop. Points are sorted here.
    void setCutPoints(QList<qint64> points);
    /// Adds one cut point (see setCutPoints()).
    void addCutPoint(qint64 point);
    /// How many cuts setCutPoints() made so far.
    int cutsDone() const { return m_cutsDone; }
    /// Bytes towards the client are written in pieces of at most @p bytes (0: as read).
    void setSplit(int bytes) { m_split = bytes; }
    /// While on, bytes in both directions are held (the sockets stay open); turning it off
    /// delivers them in order.
    void setStalled(bool on);
    /// Every read is delivered @p ms later, in order (0: at once).
    void setDelay(int ms) { m_delayMs = ms; }

    int connectionCount() const { return m_accepted; }
    int activeConnections() const { return int(m_pairs.size()); }
    qint64 bytesToTarget() const { return m_toTarget; }
    qint64 bytesToClient() const { return m_toClient; }

Q_SIGNALS:
    /// Bytes went from the client to the target (after the black hole, if any).
    void forwardedToTarget(qint64 total);
    /// Bytes went from the target to the client.
    void forwardedToClient(qint64 total);
    /// setCutPoints() cut the link for the @p n th time (1-based).
    void cutAtPoint(int n);

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *target = nullptr;
    };
    void onNewConnection();
    void drop(QTcpSocket *client);
    void relay(QTcpSocket *from, QTcpSocket *to, bool towardsClient);
    void deliver(QTcpSocket *to, const QByteArray &data, bool towardsClient);
    void writeToClient(QTcpSocket *client, const QByteArray &data);

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<Pair> m_pairs;
    int m_accepted = 0;
    qint64 m_toTarget = 0;
    qint64 m_toClient = 0;
    bool m_blackHole = false;
    bool m_refuse = false;
    bool m_stalled = false;
    int m_split = 0;
    int m_delayMs = 0;
    QList<qint64> m_cutPoints;
    int m_cutsDone = 0;
};

} // namespace charla::test
