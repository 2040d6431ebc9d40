#include "MainWindow.h"

#include "AccountActions.h"
#include "services/ServiceActions.h"
#include "AvatarProvider.h"
#include "chat/ChatManager.h"
#include "desktop/DesktopActions.h"
#include "storage/AppSettings.h"
#include "features/MessageFeature.h"
#include "CertificateDialog.h"
#include "ContactActions.h"
#include "InputIdleSource.h"
#include "PasswordDialog.h"
#include "RosterDelegate.h"
#include "StatusSelector.h"
#include "SubscriptionNotices.h"
#include "TrayIcon.h"
#include "notify/CloseToTray.h"
#include "notify/DesktopNotifier.h"
#include "account/AccountManager.h"
#include "rooms/RoomActions.h"
#include "account/AutoAway.h"
#include "account/DBusIdleSource.h"
#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/MamFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "models/RosterFilterModel.h"
#include "models/RosterModel.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace charla {

namespace {

const QString kShowOffline = QStringLiteral("ContactList/showOffline");
const QString kSortMode = QStringLiteral("ContactList/sortMode");
const QString kCollapsed = QStringLiteral("ContactList/collapsed");
const QString kGeometry = QStringLiteral("MainWindow/geometry");

RosterModel::Kind kindOf(const QModelIndex &index)
{
    return RosterModel::Kind(index.data(RosterModel::KindRole).toInt());
}

// What the collapsed state of a row is remembered under: the account's bare JID, or the account
// and the group joined by '/', which a bare JID cannot contain. The pseudo-group's name is empty.
QString expansionKey(const QModelIndex &index)
{
    const QString account = index.data(RosterModel::AccountRole).toString();
    if (kindOf(index) == RosterModel::Kind::Account)
        return account;
    return account + QLatin1Char('/') + index.data(RosterModel::GroupRole).toString();
}

} // namespace

