#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace charla {

/// A client of the freedesktop notification service (org.freedesktop.Notifications, the
/// Desktop Notifications Specification 1.2) over D-Bus: what the server can do, posting and
/// replacing a notification, and the server's answers (an action chosen, a notification closed).
///
/// Every call to the server is asynchronous, GetCapabilities included: it is asked once per
/// server, and notifications posted before its answer wait for it (the body's escaping and the
/// actions depend on it); the answer is remembered until the service changes hands on the bus.
class FreedesktopNotifications : public QObject
{
    Q_OBJECT
public:
    /// One notification as the spec's Notify method takes it.
    struct Notification
    {
        QString appName;
        QString appIcon;   ///< an icon name from the theme, or a file:// URI
        QString summary;   ///< plain text (the spec never reads markup in it)
        QString body;      ///< plain text; escaped here when the server reads markup
        QStringList actions; ///< key, label, key, label, ... ("default" is a click)
        QVariantMap hints;
        quint32 replacesId = 0; ///< a shown notification to replace; 0 for a new one
        int timeoutMs = -1;      ///< -1: the server decides
    };

    /// Talks to the service on @p bus (the session bus unless a test gives another).
    explicit FreedesktopNotifications(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                      QObject *parent = nullptr);
    ~FreedesktopNotifications() override;

    /// True when a notification server owns its name on the bus now.
    bool isAvailable() const;
    /// The server's capabilities ("actions", "body", "body-markup", ...) as far as known: empty
    /// without a server or before its answer (which capabilitiesKnown() announces). Never waits.
    QStringList capabilities() const { return m_capabilities.value_or(QStringList()); }
    bool capabilitiesKnown() const { return m_capabilities.has_value(); }
    bool hasCapability(const QString &capability) const
    {
        return capabilities().contains(capability);
    }
    /// Asks the server for its capabilities (once; the answer comes as capabilitiesKnown()).
    void fetchCapabilities();

    /// Posts @p n; @p done gets the server's id for it (0 when the call failed). Returns false
    /// at once when there is no server. Before the server's capabilities are known it is sent
    /// once they are; the body is escaped for a markup server and the actions are left out for
    /// a server without actions.
    bool notify(const Notification &n, std::function<void(quint32 id)> done = {});
    /// Asks the server to take notification @p id away.
    void close(quint32 id);

    /// @p text as a body for a server that does (@p markup true) or does not read markup:
    /// with markup every '<', '>' and '&' is escaped, so the server shows it literally.
    static QString bodyText(const QString &text, bool markup);

Q_SIGNALS:
    /// The person chose action @p key ("default" for a click) of notification @p id.
    void actionInvoked(quint32 id, const QString &key);
    /// Notification @p id is gone (1 expired, 2 dismissed, 3 closed by a call, 4 other).
    void closed(quint32 id, quint32 reason);
    /// The server's capabilities arrived (empty when it did not answer in time).
    void capabilitiesKnown(const QStringList &capabilities);

private Q_SLOTS:
    // The server's signals (QtDBus connects them by name, so these stay slots).
    void onActionInvoked(uint id, const QString &key);
    void onNotificationClosed(uint id, uint reason);
    void onOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner);

private:
    struct Pending
    {
        Notification notification;
        std::function<void(quint32 id)> done;
    };
    void send(Notification n, std::function<void(quint32 id)> done);

    QDBusConnection m_bus;
    std::optional<QStringList> m_capabilities;
    bool m_asking = false;      ///< a GetCapabilities call is on its way
    int m_askGeneration = 0;    ///< bumped when the service changes hands: older answers are dropped
    QList<Pending> m_waiting;   ///< posted before the capabilities were known, in order
};

} // namespace charla
