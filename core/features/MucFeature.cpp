// Joining, occupants' presence, leaving and self-ping. Messages are in MucMessages.cpp, admin
// and owner requests in MucAdmin.cpp.
#include "features/MucFeature.h"

#include "features/DiscoInfoFeature.h"
#include "features/MucErrors.h"
#include "features/PresenceFeature.h"
#include "stanza/Delay.h"
#include "stanza/MucUser.h"
#include "stanza/OccupantId.h"
#include "stanza/Presence.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcMuc, "charla.muc")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kPingNs = QStringLiteral("urn:xmpp:ping");
} // namespace

MucFeature::MucFeature(HistoryStore *store, QObject *parent)
    : Feature(parent), m_store(store), m_selfPingTimer(new QTimer(this))
{
    qRegisterMetaType<MucFeature::Invitation>();
    qRegisterMetaType<MucFeature::Removal>();
    m_clock.start();
    connect(m_selfPingTimer, &QTimer::timeout, this, &MucFeature::onSelfPingTimer);
}

MucFeature::~MucFeature() = default;

QStringList MucFeature::discoFeatures() const
{
    // XEP-0045 6.1 and XEP-0249 4.
    return {MucUser::JoinNamespace, QStringLiteral("jabber:x:conference")};
}

bool MucFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() == QLatin1String("presence"))
        return handlePresence(stanza);
    if (stanza.name() == QLatin1String("message"))
        return handleMessage(stanza);
    return false;
}

void MucFeature::sessionStarted(bool resumed)
{
    if (m_selfPingMs > 0)
        m_selfPingTimer->start(std::max(1000, m_selfPingMs / 2));
    if (resumed) {
        // XEP-0198 kept our occupancy; a ping tells whether the rooms kept it too.
        for (const auto &room : std::as_const(m_rooms)) {
            if (room->suspended) {
                room->suspended = false;
                room->state = MucRoom::State::Joined;
                Q_EMIT roomStateChanged(room->jid);
            }
        }
        selfPingAll();
        return;
    }
    // A new session is a new occupant for every room: join the wanted ones again.
    m_leaving.clear();
    const QList<Jid> wanted = m_wanted.keys();
    for (const Jid &jid : wanted) {
        if (MucRoom *r = roomOf(jid)) {
            r->occupants.clear();
            r->typing.clear();
            r->ownChatState = 0;
            Q_EMIT occupantsCleared(jid);
        } else {
            auto room = std::make_shared<MucRoom>();
            room->jid = jid;
            room->nick = m_wanted.value(jid).first;
            room->password = m_wanted.value(jid).second;
            m_rooms.insert(jid, room);
        }
        MucRoom *r = roomOf(jid);
        r->state = MucRoom::State::Joining;
        r->suspended = false;
        r->pendingNick.clear();
        r->selfPingInFlight = false;
        r->selfPingUnanswered = false;
        r->mamQueryId.clear();
        r->mamPage.clear();
        requestRoomInfo(jid, true);
    }
}

void MucFeature::sessionEnded()
{
    m_selfPingTimer->stop();
    for (const auto &room : std::as_const(m_rooms)) {
        room->selfPingInFlight = false;
        room->selfPingUnanswered = false;
        // The room's open archive query is kept: a resumed stream (XEP-0198) brings the rest of
        // its results and its <fin/>, which would otherwise be refused as unasked and the page
        // lost. A new session forgets it in sessionStarted(false).
        // Without a stream we are in no room: nobody may send as if joined. A resumed stream
        // (XEP-0198) gives the occupancy back; a new one joins again (sessionStarted()).
        if (room->isJoined())
            room->suspended = true;
        room->state = MucRoom::State::Joining;
        Q_EMIT roomStateChanged(room->jid);
    }
}

// --- Joining ------------------------------------------------------------------------------------

