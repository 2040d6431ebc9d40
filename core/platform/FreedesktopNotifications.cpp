#include "platform/FreedesktopNotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

#include <utility>

namespace charla {

Q_LOGGING_CATEGORY(lcNotify, "charla.notify")

namespace {
const auto kService = QStringLiteral("org.freedesktop.Notifications");
const auto kPath = QStringLiteral("/org/freedesktop/Notifications");
const auto kInterface = QStringLiteral("org.freedesktop.Notifications");
// A server that does not answer GetCapabilities quickly is treated as one without capabilities
// (plain body, no actions), so waiting notifications still go out.
constexpr int kCapabilitiesTimeoutMs = 1500;

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}
} // namespace

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    // The service name in the match rule: only the process owning the name can trigger these.
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    // A new server (the desktop restarted it, or another took over) may have other capabilities.
    auto *watcher = new QDBusServiceWatcher(kService, m_bus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &FreedesktopNotifications::onOwnerChanged);
}

FreedesktopNotifications::~FreedesktopNotifications()
{
    if (m_bus.isConnected()) {
        m_bus.disconnect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                         SLOT(onActionInvoked(uint, QString)));
        m_bus.disconnect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                         SLOT(onNotificationClosed(uint, uint)));
    }
}

bool FreedesktopNotifications::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    QDBusConnectionInterface *bus = m_bus.interface();
    if (bus->isServiceRegistered(kService))
        return true;
    // Many desktops start their server on the first call (D-Bus activation).
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kService);
}

void FreedesktopNotifications::fetchCapabilities()
{
    if (m_capabilities || m_asking || !m_bus.isConnected())
        return;
    m_asking = true;
    const int generation = m_askGeneration;
    QDBusPendingCall pending =
        m_bus.asyncCall(call(QStringLiteral("GetCapabilities")), kCapabilitiesTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, generation](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<QStringList> reply = *w;
                w->deleteLater();
                if (generation != m_askGeneration)
                    return; // asked of a server that is gone; the new one is asked anew
                m_asking = false;
                if (reply.isError())
                    qCDebug(lcNotify) << "no capabilities from the notification server"
                                      << reply.error().message();
                m_capabilities = reply.isError() ? QStringList() : reply.value();
                qCDebug(lcNotify) << "notification server capabilities" << *m_capabilities;
                Q_EMIT capabilitiesKnown(*m_capabilities);
                const QList<Pending> waiting = std::exchange(m_waiting, {});
                for (const Pending &p : waiting)
                    send(p.notification, p.done);
            });
}

bool FreedesktopNotifications::notify(const Notification &n, std::function<void(quint32)> done)
{
    if (!isAvailable())
        return false;
    if (!m_capabilities) {
        m_waiting.append({n, std::move(done)});
        fetchCapabilities();
        return true;
    }
    send(n, std::move(done));
    return true;
}

void FreedesktopNotifications::send(Notification n, std::function<void(quint32)> done)
{
    QDBusMessage msg = call(QStringLiteral("Notify"));
    const bool markup = hasCapability(QStringLiteral("body-markup"));
    // Desktop Notifications 1.2 "Actions": a server without the capability shows no buttons.
    if (!hasCapability(QStringLiteral("actions")))
        n.actions.clear();
    // Desktop Notifications 1.2: Notify(app_name s, replaces_id u, app_icon s, summary s,
    // body s, actions as, hints a{sv}, expire_timeout i) -> u
    msg << n.appName << n.replacesId << n.appIcon << n.summary << bodyText(n.body, markup)
        << n.actions << n.hints << n.timeoutMs;
    QDBusPendingCall pending = m_bus.asyncCall(msg);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [done = std::move(done)](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                w->deleteLater();
                if (reply.isError())
                    qCWarning(lcNotify) << "notification refused:" << reply.error().message();
                if (done)
                    done(reply.isError() ? 0 : reply.value());
            });
}

void FreedesktopNotifications::close(quint32 id)
{
    if (id == 0 || !m_bus.isConnected())
        return;
    QDBusMessage msg = call(QStringLiteral("CloseNotification"));
    msg << id;
    m_bus.asyncCall(msg);
}

QString FreedesktopNotifications::bodyText(const QString &text, bool markup)
{
    // Desktop Notifications 1.2 "Markup": a body-markup server parses <b>, <i>, <u>, <a href>,
    // <img>: text from the network must reach it as entities, never as tags.
    return markup ? text.toHtmlEscaped() : text;
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    Q_EMIT actionInvoked(id, key);
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_EMIT closed(id, reason);
}

void FreedesktopNotifications::onOwnerChanged(const QString &, const QString &, const QString &)
{
    m_capabilities.reset();
    ++m_askGeneration;
    m_asking = false;
    if (!m_waiting.isEmpty())
        fetchCapabilities(); // notifications waiting for the old server's answer: ask the new one
}

} // namespace charla
