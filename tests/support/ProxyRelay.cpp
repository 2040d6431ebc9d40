#include "ProxyRelay.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <utility>

namespace charla::test {

ProxyRelay::ProxyRelay(QTcpSocket *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxyRelay::onClientData);
    connect(m_client, &QTcpSocket::disconnected, this, [this] { onClosed(m_client, m_target); });
}

void ProxyRelay::onClientData()
{
    if (m_stage == Stage::Relaying) {
        m_target->write(m_client->readAll());
        return;
    }
    m_buffer += m_client->readAll();
    if (m_stage == Stage::Handshake)
        readHandshake();
}

void ProxyRelay::connectToTarget(quint16 port)
{
    m_stage = Stage::Connecting;
    m_target = new QTcpSocket(this);
    connect(m_target, &QTcpSocket::connected, this, [this] {
        m_stage = Stage::Relaying;
        acceptConnection();
        // Bytes the client sent right after its handshake wait in the buffer.
        if (!m_buffer.isEmpty())
            m_target->write(std::exchange(m_buffer, {}));
        if (m_client->bytesAvailable())
            onClientData();
    });
    connect(m_target, &QTcpSocket::readyRead, this,
            [this] { m_client->write(m_target->readAll()); });
    connect(m_target, &QTcpSocket::errorOccurred, this, [this] {
        if (m_stage == Stage::Connecting) {
            refuseConnection();
            end();
        }
    });
    connect(m_target, &QTcpSocket::disconnected, this, [this] { onClosed(m_target, m_client); });
    m_target->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

void ProxyRelay::onClosed(QTcpSocket *closed, QTcpSocket *other)
{
    if (other && m_stage == Stage::Relaying && closed->bytesAvailable())
        other->write(closed->readAll());
    end();
}

void ProxyRelay::end()
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

ProxyListener::ProxyListener(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ProxyListener::onNewConnection);
}

ProxyListener::~ProxyListener()
{
    close();
}

bool ProxyListener::listen()
{
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0)) // loopback only
        return false;
    m_port = m_server.serverPort();
    return true;
}

void ProxyListener::close()
{
    m_server.close();
    const QObjectList live = m_live.children();
    qDeleteAll(live);
}

void ProxyListener::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        serve(client, &m_live);
    }
}

} // namespace charla::test
