#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace charla {

class AccountManager;
class StatusMenu;

/// The notification-area icon: the global status (the most available own presence of the
/// connected accounts), an unread-message badge, and a menu with the status choices,
/// Show/Hide and Quit.
///
/// Where there is no system tray (some desktops, offscreen tests) isAvailable() is false and
/// nothing is shown, but the menu, icon and tooltip are still kept up to date.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    /// @p window is shown and hidden by the menu and by clicking the icon (may be null).
    TrayIcon(AccountManager *manager, QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// True when the desktop has a system tray and the icon is shown in it.
    bool isAvailable() const;
    /// The window "Show Charla" and "Hide Charla" act on.
    void setWindow(QWidget *window);

    /// The context menu (exists even without a system tray).
    QMenu *menu() const { return m_menu; }
    /// The status choices listed at the top of menu().
    StatusMenu *statusMenu() const { return m_statusMenu; }
    /// "Show Charla" or "Hide Charla", whichever applies.
    QAction *toggleWindowAction() const { return m_toggleWindow; }
    /// Quits the application (QCoreApplication::quit).
    QAction *quitAction() const { return m_quit; }

    /// The icon as shown, with the unread badge.
    QIcon icon() const { return m_icon; }
    /// The status icon name the icon is drawn from (online, away, connecting, ...).
    QString iconName() const { return m_iconName; }
    QString toolTip() const { return m_toolTip; }

    /// Unread messages to announce on the icon (a badge) and in the tooltip; 0 for none.
    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    /// A desktop notification from the icon (plain text); false where there is no tray.
    bool showMessage(const QString &title, const QString &text);

Q_SIGNALS:
    /// The person clicked the last notification.
    void messageClicked();

public Q_SLOTS:
    /// Shows and raises the window when it is hidden or minimised, hides it otherwise.
    void toggleWindow();

private:
    void refresh();
    void updateToggleText();
    QIcon badged(const QIcon &base) const;

    StatusMenu *m_statusMenu;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QWidget> m_window;
    QAction *m_toggleWindow = nullptr;
    QAction *m_quit = nullptr;
    QIcon m_icon;
    QString m_iconName;
    QString m_toolTip;
    int m_unread = 0;
};

} // namespace charla
