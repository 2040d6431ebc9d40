#include "account/DBusIdleSource.h"

#include <QDBusMessage>
#include <QLoggingCategory>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcIdle, "charla.idle")

const auto kMutterService = QStringLiteral("org.gnome.Mutter.IdleMonitor");
const auto kMutterPath = QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core");
const auto kMutterInterface = QStringLiteral("org.gnome.Mutter.IdleMonitor");
const auto kScreenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
const auto kScreenSaverPath = QStringLiteral("/org/freedesktop/ScreenSaver");
const auto kScreenSaverInterface = QStringLiteral("org.freedesktop.ScreenSaver");

// Calls are synchronous and made every few seconds: a service that hangs must not freeze the
// window for longer than a blink.
constexpr int kCallTimeoutMs = 500;
// After neither service answered, ask again this rarely (a desktop shell may start later).
constexpr qint64 kRetryAfterMs = 5 * 60 * 1000;
} // namespace

DBusIdleSource::DBusIdleSource(const QDBusConnection &bus) : m_bus(bus) {}

std::optional<qint64> DBusIdleSource::ask(Backend backend)
{
    const bool mutter = backend == Backend::Mutter;
    QDBusMessage call = QDBusMessage::createMethodCall(
        mutter ? kMutterService : kScreenSaverService, mutter ? kMutterPath : kScreenSaverPath,
        mutter ? kMutterInterface : kScreenSaverInterface,
        mutter ? QStringLiteral("GetIdletime") : QStringLiteral("GetSessionIdleTime"));
    // Asking for the idle time is no reason to launch a screen saver.
    call.setAutoStartService(false);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCDebug(lcIdle) << "no idle time from" << call.service() << reply.errorMessage();
        return std::nullopt;
    }
    bool ok = false;
    // Mutter answers a uint64 and ScreenSaver a uint32, both in milliseconds (KDE's
    // implementation, the one in common use, counts milliseconds whatever older docs say).
    const qulonglong ms = reply.arguments().constFirst().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return qint64(ms);
}

qint64 DBusIdleSource::idleMs()
{
    if (!m_bus.isConnected())
        return -1;
    if (m_backend == Backend::None) {
        if (m_sinceGivenUp.isValid() && m_sinceGivenUp.elapsed() < kRetryAfterMs)
            return -1;
        m_backend = Backend::Unknown;
    }
    if (m_backend != Backend::Unknown) {
        if (const auto ms = ask(m_backend))
            return *ms;
        m_backend = Backend::Unknown; // it went away: look again
    }
    for (Backend b : {Backend::Mutter, Backend::ScreenSaver}) {
        if (const auto ms = ask(b)) {
            m_backend = b;
            return *ms;
        }
    }
    m_backend = Backend::None;
    m_sinceGivenUp.start();
    return -1;
}

QString DBusIdleSource::serviceInUse() const
{
    switch (m_backend) {
    case Backend::Mutter:
        return kMutterService;
    case Backend::ScreenSaver:
        return kScreenSaverService;
    case Backend::Unknown:
    case Backend::None:
        break;
    }
    return QString();
}

} // namespace charla
