#pragma once

#include "stanza/Jid.h"

#include <QStringList>

#include <optional>

class QXmlStreamWriter;

namespace charla {

class Element;

/// One contact of the roster (RFC 6121 2.1.2): the codec for `<item/>` in jabber:iq:roster.
struct RosterItem
{
    enum class Subscription { None, To, From, Both, Remove };

    Jid jid;
    QString name;
    QStringList groups; ///< in the order the server gave, without duplicates
    Subscription subscription = Subscription::None;
    bool askSubscribe = false; ///< ask='subscribe': our request is pending
    bool approved = false;     ///< approved='true': a pre-approval (RFC 6121 3.4)

    /// Parses an `<item/>`; nullopt when it is not one or its jid is not a valid address.
    static std::optional<RosterItem> fromElement(const Element &item);
    /// The `<item/>` element (for a roster set: subscription is written only for 'remove').
    Element toElement() const;

    static QString subscriptionName(Subscription s);
    static Subscription subscriptionFromName(const QString &name);

    bool operator==(const RosterItem &o) const;
    bool operator!=(const RosterItem &o) const { return !(*this == o); }
};

} // namespace charla
