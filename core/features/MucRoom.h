#pragma once

#include "features/MucOccupant.h"
#include "stanza/ChatMessage.h"
#include "stanza/Jid.h"

#include <QHash>
#include <QList>
#include <QString>

namespace charla {

/// What MucFeature knows about one room the account is in (or joining): our nick and standing,
/// what the room supports (from its disco#info), its subject and occupants.
struct MucRoom
{
    enum class State { Joining, Joined };

    Jid jid;                 ///< the room's bare JID
    QString nick;            ///< our nick (the one the room confirmed once joined)
    QString password;
    State state = State::Joining;
    QString pendingNick;     ///< a nick change we asked for and the room has not confirmed
    QString name;            ///< the room's name (disco identity), may be empty
    QString subject;
    QString subjectBy;       ///< nick of who set it, may be empty
    bool created = false;    ///< XEP-0045 10.1.1: the room was created by this join (201)

    // From disco#info (XEP-0045 6.4) and status codes.
    bool infoKnown = false;
    bool supportsMam = false;         ///< urn:xmpp:mam:2
    bool supportsStanzaIds = false;   ///< urn:xmpp:sid:0: its stanza-ids can be trusted
    bool supportsOccupantId = false;  ///< urn:xmpp:occupant-id:0
    bool supportsModeration = false;  ///< urn:xmpp:message-moderate:1
    bool membersOnly = false;
    bool passwordProtected = false;
    bool persistent = false;
    bool nonAnonymous = false;        ///< everyone sees real JIDs (muc_nonanonymous, 100, 172)
    bool publicLogging = false;       ///< 170

    MucRole ownRole = MucRole::None;
    MucAffiliation ownAffiliation = MucAffiliation::None;
    QString ownOccupantId;

    QHash<QString, MucOccupant> occupants; ///< by nick
    QStringList typing;      ///< nicks whose latest chat state is composing (XEP-0085 5.5)
    int ownChatState = 0;    ///< the MessageFeature::ChatState we last sent to the room

    // Live session bookkeeping.
    qint64 lastHeardAt = 0;  ///< when the room last sent us anything (MucFeature's clock)
    bool selfPingInFlight = false;
    bool selfPingUnanswered = false; ///< the last self-ping decided nothing (XEP-0410 timeout)
    bool suspended = false;  ///< joined when the stream went down; a resumed stream restores it
    QString mamQueryId;      ///< our open archive query of this room, empty when none
    QList<ChatMessage> mamPage; ///< results of the open query, stored when it finishes
    bool historyDone = false;   ///< the subject (XEP-0045 7.2.15) ended the join history
    int historyNew = 0;         ///< new messages of the archive catch-up so far
    QList<ChatMessage> joinHistory; ///< the room's history (7.2.15) until the subject ends it
    int mamPages = 0;           ///< pages fetched by the open archive catch-up
    bool mamForward = false;    ///< the open query pages forward from what we have (after=)

    bool isJoined() const { return state == State::Joined; }
};

} // namespace charla