void MucFeature::join(const Jid &roomJid, const QString &nick, const QString &password)
{
    const Jid jid = roomJid.bare();
    if (!jid.isValid() || !jid.hasLocalpart() || nick.isEmpty())
        return;
    if (MucRoom *existing = roomOf(jid)) {
        if (existing->isJoined() && existing->nick != nick)
            changeNick(jid, nick);
        return;
    }
    auto room = std::make_shared<MucRoom>();
    room->jid = jid;
    room->nick = nick;
    room->password = password;
    m_rooms.insert(jid, room);
    m_wanted.insert(jid, qMakePair(nick, password));
    if (client() && client()->isConnected())
        requestRoomInfo(jid, true);
}

void MucFeature::requestRoomInfo(const Jid &jid, bool thenJoin)
{
    auto *disco = client() ? client()->feature<DiscoInfoFeature>() : nullptr;
    if (!disco) {
        if (thenJoin)
            sendJoin(*roomOf(jid));
        return;
    }
    disco->requestInfo(jid, QString(), this, [this, jid, thenJoin](const DiscoInfo &info,
                                                                    const Error &error) {
        MucRoom *room = roomOf(jid);
        if (!room)
            return;
        if (!error.isError()) {
            // XEP-0045 6.4 and the features the room's stanzas may be trusted for.
            room->infoKnown = true;
            room->supportsMam = info.hasFeature(QStringLiteral("urn:xmpp:mam:2"));
            room->supportsStanzaIds = info.hasFeature(QStringLiteral("urn:xmpp:sid:0"));
            room->supportsOccupantId = info.hasFeature(QStringLiteral("urn:xmpp:occupant-id:0"));
            room->supportsModeration =
                info.hasFeature(QStringLiteral("urn:xmpp:message-moderate:1"));
            room->membersOnly = info.hasFeature(QStringLiteral("muc_membersonly"));
            room->passwordProtected = info.hasFeature(QStringLiteral("muc_passwordprotected"));
            room->persistent = info.hasFeature(QStringLiteral("muc_persistent"));
            room->nonAnonymous = info.hasFeature(QStringLiteral("muc_nonanonymous"));
            for (const DiscoIdentity &id : info.identities) {
                if (id.category == QLatin1String("conference") && !id.name.isEmpty())
                    room->name = id.name;
            }
            Q_EMIT roomInfoChanged(jid);
        }
        // item-not-found: the room does not exist yet; the join creates it (XEP-0045 10.1.1).
        if (thenJoin && room->state == MucRoom::State::Joining)
            sendJoin(*room);
    });
}

Element MucFeature::ownPresenceTo(const MucRoom &room) const
{
    Element p(QStringLiteral("presence"), kClientNs);
    p.setAttribute(QStringLiteral("to"), room.jid.withResource(room.nick).full());
    if (auto *presence = client()->feature<PresenceFeature>()) {
        const Presence::Show show = presence->ownShow();
        if (show != Presence::Show::Online && show != Presence::Show::Offline)
            p.addChild(QStringLiteral("show"), kClientNs).setText(Presence::showName(show));
        if (!presence->ownStatus().isEmpty())
            p.addChild(QStringLiteral("status"), kClientNs).setText(presence->ownStatus());
    }
    for (Feature *f : client()->features())
        f->decorateOwnPresence(p);
    return p;
}

void MucFeature::sendOwnPresenceToRooms()
{
    if (!client() || !client()->isConnected())
        return;
    auto *presence = client()->feature<PresenceFeature>();
    if (presence && presence->ownShow() == Presence::Show::Offline)
        return; // going offline ends the session, which leaves the rooms
    for (const auto &room : std::as_const(m_rooms)) {
        if (room->isJoined())
            client()->send(ownPresenceTo(*room));
    }
}

