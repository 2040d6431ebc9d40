#include "account/AccountManager.h"

#include "features/PresenceFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/PasswordStore.h"
#include "stream/Client.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
        create(c);
    }
}

Account *AccountManager::create(const AccountConfig &config)
{
    auto *a = new Account(m_profile, config, this);
    m_accounts.append(a);
    connect(a, &Account::stateChanged, this, [this, a] { Q_EMIT accountStateChanged(a); });
    Q_EMIT accountAdded(a);
    return a;
}

Account *AccountManager::addAccount(const AccountConfig &config, QString *error)
{
    const Jid jid = Jid::parse(config.jid);
    if (!jid.isValid() || jid.localpart().isEmpty() || jid.isFull()) {
        if (error)
            *error = tr("\"%1\" is not an address such as name@example.org.").arg(config.jid);
        return nullptr;
    }
    if (account(jid.full())) {
        if (error)
            *error = tr("%1 is already one of your accounts.").arg(jid.full());
        return nullptr;
    }
    AccountConfig c = config;
    c.jid = jid.full();
    AccountStore(m_profile).save(c);
    return create(c);
}

void AccountManager::removeAccount(Account *account, LocalData data)
{
    if (!account || !m_accounts.contains(account))
        return;
    const QString jid = account->jid().full();
    if (data == LocalData::Delete) {
        // The database stays open until the account is destroyed: delete the files after.
        const QString path = AccountDatabase::pathFor(m_profile, account->jid().bare().full());
        connect(account, &QObject::destroyed, this, [this, jid, path] {
            QStringList failed;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile f(path + suffix);
                if (f.exists() && !f.remove())
                    failed << f.errorString();
            }
            QDir().rmdir(QFileInfo(path).absolutePath()); // only if empty: keeps anything else
            if (!failed.isEmpty())
                Q_EMIT localDataNotRemoved(
                    jid, tr("The history of %1 could not be deleted: %2")
                             .arg(jid, failed.join(QStringLiteral("; "))));
        });
    }
    account->disconnectFromServer();
    Q_EMIT accountRemoved(account);
    m_accounts.removeAll(account);
    AccountStore(m_profile).remove(jid);
    auto *passwords = new PasswordStore(m_profile, this);
    passwords->remove(jid, [this, passwords, jid](const PasswordStore::Result &r) {
        passwords->deleteLater();
        if (!r.ok && !r.notFound)
            Q_EMIT passwordNotRemoved(jid, r.error);
    });
    account->deleteLater();
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