MainWindow::MainWindow(const Profile &profile, QWidget *parent)
    : QMainWindow(parent), m_profile(profile)
{
    setWindowTitle(tr("Charla"));
    setObjectName(QStringLiteral("MainWindow"));
    m_appSettings = new AppSettings(m_profile.settingsFile(), this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("contactFilter"));
    m_filter->setPlaceholderText(tr("Search contacts"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search contacts"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::filterChanged);

    m_notices = new SubscriptionNotices(central);
    layout->addWidget(m_notices);

    buildRosterView();

    m_emptyState = new QLabel(central);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setMargin(24);

    m_stack = new QStackedWidget(central);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_roster);
    layout->addWidget(m_stack, 1);

    setCentralWidget(central);

    m_accountStatus = new QLabel(this);
    m_accountStatus->setObjectName(QStringLiteral("accountStatus"));
    m_accountStatus->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_accountStatus, 1);
    m_archiveProgress = new QLabel(this);
    m_archiveProgress->setObjectName(QStringLiteral("archiveProgress"));
    m_archiveProgress->setTextFormat(Qt::PlainText);
    m_archiveProgress->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_archiveProgress);
    m_archiveProgress->hide();

    m_actions = new ContactActions(m_roster, this);
    m_avatars = new AvatarProvider(this);
    m_delegate->setAvatarProvider(m_avatars);
    m_actions->setAvatarProvider(m_avatars);
    m_delegate->setBlockedCheck([this](const QString &account, const QString &jid) {
        const BlockingFeature *b = m_actions->blocking(account);
        return b && b->isBlocked(Jid::parse(jid));
    });
    connect(m_actions, &ContactActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    setUpChats();
    connect(m_notices, &SubscriptionNotices::allowed, this,
            [this](const QString &account, const Jid &from) {
                if (PresenceFeature *p = m_actions->presence(account))
                    p->approve(from);
            });
    connect(m_notices, &SubscriptionNotices::denied, this,
            [this](const QString &account, const Jid &from) {
                if (PresenceFeature *p = m_actions->presence(account))
                    p->deny(from);
            });

    m_accounts = new AccountManager(m_profile, this);
    m_accountActions = new AccountActions(m_accounts, this);
    buildMenus();
    loadViewSettings();
    refreshAccounts();
    m_desktopActions = new DesktopActions(this);
    // Wide enough for every menu title (the Services and Help menus must not hide behind an
    // overflow arrow on first start, in any language); then where the person left it.
    resize(std::max(340, menuBar()->sizeHint().width()), 560);
    const QByteArray geometry =
        QSettings(m_profile.settingsFile(), QSettings::IniFormat).value(kGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::setWelcomeWidget(QWidget *widget)
{
    m_welcome = widget;
    m_stack->addWidget(widget);
    updateEmptyState();
}

void MainWindow::buildRosterView()
{
    m_model = new RosterModel(this);
    m_proxy = new RosterFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_roster = new QTreeView(this);
    m_roster->setObjectName(QStringLiteral("rosterView"));
    m_roster->setModel(m_proxy);
    m_delegate = new RosterDelegate(m_roster);
    m_roster->setItemDelegate(m_delegate);
    m_roster->setHeaderHidden(true);
    // Groups are headers drawn by the delegate, arrow included: no branch column, no indent.
    m_roster->setRootIsDecorated(false);
    m_roster->setIndentation(0);
    m_roster->setExpandsOnDoubleClick(false);
    m_roster->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_roster->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roster->setMouseTracking(true);
    m_roster->setContextMenuPolicy(Qt::CustomContextMenu);
    m_roster->setAccessibleName(tr("Contacts"));
    m_roster->installEventFilter(this);

    connect(m_roster, &QTreeView::clicked, this, &MainWindow::toggleExpansion);
    connect(m_roster, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { rememberExpansion(index, true); });
    connect(m_roster, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { rememberExpansion(index, false); });
    connect(m_roster, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_roster->indexAt(pos);
        const QPoint at = m_roster->viewport()->mapToGlobal(pos);
        if (!(index.isValid() && kindOf(index) == RosterModel::Kind::Account &&
              m_accountActions->showContextMenu(index.data(RosterModel::AccountRole).toString(),
                                                at, {m_actions->addContactAction()})))
            m_actions->showContextMenu(index, at);
    });

    // The view's own slots run first (connected by setModel), so the rows exist here.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                applyExpansion(parent, first, last);
                if (!parent.isValid())
                    updateRootIndex();
                updateEmptyState();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            updateRootIndex();
        updateEmptyState();
    });
    // Contacts that the filter hides still decide between "no contacts yet" and "nobody online".
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateRootIndex();
        applyExpansion({}, 0, m_proxy->rowCount() - 1);
        updateEmptyState();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Charla"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    file->insertAction(quit, m_actions->editOwnDetailsAction());
    file->insertAction(quit, m_actions->changePictureAction());
    file->insertSeparator(quit);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    m_accountActions->fillMenu(account);
    // Group chat: the Rooms menu (Join Room…, Ctrl+J; bookmarks) and invitations (ui/rooms).
    (new RoomActions(m_accounts, m_chats, m_avatars, this))->fillMenu(menuBar()->addMenu(QString()));

    QMenu *contacts = menuBar()->addMenu(tr("C&ontacts"));
    contacts->setObjectName(QStringLiteral("contactsMenu"));
    m_actions->fillMenu(contacts);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *find = view->addAction(tr("&Search contacts"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    view->addAction(m_chats->searchAction());
    view->addAction(m_chats->separateWindowsAction());
    view->addSeparator();
    m_showOffline = view->addAction(tr("Show &offline contacts"));
    m_showOffline->setObjectName(QStringLiteral("showOfflineAction"));
    m_showOffline->setCheckable(true);
    m_showOffline->setChecked(true);
    connect(m_showOffline, &QAction::toggled, this, [this](bool on) {
        m_proxy->setShowOffline(on);
        saveViewSettings();
        updateEmptyState();
    });
    view->addSeparator();
    auto *sorting = new QActionGroup(this);
    m_sortByStatus = view->addAction(tr("Sort by s&tatus"));
    m_sortByStatus->setObjectName(QStringLiteral("sortByStatusAction"));
    m_sortByName = view->addAction(tr("Sort by &name"));
    m_sortByName->setObjectName(QStringLiteral("sortByNameAction"));
    for (QAction *a : {m_sortByStatus, m_sortByName}) {
        a->setCheckable(true);
        sorting->addAction(a);
    }
    m_sortByStatus->setChecked(true);
    connect(m_sortByName, &QAction::toggled, this, [this](bool byName) {
        m_proxy->setSortMode(byName ? RosterFilterModel::SortMode::ByName
                                    : RosterFilterModel::SortMode::ByStatus);
        saveViewSettings();
    });

    QMenu *services = menuBar()->addMenu(tr("&Services"));
    services->setObjectName(QStringLiteral("servicesMenu"));
    auto *serviceActions = new ServiceActions(m_accounts, m_accountActions, this);
    serviceActions->fillMenu(services);
    serviceActions->setAvatarProvider(m_avatars);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Charla"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

// --- Settings ------------------------------------------------------------------------------------

void MainWindow::loadViewSettings()
{
    const QScopedValueRollback<bool> loading(m_loadingSettings, true);
    const QSettings s(m_profile.settingsFile(), QSettings::IniFormat);
    m_showOffline->setChecked(s.value(kShowOffline, true).toBool());
    const bool byName = s.value(kSortMode).toString() == QLatin1String("name");
    (byName ? m_sortByName : m_sortByStatus)->setChecked(true);
    const QStringList collapsed = s.value(kCollapsed).toStringList();
    m_collapsed = QSet<QString>(collapsed.begin(), collapsed.end());
}

void MainWindow::saveViewSettings() const
{
    if (m_loadingSettings)
        return;
    QSettings s(m_profile.settingsFile(), QSettings::IniFormat);
    s.setValue(kShowOffline, m_showOffline->isChecked());
    s.setValue(kSortMode,
               m_sortByName->isChecked() ? QStringLiteral("name") : QStringLiteral("status"));
    QStringList collapsed(m_collapsed.begin(), m_collapsed.end());
    collapsed.sort();
    s.setValue(kCollapsed, collapsed);
}

// --- Accounts ------------------------------------------------------------------------------------

void MainWindow::refreshAccounts()
{
    connect(m_accounts, &AccountManager::accountStateChanged, this, &MainWindow::updateStatusText);
    // Stored accounts now, and those the wizard adds later.
    connect(m_accounts, &AccountManager::accountAdded, this, &MainWindow::showAccount);
    connect(m_accounts, &AccountManager::accountRemoved, this, &MainWindow::forgetAccount);
    // Leftovers of a removal are said, never silent: the person believes they are gone.
    const auto leftover = [this](const QString &, const QString &sentence) {
        QMessageBox box(QMessageBox::Warning, tr("Remove account"), sentence, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    connect(m_accounts, &AccountManager::passwordNotRemoved, this, leftover);
    connect(m_accounts, &AccountManager::localDataNotRemoved, this, leftover);
    m_accounts->load();
    setUpDesktop();
    if (m_accounts->accounts().isEmpty()) {
        m_accountStatus->setText(tr("No account"));
        updateEmptyState();
        return;
    }
    updateStatusText();
    m_accounts->connectAll();
}

MainWindow::~MainWindow()
{
    saveGeometrySetting();
    // Automatic away stops (restoring the person's status) before the idle sources go.
    delete m_autoAway;
}

void MainWindow::showAccount(Account *a)
{
    attach(a->jid().full(), a->roster(), a->presence());
    m_model->addAccount(a);
    watchAccount(a);
    updateStatusText();
}

void MainWindow::forgetAccount(Account *a)
{
    const QString jid = a->jid().full();
    m_model->removeAccount(a);
    m_actions->removeAccount(jid);
    m_avatars->removeAccount(jid);
    m_chats->removeAccount(jid);
    m_notices->removeAccount(jid);
    if (QDialog *question = m_questions.take(a))
        question->close();
    // After the manager has dropped it from its list.
    QMetaObject::invokeMethod(this, &MainWindow::updateStatusText, Qt::QueuedConnection);
}

void MainWindow::setUpChats()
{
    m_chats = new ChatManager(m_avatars, this);
    m_chats->setSettingsFile(m_profile.settingsFile());
    m_actions->setChatOpener(
        [this](const QString &account, const QString &jid) { m_chats->openChat(account, jid); },
        [this](const QString &account) { return m_chats->messages(account) != nullptr; });
    m_delegate->setUnreadCount([this](const QString &account, const QString &jid) {
        return m_chats->unreadCount(account, jid);
    });
    connect(m_chats, &ChatManager::unreadChanged, m_roster->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_roster, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (kindOf(index) == RosterModel::Kind::Contact)
            m_actions->chatAction()->trigger();
    });
}

void MainWindow::setUpDesktop()
{
    // The own status for all accounts at once, at the bottom left like the other clients.
    m_statusSelector = new StatusSelector(m_accounts, nullptr, this);
    m_statusSelector->setObjectName(QStringLiteral("statusSelector"));
    statusBar()->insertWidget(0, m_statusSelector);

    m_tray = new TrayIcon(m_accounts, this, this);
    m_chats->setTrayIcon(m_tray);
    m_notifier = new DesktopNotifier(m_tray, QDBusConnection::sessionBus(), this);
    m_chats->setAppSettings(m_appSettings);
    m_chats->setDesktopNotifier(m_notifier);
    // Closing this window hides it to the tray or quits (CloseToTray), whatever other windows
    // are open: never an invisible running app, never a quit because a chat window closed.
    m_closeToTray = new CloseToTray(this, m_tray, m_appSettings, m_notifier, this);
    QApplication::setQuitOnLastWindowClosed(false);

    m_dbusIdle = std::make_unique<DBusIdleSource>();
    m_inputIdle = new InputIdleSource(this);
    m_autoAway = new AutoAway(this);
    m_autoAway->setIdleSources({m_dbusIdle.get(), m_inputIdle});
    m_autoAway->setSettings(AutoAway::Settings::load(m_profile));
    m_autoAway->watch(m_accounts);
    m_autoAway->start();
}

void MainWindow::watchAccount(Account *account)
{
    // AccountDatabase found the file damaged at start and began a new one: say so, once.
    // Plain text: the sentence holds a file path.
    if (const QString notice = account->storeNotice(); !notice.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Saved Messages Damaged"), notice,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("storeDamagedNotice"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    }
    // One question per account at a time: reconnecting may ask again while a dialog is open.
    connect(account, &Account::passwordNeeded, this, [this, account](const QString &reason) {
        if (m_questions.value(account))
            return;
        auto *dialog = new PasswordDialog(account, reason, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_questions.insert(account, dialog);
        dialog->show();
    });
    connect(account, &Account::certificateQuestion, this,
            [this, account](const QList<QSslCertificate> &chain, const QString &fingerprint) {
                if (m_questions.value(account))
                    return;
                auto *dialog = new CertificateDialog(account, chain, fingerprint, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                m_questions.insert(account, dialog);
                dialog->show();
            });
}

void MainWindow::saveGeometrySetting() const
{
    QSettings(m_profile.settingsFile(), QSettings::IniFormat).setValue(kGeometry, saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometrySetting();
    m_closeToTray->windowClosing(event);
}

void MainWindow::addRoster(const Jid &account, RosterFeature *roster, PresenceFeature *presence)
{
    const QString jid = account.bare().full();
    if (Client *client = roster ? roster->client() : nullptr) {
        m_clients.insert(jid, client);
        connect(client, &Client::connected, this, &MainWindow::updateStatusText);
        connect(client, &Client::disconnected, this, &MainWindow::updateStatusText);
    }
    attach(jid, roster, presence);
    m_model->addAccount(account, roster, presence);
    updateStatusText();
}

void MainWindow::attach(const QString &account, RosterFeature *roster, PresenceFeature *presence)
{
    m_actions->addAccount(account, roster, presence);
    if (Client *c = roster ? roster->client() : nullptr) {
        m_avatars->addAccount(account, c->feature<AvatarFeature>(), roster);
        if (auto *messages = c->feature<MessageFeature>())
            m_chats->addAccount(account, messages, roster, presence);
        if (auto *mam = c->feature<MamFeature>()) {
            m_chats->setArchive(account, mam);
            // XEP-0313 catch-up at login: a quiet count in the status bar while it runs.
            connect(mam, &MamFeature::progress, m_archiveProgress,
                    [this](int fetched, int estimated) {
                        m_archiveProgress->setText(
                            estimated > 0
                                ? tr("Fetching messages from the server: %L1 of ~%L2")
                                      .arg(fetched)
                                      .arg(estimated)
                                : tr("Fetching messages from the server: %L1").arg(fetched));
                        m_archiveProgress->show();
                    });
            connect(mam, &MamFeature::catchUpFinished, m_archiveProgress,
                    [this] { m_archiveProgress->hide(); });
            connect(c, &Client::disconnected, m_archiveProgress,
                    [this] { m_archiveProgress->hide(); });
        }
    }
    if (presence) {
        connect(presence, &PresenceFeature::subscriptionRequested, this,
                [this, account](const Jid &from, const QString &nick) {
                    m_notices->addRequest(account, from, nick, m_model->accountCount() > 1);
                });
    }
    if (roster) {
        // Answered elsewhere (another of our clients, or a pre-approval): the notice is moot.
        const auto answered = [this, account, roster](const Jid &jid) {
            const auto sub = roster->item(jid).subscription;
            if (sub == RosterItem::Subscription::From || sub == RosterItem::Subscription::Both)
                m_notices->removeRequest(account, jid);
        };
        connect(roster, &RosterFeature::itemAdded, this, answered);
        connect(roster, &RosterFeature::itemChanged, this, answered);
    }
}

Client *MainWindow::client(const QString &jid) const
{
    Account *a = m_accounts->account(jid);
    return a ? a->client() : m_clients.value(jid).data();
}

bool MainWindow::isOnline(const QString &account) const
{
    if (Account *a = m_accounts->account(account))
        return a->state() == Account::State::Online;
    const Client *c = m_clients.value(account);
    return c && c->isConnected();
}

void MainWindow::updateStatusText()
{
    QStringList lines;
    for (Account *a : m_accounts->accounts()) {
        lines << a->stateText();
        QString icon;
        switch (a->state()) {
        case Account::State::Connecting:
            icon = QStringLiteral("connecting");
            break;
        case Account::State::Error:
            icon = QStringLiteral("error");
            break;
        case Account::State::Disabled:
        case Account::State::Offline:
            icon = QStringLiteral("offline");
            break;
        case Account::State::Online:
            break; // the own show
        }
        m_delegate->setAccountIcon(a->jid().full(), icon);
    }
    // In the order they were added, like the list.
    const QStringList shown = m_actions->accounts();
    for (const QString &jid : shown) {
        if (!m_clients.contains(jid))
            continue;
        const Client *c = m_clients.value(jid);
        const bool online = c && c->isConnected();
        lines << (online ? tr("%1: online") : tr("%1: offline")).arg(jid);
        m_delegate->setAccountIcon(jid, online ? QString() : QStringLiteral("offline"));
    }
    m_accountStatus->setText(lines.isEmpty() ? tr("No account") : lines.join(QLatin1Char('\n')));
    updateEmptyState();
}

QString MainWindow::accountStatusText() const
{
    return m_accountStatus->text();
}

// --- The list and its empty state ----------------------------------------------------------------

void MainWindow::updateEmptyState()
{
    QString text;
    bool anyContacts = false;
    bool anyOnline = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex account = m_model->index(row, 0);
        anyContacts |= m_model->rowCount(account) > 0;
        anyOnline |= isOnline(account.data(RosterModel::AccountRole).toString());
    }
    if (m_model->accountCount() == 0) {
        text = tr("No account yet.\n\nAccount > Add account… sets up the account you have, or "
                  "creates one.");
    } else if (!anyContacts && anyOnline) {
        text = tr("No contacts yet.\n\nAdd one with Contacts > Add contact…");
    } else if (!anyContacts) {
        text = tr("Not connected yet.\n\n%1").arg(m_accountStatus->text()).trimmed();
    } else {
        bool anyShown = false;
        for (int row = 0; row < m_proxy->rowCount() && !anyShown; ++row)
            anyShown = m_proxy->rowCount(m_proxy->index(row, 0)) > 0;
        if (!anyShown && !m_proxy->filterText().isEmpty())
            text = tr("No contact matches “%1”.").arg(m_proxy->filterText());
        else if (!anyShown)
            text = tr("Nobody is online.\n\nView > Show offline contacts lists everyone.");
    }
    m_emptyState->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_roster) : m_emptyState);
    // No account: the welcome screen, and no contact search above it.
    const bool welcome = m_welcome && m_model->accountCount() == 0;
    if (welcome)
        m_stack->setCurrentWidget(m_welcome);
    m_filter->setVisible(!welcome);
}

QString MainWindow::emptyStateText() const
{
    return m_stack->currentWidget() == m_emptyState ? m_emptyState->text() : QString();
}

void MainWindow::updateRootIndex()
{
    // One account: its groups are the top level, and its state is in the status bar. Several:
    // each account is a row of its own with its state sentence.
    const QModelIndex root = m_proxy->rowCount() == 1 ? m_proxy->index(0, 0) : QModelIndex();
    if (m_roster->rootIndex() != root)
        m_roster->setRootIndex(root);
}

void MainWindow::applyExpansion(const QModelIndex &parent, int first, int last)
{
    const QScopedValueRollback<bool> guard(m_applyingExpansion, true);
    // While searching, every group with a match is open; the remembered state comes back after.
    const bool searching = !m_proxy->filterText().isEmpty();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (kindOf(index) == RosterModel::Kind::Contact)
            continue;
        m_roster->setExpanded(index, searching || !m_collapsed.contains(expansionKey(index)));
        if (kindOf(index) == RosterModel::Kind::Account)
            applyExpansion(index, 0, m_proxy->rowCount(index) - 1);
    }
}

void MainWindow::rememberExpansion(const QModelIndex &index, bool expanded)
{
    if (m_applyingExpansion || !m_proxy->filterText().isEmpty())
        return;
    const QString key = expansionKey(index);
    if (expanded == !m_collapsed.contains(key))
        return;
    if (expanded)
        m_collapsed.remove(key);
    else
        m_collapsed.insert(key);
    saveViewSettings();
}

void MainWindow::toggleExpansion(const QModelIndex &index)
{
    if (index.isValid() && kindOf(index) != RosterModel::Kind::Contact)
        m_roster->setExpanded(index, !m_roster->isExpanded(index));
}

void MainWindow::filterChanged(const QString &text)
{
    m_proxy->setFilterText(text);
    applyExpansion(m_roster->rootIndex(), 0, m_proxy->rowCount(m_roster->rootIndex()) - 1);
    updateEmptyState();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_roster && event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        // The menu key: the menu of the current row, next to it (not wherever the mouse is).
        const QModelIndex current = m_roster->currentIndex();
        const QPoint at = current.isValid() ? m_roster->visualRect(current).center() : QPoint();
        m_actions->showContextMenu(current, m_roster->viewport()->mapToGlobal(at));
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Down ||
            key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // On to the list, at the first contact (the best match while searching).
            if (m_stack->currentWidget() != m_roster)
                return key->key() == Qt::Key_Escape;
            QModelIndex first = m_proxy->index(0, 0, m_roster->rootIndex());
            while (first.isValid() && kindOf(first) != RosterModel::Kind::Contact)
                first = m_proxy->index(0, 0, first);
            m_roster->setFocus(Qt::TabFocusReason);
            if (first.isValid())
                m_roster->setCurrentIndex(first);
            return true;
        }
    } else if (watched == m_roster) {
        const QModelIndex current = m_roster->currentIndex();
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
             key->key() == Qt::Key_Enter) &&
            current.isValid() && kindOf(current) != RosterModel::Kind::Contact) {
            toggleExpansion(current);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Charla"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Charla %1").arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("A desktop instant-messaging client for XMPP (Jabber).\n"
                              "Built with Qt %1.")
                               .arg(QString::fromLatin1(qVersion())));
    box.exec();
}

} // namespace charla
