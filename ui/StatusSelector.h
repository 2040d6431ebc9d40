#pragma once

#include <QToolButton>

namespace charla {

class Account;
class AccountManager;
class StatusMenu;

/// A compact button showing the own presence of one account or of all accounts, with the
/// status choices in its menu. Connecting and failing accounts show as such, so the button
/// tells the truth rather than the wish.
class StatusSelector : public QToolButton
{
    Q_OBJECT
public:
    /// @p account null: every account of @p manager.
    StatusSelector(AccountManager *manager, Account *account, QWidget *parent = nullptr);

    StatusMenu *statusMenu() const { return m_menu; }
    /// The status icon name shown now (online, away, connecting, error, ...).
    QString currentIconName() const { return m_iconName; }

private:
    void refresh();

    StatusMenu *m_menu;
    Account *m_account;
    QString m_iconName;
};

} // namespace charla
