#pragma once

#include "stanza/Element.h"
#include "stanza/Jid.h"

#include <QDateTime>

#include <optional>

namespace charla {

/// A presence stanza (RFC 6121 4 and 3) as a value: availability, subscription requests and
/// errors, with XEP-0319 idle time, XEP-0172 nickname and XEP-0115 caps when present.
struct Presence
{
    enum class Type { Available, Unavailable, Subscribe, Subscribed, Unsubscribe, Unsubscribed,
                      Probe, Error };
    /// Availability, most available first (the order used to pick a contact's best resource).
    enum class Show { Chat, Online, Away, ExtendedAway, DoNotDisturb, Offline };

    Jid from;
    Jid to;
    Type type = Type::Available;
    Show show = Show::Online;
    QString status;
    int priority = 0;
    QDateTime idleSince; ///< XEP-0319; invalid when not idle
    QString nick;        ///< XEP-0172, in subscription requests
    QString capsNode;    ///< XEP-0115
    QString capsVer;
    QString capsHash;
    Element error;       ///< the <error/> of a presence error

    /// Parses a <presence/>; nullopt when it is not one or 'from' is not a valid address.
    static std::optional<Presence> fromElement(const Element &e);
    Element toElement() const;

    static QString showName(Show s);
    static Show showFromName(const QString &s);
    /// RFC 6121 4.7.2.3: priority is -128..127; anything else is 0.
    static int clampPriority(const QString &text);
};

} // namespace charla

Q_DECLARE_METATYPE(charla::Presence::Show)
