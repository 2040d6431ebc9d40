#pragma once

#include "platform/FreedesktopNotifications.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace charla {

class TrayIcon;

/// Shows desktop notifications about chats: through the freedesktop notification service
/// where the desktop has one (with "Reply" and "Mark as read" buttons when the server shows
/// actions), through the tray icon's balloon messages otherwise.
///
/// One notification per chat: a new message replaces the chat's previous notification instead
/// of stacking another. Whether to notify at all (do not disturb, the chat's mode, the chat in
/// view) is the caller's decision (AppSettings::wantsNotification, ChatManager).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    /// Where a notification went.
    enum class Channel { None, Freedesktop, Tray };
    Q_ENUM(Channel)

    /// Uses the notification service on @p bus, else @p tray (may be null).
    explicit DesktopNotifier(TrayIcon *tray,
                             const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void setTrayIcon(TrayIcon *tray);
    /// Shows a balloon message in the tray; true when it was shown.
    using TrayMessage = std::function<bool(const QString &title, const QString &text)>;
    /// Replaces the tray icon's balloon (QSystemTrayIcon::showMessage), the fallback where no
    /// notification service exists (tests; a platform with another way).
    void setTrayMessage(TrayMessage show) { m_trayMessage = std::move(show); }
    FreedesktopNotifications *service() const { return m_service; }

    /// A message from @p sender in chat (@p account, @p jid); @p text is plain text and is
    /// shown as such (never read as markup).
    Channel showMessage(const QString &account, const QString &jid, const QString &sender,
                        const QString &text);
    /// A notice that is about no chat (plain text), such as the first hide to the tray.
    Channel showNotice(const QString &title, const QString &text);
    /// Takes the chat's notification away (the chat was read).
    void withdraw(const QString &account, const QString &jid);

Q_SIGNALS:
    /// The notification was clicked: open the chat.
    void openRequested(const QString &account, const QString &jid);
    /// "Reply": open the chat with the composer focused.
    void replyRequested(const QString &account, const QString &jid);
    /// "Mark as read": the chat's messages count as read.
    void markReadRequested(const QString &account, const QString &jid);

private:
    /// What is known of one chat's notification on the server.
    struct Shown
    {
        quint32 id = 0;        ///< the server's id; 0 while none is shown
        bool inFlight = false; ///< a Notify call has not been answered yet
        bool withdrawn = false; ///< read while in flight: close it once its id is known
        std::optional<FreedesktopNotifications::Notification> queued; ///< newer, to send next
    };
    static QString key(const QString &account, const QString &jid);
    void send(const QString &chat, FreedesktopNotifications::Notification n);
    void actionInvoked(quint32 id, const QString &action);
    void closed(quint32 id);
    bool showTrayMessage(const QString &title, const QString &text);

    FreedesktopNotifications *m_service;
    QPointer<TrayIcon> m_tray;
    TrayMessage m_trayMessage;
    QHash<QString, Shown> m_shown; ///< by key(account, jid)
};

} // namespace charla
