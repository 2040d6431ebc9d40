#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0249 direct MUC invitation: `<x xmlns='jabber:x:conference' jid='room'/>` in a message
/// from the inviter to the invitee (not through the room).
struct DirectInvite
{
    static inline const QString Namespace = QStringLiteral("jabber:x:conference");

    QString room;     ///< the room's bare JID (required)
    QString password;
    QString reason;
    bool continues = false; ///< continuation of a one-to-one chat (XEP-0249 3)
    QString thread;

    /// nullopt unless @p e is the <x/> with a 'jid'.
    static std::optional<DirectInvite> fromElement(const Element &e);
    static std::optional<DirectInvite> fromMessage(const Element &message);
    Element toElement() const;

    bool operator==(const DirectInvite &o) const
    {
        return room == o.room && password == o.password && reason == o.reason &&
               continues == o.continues && thread == o.thread;
    }
};

} // namespace charla
