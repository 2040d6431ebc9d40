#pragma once

#include "stanza/Element.h"
#include "stanza/Jid.h"

#include <QMetaType>
#include <optional>

namespace charla {

/// XEP-0045 5.1: what an occupant may do in a room right now (the order is ascending power).
enum class MucRole { None, Visitor, Participant, Moderator };
/// XEP-0045 5.2: the occupant's long-lived standing with the room (ascending power; Outcast is
/// banned).
enum class MucAffiliation { Outcast, None, Member, Admin, Owner };

/// The `<item/>` of XEP-0045's muc#user, muc#admin and muc#owner payloads: an occupant's (or
/// a JID's) affiliation and role, with the nick, the real JID where the room reveals it, and
/// the reason and actor of a change.
struct MucItem
{
    static inline const QString UserNamespace = QStringLiteral("http://jabber.org/protocol/muc#user");
    static inline const QString AdminNamespace =
        QStringLiteral("http://jabber.org/protocol/muc#admin");

    std::optional<MucAffiliation> affiliation;
    std::optional<MucRole> role;
    Jid jid;         ///< the real JID (non-anonymous rooms, or moderators); may be invalid
    QString nick;
    QString reason;
    QString actorNick; ///< XEP-0045 9.1.6: who kicked or banned
    QString actorJid;

    /// Reads an <item/> in @p ns (muc#user or muc#admin); nullopt when it is not one. A 'jid'
    /// that is not a valid address is left out (the item is still read).
    static std::optional<MucItem> fromElement(const Element &e);
    /// The <item/> in @p ns.
    Element toElement(const QString &ns) const;

    static QString roleName(MucRole role);
    static std::optional<MucRole> roleFromName(const QString &name);
    static QString affiliationName(MucAffiliation affiliation);
    static std::optional<MucAffiliation> affiliationFromName(const QString &name);

    bool operator==(const MucItem &o) const
    {
        return affiliation == o.affiliation && role == o.role && jid == o.jid && nick == o.nick &&
               reason == o.reason && actorNick == o.actorNick && actorJid == o.actorJid;
    }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::MucRole)
Q_DECLARE_METATYPE(charla::MucAffiliation)
