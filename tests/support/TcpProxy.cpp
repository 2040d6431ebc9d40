#include "TcpProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace charla::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    cutAll();
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0); // loopback only
}

quint16 TcpProxy::port() const
{
    return m_server.serverPort();
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_refuse) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto *target = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, target});
        // Bytes from the client wait in its socket until the target is connected.
        connect(target, &QTcpSocket::connected, this,
                [this, client, target] { relay(client, target, false); });
        connect(client, &QTcpSocket::readyRead, this, [this, client, target] {
            if (target->state() != QAbstractSocket::ConnectedState && !m_blackHole)
                return;
            relay(client, target, false);
        });
        connect(target, &QTcpSocket::readyRead, this,
                [this, client, target] { relay(target, client, true); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(target, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(target, &QTcpSocket::errorOccurred, this, [this, client] { drop(client); });
        target->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpProxy::setCutPoints(QList<qint64> points)
{
    std::sort(points.begin(), points.end());
    m_cutPoints = points;
}

void TcpProxy::addCutPoint(qint64 point)
{
    m_cutPoints.insert(std::upper_bound(m_cutPoints.begin(), m_cutPoints.end(), point), point);
}

void TcpProxy::setStalled(bool on)
{
    m_stalled = on;
    if (on)
        return;
    // Held bytes wait in the sockets' read buffers: relay them now, in order.
    const QList<Pair> pairs = m_pairs;
    for (const Pair &p : pairs) {
        if (p.target->state() == QAbstractSocket::ConnectedState)
            relay(p.client, p.target, false);
        relay(p.target, p.client, true);
    }
}

void TcpProxy::relay(QTcpSocket *from, QTcpSocket *to, bool towardsClient)
{
    if (m_stalled && !m_blackHole)
        return; // held in the socket's buffer until setStalled(false)
    if (!from->bytesAvailable())
        return;
    const QByteArray data = from->readAll();
    if (m_blackHole)
        return;
    if (m_delayMs <= 0) {
        deliver(to, data, towardsClient);
        return;
    }
    // Timers of equal interval fire in the order they were started: the order is kept.
    QTimer::singleShot(m_delayMs, to, [this, to = QPointer<QTcpSocket>(to), data, towardsClient] {
        if (to)
            deliver(to, data, towardsClient);
    });
}

void TcpProxy::deliver(QTcpSocket *to, const QByteArray &data, bool towardsClient)
{
    if (!towardsClient) {
        m_toTarget += data.size();
        to->write(data);
        Q_EMIT forwardedToTarget(m_toTarget);
        return;
    }
    writeToClient(to, data);
}

void TcpProxy::writeToClient(QTcpSocket *client, const QByteArray &data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype n = data.size() - pos;
        if (m_split > 0)
            n = std::min<qsizetype>(n, m_split);
        const bool cutting = !m_cutPoints.isEmpty() && m_toClient + n >= m_cutPoints.first();
        if (cutting)
            n = std::max<qint64>(0, m_cutPoints.first() - m_toClient);
        if (n > 0) {
            client->write(data.constData() + pos, n);
            m_toClient += n;
            pos += n;
            Q_EMIT forwardedToClient(m_toClient);
        }
        if (cutting) {
            // The bytes written so far go out before the abort, as a drop mid-read would leave
            // them; the rest of this read is lost.
            while (!m_cutPoints.isEmpty() && m_cutPoints.first() <= m_toClient)
                m_cutPoints.removeFirst();
            client->flush();
            ++m_cutsDone;
            cutAll();
            Q_EMIT cutAtPoint(m_cutsDone);
            return;
        }
    }
}

void TcpProxy::drop(QTcpSocket *client)
{
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs.at(i).client != client)
            continue;
        const Pair p = m_pairs.takeAt(i);
        p.client->disconnect(this);
        p.target->disconnect(this);
        p.client->abort();
        p.target->abort();
        p.client->deleteLater();
        p.target->deleteLater();
        return;
    }
}

void TcpProxy::cutAll()
{
    while (!m_pairs.isEmpty())
        drop(m_pairs.first().client);
}

} // namespace charla::test
