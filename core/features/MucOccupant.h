#pragma once

#include "stanza/Jid.h"
#include "stanza/MucItem.h"
#include "stanza/Presence.h"

#include <QMetaType>
#include <QString>

namespace charla {

/// One person in a room as MucFeature knows them from their latest presence (XEP-0045 7.2.3).
struct MucOccupant
{
    QString nick;         ///< the resource of their room JID
    Jid realJid;          ///< only where the room reveals it (non-anonymous, or we moderate)
    MucRole role = MucRole::Participant;
    MucAffiliation affiliation = MucAffiliation::None;
    Presence::Show show = Presence::Show::Online;
    QString status;
    QString occupantId;   ///< XEP-0421, only from rooms that advertise it; else empty
    bool self = false;    ///< this is us

    bool operator==(const MucOccupant &o) const
    {
        return nick == o.nick && realJid == o.realJid && role == o.role &&
               affiliation == o.affiliation && show == o.show && status == o.status &&
               occupantId == o.occupantId && self == o.self;
    }
    bool operator!=(const MucOccupant &o) const { return !(*this == o); }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::MucOccupant)
