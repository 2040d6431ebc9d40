#pragma once

#include "storage/Profile.h"

#include <QList>
#include <QString>

namespace charla {

/// One account's connection settings. The password is never here: it lives in the keychain.
struct AccountConfig
{
    QString jid;          ///< bare JID, e.g. alice@example.org
    QString host;         ///< manual host; empty means DNS SRV on the JID's domain
    quint16 port = 0;     ///< manual port; 0 means the default for the connection kind
    bool directTls = false; ///< XEP-0368 Direct TLS instead of STARTTLS
    QString caFile;       ///< extra trusted CA certificates (PEM), e.g. for a private server
    QString resource;     ///< requested resource; empty lets the server choose
    bool enabled = true;
    QString pinnedCertificate; ///< SHA-256 (hex) of a certificate the person chose to trust
    QString saslMechanism;     ///< strongest SASL mechanism that worked: later offers may not be weaker

    bool operator==(const AccountConfig &o) const;
};

/// The accounts of a profile, kept in the profile's settings file (INI).
class AccountStore
{
public:
    explicit AccountStore(const Profile &profile);

    QList<AccountConfig> accounts() const;
    /// Adds or replaces (by JID) an account.
    void save(const AccountConfig &account);
    /// Removes an account; false if it was not there.
    bool remove(const QString &jid);
    /// The account with @p jid, or an empty config (jid empty) when unknown.
    AccountConfig find(const QString &jid) const;

private:
    void writeAll(const QList<AccountConfig> &all);
    QString m_file;
};

} // namespace charla