void MucFeature::sendJoin(MucRoom &room)
{
    Element p = ownPresenceTo(room);
    Element &x = p.addChild(QStringLiteral("x"), MucUser::JoinNamespace);
    Element &history = x.addChild(QStringLiteral("history"), MucUser::JoinNamespace);
    std::optional<ChatMessage> newest;
    if (m_store) {
        const QList<ChatMessage> last = m_store->latest(room.jid.full(), 1);
        if (!last.isEmpty())
            newest = last.first();
    }
    if (room.supportsMam) {
        // The archive gives what we missed (queryArchive() after joining): none twice.
        history.setAttribute(QStringLiteral("maxstanzas"), QStringLiteral("0"));
    } else if (newest && newest->timestamp.isValid()) {
        // XEP-0045 7.2.14: only what came after the newest message we have.
        history.setAttribute(QStringLiteral("since"), Delay::formatStamp(newest->timestamp));
        history.setAttribute(QStringLiteral("maxstanzas"), QString::number(m_historyLimit));
    } else {
        history.setAttribute(QStringLiteral("maxstanzas"), QString::number(m_historyLimit));
    }
    if (!room.password.isEmpty())
        x.addChild(QStringLiteral("password"), MucUser::JoinNamespace).setText(room.password);
    room.historyDone = false;
    room.joinHistory.clear();
    room.lastHeardAt = m_clock.elapsed();
    client()->send(p);
}

QList<Jid> MucFeature::rooms() const
{
    return m_rooms.keys();
}

const MucRoom *MucFeature::room(const Jid &jid) const
{
    const auto it = m_rooms.constFind(jid.bare());
    return it == m_rooms.constEnd() ? nullptr : it->get();
}

MucRoom *MucFeature::roomOf(const Jid &jid)
{
    const auto it = m_rooms.constFind(jid.bare());
    return it == m_rooms.constEnd() ? nullptr : it->get();
}

bool MucFeature::isJoined(const Jid &jid) const
{
    const MucRoom *r = room(jid);
    return r && r->isJoined();
}

const MucOccupant *MucFeature::occupant(const Jid &roomJid, const QString &nick) const
{
    const MucRoom *r = room(roomJid);
    if (!r)
        return nullptr;
    const auto it = r->occupants.constFind(nick);
    return it == r->occupants.constEnd() ? nullptr : &*it;
}

void MucFeature::leave(const Jid &roomJid, const QString &status)
{
    const Jid jid = roomJid.bare();
    MucRoom *room = roomOf(jid);
    m_wanted.remove(jid);
    if (!room)
        return;
    if (client() && client()->isConnected()) {
        // XEP-0045 7.14
        Element p(QStringLiteral("presence"), kClientNs);
        p.setAttribute(QStringLiteral("to"), jid.withResource(room->nick).full());
        p.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
        if (!status.isEmpty())
            p.addChild(QStringLiteral("status"), kClientNs).setText(status);
        if (client()->send(p))
            m_leaving.insert(jid); // its echo must not end a join that follows at once
    }
    removeRoom(jid, Removal::Left, QString());
}

void MucFeature::changeNick(const Jid &roomJid, const QString &nick)
{
    MucRoom *room = roomOf(roomJid);
    if (!room || !room->isJoined() || nick.isEmpty() || nick == room->nick)
        return;
    const Jid to = room->jid.withResource(nick);
    if (!to.isValid()) {
        Q_EMIT roomError(room->jid,
                         Error::make(Error::Policy, QStringLiteral("jid-malformed"),
                                     QCoreApplication::translate(
                                         "charla::MucErrors",
                                         "\"%1\" cannot be used as a nickname in room %2.")
                                         .arg(nick, room->jid.full())));
        return;
    }
    // XEP-0045 7.6: a presence to the new occupant JID.
    room->pendingNick = nick;
    Element p(QStringLiteral("presence"), kClientNs);
    p.setAttribute(QStringLiteral("to"), to.full());
    client()->send(p);
}

void MucFeature::removeRoom(const Jid &jid, Removal why, const QString &text)
{
    if (!m_rooms.remove(jid))
        return;
    if (why != Removal::ConnectionLost && why != Removal::TechnicalError)
        m_wanted.remove(jid);
    Q_EMIT occupantsCleared(jid);
    Q_EMIT roomRemoved(jid, why, text);
}

// --- Presence -----------------------------------------------------------------------------------

