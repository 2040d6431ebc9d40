#include "services/ServiceActions.h"

#include "AccountActions.h"
#include "AddContactDialog.h"
#include "AvatarProvider.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "ChangePasswordDialog.h"
#include "features/MucFeature.h"
#include "features/GatewayFeature.h"
#include "features/RegistrationFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "services/DeleteAccountDialog.h"
#include "services/DiscoBrowser.h"
#include "services/GatewayIcon.h"
#include "services/GatewaysDialog.h"
#include "services/PubSubWindow.h"
#include "models/PubSubFeedModel.h"
#include "services/RunCommandDialog.h"
#include "services/ServerInfoWindow.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QWidget>

namespace charla {

ServiceActions::ServiceActions(AccountManager *accounts, AccountActions *accountActions,
                               QWidget *window)
    : QObject(window), m_accounts(accounts), m_accountActions(accountActions), m_window(window)
{
    // A gateway learnt or forgotten changes its contacts' icons: repaint them.
    const auto watch = [this](Account *account) {
        QPointer<Account> guard(account);
        connect(account->gateways(), &GatewayFeature::gatewaysChanged, this, [this, guard] {
            if (!guard || !m_avatars)
                return;
            const QString me = guard->jid().bare().full();
            for (const RosterItem &item : guard->roster()->items())
                if (guard->gateways()->gateway(item.jid.domain()))
                    m_avatars->invalidate(me, item.jid.bare().full());
        });
    };
    for (Account *a : m_accounts->accounts())
        watch(a);
    connect(m_accounts, &AccountManager::accountAdded, this, watch);
}

void ServiceActions::setAvatarProvider(AvatarProvider *avatars)
{
    m_avatars = avatars;
    QPointer<AccountManager> accounts = m_accounts;
    avatars->setFallback([accounts](const QString &account, const QString &jid, int size,
                                    qreal dpr) -> QPixmap {
        Account *a = accounts ? accounts->account(account) : nullptr;
        if (!a)
            return {};
        const Jid contact = Jid::parse(jid);
        if (!a->gateways()->isGatewayContact(contact))
            return {};
        const auto gateway = a->gateways()->gateway(contact.domain());
        return gateway ? GatewayIcon::pixmap(gateway->type, size, dpr) : QPixmap();
    });
}

void ServiceActions::fillMenu(QMenu *menu)
{
    m_menu = menu;
    connect(menu, &QMenu::aboutToShow, this, &ServiceActions::rebuildMenu);
    rebuildMenu();
}

void ServiceActions::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QList<Account *> accounts = m_accounts->accounts();
    if (accounts.isEmpty()) {
        m_menu->addAction(tr("No accounts"))->setEnabled(false);
        return;
    }
    if (accounts.size() == 1) {
        fillAccountMenu(m_menu, accounts.first());
        return;
    }
    for (Account *a : accounts) {
        QMenu *sub = m_menu->addMenu(a->jid().full());
        sub->setObjectName(QStringLiteral("servicesMenu:") + a->jid().full());
        fillAccountMenu(sub, a);
    }
}

