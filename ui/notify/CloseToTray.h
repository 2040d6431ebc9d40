#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QCloseEvent;
class QWidget;

namespace charla {

class AppSettings;
class DesktopNotifier;
class TrayIcon;

/// What closing the main window does: with a system tray and AppSettings::closeToTray() the
/// window hides and Charla keeps running in the tray (saying so once, the first time);
/// otherwise Charla quits, so it never runs with nothing on screen.
class CloseToTray : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { HiddenToTray, Quit };
    Q_ENUM(Outcome)

    /// @p notifier shows the first-time notice (may be null).
    CloseToTray(QWidget *window, TrayIcon *tray, AppSettings *settings, DesktopNotifier *notifier,
                QObject *parent = nullptr);

    /// Handles the window's close event (accepts or ignores it) and says what happened.
    Outcome windowClosing(QCloseEvent *event);
    /// True when closing the window now would keep Charla in the tray.
    bool keepsRunning() const;

    /// Whether the desktop shows a tray (default: the tray icon's own answer). For tests,
    /// which run without one.
    void setTrayAvailable(std::function<bool()> check) { m_trayAvailable = std::move(check); }
    /// What quitting does (default: QCoreApplication::quit, queued). For tests.
    void setQuit(std::function<void()> quit) { m_quit = std::move(quit); }

private:
    QPointer<QWidget> m_window;
    QPointer<TrayIcon> m_tray;
    QPointer<AppSettings> m_settings;
    QPointer<DesktopNotifier> m_notifier;
    std::function<bool()> m_trayAvailable;
    std::function<void()> m_quit;
};

} // namespace charla
