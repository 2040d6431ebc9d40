#include "desktop/DesktopActions.h"

#include "AccountActions.h"
#include "AccountWizard.h"
#include "ContactActions.h"
#include "MainWindow.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatWindow.h"
#include "desktop/NewChatDialog.h"
#include "desktop/Preferences.h"
#include "desktop/WelcomeScreen.h"
#include "desktop/XmppUriHandler.h"
#include "account/Account.h"
#include "features/RosterFeature.h"
#include "rooms/JoinRoomDialog.h"
#include "rooms/RoomActions.h"
#include "services/ServiceActions.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QUrl>

namespace charla {

namespace {

/// The platform's keys for @p key plus @p fallback when the platform has none or not that one
/// (the offscreen and some minimal platforms define no Quit or Close): Ctrl+Q and Ctrl+W are
/// what people expect everywhere Charla runs.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys.append(fallback);
    return keys;
}

} // namespace

DesktopActions::DesktopActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_links = new XmppUriHandler(window->chats(), window, this);
    m_links->setAccounts([window] { return window->contactActions()->accounts(); },
                         [window](const QString &account) { return window->client(account); });
    m_links->setRegister([window](const QString &server) {
        window->accountActions()->openWizard()->startAt(AccountWizard::ServerPage, server);
    });
    m_links->setRoomJoiner(
        [this](const QString &account, const QString &room, const QString &password) {
            openJoinRoom(account, room, password);
        });
    // Links clicked in messages: the same handler, with the chat's account.
    window->chats()->setXmppLinkHandler([this](const QString &account, const QUrl &url) {
        m_links->open(url.toString(QUrl::FullyEncoded), account);
        return true;
    });
    connectServices();
    // New accounts start with the proxy chosen in Preferences.
    window->accountActions()->setAppSettings(window->appSettings());

    // First run: the two ways in, instead of an empty list.
    m_welcome = new WelcomeScreen;
    connect(m_welcome, &WelcomeScreen::signInRequested, this, [window] {
        window->accountActions()->openWizard()->startAt(AccountWizard::ExistingPage);
    });
    connect(m_welcome, &WelcomeScreen::createRequested, this, [window] {
        window->accountActions()->openWizard()->startAt(AccountWizard::ServerPage);
    });
    window->setWelcomeWidget(m_welcome);

    m_newChat = new QAction(tr("&New Chat…"), this);
    m_newChat->setObjectName(QStringLiteral("newChatAction"));
    m_newChat->setShortcut(QKeySequence::New);
    m_newChat->setStatusTip(tr("Write to an address, one of your contacts or anyone else"));
    connect(m_newChat, &QAction::triggered, this, [this] { openNewChat(); });
    if (auto *contacts = window->menuBar()->findChild<QMenu *>(QStringLiteral("contactsMenu"))) {
        const QList<QAction *> existing = contacts->actions();
        contacts->insertAction(existing.value(0), m_newChat);
    }
    window->addAction(m_newChat);

    m_preferences = new Preferences(window);
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, m_preferences, &Preferences::openDialog);
    if (QMenu *charla = window->menuBar()->actions().value(0)
                            ? window->menuBar()->actions().value(0)->menu()
                            : nullptr) {
        // Above Quit, after the own-details entries: where desktops put Preferences.
        QAction *quit = nullptr;
        for (QAction *a : charla->actions()) {
            if (a->menuRole() == QAction::QuitRole)
                quit = a;
        }
        charla->insertAction(quit, m_preferencesAction);
        charla->insertSeparator(quit);
    }
    window->addAction(m_preferencesAction);
    // Quit is Ctrl+Q even where the platform names no Quit key.
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->menuRole() == QAction::QuitRole)
            a->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    }

    // Chat windows get the same ways around as the main window: each its own actions, since
    // a shortcut works in the window that holds its action.
    connect(window->chats(), &ChatManager::windowCreated, this,
            &DesktopActions::addChatWindowActions);
}

void DesktopActions::addChatWindowActions(ChatWindow *w)
{
    const auto add = [w](const QString &text, const QString &name,
                         const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, w);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        w->addAction(a);
        return a;
    };
    QAction *next =
        add(tr("Next Chat"), QStringLiteral("nextChatAction"),
            {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(next, &QAction::triggered, this, [this, w] { switchChat(w, 1); });
    QAction *previous = add(tr("Previous Chat"), QStringLiteral("previousChatAction"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                             QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previous, &QAction::triggered, this, [this, w] { switchChat(w, -1); });
    QAction *search = add(tr("Search Messages"), QStringLiteral("searchMessagesAction"),
                          {QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    ChatManager *chats = m_window->chats();
    connect(search, &QAction::triggered, chats, &ChatManager::showSearch);
    w->addAction(m_newChat);
    QAction *quit = add(tr("Quit"), QStringLiteral("quitAction"),
                        standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    // The window closes the current chat with the platform's first Close key; Ctrl+W as well
    // where that is another key (Ctrl+F4) or none.
    bool hasCtrlW = false;
    for (QAction *a : w->actions())
        hasCtrlW |= a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W));
    if (!hasCtrlW) {
        QAction *close = add(tr("Close Chat"), QStringLiteral("closeChatAction"),
                             {QKeySequence(Qt::CTRL | Qt::Key_W)});
        connect(close, &QAction::triggered, this, [this, w] {
            if (ChatTab *tab = w->currentTab())
                m_window->chats()->closeChat(tab);
        });
    }
    w->tabWidget()->setAccessibleName(tr("Chats"));
}

void DesktopActions::switchChat(ChatWindow *w, int step)
{
    QTabWidget *tabs = w->tabWidget();
    const int count = tabs->count();
    if (count < 2)
        return;
    tabs->setCurrentIndex((tabs->currentIndex() + step + count) % count);
}

void DesktopActions::handleArguments(const QStringList &arguments)
{
    // A second launch means "show me Charla", links or not.
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
            m_links->open(argument);
    }
}

JoinRoomDialog *DesktopActions::openJoinRoom(const QString &account, const QString &room,
                                             const QString &password)
{
    auto *roomActions = m_window->findChild<RoomActions *>();
    if (!roomActions)
        return nullptr;
    auto *dialog = new JoinRoomDialog(roomActions->rooms(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(account, room, password);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void DesktopActions::connectServices()
{
    auto *services = m_window->findChild<ServiceActions *>();
    if (!services)
        return;
    services->setRoomJoiner([this](Account *account, const QString &room) {
        openJoinRoom(account->jid().full(), room);
    });
}

NewChatDialog *DesktopActions::openNewChat()
{
    if (m_newChatDialog) {
        m_newChatDialog->raise();
        m_newChatDialog->activateWindow();
        return m_newChatDialog;
    }
    const QStringList accounts = m_window->contactActions()->accounts();
    if (accounts.isEmpty()) {
        m_window->accountActions()->openWizard();
        return nullptr;
    }
    NewChatDialog::Contacts contacts;
    for (const QString &account : accounts) {
        Client *client = m_window->client(account);
        auto *roster = client ? client->feature<RosterFeature>() : nullptr;
        if (!roster)
            continue;
        QHash<QString, QString> &names = contacts[account];
        for (const RosterItem &item : roster->items())
            names.insert(item.jid.bare().toString(), item.name);
    }
    auto *dialog = new NewChatDialog(accounts, contacts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newChatDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->jid().isEmpty())
            m_window->chats()->openChat(dialog->account(), dialog->jid(), true);
    });
    dialog->open();
    return dialog;
}

} // namespace charla
