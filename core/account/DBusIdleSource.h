#pragma once

#include "account/IdleSource.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace charla {

/// The session's idle time as the desktop knows it, over D-Bus: GNOME's Mutter IdleMonitor
/// first, then the freedesktop ScreenSaver interface (KDE Plasma and others).
///
/// It counts input to every application, which the ui's own fallback cannot. When neither service
/// answers, idleMs() is negative and the services are asked again only every few minutes, so a
/// desktop without them costs one failed call now and then.
class DBusIdleSource : public IdleSource
{
public:
    /// Asks on @p bus (the session bus unless a test gives another).
    explicit DBusIdleSource(const QDBusConnection &bus = QDBusConnection::sessionBus());

    qint64 idleMs() override;
    /// The D-Bus service that answered last; empty when none did.
    QString serviceInUse() const;

private:
    enum class Backend { Unknown, Mutter, ScreenSaver, None };

    std::optional<qint64> ask(Backend backend);

    QDBusConnection m_bus;
    Backend m_backend = Backend::Unknown;
    QElapsedTimer m_sinceGivenUp;
};

} // namespace charla
