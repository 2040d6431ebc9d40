#pragma once

#include "stanza/DataForm.h"
#include "stanza/Jid.h"
#include "stream/Error.h"
#include "stream/Registration.h"

#include <functional>

namespace charla {

class Client;

/// XEP-0077 with another entity than the own server, for a logged-in account: registering
/// with a gateway (XEP-0100 6.3) or any service that offers jabber:iq:register, and
/// unregistering. The own account's password and removal are RegistrationFeature's.
class ServiceRegistration
{
public:
    using FormCallback = std::function<void(const RegistrationForm &form, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    /// XEP-0077 3.1: asks @p service for its registration form (or whether we are registered).
    static void requestForm(Client &client, const Jid &service, QObject *context,
                            FormCallback done);
    /// Sends a filled-in data form (XEP-0077 4; a type 'form' is turned into its submission).
    static void submit(Client &client, const Jid &service, const DataForm &form,
                       QObject *context, DoneCallback done);
    /// Sends the legacy fields (XEP-0077 3.1), in order; a `key` goes back unchanged.
    static void submit(Client &client, const Jid &service,
                       const QList<RegistrationForm::Field> &fields, QObject *context,
                       DoneCallback done);
    /// XEP-0077 3.2: `<remove/>`: the service forgets us (a gateway also removes its contacts
    /// from our roster, XEP-0100 6.4).
    static void unregister(Client &client, const Jid &service, QObject *context, DoneCallback done);

    /// The legacy fields as a data form for the one form renderer: text-private for password,
    /// hidden for key, text-single for the rest, labelled with a person's word for each.
    static DataForm legacyAsForm(const RegistrationForm &form);
    /// The legacy fields of @p original with the values of @p filled (made by legacyAsForm()).
    static QList<RegistrationForm::Field> legacyFromForm(const RegistrationForm &original,
                                                         const DataForm &filled);
    /// A sentence for a refusal (conflict, not-acceptable, not-allowed, ...).
    static Error explain(const Error &error, const Jid &service);
};

} // namespace charla
