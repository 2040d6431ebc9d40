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
    /// Sets the same presence on every account (Offline disconnects them).
    void setGlobalPresence(Presence::Show show, const QString &status = QString());

Q_SIGNALS:
    void accountAdded(charla::Account *account);
    void accountStateChanged(charla::Account *account);

private:
    Profile m_profile;
    QList<Account *> m_accounts;
};

} // namespace charla
