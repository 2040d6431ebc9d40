#pragma once

#include "storage/Profile.h"

#include <QObject>
#include <QString>

#include <functional>

namespace charla {

/// Account passwords in the OS keychain (QtKeychain: Secret Service, Keychain, Credential Store).
///
/// Passwords are never written to settings or any file: there is no insecure fallback. When no
/// keychain is reachable the operations fail with a sentence that says so, and the caller asks
/// the person for the password at connect time.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;     ///< reading: no password stored for this account
        bool unavailable = false;  ///< no keychain service is reachable
        QString password;          ///< reading: the password
        QString error;             ///< a sentence for a person when !ok
    };
    using Callback = std::function<void(const Result &)>;

    explicit PasswordStore(const Profile &profile, QObject *parent = nullptr);

    /// Reads the password of @p jid; @p done is called on this object's thread.
    void read(const QString &jid, Callback done);
    void write(const QString &jid, const QString &password, Callback done);
    void remove(const QString &jid, Callback done);

    /// Blocking forms for the console client and tests (they spin a local event loop).
    Result readBlocking(const QString &jid);
    Result writeBlocking(const QString &jid, const QString &password);
    Result removeBlocking(const QString &jid);

    QString service() const { return m_service; }

private:
    Result waitFor(const std::function<void(Callback)> &start);
    QString m_service;
};

} // namespace charla
