#pragma once

#include <QDBusConnection>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

#include <memory>

namespace charla::test {

class FakeNotificationsObject;

/// One Notify call as the fake server received it.
struct FakeNotificationCall
{
    QString appName;
    quint32 replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int timeout = 0;
    quint32 id = 0; ///< what the server answered
};

/// A stand-in for the desktop's notification server (org.freedesktop.Notifications) on the
/// test's session bus: it records every Notify and CloseNotification call and can answer like
/// a person using the notification (an action chosen, the notification dismissed).
///
/// Its object lives in a thread of its own, so it answers even while the test's thread waits,
/// and it can be slow to answer GetCapabilities like a busy desktop. Needs a session bus
/// (dbus-run-session).
class FakeNotificationServer
{
public:
    using Call = FakeNotificationCall;

    explicit FakeNotificationServer(const QStringList &capabilities);
    ~FakeNotificationServer();

    /// Owns the service name on the session bus; false without a bus or when it is taken.
    bool start();
    QList<Call> calls() const;
    QList<quint32> closedByClient() const;
    /// GetCapabilities answers after @p ms (its own thread sleeps; the test's runs on).
    void setCapabilitiesDelay(int ms);
    /// How many times GetCapabilities was called.
    int capabilityCalls() const;
    /// The person chose @p action ("default", "reply", ...) of notification @p id.
    void invokeAction(quint32 id, const QString &action);
    /// The notification went away (2: dismissed by the person).
    void closeNotification(quint32 id, quint32 reason = 2);

private:
    QThread m_thread;
    QString m_connectionName;
    std::unique_ptr<FakeNotificationsObject> m_object;
    bool m_started = false;
};

/// The exported D-Bus object (a class of its own for moc; use FakeNotificationServer).
class FakeNotificationsObject : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList capabilities;
    mutable QMutex mutex;
    QList<FakeNotificationCall> calls;
    QList<quint32> closed;
    quint32 nextId = 1;
    int capabilitiesDelayMs = 0;
    int capabilityCalls = 0;

public Q_SLOTS:
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout);
    void CloseNotification(uint id);
};

} // namespace charla::test
