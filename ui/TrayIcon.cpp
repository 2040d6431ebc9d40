#include "TrayIcon.h"

#include "StatusMenu.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace charla {

TrayIcon::TrayIcon(AccountManager *manager, QWidget *window, QObject *parent)
    : QObject(parent), m_statusMenu(new StatusMenu(manager, nullptr)), m_menu(new QMenu),
      m_window(window)
{
    m_menu->setObjectName(QStringLiteral("TrayMenu"));
    m_menu->addActions(m_statusMenu->actions());
    m_menu->addSeparator();
    m_toggleWindow = m_menu->addAction(tr("Show Charla"));
    m_toggleWindow->setObjectName(QStringLiteral("toggleWindow"));
    connect(m_toggleWindow, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_quit = m_menu->addAction(tr("Quit"));
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    // The window may have been shown or hidden by other means since the menu last opened.
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateToggleText);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        toggleWindow();
                });
    }
    connect(m_statusMenu, &StatusMenu::summaryChanged, this, &TrayIcon::refresh);
    refresh();
    updateToggleText();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    // The menus have no parent widget (a tray menu belongs to no window).
    delete m_menu;
    delete m_statusMenu;
}

bool TrayIcon::isAvailable() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setWindow(QWidget *window)
{
    m_window = window;
    updateToggleText();
}

void TrayIcon::setUnreadCount(int count)
{
    count = qMax(0, count);
    if (count == m_unread)
        return;
    m_unread = count;
    refresh();
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateToggleText();
}

void TrayIcon::updateToggleText()
{
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_toggleWindow->setText(shown ? tr("Hide Charla") : tr("Show Charla"));
    m_toggleWindow->setEnabled(m_window != nullptr);
}

void TrayIcon::refresh()
{
    const StatusMenu::Summary s = m_statusMenu->summary();
    m_iconName = s.iconName;
    m_icon = badged(StatusMenu::statusIcon(s.iconName));
    // Plain text only: some trays render markup, and this never needs any.
    QStringList lines{tr("Charla: %1").arg(s.text)};
    if (m_unread > 0)
        lines << tr("%n unread message(s)", "", m_unread);
    m_toolTip = lines.join(u'\n');
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

QIcon TrayIcon::badged(const QIcon &base) const
{
    if (m_unread <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.6;
        const QRectF badge(size - d, 0, d, d);
        p.setPen(QPen(Qt::white, qMax(1.0, size / 24.0)));
        p.setBrush(QColor(0xd0, 0x1c, 0x1c));
        p.drawEllipse(badge);
        // Under 24 pixels a number cannot be read: the red dot alone says "unread".
        if (size >= 24) {
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(int(d * (m_unread > 9 ? 0.45 : 0.65)));
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter,
                       m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool TrayIcon::showMessage(const QString &title, const QString &text)
{
    if (!isAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    // Notification services may read a subset of HTML in the text: escape what the network sent.
    m_tray->showMessage(title.toHtmlEscaped(), text.toHtmlEscaped(), QSystemTrayIcon::Information);
    return true;
}

} // namespace charla