bool MucFeature::handlePresence(const Element &stanza)
{
    const Jid from = Jid::parse(stanza.attribute(QStringLiteral("from")));
    if (!from.isValid())
        return false;
    const Jid bare = from.bare();
    MucRoom *room = roomOf(bare);
    if (!room) {
        // A room presence from a room we are not in (the echo of leaving, or forged): no
        // contact's presence carries muc#user, so nobody else needs it.
        const bool muc = stanza.hasChild(QStringLiteral("x"), MucUser::Namespace);
        if (muc && stanza.attribute(QStringLiteral("type")) == QLatin1String("unavailable"))
            m_leaving.remove(bare);
        return muc;
    }
    room->lastHeardAt = m_clock.elapsed();
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (type == QLatin1String("error")) {
        handlePresenceError(*room, stanza);
        return true;
    }
    const QString nick = from.resource();
    if (nick.isEmpty())
        return true; // the room itself has no presence to show
    const MucUser user = MucUser::fromStanza(stanza).value_or(MucUser());
    if (type == QLatin1String("unavailable") && user.hasStatus(110) && m_leaving.remove(bare))
        return true; // XEP-0045 7.14: the answer to our leaving, not news about a new join
    const bool self = user.hasStatus(110) ||
                      (room->pendingNick.isEmpty() ? nick == room->nick : nick == room->pendingNick);
    if (type == QLatin1String("unavailable")) {
        handleUnavailable(*room, nick, user);
        return true;
    }
    if (!type.isEmpty())
        return true; // subscription types make no sense from a room

    MucOccupant next;
    const auto it = room->occupants.constFind(nick);
    const bool known = it != room->occupants.constEnd();
    if (known)
        next = *it;
    next.nick = nick;
    next.self = self;
    if (user.item) {
        if (user.item->role)
            next.role = *user.item->role;
        if (user.item->affiliation)
            next.affiliation = *user.item->affiliation;
        if (user.item->jid.isValid())
            next.realJid = user.item->jid;
    }
    const QString show = stanza.childText(QStringLiteral("show"), kClientNs);
    next.show = show.isEmpty() ? Presence::Show::Online : Presence::showFromName(show);
    next.status = stanza.childText(QStringLiteral("status"), kClientNs);
    // XEP-0421 4: only a room that advertises occupant-id stamps it (and strips forgeries).
    if (room->supportsOccupantId)
        next.occupantId = OccupantId::fromStanza(stanza);
    if (!known) {
        room->occupants.insert(nick, next);
        Q_EMIT occupantJoined(room->jid, nick);
    } else if (next != *it) {
        room->occupants.insert(nick, next);
        Q_EMIT occupantChanged(room->jid, nick);
    }
    if (self)
        handleSelfPresence(*room, stanza, user);
    return true;
}

void MucFeature::handleSelfPresence(MucRoom &room, const Element &stanza, const MucUser &user)
{
    const QString nick = Jid::parse(stanza.attribute(QStringLiteral("from"))).resource();
    const MucOccupant &me = room.occupants[nick];
    room.ownRole = me.role;
    room.ownAffiliation = me.affiliation;
    room.ownOccupantId = me.occupantId;
    noteStatusCodes(room, user.statusCodes);
    if (room.state == MucRoom::State::Joining) {
        room.state = MucRoom::State::Joined;
        room.created = user.hasStatus(201);
        const bool renamed = room.nick != nick; // XEP-0045 7.2.13 (210): the room chose it
        room.nick = nick;
        m_wanted[room.jid] = qMakePair(nick, room.password);
        qCDebug(lcMuc) << "joined" << room.jid << "with" << room.occupants.size() << "occupants";
        if (renamed)
            Q_EMIT nickChanged(room.jid, nick);
        const Jid jid = room.jid;
        Q_EMIT roomJoined(jid, room.created);
        if (MucRoom *r = roomOf(jid); r && r->supportsMam)
            queryArchive(*r);
        return;
    }
    if (nick != room.nick) {
        room.nick = nick;
        room.pendingNick.clear();
        m_wanted[room.jid] = qMakePair(nick, room.password);
        Q_EMIT nickChanged(room.jid, nick);
    }
}

