#pragma once

#include "stanza/Element.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QString>

namespace charla {

/// Sentences for what a person meets in group chat (XEP-0045): join errors (7.2), nick change
/// errors (7.6), removals (status codes 301, 307, 321, 322, 332, 333; destruction 10.9), refused
/// messages and admin requests, and the notices status codes carry (100, 170, 104, ...).
namespace MucErrors {

/// The error of a join presence (XEP-0045 7.2.6-7.2.11) from @p errorStanza.
Error joinError(const Jid &room, const QString &nick, const Element &errorStanza);
/// The error of a nick change (XEP-0045 7.6).
Error nickChangeError(const Jid &room, const QString &nick, const Element &errorStanza);
/// A message the room refused (XEP-0045 7.4: no voice, not an occupant, ...).
Error messageError(const Jid &room, const Element &errorStanza);
/// An admin or owner request the room refused (XEP-0045 8, 9, 10).
Error requestError(const Jid &room, const Error &error);

/// Why we were removed (status @p code, or 0 for destruction), naming who did it and why.
QString removalText(const Jid &room, int code, const QString &actor, const QString &reason);
/// XEP-0045 10.9: the room was destroyed, with the alternate room and reason when given.
QString destroyedText(const Jid &room, const QString &alternate, const QString &reason);
/// The notice for a status code worth telling (100, 170, 171, 172, 173, 104, 201, 210), or empty.
QString statusNotice(const Jid &room, int code);

/// The defined condition of @p stanza's <error/> (e.g. "conflict"), or "undefined-condition".
QString condition(const Element &stanza);
/// The server's own <text/> of @p stanza's <error/>, trimmed and cut to 300 characters.
QString serverText(const Element &stanza);

} // namespace MucErrors

} // namespace charla
