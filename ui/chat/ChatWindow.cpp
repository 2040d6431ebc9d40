#include "ChatWindow.h"

#include "ChatStateTimer.h"
#include "ChatTab.h"

#include <QAction>
#include <QCloseEvent>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace charla {

namespace {

const QString kGeometry = QStringLiteral("chat/windowGeometry");

} // namespace

ChatWindow::ChatWindow(const QString &settingsFile, QWidget *parent)
    : QWidget(parent, Qt::Window), m_settingsFile(settingsFile), m_tabs(new QTabWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setElideMode(Qt::ElideRight);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        if (auto *tab = qobject_cast<ChatTab *>(m_tabs->widget(i)))
            Q_EMIT tabCloseRequested(tab);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateTitle();
        seen();
    });
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence::Close);
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, [this] {
        if (ChatTab *tab = currentTab())
            Q_EMIT tabCloseRequested(tab);
    });
    addAction(close);
    resize(560, 640);
    const QByteArray geometry =
        (m_settingsFile.isEmpty() ? QSettings() : QSettings(m_settingsFile, QSettings::IniFormat))
            .value(kGeometry)
            .toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

ChatWindow::~ChatWindow() = default;

void ChatWindow::addTab(ChatTab *tab)
{
    if (m_tabs->indexOf(tab) >= 0)
        return;
    m_tabs->addTab(tab, tab->title());
    connect(tab, &ChatTab::changed, this, [this, tab] { updateTab(tab); });
    updateTab(tab);
}

void ChatWindow::removeTab(ChatTab *tab)
{
    const int i = m_tabs->indexOf(tab);
    if (i < 0)
        return;
    disconnect(tab, nullptr, this, nullptr);
    m_tabs->removeTab(i);
    tab->setParent(nullptr);
    updateTitle();
}

void ChatWindow::setCurrentTab(ChatTab *tab)
{
    m_tabs->setCurrentWidget(tab);
}

ChatTab *ChatWindow::currentTab() const
{
    return qobject_cast<ChatTab *>(m_tabs->currentWidget());
}

QList<ChatTab *> ChatWindow::tabs() const
{
    QList<ChatTab *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ChatTab *>(m_tabs->widget(i)))
            out.append(tab);
    }
    return out;
}

int ChatWindow::count() const
{
    return m_tabs->count();
}

QString ChatWindow::tabText(ChatTab *tab) const
{
    const int i = m_tabs->indexOf(tab);
    return i < 0 ? QString() : m_tabs->tabText(i);
}

void ChatWindow::updateTab(ChatTab *tab)
{
    const int i = m_tabs->indexOf(tab);
    if (i < 0)
        return;
    QString text = tab->title();
    // '&' would become a mnemonic in a tab's text.
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    if (tab->unread() > 0)
        text += QStringLiteral(" (%1)").arg(tab->unread());
    m_tabs->setTabText(i, text);
    m_tabs->setTabToolTip(i, tab->jid().toHtmlEscaped());
    if (tab == currentTab())
        updateTitle();
}

void ChatWindow::updateTitle()
{
    const ChatTab *tab = currentTab();
    setWindowTitle(tab ? tr("%1 \u2014 Charla").arg(tab->title()) : tr("Chats \u2014 Charla"));
}

void ChatWindow::seen()
{
    ChatTab *tab = currentTab();
    if (tab && isActiveWindow()) {
        tab->chatStateTimer()->attention(true);
        Q_EMIT tabSeen(tab);
    }
}

void ChatWindow::saveGeometrySetting() const
{
    if (m_settingsFile.isEmpty())
        QSettings().setValue(kGeometry, saveGeometry());
    else
        QSettings(m_settingsFile, QSettings::IniFormat).setValue(kGeometry, saveGeometry());
}

void ChatWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange) {
        if (isActiveWindow())
            seen();
        else if (ChatTab *tab = currentTab())
            tab->chatStateTimer()->attention(false);
    }
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    saveGeometrySetting();
    const QList<ChatTab *> all = tabs();
    for (ChatTab *tab : all)
        Q_EMIT tabCloseRequested(tab);
    event->accept();
}

} // namespace charla