void MucFeature::noteStatusCodes(MucRoom &room, const QList<int> &codes)
{
    for (int code : codes) {
        if (code == 100 || code == 172)
            room.nonAnonymous = true;
        else if (code == 173 || code == 174)
            room.nonAnonymous = false;
        else if (code == 170)
            room.publicLogging = true;
        else if (code == 171)
            room.publicLogging = false;
        const QString notice = MucErrors::statusNotice(room.jid, code);
        if (!notice.isEmpty())
            Q_EMIT roomNotice(room.jid, notice);
    }
}

void MucFeature::handleUnavailable(MucRoom &room, const QString &nick, const MucUser &user)
{
    const bool self = user.hasStatus(110) ||
                      (nick == room.nick && room.occupants.value(nick).self);
    if (room.typing.contains(nick))
        noteChatState(room, nick, MessageFeature::ChatState::Gone); // left or renamed
    if (user.hasStatus(303) && user.item && !user.item->nick.isEmpty()) {
        // XEP-0045 7.6: a nick change; the new nick's presence follows.
        const QString newNick = user.item->nick;
        MucOccupant o = room.occupants.take(nick);
        o.nick = newNick;
        room.occupants.insert(newNick, o);
        if (self)
            room.pendingNick = newNick;
        Q_EMIT occupantRenamed(room.jid, nick, newNick);
        return;
    }
    const QString actor = user.item ? user.item->actorNick : QString();
    const QString reason = user.item ? user.item->reason : QString();
    if (self) {
        const Jid jid = room.jid;
        if (user.destroyed) {
            removeRoom(jid, Removal::Destroyed,
                       MucErrors::destroyedText(jid, user.destroyAlternate, user.destroyReason));
        } else if (user.hasStatus(301)) {
            removeRoom(jid, Removal::Banned, MucErrors::removalText(jid, 301, actor, reason));
        } else if (user.hasStatus(307)) {
            removeRoom(jid, Removal::Kicked, MucErrors::removalText(jid, 307, actor, reason));
        } else if (user.hasStatus(321)) {
            removeRoom(jid, Removal::AffiliationChanged,
                       MucErrors::removalText(jid, 321, actor, reason));
        } else if (user.hasStatus(322)) {
            removeRoom(jid, Removal::MembersOnly, MucErrors::removalText(jid, 322, actor, reason));
        } else if (user.hasStatus(332)) {
            removeRoom(jid, Removal::Shutdown, MucErrors::removalText(jid, 332, actor, reason));
        } else if (user.hasStatus(333)) {
            removeRoom(jid, Removal::TechnicalError,
                       MucErrors::removalText(jid, 333, actor, reason));
        } else {
            removeRoom(jid, Removal::Left, MucErrors::removalText(jid, 0, actor, reason));
        }
        return;
    }
    if (room.occupants.remove(nick)) {
        Q_EMIT occupantLeft(room.jid, nick);
        QString notice;
        if (user.hasStatus(301))
            notice = QCoreApplication::translate("charla::MucFeature", "%1 was banned from room %2.")
                         .arg(nick, room.jid.full());
        else if (user.hasStatus(307))
            notice = QCoreApplication::translate("charla::MucFeature", "%1 was kicked from room %2.")
                         .arg(nick, room.jid.full());
        if (!notice.isEmpty()) {
            if (!reason.isEmpty())
                notice += QLatin1Char(' ') +
                          QCoreApplication::translate("charla::MucErrors", "Reason: %1")
                              .arg(reason.left(300));
            Q_EMIT roomNotice(room.jid, notice);
        }
    }
}

void MucFeature::handlePresenceError(MucRoom &room, const Element &stanza)
{
    const QString nick = Jid::parse(stanza.attribute(QStringLiteral("from"))).resource();
    if (room.state == MucRoom::State::Joining) {
        const Jid jid = room.jid;
        const Error error = MucErrors::joinError(jid, room.nick, stanza);
        m_wanted.remove(jid);
        Q_EMIT roomError(jid, error);
        removeRoom(jid, Removal::JoinFailed, error.text);
        return;
    }
    if (!room.pendingNick.isEmpty()) {
        const QString wanted = room.pendingNick;
        room.pendingNick.clear();
        Q_EMIT roomError(room.jid, MucErrors::nickChangeError(room.jid, wanted, stanza));
        return;
    }
    Q_EMIT roomError(room.jid, MucErrors::messageError(room.jid, stanza));
}

