#include "platform/FreedesktopNotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

namespace charla {

Q_LOGGING_CATEGORY(lcNotify, "charla.notify")

namespace {
const auto kService = QStringLiteral("org.freedesktop.Notifications");
const auto kPath = QStringLiteral("/org/freedesktop/Notifications");
const auto kInterface = QStringLiteral("org.freedesktop.Notifications");
// GetCapabilities is the one blocking call: a server that does not answer quickly is treated
// as one without capabilities rather than freezing the window.
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

QStringList FreedesktopNotifications::capabilities()
{
    if (m_capabilities)
        return *m_capabilities;
    if (!isAvailable())
        return {};
    const QDBusMessage reply =
        m_bus.call(call(QStringLiteral("GetCapabilities")), QDBus::Block, kCapabilitiesTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCDebug(lcNotify) << "no capabilities from the notification server" << reply.errorMessage();
        return {};
    }
    m_capabilities = reply.arguments().constFirst().toStringList();
    qCDebug(lcNotify) << "notification server capabilities" << *m_capabilities;
    return *m_capabilities;
}

bool FreedesktopNotifications::notify(const Notification &n, std::function<void(quint32)> done)
{
    if (!isAvailable())
        return false;
    QDBusMessage msg = call(QStringLiteral("Notify"));
    const bool markup = hasCapability(QStringLiteral("body-markup"));
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
    return true;
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
}

} // namespace charla
