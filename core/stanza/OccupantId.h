#pragma once

#include "stanza/Element.h"

namespace charla {

/// XEP-0421 occupant-id: a stable, room-specific id of the person behind a nickname, stamped by
/// the room on presence and messages. Trusted only from a room that advertises the feature
/// (XEP-0421 4: the room removes any the sender put in); the caller checks that.
struct OccupantId
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:occupant-id:0");
    /// The id of the first <occupant-id/> among @p stanza's children, or empty.
    static QString fromStanza(const Element &stanza);
    static Element toElement(const QString &id);
};

} // namespace charla
