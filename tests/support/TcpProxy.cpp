#include "TcpProxy.h"

#include <QTcpSocket>

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
        connect(target, &QTcpSocket::connected, this, [this, client, target] {
            if (client->bytesAvailable() && !m_blackHole) {
                const QByteArray data = client->readAll();
                m_toTarget += data.size();
                target->write(data);
                Q_EMIT forwardedToTarget(m_toTarget);
            }
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, target] {
            if (target->state() != QAbstractSocket::ConnectedState && !m_blackHole)
                return;
            const QByteArray data = client->readAll();
            if (m_blackHole)
                return;
            m_toTarget += data.size();
            target->write(data);
            Q_EMIT forwardedToTarget(m_toTarget);
        });
        connect(target, &QTcpSocket::readyRead, this, [this, client, target] {
            const QByteArray data = target->readAll();
            if (m_blackHole)
                return;
            m_toClient += data.size();
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(target, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(target, &QTcpSocket::errorOccurred, this, [this, client] { drop(client); });
        target->connectToHost(QHostAddress::LocalHost, m_targetPort);
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
