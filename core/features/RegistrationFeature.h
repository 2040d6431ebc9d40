#pragma once

#include "features/Feature.h"
#include "stanza/DataForm.h"
#include "stream/Error.h"

#include <functional>
#include <optional>

namespace charla {

struct IqResult;

/// XEP-0077 for an account that is logged in: changing its password (3.3) and removing it from
/// its server (3.2). Creating an account happens before login, in Registration.
class RegistrationFeature : public Feature
{
    Q_OBJECT
public:
    /// The outcome of a request: done, refused (error), or the server asks for more (form).
    struct Result
    {
        Error error;
        /// XEP-0077 3.2/3.3: a form in the error, e.g. asking for the current password. Fill it
        /// in and send it with the DataForm overload.
        std::optional<DataForm> form;
        bool ok() const { return !error.isError(); }
    };
    using Callback = std::function<void(const Result &)>;

    explicit RegistrationFeature(QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;

    /// Sets the account's password to @p newPassword (XEP-0077 3.3). On success the session
    /// uses it for its next login; storing it (the keychain) is the caller's part.
    void changePassword(const QString &newPassword, QObject *context, Callback done);
    /// Sends the server's password-change form, filled in (its `password` field is the new one).
    void changePassword(const DataForm &form, QObject *context, Callback done);
    /// Removes the account from its server (XEP-0077 3.2). On success the client disconnects
    /// and does not reconnect.
    void removeAccount(QObject *context, Callback done);
    /// Sends the server's cancellation form, filled in.
    void removeAccount(const DataForm &form, QObject *context, Callback done);

Q_SIGNALS:
    /// The password was changed on the server (the new one is not repeated here).
    void passwordChanged();
    /// The account no longer exists on its server.
    void accountRemoved();

private:
    void sendChange(const Element &query, const QString &newPassword, QObject *context,
                    Callback done);
    void sendRemove(const Element &query, QObject *context, Callback done);
    /// True (and @p done told why) when the account is offline.
    bool refuseOffline(QObject *context, Callback &done);
    Result changeResult(const IqResult &r) const;
    Result removeResult(const IqResult &r) const;
};

} // namespace charla
