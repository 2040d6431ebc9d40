#pragma once

#include "StatusMessageDialog.h"
#include "stanza/Presence.h"

#include <QIcon>
#include <QMap>
#include <QMenu>
#include <QPointer>

#include <optional>

class QActionGroup;

namespace charla {

class Account;
class AccountManager;

/// The own-presence choices for one account or for all accounts: Available, Free for chat,
/// Away, Extended away, Do not disturb, Offline and "Set status message…".
///
/// StatusSelector shows it under a button and TrayIcon lists its actions; both read summary()
/// when summaryChanged() says the accounts' presence or connection changed.
class StatusMenu : public QMenu
{
    Q_OBJECT
public:
    /// What to show for the accounts a menu covers.
    struct Summary
    {
        QString iconName; ///< online, chat, away, xa, dnd, offline, connecting or error
        QString text;     ///< "Away", "Connecting…"
        QString toolTip;  ///< every covered account's state, and the status message
        Presence::Show show = Presence::Show::Offline; ///< most available show of online accounts
        bool anyOnline = false;
    };

    /// @p account null: every account of @p manager.
    StatusMenu(AccountManager *manager, Account *account, QWidget *parent = nullptr);

    /// What the covered accounts are doing now.
    Summary summary() const;
    /// The action choosing @p show.
    QAction *action(Presence::Show show) const { return m_actions.value(show); }
    /// "Set status message…"
    QAction *messageAction() const { return m_messageAction; }
    /// The dialog "Set status message…" opened, while it is open.
    StatusMessageDialog *messageDialog() const { return m_dialog; }

    /// The show the person chose (whether or not the accounts are connected yet).
    Presence::Show chosenShow() const;
    /// The status message and priority now (of the first covered account for all accounts).
    QString currentStatus() const;
    int currentPriority() const;

    /// Sets @p show with @p status (and @p priority, if given) on the covered accounts,
    /// connecting or disconnecting them as needed.
    void apply(Presence::Show show, const QString &status, std::optional<int> priority = {});
    /// Opens the status-message dialog (not blocking) and returns it.
    StatusMessageDialog *openMessageDialog();

    /// "Available", "Away", ... for @p show.
    static QString showText(Presence::Show show);
    /// The status icon file name for @p show (online, chat, away, xa, dnd, offline).
    static QString iconName(Presence::Show show);
    /// The icon :/icons/status/@p name.svg.
    static QIcon statusIcon(const QString &name);

Q_SIGNALS:
    /// The covered accounts' presence or connection state changed: read summary() again.
    void summaryChanged();

private:
    QList<Account *> covered() const;
    void watchAccount(Account *account);
    void refresh();

    AccountManager *m_manager;
    QPointer<Account> m_account;
    QMap<Presence::Show, QAction *> m_actions;
    QActionGroup *m_group = nullptr;
    QAction *m_messageAction = nullptr;
    QPointer<StatusMessageDialog> m_dialog;
};

} // namespace charla