void ServiceActions::fillAccountMenu(QMenu *menu, Account *account)
{
    QPointer<Account> guard(account);
    const bool online = account->client()->isConnected();
    const auto add = [this, menu, guard, online](const QString &text, const QString &name,
                                                 bool needsOnline, auto open) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setEnabled(online || !needsOnline);
        connect(a, &QAction::triggered, this, [guard, open] {
            if (guard)
                open(guard.data());
        });
        return a;
    };
    add(tr("Service &discovery…"), QStringLiteral("discoAction"), true,
        [this](Account *a) { openDiscovery(a); });
    add(tr("Run &command…"), QStringLiteral("runCommandAction"), true,
        [this](Account *a) { openRunCommand(a); });
    add(tr("Server &information"), QStringLiteral("serverInfoAction"), true,
        [this](Account *a) { openServerInfo(a); });
    add(tr("&Gateways…"), QStringLiteral("gatewaysAction"), true,
        [this](Account *a) { openGateways(a); });
    add(tr("Publish-su&bscribe…"), QStringLiteral("pubsubAction"), true,
        [this](Account *a) { openPubSub(a); });
    menu->addSeparator();
    add(tr("&XML console"), QStringLiteral("servicesXmlConsoleAction"), false,
        [this](Account *a) { m_accountActions->openXmlConsole(a); });
    menu->addSeparator();
    add(tr("Change &password…"), QStringLiteral("changePasswordAction"), true, [this](Account *a) {
        auto *dialog = new ChangePasswordDialog(a, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    add(tr("De&lete account from server…"), QStringLiteral("deleteAccountAction"), true,
        [this](Account *a) { openDeleteAccount(a); });
}

DiscoBrowser *ServiceActions::openDiscovery(Account *account, const QString &jid)
{
    const Jid root = Jid::parse(jid.isEmpty() ? account->jid().domain() : jid);
    auto *browser = new DiscoBrowser(account->client(), root, m_window);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setWindowTitle(tr("Service discovery: %1").arg(account->jid().bare().full()));
    QPointer<Account> guard(account);
    connect(browser, &DiscoBrowser::joinRoomRequested, this, [this, guard](const QString &room) {
        if (guard)
            joinRoom(guard, room);
    });
    connect(browser, &DiscoBrowser::addContactRequested, this,
            [this, guard](const QString &contact, const QString &name) {
                if (guard)
                    addContact(guard, contact, name);
            });
    browser->show();
    return browser;
}

RunCommandDialog *ServiceActions::openRunCommand(Account *account)
{
    auto *dialog = new RunCommandDialog(account->client(), account->jid().domain(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ServerInfoWindow *ServiceActions::openServerInfo(Account *account)
{
    QPointer<ServerInfoWindow> &window = m_serverInfo[account->jid().bare().full()];
    if (!window) {
        window = new ServerInfoWindow(account->client(), m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

GatewaysDialog *ServiceActions::openGateways(Account *account)
{
    auto *dialog = new GatewaysDialog(account->client(), account->gateways(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

PubSubWindow *ServiceActions::openPubSub(Account *account)
{
    const QString jid = account->jid().bare().full();
    QPointer<PubSubFeedModel> &feed = m_feeds[jid];
    if (!feed)
        feed = new PubSubFeedModel(account->pubsub(), account);
    QPointer<PubSubWindow> &window = m_pubsubWindows[jid];
    if (!window) {
        window = new PubSubWindow(account->client(), feed, m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

DeleteAccountDialog *ServiceActions::openDeleteAccount(Account *account)
{
    auto *dialog =
        new DeleteAccountDialog(account->registration(), account->jid().bare().full(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<Account> guard(account);
    // Gone from the server: Charla forgets it too (it could never log in again).
    connect(dialog, &DeleteAccountDialog::deleted, this, [this, guard] {
        if (guard)
            m_accounts->removeAccount(guard);
    });
    dialog->show();
    return dialog;
}

void ServiceActions::joinRoom(Account *account, const QString &jid)
{
    if (m_joinRoom) {
        m_joinRoom(account, jid);
        return;
    }
    Jid room = Jid::parse(jid);
    if (!room.hasLocalpart()) {
        // A group chat service: which of its rooms?
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Join a room"),
                                                   tr("Room on %1:").arg(jid), QLineEdit::Normal,
                                                   QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        room = Jid::parse(name.trimmed() + QLatin1Char('@') + jid);
        if (!room.isValid())
            return;
    }
    bool ok = false;
    const QString nick = QInputDialog::getText(m_window, tr("Join %1").arg(room.full()),
                                               tr("Nickname:"), QLineEdit::Normal,
                                               account->jid().localpart(), &ok);
    if (!ok || nick.trimmed().isEmpty())
        return;
    account->muc()->join(room.bare(), nick.trimmed());
}

void ServiceActions::addContact(Account *account, const QString &jid, const QString &name)
{
    // The same dialog as Contacts > Add Contact, filled in: the address can still be corrected,
    // and a name and a group chosen.
    QStringList groups;
    for (const RosterItem &item : account->roster()->items()) {
        for (const QString &g : item.groups) {
            if (!groups.contains(g))
                groups.append(g);
        }
    }
    groups.sort(Qt::CaseInsensitive);
    auto *dialog = new AddContactDialog({account->jid().bare().full()}, groups, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addressEdit()->setText(jid);
    dialog->nameEdit()->setText(name.simplified());
    dialog->nameEdit()->setFocus(Qt::OtherFocusReason);
    QPointer<Account> guard(account);
    connect(dialog, &QDialog::accepted, this, [this, guard, dialog] {
        if (!guard || !dialog->jid().isValid())
            return;
        RosterFeature *roster = guard->roster();
        RosterItem item = roster->contains(dialog->jid()) ? roster->item(dialog->jid()) : RosterItem{};
        item.jid = dialog->jid();
        if (!dialog->name().isEmpty())
            item.name = dialog->name();
        if (!dialog->group().isEmpty() && !item.groups.contains(dialog->group()))
            item.groups.append(dialog->group());
        roster->addOrUpdate(item, this);
        // RFC 6121 3.1.1: ask to see its presence too (a gateway or a bot may accept).
        guard->presence()->subscribe(item.jid);
    });
    dialog->open();
}

} // namespace charla
