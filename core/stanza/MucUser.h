#pragma once

#include "stanza/Element.h"
#include "stanza/Jid.h"
#include "stanza/MucItem.h"

#include <QList>
#include <optional>

namespace charla {

/// XEP-0045 `<x xmlns='http://jabber.org/protocol/muc#user'/>` in presence and messages from a
/// room: the occupant's item, status codes, room destruction, and mediated invitations (7.8.2)
/// and declines. The codec only reads; who may send it is the receiver's check.
struct MucUser
{
    static inline const QString Namespace = MucItem::UserNamespace;
    /// XEP-0045 `<x xmlns='http://jabber.org/protocol/muc'/>` of a join presence.
    static inline const QString JoinNamespace = QStringLiteral("http://jabber.org/protocol/muc");

    /// A mediated invitation or a decline: `from` on what the room relays to us, `to` on what
    /// we send through it.
    struct Invite
    {
        QString from;
        QString to;
        QString reason;
        bool operator==(const Invite &o) const
        {
            return from == o.from && to == o.to && reason == o.reason;
        }
    };

    std::optional<MucItem> item;
    QList<int> statusCodes;
    bool destroyed = false;       ///< XEP-0045 10.9: the room was destroyed
    QString destroyAlternate;     ///< where to go instead (a room JID), may be empty
    QString destroyReason;
    std::optional<Invite> invite; ///< XEP-0045 7.8.2
    std::optional<Invite> decline;
    QString password;             ///< of a mediated invitation

    bool hasStatus(int code) const { return statusCodes.contains(code); }

    static std::optional<MucUser> fromElement(const Element &x);
    /// The muc#user <x/> among @p stanza's children.
    static std::optional<MucUser> fromStanza(const Element &stanza);
    Element toElement() const;

    bool operator==(const MucUser &o) const
    {
        return item == o.item && statusCodes == o.statusCodes && destroyed == o.destroyed &&
               destroyAlternate == o.destroyAlternate && destroyReason == o.destroyReason &&
               invite == o.invite && decline == o.decline && password == o.password;
    }
};

} // namespace charla
