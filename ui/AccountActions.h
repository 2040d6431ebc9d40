#pragma once

#include "storage/AppSettings.h"

#include <QHash>
#include <QObject>
#include <QPoint>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace charla {

class Account;
class AccountManager;
class AccountSettingsDialog;
class AccountWizard;
class XmlConsole;

/// The Account menu and the account rows' context menu: add an account (the wizard, also
/// shown on a first start without accounts), enable or disable one, its settings, remove it.
/// Kept out of MainWindow so the window only places the menu.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(AccountManager *manager, QWidget *window);

    /// Fills the menu bar's Account menu (its account entries follow the accounts).
    void fillMenu(QMenu *menu);
    /// Shows the context menu of @p account at @p globalPos, @p first (e.g. Add contact…) at
    /// its top; false when it is not an account.
    bool showContextMenu(const QString &account, const QPoint &globalPos,
                         const QList<QAction *> &first = {});
    /// Fills @p menu with what can be done to @p account.
    void fillAccountMenu(QMenu *menu, Account *account);

    QAction *addAccountAction() const { return m_add; }

    /// Opens the account wizard (or raises the open one).
    AccountWizard *openWizard();
    /// The preferences a new wizard takes the default proxy from (may be null: direct).
    void setAppSettings(AppSettings *settings) { m_appSettings = settings; }
    /// Opens the wizard when the profile has no account yet (first start).
    void openWizardIfNoAccount();
    /// Opens @p account's settings (window-modal, not blocking).
    AccountSettingsDialog *openSettings(Account *account);
    /// Opens @p account's XML console (one window per account; raises the open one).
    XmlConsole *openXmlConsole(Account *account);
    /// Asks, then removes @p account from Charla.
    void confirmRemove(Account *account);

private:
    void rebuildMenu();

    AccountManager *m_manager = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_add = nullptr;
    QPointer<QMenu> m_menu;
    QPointer<AccountWizard> m_wizard;
    QPointer<AppSettings> m_appSettings;
    QHash<QString, QPointer<XmlConsole>> m_consoles;
};

} // namespace charla
