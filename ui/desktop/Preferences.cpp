#include "desktop/Preferences.h"

#include "AccountActions.h"
#include "ContactActions.h"
#include "MainWindow.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/AutoAway.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "desktop/SettingsDialog.h"
#include "features/MessageFeature.h"
#include "features/MucFeature.h"
#include "features/PresenceFeature.h"
#include "storage/AccountStore.h"
#include "storage/AppSettings.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QStyle>

Q_LOGGING_CATEGORY(lcPrefs, "charla.preferences")

namespace charla {

namespace {

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xef, 0xef), base(Qt::white), text(0x1e, 0x1e, 0x1e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    p.setColor(QPalette::Dark, QColor(0x9f, 0x9f, 0x9f));
    p.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1f, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x80));
    return p;
}

QString proxySentence(const ProxySettings &proxy)
{
    switch (proxy.type) {
    case ProxySettings::None:
        return QCoreApplication::translate("charla::Preferences", "connects directly");
    case ProxySettings::System:
        return QCoreApplication::translate("charla::Preferences", "uses the system's proxy");
    case ProxySettings::Socks5:
        return QCoreApplication::translate("charla::Preferences", "SOCKS5 proxy %1:%2")
            .arg(proxy.host)
            .arg(proxy.effectivePort());
    case ProxySettings::Http:
        return QCoreApplication::translate("charla::Preferences", "HTTP proxy %1:%2")
            .arg(proxy.host)
            .arg(proxy.effectivePort());
    }
    return QString();
}

} // namespace

Preferences::Preferences(MainWindow *window)
    : QObject(window), m_window(window), m_settings(window->appSettings()),
      m_systemPalette(QApplication::palette())
{
    connect(m_settings, &AppSettings::changed, this, &Preferences::changed);
    connect(window->accounts(), &AccountManager::accountAdded, this,
            [this](Account *a) { applyTo(a->client()); });
    applyToAccounts();
    if (m_settings->palette() != AppSettings::Palette::System)
        applyPalette();
    if (m_settings->fontPointSize() > 0)
        applyMessageFont();
    // Chats opened later get the layout too (rooms are chat tabs as well).
    connect(window->chats(), &ChatManager::tabOpened, this, [this](ChatTab *tab) {
        tab->view()->messageDelegate()->setCompact(m_settings->messageLayout() ==
                                                   AppSettings::MessageLayout::Compact);
    });
    applyMessageLayout();
    // Retention: at start (once the event loop runs, not in the way of the first paint) and
    // once a day for a Charla that is never closed.
    QTimer::singleShot(0, this, [this] { pruneHistory(); });
    m_daily.setInterval(24 * 60 * 60 * 1000);
    connect(&m_daily, &QTimer::timeout, this, [this] { pruneHistory(); });
    m_daily.start();
}

void Preferences::changed(const QString &key)
{
    if (key.startsWith(QLatin1String("privacy/")))
        applyToAccounts();
    else if (key == QLatin1String("appearance/palette"))
        applyPalette();
    else if (key == QLatin1String("appearance/fontPointSize"))
        applyMessageFont();
    else if (key == QLatin1String("appearance/messageLayout"))
        applyMessageLayout();
    else if (key == QLatin1String("history/retentionDays"))
        pruneHistory();
}

void Preferences::applyToAccounts()
{
    const QStringList accounts = m_window->contactActions()->accounts();
    for (const QString &account : accounts)
        applyTo(m_window->client(account));
}

void Preferences::applyTo(Client *client) const
{
    if (!client)
        return;
    if (auto *messages = client->feature<MessageFeature>()) {
        messages->setSendsChatStates(m_settings->sendChatStates());
        messages->setSendsDisplayedMarkers(m_settings->sendDisplayedMarkers());
    }
    if (auto *muc = client->feature<MucFeature>())
        muc->setSendsChatStates(m_settings->sendChatStates()); // XEP-0085 in rooms too
    if (auto *presence = client->feature<PresenceFeature>())
        presence->setSendsIdleTime(m_settings->sendIdleTime());
}

int Preferences::pruneHistory()
{
    const int days = m_settings->historyRetentionDays();
    if (days <= 0)
        return 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
    int total = 0;
    const QStringList accounts = m_window->contactActions()->accounts();
    for (const QString &account : accounts) {
        Client *client = m_window->client(account);
        auto *messages = client ? client->feature<MessageFeature>() : nullptr;
        if (HistoryStore *store = messages ? messages->store() : nullptr) {
            const int n = store->deleteOlderThan(cutoff);
            if (n > 0)
                total += n;
        }
    }
    qCInfo(lcPrefs) << "history retention:" << total << "messages older than" << days
                    << "days deleted";
    return total;
}

QPalette Preferences::paletteFor(int palette) const
{
    switch (AppSettings::Palette(palette)) {
    case AppSettings::Palette::Light:
        return lightPalette();
    case AppSettings::Palette::Dark:
        return darkPalette();
    case AppSettings::Palette::System:
        break;
    }
    return m_systemPalette;
}

void Preferences::applyPalette()
{
    QApplication::setPalette(paletteFor(int(m_settings->palette())));
}

void Preferences::applyMessageFont()
{
    // Only message lists: menus and dialogs keep the desktop's size.
    QFont font = QApplication::font();
    if (m_settings->fontPointSize() > 0)
        font.setPointSize(m_settings->fontPointSize());
    QApplication::setFont(font, "charla::ChatView");
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (auto *view = qobject_cast<ChatView *>(w)) {
            view->setFont(font);
            view->messageDelegate()->clearCache();
            view->doItemsLayout();
        }
    }
}

void Preferences::applyMessageLayout()
{
    const bool compact = m_settings->messageLayout() == AppSettings::MessageLayout::Compact;
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (auto *view = qobject_cast<ChatView *>(w))
            view->messageDelegate()->setCompact(compact);
    }
}

SettingsDialog *Preferences::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new SettingsDialog(
        m_settings, m_window->autoAway() ? m_window->autoAway()->settings() : AutoAway::Settings(),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    QList<QPair<QString, QString>> accounts;
    for (Account *a : m_window->accounts()->accounts())
        accounts.append({a->jid().bare().toString(), proxySentence(a->config().proxy)});
    const QPointer<MainWindow> window(m_window);
    dialog->setAccounts(accounts, [window](const QString &jid) {
        if (!window)
            return;
        if (Account *a = window->accounts()->account(jid))
            window->accountActions()->openSettings(a);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AutoAway::Settings away = dialog->autoAwaySettings();
        away.save(m_window->profile());
        if (AutoAway *a = m_window->autoAway())
            a->setSettings(away);
    });
    dialog->open();
    return dialog;
}

} // namespace charla
