#pragma once

#include "storage/Profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace charla {

/// How an account reaches its server: directly (the default), through the proxy the system is
/// set up with, or through a SOCKS5 or HTTP CONNECT proxy the person named.
///
/// There is no proxy password here: a password is a secret and would belong in the keychain,
/// which is not wired up for proxies yet, so proxies that ask for one cannot be used.
struct ProxySettings
{
    enum Type {
        None,   ///< connect directly, whatever the system or the environment says
        System, ///< the proxy the system (or http_proxy) names for the server's domain
        Socks5, ///< RFC 1928; the proxy resolves the server's name
        Http,   ///< HTTP CONNECT (RFC 9110 9.3.6)
    };
    Type type = None;
    QString host;
    quint16 port = 0; ///< 0 means the usual port: 1080 for SOCKS5, 8080 for HTTP
    QString user;     ///< user name for the proxy, if it asks for one

    /// Parses "none", "system", "socks5://[user@]host[:port]" or "http://[user@]host[:port]";
    /// nullopt with @p error set otherwise (a password in the URL is refused).
    static std::optional<ProxySettings> fromUrl(const QString &url, QString *error);
    /// The inverse of fromUrl(): "none", "system" or a URL.
    QString toUrl() const;
    /// The port to connect to: port, or the usual one for the type.
    quint16 effectivePort() const;
    bool operator==(const ProxySettings &o) const
    {
        return type == o.type && host == o.host && port == o.port && user == o.user;
    }
};

/// One account's connection settings. The password is never here: it lives in the keychain.
struct AccountConfig
{
    QString jid;          ///< bare JID, e.g. alice@example.org
    QString host;         ///< manual host; empty means DNS SRV on the JID's domain
    quint16 port = 0;     ///< manual port; 0 means the default for the connection kind
    bool directTls = false; ///< XEP-0368 Direct TLS instead of STARTTLS
    QString caFile;       ///< extra trusted CA certificates (PEM), e.g. for a private server
    QString resource;     ///< requested resource; empty lets the server choose
    int priority = 0;     ///< RFC 6121 4.7.2.3 presence priority, -128..127
    bool enabled = true;
    QString pinnedCertificate; ///< SHA-256 (hex) of a certificate the person chose to trust
    QString saslMechanism;     ///< strongest SASL mechanism that worked: later offers may not be weaker
    ProxySettings proxy;       ///< none unless the person chose one

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
