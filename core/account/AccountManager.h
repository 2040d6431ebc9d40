#pragma once

#include "account/Account.h"
#include "stanza/Presence.h"

#include <QList>
#include <QObject>

namespace charla {

/// The accounts of a profile, each with its own session; what the main window and the tray
/// show and act on.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    explicit AccountManager(const Profile &profile, QObject *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    const QList<Account *> &accounts() const { return m_accounts; }
    /// The account with @p bareJid, or null.
    Account *account(const QString &bareJid) const;

    /// Creates the accounts stored in the profile (once).
    void load();
    /// Connects every enabled account.
    void connectAll();
    /// Stores a new account in the profile and creates it (not connected yet); null with
    /// @p error set when the JID is not valid or the account exists already.
    Account *addAccount(const AccountConfig &config, QString *error = nullptr);
    /// What happens to the local database (history, roster cache) of a removed account.
    enum class LocalData { Keep, Delete };
    /// Logs @p account out, forgets it (settings and keychain entry) and deletes it later;
    /// accountRemoved() is emitted first, while it still exists. With LocalData::Delete its
    /// database files are deleted once the account (and its open database) is gone.
    void removeAccount(Account *account, LocalData data = LocalData::Keep);
    /// Sets the same presence on every account (Offline disconnects them).
    void setGlobalPresence(Presence::Show show, const QString &status = QString());

Q_SIGNALS:
    void accountAdded(charla::Account *account);
    void accountStateChanged(charla::Account *account);
    /// @p account is about to be deleted: forget it.
    void accountRemoved(charla::Account *account);
    /// The keychain entry of a removed account could not be deleted (@p sentence says why).
    void passwordNotRemoved(const QString &jid, const QString &sentence);
    /// The local history of a removed account could not be deleted (@p sentence says why).
    void localDataNotRemoved(const QString &jid, const QString &sentence);

private:
    Account *create(const AccountConfig &config);

    Profile m_profile;
    QList<Account *> m_accounts;
};

} // namespace charla
