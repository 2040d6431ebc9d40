#include "DesktopNotifier.h"

#include "TrayIcon.h"

namespace charla {

namespace {
// The .desktop file's id and the themed icon it names: servers group and decorate by them.
const auto kDesktopEntry = QStringLiteral("org.charla.Charla");
const auto kActionDefault = QStringLiteral("default");
const auto kActionReply = QStringLiteral("reply");
const auto kActionMarkRead = QStringLiteral("mark-read");
} // namespace

DesktopNotifier::DesktopNotifier(TrayIcon *tray, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_service(new FreedesktopNotifications(bus, this)), m_tray(tray)
{
    connect(m_service, &FreedesktopNotifications::actionInvoked, this,
            &DesktopNotifier::actionInvoked);
    connect(m_service, &FreedesktopNotifications::closed, this,
            [this](quint32 id, quint32) { closed(id); });
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(TrayIcon *tray)
{
    m_tray = tray;
}

QString DesktopNotifier::key(const QString &account, const QString &jid)
{
    return account + QLatin1Char('\n') + jid;
}

DesktopNotifier::Channel DesktopNotifier::showMessage(const QString &account, const QString &jid,
                                                      const QString &sender, const QString &text)
{
    if (m_service->isAvailable()) {
        FreedesktopNotifications::Notification n;
        n.appName = QStringLiteral("Charla");
        n.appIcon = kDesktopEntry;
        // The spec reads no markup in the summary, but it is one line.
        n.summary = QString(sender).replace(QLatin1Char('\n'), QLatin1Char(' '));
        n.body = text;
        n.hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
        n.hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
        // Desktop Notifications 1.2: "default" is the click on the notification itself. Left
        // out by the service for a server without actions.
        n.actions = QStringList{kActionDefault,  tr("Open"),
                                kActionReply,    tr("Reply"),
                                kActionMarkRead, tr("Mark as read")};
        send(key(account, jid), n);
        return Channel::Freedesktop;
    }
    if (showTrayMessage(sender, text))
        return Channel::Tray;
    return Channel::None;
}

bool DesktopNotifier::showTrayMessage(const QString &title, const QString &text)
{
    if (m_trayMessage)
        return m_trayMessage(title, text);
    return m_tray && m_tray->showMessage(title, text);
}

DesktopNotifier::Channel DesktopNotifier::showNotice(const QString &title, const QString &text)
{
    if (m_service->isAvailable()) {
        FreedesktopNotifications::Notification n;
        n.appName = QStringLiteral("Charla");
        n.appIcon = kDesktopEntry;
        n.summary = title;
        n.body = text;
        n.hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
        m_service->notify(n);
        return Channel::Freedesktop;
    }
    if (showTrayMessage(title, text))
        return Channel::Tray;
    return Channel::None;
}

void DesktopNotifier::send(const QString &chat, FreedesktopNotifications::Notification n)
{
    Shown &shown = m_shown[chat];
    shown.withdrawn = false;
    if (shown.inFlight) {
        // The id of the one on its way is not known yet: send this when it is, as its
        // replacement, so a burst of messages ends as one notification.
        shown.queued = std::move(n);
        return;
    }
    n.replacesId = shown.id;
    shown.inFlight = true;
    const bool sent = m_service->notify(n, [this, chat](quint32 id) {
        auto it = m_shown.find(chat);
        if (it == m_shown.end())
            return;
        it->inFlight = false;
        it->id = id;
        if (it->withdrawn) {
            m_service->close(id);
            m_shown.erase(it);
            return;
        }
        if (it->queued) {
            FreedesktopNotifications::Notification next = std::move(*it->queued);
            it->queued.reset();
            send(chat, std::move(next));
        }
    });
    if (!sent)
        shown.inFlight = false;
}

void DesktopNotifier::withdraw(const QString &account, const QString &jid)
{
    auto it = m_shown.find(key(account, jid));
    if (it == m_shown.end())
        return;
    it->queued.reset();
    if (it->id)
        m_service->close(it->id);
    if (it->inFlight)
        it->withdrawn = true;
    else
        m_shown.erase(it);
}

void DesktopNotifier::actionInvoked(quint32 id, const QString &action)
{
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it->id != id || id == 0)
            continue;
        const qsizetype nl = it.key().indexOf(QLatin1Char('\n'));
        const QString account = it.key().left(nl);
        const QString jid = it.key().mid(nl + 1);
        if (action == kActionReply)
            Q_EMIT replyRequested(account, jid);
        else if (action == kActionMarkRead)
            Q_EMIT markReadRequested(account, jid);
        else if (action == kActionDefault)
            Q_EMIT openRequested(account, jid);
        return;
    }
}

void DesktopNotifier::closed(quint32 id)
{
    for (auto it = m_shown.begin(); it != m_shown.end(); ++it) {
        if (it->id == id && id != 0) {
            // Gone from the screen: the chat's next message is a new notification.
            if (it->inFlight)
                it->id = 0;
            else
                m_shown.erase(it);
            return;
        }
    }
}

} // namespace charla
