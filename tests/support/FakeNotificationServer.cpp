#include "FakeNotificationServer.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutexLocker>

namespace charla::test {

namespace {
const auto kService = QStringLiteral("org.freedesktop.Notifications");
const auto kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

QStringList FakeNotificationsObject::GetCapabilities()
{
    int delay = 0;
    {
        QMutexLocker lock(&mutex);
        ++capabilityCalls;
        delay = capabilitiesDelayMs;
    }
    // A slow server (busy desktop): this thread answers late; the client's must not wait.
    if (delay > 0)
        QThread::msleep(delay);
    QMutexLocker lock(&mutex);
    return capabilities;
}

uint FakeNotificationsObject::Notify(const QString &appName, uint replacesId,
                                            const QString &appIcon, const QString &summary,
                                            const QString &body, const QStringList &actions,
                                            const QVariantMap &hints, int timeout)
{
    QMutexLocker lock(&mutex);
    // Desktop Notifications 1.2: replacing keeps the id; a new one gets the next id.
    const quint32 id = replacesId ? replacesId : nextId++;
    calls.append({appName, replacesId, appIcon, summary, body, actions, hints, timeout, id});
    return id;
}

void FakeNotificationsObject::CloseNotification(uint id)
{
    QMutexLocker lock(&mutex);
    closed.append(id);
}

FakeNotificationServer::FakeNotificationServer(const QStringList &capabilities)
    : m_connectionName(QStringLiteral("fake-notifications-%1")
                           .arg(reinterpret_cast<quintptr>(this), 0, 16)),
      m_object(std::make_unique<FakeNotificationsObject>())
{
    m_object->capabilities = capabilities;
}

FakeNotificationServer::~FakeNotificationServer()
{
    if (m_started) {
        QDBusConnection bus(m_connectionName);
        bus.unregisterObject(kPath);
        bus.unregisterService(kService);
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
    if (m_thread.isRunning()) {
        // Back to this thread before it is destroyed here.
        FakeNotificationsObject *o = m_object.get();
        QMetaObject::invokeMethod(
            o, [o] { o->moveToThread(QCoreApplication::instance()->thread()); },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool FakeNotificationServer::start()
{
    QDBusConnection bus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected())
        return false;
    m_thread.start();
    m_object->moveToThread(&m_thread);
    if (!bus.registerObject(kPath, m_object.get(), QDBusConnection::ExportAllSlots))
        return false;
    m_started = bus.registerService(kService);
    return m_started;
}

void FakeNotificationServer::setCapabilitiesDelay(int ms)
{
    QMutexLocker lock(&m_object->mutex);
    m_object->capabilitiesDelayMs = ms;
}

int FakeNotificationServer::capabilityCalls() const
{
    QMutexLocker lock(&m_object->mutex);
    return m_object->capabilityCalls;
}

QList<FakeNotificationServer::Call> FakeNotificationServer::calls() const
{
    QMutexLocker lock(&m_object->mutex);
    return m_object->calls;
}

QList<quint32> FakeNotificationServer::closedByClient() const
{
    QMutexLocker lock(&m_object->mutex);
    return m_object->closed;
}

void FakeNotificationServer::invokeAction(quint32 id, const QString &action)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    signal << id << action;
    QDBusConnection(m_connectionName).send(signal);
}

void FakeNotificationServer::closeNotification(quint32 id, quint32 reason)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(kPath, kService, QStringLiteral("NotificationClosed"));
    signal << id << reason;
    QDBusConnection(m_connectionName).send(signal);
}

} // namespace charla::test