// --- Self-ping (XEP-0410) -----------------------------------------------------------------------

void MucFeature::setSelfPingInterval(int ms)
{
    m_selfPingMs = ms;
    if (ms <= 0)
        m_selfPingTimer->stop();
    else if (client() && client()->isConnected())
        m_selfPingTimer->start(std::max(1000, ms / 2));
}

void MucFeature::onSelfPingTimer()
{
    const qint64 now = m_clock.elapsed();
    for (const auto &room : std::as_const(m_rooms)) {
        // XEP-0410 3.2: only rooms that have been silent need a ping; one whose last ping got
        // no answer is asked again at once ("re-attempt ... until it receives either an error
        // or a success response").
        if (room->isJoined() && (room->selfPingUnanswered || now - room->lastHeardAt >= m_selfPingMs))
            selfPing(*room);
    }
}

void MucFeature::selfPingAll()
{
    for (const auto &room : std::as_const(m_rooms)) {
        if (room->isJoined())
            selfPing(*room);
    }
}

void MucFeature::selfPing(MucRoom &room)
{
    if (room.selfPingInFlight || !client() || !client()->isConnected())
        return;
    room.selfPingInFlight = true;
    const Jid jid = room.jid;
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), jid.withResource(room.nick).full());
    iq.addChild(QStringLiteral("ping"), kPingNs);
    client()->sendIq(iq, this, [this, jid](const IqResult &result) {
        MucRoom *r = roomOf(jid);
        if (!r)
            return;
        r->selfPingInFlight = false;
        const QString c = result.error.condition;
        // XEP-0410 3.2: a result, or these errors, mean we are still in the room
        // (service-unavailable / feature-not-implemented: our other client has no ping;
        // item-not-found: it just changed our nick).
        if (result.ok() || c == QLatin1String("service-unavailable") ||
            c == QLatin1String("feature-not-implemented") || c == QLatin1String("item-not-found")) {
            r->lastHeardAt = m_clock.elapsed(); // the next ping is one silence away
            if (r->selfPingUnanswered) {
                r->selfPingUnanswered = false;
                Q_EMIT roomNotice(jid, QCoreApplication::translate("charla::MucFeature",
                                                                   "Room %1 answers again.")
                                           .arg(jid.full()));
            }
            return;
        }
        // No answer, or remote-server-not-found / remote-server-timeout ("treat like a
        // timeout"): nothing is decided. Say so once and ask again at the next tick.
        if (result.error.kind != Error::Stanza || c == QLatin1String("remote-server-not-found") ||
            c == QLatin1String("remote-server-timeout")) {
            qCInfo(lcMuc) << "self-ping of" << jid << "unanswered (" << c << "): trying again";
            if (!r->selfPingUnanswered) {
                r->selfPingUnanswered = true;
                Q_EMIT roomNotice(jid, QCoreApplication::translate(
                                           "charla::MucFeature",
                                           "Room %1 does not answer; Charla keeps checking "
                                           "whether you are still in it.")
                                           .arg(jid.full()));
            }
            return;
        }
        // Any other error (not-acceptable is the recommended one; some services say
        // not-allowed or bad-request) means the room forgot us.
        qCInfo(lcMuc) << "self-ping says we left" << jid << "(" << c << "): rejoining";
        r->selfPingUnanswered = false;
        rejoin(jid);
    }, m_selfPingTimeoutMs);
}

void MucFeature::rejoin(const Jid &jid)
{
    MucRoom *room = roomOf(jid);
    if (!room)
        return;
    room->occupants.clear();
    room->typing.clear();
    room->ownChatState = 0;
    room->state = MucRoom::State::Joining;
    room->pendingNick.clear();
    Q_EMIT occupantsCleared(jid);
    Q_EMIT roomNotice(jid, QCoreApplication::translate("charla::MucFeature",
                                                       "The connection to room %1 was lost; "
                                                       "joining it again.")
                               .arg(jid.full()));
    requestRoomInfo(jid, true);
}

} // namespace charla
