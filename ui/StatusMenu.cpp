#include "StatusMenu.h"

#include "StatusMessageDialog.h"
#include "account/AccountManager.h"
#include "features/PresenceFeature.h"
#include "stream/Client.h"

#include <QActionGroup>

namespace charla {

namespace {
constexpr Presence::Show kShows[] = {Presence::Show::Online,       Presence::Show::Chat,
                                     Presence::Show::Away,         Presence::Show::ExtendedAway,
                                     Presence::Show::DoNotDisturb, Presence::Show::Offline};

void applyTo(Account *account, Presence::Show show, const QString &status,
             std::optional<int> priority)
{
    PresenceFeature *presence = account->presence();
    presence->setPresence(show, status, priority.value_or(presence->ownPriority()));
    if (show == Presence::Show::Offline) {
        account->disconnectFromServer();
        return;
    }
    // The same rule as AccountManager::setGlobalPresence: choosing a presence while offline
    // means "connect".
    if (!account->client()->isConnected() && account->state() != Account::State::Connecting)
        account->connectToServer();
}
} // namespace

StatusMenu::StatusMenu(AccountManager *manager, Account *account, QWidget *parent)
    : QMenu(parent), m_manager(manager), m_account(account)
{
    setTitle(tr("Status"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    for (Presence::Show show : kShows) {
        if (show == Presence::Show::Offline)
            addSeparator();
        // No "&" mnemonics: the text is also the action's accessible name, read as is.
        QAction *a = addAction(statusIcon(iconName(show)), showText(show));
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("status-") + iconName(show));
        m_group->addAction(a);
        m_actions.insert(show, a);
        connect(a, &QAction::triggered, this, [this, show] { apply(show, currentStatus()); });
    }
    addSeparator();
    m_messageAction = addAction(tr("Set status message…"));
    m_messageAction->setObjectName(QStringLiteral("status-message"));
    connect(m_messageAction, &QAction::triggered, this, [this] { openMessageDialog(); });

    if (m_account) {
        connect(m_account, &Account::stateChanged, this, &StatusMenu::refresh);
        watchAccount(m_account);
    } else {
        connect(m_manager, &AccountManager::accountStateChanged, this, &StatusMenu::refresh);
        connect(m_manager, &AccountManager::accountAdded, this, [this](Account *a) {
            watchAccount(a);
            refresh();
        });
        for (Account *a : m_manager->accounts())
            watchAccount(a);
    }
    refresh();
}

void StatusMenu::watchAccount(Account *account)
{
    connect(account->presence(), &PresenceFeature::ownPresenceChanged, this, &StatusMenu::refresh);
}

QList<Account *> StatusMenu::covered() const
{
    if (m_account)
        return {m_account.data()};
    QList<Account *> list;
    for (Account *a : m_manager->accounts())
        if (a->config().enabled)
            list.append(a);
    return list;
}

QString StatusMenu::showText(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Chat:
        return tr("Free for chat");
    case Presence::Show::Online:
        return tr("Available");
    case Presence::Show::Away:
        return tr("Away");
    case Presence::Show::ExtendedAway:
        return tr("Extended away");
    case Presence::Show::DoNotDisturb:
        return tr("Do not disturb");
    case Presence::Show::Offline:
        break;
    }
    return tr("Offline");
}

QString StatusMenu::iconName(Presence::Show show)
{
    // The icons in resources/icons/status/ are named after XEP/RFC show values.
    return Presence::showName(show);
}

QIcon StatusMenu::statusIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/status/") + name + QStringLiteral(".svg"));
}

Presence::Show StatusMenu::chosenShow() const
{
    Presence::Show best = Presence::Show::Offline;
    for (Account *a : covered())
        best = std::min(best, a->presence()->ownShow());
    return best;
}

QString StatusMenu::currentStatus() const
{
    const auto accounts = covered();
    return accounts.isEmpty() ? QString() : accounts.first()->presence()->ownStatus();
}

int StatusMenu::currentPriority() const
{
    const auto accounts = covered();
    return accounts.isEmpty() ? 0 : accounts.first()->presence()->ownPriority();
}

StatusMenu::Summary StatusMenu::summary() const
{
    Summary s;
    const auto accounts = covered();
    bool connecting = false;
    bool error = false;
    QStringList lines;
    for (Account *a : accounts) {
        lines << a->stateText();
        switch (a->state()) {
        case Account::State::Online:
            s.show =
                s.anyOnline ? std::min(s.show, a->presence()->ownShow()) : a->presence()->ownShow();
            s.anyOnline = true;
            break;
        case Account::State::Connecting:
            connecting = true;
            break;
        case Account::State::Error:
            error = true;
            break;
        case Account::State::Offline:
        case Account::State::Disabled:
            break;
        }
    }
    if (accounts.isEmpty()) {
        s.iconName = iconName(Presence::Show::Offline);
        s.text = tr("No account");
    } else if (s.anyOnline) {
        s.iconName = iconName(s.show);
        s.text = showText(s.show);
    } else if (connecting) {
        s.iconName = QStringLiteral("connecting");
        s.text = tr("Connecting…");
    } else if (error) {
        s.iconName = QStringLiteral("error");
        s.text = tr("Not connected");
    } else {
        s.iconName = iconName(Presence::Show::Offline);
        s.text = showText(Presence::Show::Offline);
    }
    const QString status = currentStatus();
    if (!status.isEmpty())
        lines << tr("Status message: %1").arg(status);
    s.toolTip = lines.join(u'\n');
    return s;
}

void StatusMenu::refresh()
{
    const Summary s = summary();
    // The check mark follows what the accounts are doing: the chosen show while online or on
    // the way, Offline when nothing is connected.
    Presence::Show checked = Presence::Show::Offline;
    if (s.anyOnline)
        checked = s.show;
    else if (s.iconName == QLatin1String("connecting"))
        checked = chosenShow();
    if (QAction *a = m_actions.value(checked))
        a->setChecked(true);
    Q_EMIT summaryChanged();
}

void StatusMenu::apply(Presence::Show show, const QString &status, std::optional<int> priority)
{
    if (!m_account && !priority) {
        m_manager->setGlobalPresence(show, status);
        return;
    }
    for (Account *a : covered())
        applyTo(a, show, status, priority);
}

StatusMessageDialog *StatusMenu::openMessageDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const QString target = m_account ? m_account->jid().full() : tr("all accounts");
    QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    m_dialog = new StatusMessageDialog(m_manager->profile(), target, owner);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setMessage(currentStatus());
    const int priorityBefore = currentPriority();
    m_dialog->setPriority(priorityBefore);
    StatusMessageDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, priorityBefore] {
        // Setting a message keeps the show; a changed priority goes to every covered account.
        const int priority = dialog->priority();
        std::optional<int> newPriority;
        if (m_account || priority != priorityBefore)
            newPriority = priority;
        apply(chosenShow(), dialog->message(), newPriority);
    });
    m_dialog->open();
    return m_dialog;
}

} // namespace charla
