#include "AccountActions.h"

#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "console/XmlConsole.h"
#include "stream/Client.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace charla {

AccountActions::AccountActions(AccountManager *manager, QWidget *window)
    : QObject(window), m_manager(manager), m_window(window)
{
    m_add = new QAction(tr("&Add account…"), this);
    m_add->setObjectName(QStringLiteral("addAccountAction"));
    connect(m_add, &QAction::triggered, this, [this] { openWizard(); });
}

void AccountActions::fillMenu(QMenu *menu)
{
    m_menu = menu;
    // Rebuilt each time it opens: accounts come and go, and their state changes.
    connect(menu, &QMenu::aboutToShow, this, &AccountActions::rebuildMenu);
    rebuildMenu();
}

void AccountActions::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    m_menu->addAction(m_add);
    const QList<Account *> accounts = m_manager->accounts();
    if (accounts.isEmpty())
        return;
    m_menu->addSeparator();
    for (Account *a : accounts) {
        QMenu *sub = m_menu->addMenu(a->jid().full());
        sub->setObjectName(QStringLiteral("accountMenu:") + a->jid().full());
        fillAccountMenu(sub, a);
    }
}

void AccountActions::fillAccountMenu(QMenu *menu, Account *account)
{
    QPointer<Account> guard(account);
    QAction *enabled = menu->addAction(tr("&Enabled"));
    enabled->setObjectName(QStringLiteral("enabledAction"));
    enabled->setCheckable(true);
    enabled->setChecked(account->isEnabled());
    connect(enabled, &QAction::toggled, this, [guard](bool on) {
        if (guard)
            guard->setEnabled(on);
    });
    QAction *settings = menu->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    connect(settings, &QAction::triggered, this, [this, guard] {
        if (guard)
            openSettings(guard);
    });
    QAction *console = menu->addAction(tr("&XML console"));
    console->setObjectName(QStringLiteral("xmlConsoleAction"));
    connect(console, &QAction::triggered, this, [this, guard] {
        if (guard)
            openXmlConsole(guard);
    });
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("&Remove…"));
    remove->setObjectName(QStringLiteral("removeAction"));
    connect(remove, &QAction::triggered, this, [this, guard] {
        if (guard)
            confirmRemove(guard);
    });
}

bool AccountActions::showContextMenu(const QString &jid, const QPoint &globalPos,
                                     const QList<QAction *> &first)
{
    Account *account = m_manager->account(jid);
    if (!account)
        return false;
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("accountContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!first.isEmpty()) {
        menu->addActions(first);
        menu->addSeparator();
    }
    fillAccountMenu(menu, account);
    menu->popup(globalPos);
    return true;
}

AccountWizard *AccountActions::openWizard()
{
    if (!m_wizard) {
        m_wizard = new AccountWizard(m_manager, m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (m_appSettings)
            m_wizard->setDefaultProxy(m_appSettings->defaultProxy());
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void AccountActions::openWizardIfNoAccount()
{
    if (m_manager->accounts().isEmpty())
        openWizard();
}

XmlConsole *AccountActions::openXmlConsole(Account *account)
{
    const QString jid = account->jid().bare().full();
    QPointer<XmlConsole> &console = m_consoles[jid];
    if (!console) {
        console = new XmlConsole(account->client()->session(), jid, m_window, account->xmlLog());
        console->setAttribute(Qt::WA_DeleteOnClose);
    }
    console->show();
    console->raise();
    console->activateWindow();
    return console;
}

AccountSettingsDialog *AccountActions::openSettings(Account *account)
{
    auto *dialog = new AccountSettingsDialog(m_manager, account, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void AccountActions::confirmRemove(Account *account)
{
    QPointer<Account> guard(account);
    bool deleteHistory = false;
    if (!AccountSettingsDialog::askToRemove(m_window, account->jid().full(), &deleteHistory)
        || !guard)
        return;
    m_manager->removeAccount(guard, deleteHistory ? AccountManager::LocalData::Delete
                                                  : AccountManager::LocalData::Keep);
}

} // namespace charla
