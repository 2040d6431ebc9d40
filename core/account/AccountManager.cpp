#include "account/AccountManager.h"

#include "features/PresenceFeature.h"
#include "stream/Client.h"

namespace charla {

AccountManager::AccountManager(const Profile &profile, QObject *parent)
    : QObject(parent), m_profile(profile)
{
}

Account *AccountManager::account(const QString &bareJid) const
{
    const Jid jid = Jid::parse(bareJid).bare();
    for (Account *a : m_accounts)
        if (a->jid() == jid)
            return a;
    return nullptr;
}

void AccountManager::load()
{
    const QList<AccountConfig> configs = AccountStore(m_profile).accounts();
    for (const AccountConfig &c : configs) {
        if (account(c.jid))
            continue;
        auto *a = new Account(m_profile, c, this);
        m_accounts.append(a);
        connect(a, &Account::stateChanged, this, [this, a] { Q_EMIT accountStateChanged(a); });
        Q_EMIT accountAdded(a);
    }
}

void AccountManager::connectAll()
{
    for (Account *a : std::as_const(m_accounts))
        if (a->config().enabled && a->state() != Account::State::Online)
            a->connectToServer();
}

void AccountManager::setGlobalPresence(Presence::Show show, const QString &status)
{
    for (Account *a : std::as_const(m_accounts)) {
        if (!a->config().enabled)
            continue;
        if (show == Presence::Show::Offline) {
            a->presence()->setPresence(show, status);
            a->disconnectFromServer();
            continue;
        }
        a->presence()->setPresence(show, status, a->presence()->ownPriority());
        if (!a->client()->isConnected() && a->state() != Account::State::Connecting)
            a->connectToServer();
    }
}

} // namespace charla
