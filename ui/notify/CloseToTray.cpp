#include "CloseToTray.h"

#include "DesktopNotifier.h"
#include "TrayIcon.h"
#include "storage/AppSettings.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QWidget>

namespace charla {

CloseToTray::CloseToTray(QWidget *window, TrayIcon *tray, AppSettings *settings,
                         DesktopNotifier *notifier, QObject *parent)
    : QObject(parent), m_window(window), m_tray(tray), m_settings(settings), m_notifier(notifier)
{
    m_trayAvailable = [this] { return m_tray && m_tray->isAvailable(); };
    m_quit = [] {
        // Queued: the close event finishes first, then every window and account shuts down.
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    };
}

bool CloseToTray::keepsRunning() const
{
    return m_trayAvailable() && (!m_settings || m_settings->closeToTray());
}

CloseToTray::Outcome CloseToTray::windowClosing(QCloseEvent *event)
{
    if (keepsRunning()) {
        event->ignore();
        if (m_window)
            m_window->hide();
        if (m_settings && !m_settings->trayHintShown()) {
            m_settings->setTrayHintShown(true);
            if (m_notifier)
                m_notifier->showNotice(
                    tr("Charla is still running"),
                    tr("Charla keeps your accounts online in the notification area. "
                       "Click its icon to open the window; choose Quit in its menu to end Charla."));
        }
        return Outcome::HiddenToTray;
    }
    event->accept();
    m_quit();
    return Outcome::Quit;
}

} // namespace charla
