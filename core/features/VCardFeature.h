#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stanza/VCard.h"
#include "stream/Error.h"

#include <functional>

namespace charla {

/// XEP-0054 vcard-temp: reads anyone's contact details and publishes the account's own.
///
/// Answers are accepted only from the address asked (the IqTracker matches the sender), so
/// nobody else can put words in a contact's card.
class VCardFeature : public Feature
{
    Q_OBJECT
public:
    using VCardCallback = std::function<void(const VCard &vcard, const Error &error)>;
    using Done = std::function<void(const Error &error)>;

    explicit VCardFeature(QObject *parent = nullptr);

    bool handleStanza(const Element &) override { return false; }

    /// Asks for the vCard of @p jid's bare JID (the own account's when @p jid is the own JID or
    /// invalid). A contact without a vCard gives an empty VCard, not an error (XEP-0054 3.1).
    /// @p done is not called if @p context is destroyed first.
    void request(const Jid &jid, QObject *context, VCardCallback done);
    /// Replaces the account's own vCard (XEP-0054 3.2). When @p vcard has no photo and the
    /// account's current avatar is in the AvatarFeature's cache, the avatar is sent along:
    /// servers that bridge vCards to PEP (XEP-0398, Prosody's vcard_legacy) would otherwise
    /// take the missing photo as "remove my avatar".
    void publishOwn(const VCard &vcard, QObject *context, Done done);
};

} // namespace charla
