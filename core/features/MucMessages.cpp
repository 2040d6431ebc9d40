// Room messages: groupchat messages from joined rooms only, the subject, history from the room's
// archive, corrections and retractions checked against the sender's occupant-id, moderation,
// private messages and invitations.
#include "features/MucFeature.h"

#include "features/MucErrors.h"
#include "stanza/Carbon.h"
#include "stanza/DirectInvite.h"
#include "stanza/MamFin.h"
#include "stanza/MamQuery.h"
#include "stanza/MamResult.h"
#include "stanza/Message.h"
#include "stanza/MucUser.h"
#include "stanza/OccupantId.h"
#include "stanza/Retraction.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

namespace {
Q_LOGGING_CATEGORY(lcMucMsg, "charla.muc.message")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kModerateNs = QStringLiteral("urn:xmpp:message-moderate:1");
constexpr int kArchivePage = 50;
constexpr int kArchiveMaxPages = 20; // at most 1,000 missed messages per join
} // namespace

bool MucFeature::handleMessage(const Element &stanza)
{
    // XEP-0280 11: carbons are unwrapped (and checked) by the carbons code, never here: a
    // groupchat message inside a carbon is not a message from an occupant of a room.
    if (Carbon::isCarbon(stanza))
        return false;
    const std::optional<Message> m = Message::fromElement(stanza);
    if (!m)
        return false;
    const Jid bare = m->from.bare();
    MucRoom *room = m->from.isValid() ? roomOf(bare) : nullptr;
    if (m->type == Message::Type::Groupchat) {
        if (!room) {
            // XEP-0045 7.4: groupchat comes from rooms we are in; anything else is forged or
            // stale and nobody else may show it either.
            qCDebug(lcMucMsg) << "dropped groupchat message from a room we are not in" << bare;
            return true;
        }
        room->lastHeardAt = m_clock.elapsed();
        return handleGroupchat(*room, stanza, *m);
    }
    if (room) {
        room->lastHeardAt = m_clock.elapsed();
        if (m->from == room->jid && MamResult::isResult(stanza))
            return handleArchiveResult(*room, stanza);
        if (m->type == Message::Type::Error) {
            const Error error = MucErrors::messageError(room->jid, stanza);
            if (m_store && !m->id.isEmpty()) {
                const QString chat = m->from.isFull() ? m->from.full() : room->jid.full();
                if (auto sent = m_store->findByReference(chat, m->id))
                    m_store->setState(sent->id, ChatMessage::State::Failed, error.text);
            }
            Q_EMIT roomError(room->jid, error);
            return true;
        }
        if (m->from.isFull())
            return handlePrivateMessage(*room, stanza, *m);
    }
    return handleInvitation(stanza, *m);
}

bool MucFeature::handleGroupchat(MucRoom &room, const Element &stanza, const Message &m)
{
    const QString nick = m.from.resource();
    const QString occupantId = room.supportsOccupantId ? OccupantId::fromStanza(stanza) : QString();

    // XEP-0045 8.1: a subject change has a <subject/> and no body (empty clears it).
    if (stanza.hasChild(QStringLiteral("subject"), kClientNs) && m.body.isEmpty()) {
        room.subject = stanza.childText(QStringLiteral("subject"), kClientNs);
        room.subjectBy = nick;
        Q_EMIT subjectChanged(room.jid, room.subject, nick);
        // XEP-0045 7.2.15: the subject ends the join history.
        if (!room.historyDone) {
            const Jid jid = room.jid;
            const int count = flushJoinHistory(room);
            if (MucRoom *r = roomOf(jid)) {
                r->historyDone = true;
                if (!r->supportsMam)
                    Q_EMIT historyLoaded(jid, count);
            }
        }
        return true;
    }
    if (nick.isEmpty()) {
        // The room itself: moderation (XEP-0425), configuration notices (XEP-0045 10.2.1).
        if (handleModeration(room, stanza, m))
            return true;
        if (const auto user = MucUser::fromStanza(stanza)) {
            noteStatusCodes(room, user->statusCodes);
            if (user->hasStatus(104))
                requestRoomInfo(room.jid, false);
        }
        if (!m.hasContent())
            return true;
    }
    if (!m.delay && !nick.isEmpty() && nick != room.nick) {
        // XEP-0085 5.5: others' states, live only; a message means they stopped composing, and
        // gone is ignored in rooms.
        if (m.chatState && m.chatState->kind != ChatState::Gone)
            noteChatState(room, nick,
                          MessageFeature::ChatState(int(m.chatState->kind) + 1));
        else if (m.hasContent())
            noteChatState(room, nick, MessageFeature::ChatState::Active);
    }
    if (m.retraction && !m.retraction->id.isEmpty()) {
        // XEP-0424 in a room: the sender's own retraction refers to the room's stanza-id;
        // only the same occupant may retract.
        if (stanza.firstChild(QStringLiteral("retract"), Retraction::Namespace)
                .hasChild(QStringLiteral("moderated"), kModerateNs))
            return true; // moderation comes from the room itself (XEP-0425 6), not an occupant
        if (!m_store)
            return true;
        const auto original = m_store->findByReference(room.jid.full(), m.retraction->id);
        if (!original) {
            Q_EMIT refused(room.jid, QCoreApplication::translate(
                                         "charla::MucFeature",
                                         "A retraction in room %1 refers to a message Charla "
                                         "does not have.")
                                         .arg(room.jid.full()));
            return true;
        }
        if (!sameSender(room, *original, m, occupantId)) {
            Q_EMIT refused(room.jid, QCoreApplication::translate(
                                         "charla::MucFeature",
                                         "%1 tried to retract someone else's message in room %2; "
                                         "it was ignored.")
                                         .arg(nick, room.jid.full()));
            return true;
        }
        m_store->retract(original->id);
        return true;
    }
    if (m.correction) {
        acceptCorrection(room, m, occupantId);
        return true;
    }
    if (m.reactions && m_store && !nick.isEmpty()) {
        // XEP-0444 in a room: reactions refer to the room's stanza-id.
        if (const auto original = m_store->findByReference(room.jid.full(), m.reactions->id))
            m_store->setReactions(original->id, occupantId.isEmpty() ? nick : occupantId,
                                  m.reactions->emojis);
        return true;
    }
    if (!m.hasContent())
        return true; // chat states, markers: nothing to store
    const bool history = m.delay.has_value() && !room.historyDone;
    const QDateTime stamp =
        m.delay ? m.delay->stamp : QDateTime::currentDateTimeUtc();
    std::optional<ChatMessage> c = roomMessage(room, stanza, m, stamp, false);
    if (!c)
        return true;
    if (history) {
        // The join history is stored in one transaction when the subject ends it.
        room.joinHistory.append(*c);
        return true;
    }
    flushJoinHistory(room);
    if (storeMessage(*c)) {
        Q_EMIT messageReceived(*c);
    } else if (c->isOutgoing() && m_store && c->id) {
        // Our own message reflected by the room: it went out.
        m_store->setState(c->id, ChatMessage::State::Sent);
    }
    return true;
}

std::optional<ChatMessage> MucFeature::roomMessage(const MucRoom &room, const Element &stanza,
                                                   const Message &m, const QDateTime &stamp,
                                                   bool fromArchive)
{
    Q_UNUSED(fromArchive)
    const QString nick = m.from.resource();
    const QString occupantId = room.supportsOccupantId ? OccupantId::fromStanza(stanza) : QString();
    // XEP-0359 6 and XEP-0045 7.2.15: the room's stanza-id only when the room vouches for it.
    ChatMessage c = m.toChatMessage(false, stamp,
                                    room.supportsStanzaIds ? room.jid.full() : QString());
    c.chat = room.jid.full();
    c.from = m.from.full();
    const bool own = (!nick.isEmpty() && nick == room.nick) ||
                     (!occupantId.isEmpty() && occupantId == room.ownOccupantId);
    c.direction = own ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    c.state = own ? ChatMessage::State::Sent : ChatMessage::State::Received;
    c.occupantId = occupantId;
    if (!c.replyToId.isEmpty() && m_store) {
        // XEP-0461 6: show the message replied to when we have it, else the sender's quote.
        if (const auto quoted = m_store->findByReference(room.jid.full(), c.replyToId))
            c.replyQuote = quoted->body;
    }
    return c;
}

bool MucFeature::sameSender(const MucRoom &room, const ChatMessage &original, const Message &m,
                            const QString &occupantId) const
{
    // XEP-0308 5, XEP-0424 and XEP-0421 1: only the sender may correct or retract; where the
    // room gives occupant-ids they say who that is across nick changes, and stop a newcomer who
    // took the nick. Without them, the same room JID (nick) is all there is to go by.
    // The occupant-id is stored with the message (not kept in memory per message: a busy room
    // would grow that map without end), so this holds across restarts too.
    const QString &originalId = original.occupantId;
    if (room.supportsOccupantId && (!originalId.isEmpty() || !occupantId.isEmpty()))
        return !originalId.isEmpty() && originalId == occupantId;
    return original.from == m.from.full();
}

bool MucFeature::acceptCorrection(MucRoom &room, const Message &m, const QString &occupantId)
{
    const QString nick = m.from.resource();
    if (!m_store)
        return false;
    const auto original = m_store->findByReference(room.jid.full(), m.correction->id);
    QString why;
    if (!original) {
        why = QCoreApplication::translate("charla::MucFeature",
                                          "A correction in room %1 refers to a message Charla "
                                          "does not have; it was ignored.")
                  .arg(room.jid.full());
    } else {
        if (!sameSender(room, *original, m, occupantId))
            why = QCoreApplication::translate("charla::MucFeature",
                                              "%1 tried to correct a message in room %2 that "
                                              "someone else sent; the correction was ignored.")
                      .arg(nick, room.jid.full());
    }
    if (!why.isEmpty()) {
        Q_EMIT refused(room.jid, why);
        return false;
    }
    return m_store->correct(original->id, m.displayBody());
}

bool MucFeature::handleModeration(MucRoom &room, const Element &stanza, const Message &m)
{
    Q_UNUSED(m)
    // XEP-0425 6: a moderation is a <retract/> with <moderated/>, from the room itself (the
    // caller checked the sender), naming the message by the room's stanza-id.
    const Element retract =
        stanza.firstChild(QStringLiteral("retract"), QStringLiteral("urn:xmpp:message-retract:1"));
    if (retract.isNull() || !retract.hasChild(QStringLiteral("moderated"), kModerateNs))
        return false;
    const QString id = retract.attribute(QStringLiteral("id"));
    if (!m_store || id.isEmpty() || !room.supportsStanzaIds)
        return true;
    // Only the room's own stanza-id is a valid reference (XEP-0425 6).
    const QList<ChatMessage> candidates{m_store->findByReference(room.jid.full(), id).value_or(
        ChatMessage())};
    for (const ChatMessage &c : candidates) {
        if (c.id && c.stanzaId == id)
            m_store->retract(c.id);
    }
    return true;
}

void MucFeature::noteChatState(MucRoom &room, const QString &nick, MessageFeature::ChatState state)
{
    const bool composing = state == MessageFeature::ChatState::Composing;
    if (composing == room.typing.contains(nick))
        return;
    if (composing)
        room.typing.append(nick);
    else
        room.typing.removeAll(nick);
    Q_EMIT occupantChatStateChanged(room.jid, nick, state);
}

void MucFeature::setChatState(const Jid &roomJid, MessageFeature::ChatState state)
{
    MucRoom *r = roomOf(roomJid.bare());
    using S = MessageFeature::ChatState;
    // XEP-0085 5.5: no gone in rooms; inactive would be multicast to everyone for nothing.
    if (!r || !r->isJoined() || !m_sendStates || state == S::None || state == S::Gone
        || state == S::Inactive || r->ownChatState == int(state) || !client()
        || !client()->isConnected())
        return;
    if (state == S::Active && r->ownChatState == int(S::None))
        return; // nothing to take back
    r->ownChatState = int(state);
    Message m;
    m.to = r->jid;
    m.type = Message::Type::Groupchat;
    m.id = Client::newId();
    // XEP-0085 5.1: a standalone notification has nothing but the state.
    m.chatState = charla::ChatState{charla::ChatState::Kind(int(state) - 1)};
    client()->send(m.toElement());
}

bool MucFeature::handlePrivateMessage(MucRoom &room, const Element &stanza, const Message &m)
{
    // XEP-0045 7.5: a private message comes from the occupant's room JID; errors and
    // invitations are handled by the caller.
    Q_UNUSED(stanza)
    if (m.type != Message::Type::Chat && m.type != Message::Type::Normal)
        return false;
    if (!m.hasContent())
        return true;
    ChatMessage c = m.toChatMessage(false, m.delay ? m.delay->stamp : QDateTime::currentDateTimeUtc(),
                                    QString());
    c.chat = m.from.full(); // one conversation per occupant, apart from the room
    c.from = m.from.full();
    if (storeMessage(c))
        Q_EMIT privateMessageReceived(c);
    Q_UNUSED(room)
    return true;
}

bool MucFeature::handleInvitation(const Element &stanza, const Message &m)
{
    // A room relaying a mediated invitation may add a jabber:x:conference copy for older
    // clients (XEP-0045 7.8.2): muc#user decides first.
    const auto user = MucUser::fromStanza(stanza);
    if (user && (user->invite || user->decline)) {
        // XEP-0045 7.8.2: mediated invitations and declines come from the room's bare JID.
        if (!m.from.isBare() || !m.from.hasLocalpart())
            return true;
        if (user->invite) {
            Invitation inv;
            inv.room = m.from;
            inv.from = Jid::parse(user->invite->from);
            inv.reason = user->invite->reason.left(500);
            inv.password = user->password;
            Q_EMIT invitationReceived(inv);
        } else {
            Q_EMIT invitationDeclined(m.from, Jid::parse(user->decline->from),
                                      user->decline->reason.left(500));
        }
        return true;
    }
    const auto direct = DirectInvite::fromMessage(stanza);
    if (!direct)
        return false;
    // XEP-0249: from the inviter's own JID; the room address must be one.
    const Jid roomJid = Jid::parse(direct->room);
    if (!roomJid.isValid() || !roomJid.hasLocalpart() || !m.from.isValid())
        return true;
    Invitation inv;
    inv.room = roomJid.bare();
    inv.from = m.from;
    inv.reason = direct->reason.left(500);
    inv.password = direct->password;
    inv.direct = true;
    Q_EMIT invitationReceived(inv);
    return true;
}

// --- History from the room's archive (XEP-0313 with XEP-0045) ----------------------------------

void MucFeature::queryArchive(MucRoom &room, const QString &after)
{
    MamQuery q;
    q.queryId = Client::newId();
    q.rsm.max = kArchivePage;
    std::optional<ChatMessage> newest;
    if (m_store && after.isEmpty()) {
        const QList<ChatMessage> last = m_store->latest(room.jid.full(), 1);
        if (!last.isEmpty())
            newest = last.first();
    }
    room.mamForward = true;
    if (!after.isEmpty()) {
        q.rsm.after = after; // the next page of a catch-up
    } else if (newest && !newest->stanzaId.isEmpty()) {
        q.rsm.after = newest->stanzaId; // what we missed since the newest we have
    } else if (newest && newest->timestamp.isValid()) {
        q.start = newest->timestamp;
    } else {
        q.rsm.before = QString(); // XEP-0059 2.5: the newest page
        room.mamForward = false;
    }
    room.mamQueryId = q.queryId;
    room.mamPage.clear();
    const Jid jid = room.jid;
    client()->sendIq(q.toIq(jid.full()), this,
                     [this, jid](const IqResult &result) { finishArchiveQuery(jid, result); });
}

bool MucFeature::handleArchiveResult(MucRoom &room, const Element &stanza)
{
    const auto result = MamResult::fromMessage(stanza);
    // XEP-0313 4.2: only results of our open query of this room (the caller checked 'from').
    if (!result || room.mamQueryId.isEmpty() || result->queryId != room.mamQueryId)
        return true;
    const auto inner = Message::fromElement(result->forwarded.message);
    if (!inner || inner->type != Message::Type::Groupchat || !inner->from.bareEquals(room.jid))
        return true;
    if (!inner->hasContent() || inner->correction || inner->retraction || inner->reactions)
        return true;
    const QDateTime stamp = result->forwarded.delay ? result->forwarded.delay->stamp
                                                    : QDateTime::currentDateTimeUtc();
    std::optional<ChatMessage> c =
        roomMessage(room, result->forwarded.message, *inner, stamp, true);
    if (!c)
        return true;
    // XEP-0313 5.1.2: the archive id is the room's stanza-id of the message.
    c->stanzaId = result->id;
    room.mamPage.append(*c);
    return true;
}

void MucFeature::finishArchiveQuery(const Jid &jid, const IqResult &result)
{
    MucRoom *room = roomOf(jid);
    if (!room)
        return;
    room->mamQueryId.clear();
    const QList<ChatMessage> page = room->mamPage;
    room->mamPage.clear();
    if (!result.ok())
        qCInfo(lcMucMsg) << "archive query of" << jid << "failed:" << result.error.condition;
    const QString lastId = page.isEmpty() ? QString() : page.last().stanzaId;
    QList<ChatMessage> batch = page;
    const int added = storeBatch(batch);
    room = roomOf(jid); // a slot may have left the room
    if (!room)
        return;
    room->historyNew += added;
    if (!room)
        return;
    const auto fin =
        MamFin::fromElement(result.iq.firstChild(QStringLiteral("fin"), MamFin::Namespace));
    ++room->mamPages;
    // A catch-up (after=) pages forward until the archive says it is complete; the newest page
    // alone is enough for a room we never saw.
    if (result.ok() && room->mamForward && fin && !fin->complete && !lastId.isEmpty() &&
        room->mamPages < kArchiveMaxPages) {
        queryArchive(*room, lastId);
        return;
    }
    room->mamPages = 0;
    const int count = room->historyNew;
    room->historyNew = 0;
    Q_EMIT historyLoaded(jid, count);
}

bool MucFeature::storeMessage(ChatMessage &message)
{
    if (!m_store)
        return true;
    return m_store->add(message);
}

int MucFeature::storeBatch(QList<ChatMessage> &messages)
{
    if (messages.isEmpty())
        return 0;
    QSet<qint64> added;
    if (m_store) {
        // One transaction for the lot; messagesAdded() says which were new.
        const auto conn = connect(m_store, &HistoryStore::messagesAdded, this,
                                  [&added](const QString &, const QList<qint64> &ids) {
                                      for (qint64 id : ids)
                                          added.insert(id);
                                  });
        m_store->addBatch(messages);
        disconnect(conn);
    }
    int count = 0;
    for (const ChatMessage &c : std::as_const(messages)) {
        // remove(): a repeat within the batch shares its original's id and is not new.
        if (!m_store || added.remove(c.id)) {
            ++count;
            Q_EMIT messageReceived(c);
        }
    }
    return count;
}

int MucFeature::flushJoinHistory(MucRoom &room)
{
    QList<ChatMessage> batch;
    batch.swap(room.joinHistory);
    return storeBatch(batch);
}

// --- Sending ------------------------------------------------------------------------------------

ChatMessage MucFeature::sendText(const Jid &to, const QString &body, bool groupchat,
                                 MessageFeature::SendOptions options)
{
    const QString id = Client::newId();
    const QString chat = groupchat ? to.bare().full() : to.full();
    const MucRoom *r = room(to.bare());
    if (!options.replyToId.isEmpty()) {
        // XEP-0461 4: in a room the reply names the message by the room's stanza-id (its own
        // id MUST NOT be used) and its author by their room JID. In a private chat, the
        // message's own id (origin-id first) as for any chat.
        const auto original =
            m_store ? m_store->findByReference(chat, options.replyToId) : std::nullopt;
        if (original && groupchat && r && r->supportsStanzaIds && !original->stanzaId.isEmpty())
            options.replyToId = original->stanzaId;
        else if (original && !groupchat)
            options.replyToId = original->referenceId();
        else
            options.replyToId.clear(); // "cannot be replied to": the quote alone is sent
        options.replyToFrom = original ? original->from : QString();
        if (options.replyToId.isEmpty() && !options.replyQuote.isEmpty()) {
            // The quote stays, as the text a person would have quoted, without the reply.
            QString quote;
            for (const QString &line : options.replyQuote.split(QLatin1Char('\n')))
                quote += QStringLiteral("> ") + line + QLatin1Char('\n');
            options.replyQuote.clear();
            return sendText(to, quote + body, groupchat, options);
        }
    }
    Message m;
    m.to = to;
    m.type = groupchat ? Message::Type::Groupchat : Message::Type::Chat;
    m.id = id;
    m.originId = id; // XEP-0359: the reflection is recognised by it
    m.body = body;
    MessageFeature::addReplyAndLink(m, options);
    if (groupchat && r && m_sendStates && r->ownChatState != int(MessageFeature::ChatState::None)) {
        // XEP-0085 5.1: a message ends composing; only where we sent states before.
        m.chatState = charla::ChatState{charla::ChatState::Active};
        roomOf(r->jid)->ownChatState = int(MessageFeature::ChatState::Active);
    }
    Element e = m.toElement();
    if (!groupchat)
        e.addChild(QStringLiteral("x"), MucUser::Namespace); // XEP-0045 7.5
    ChatMessage c;
    c.chat = chat;
    c.direction = ChatMessage::Direction::Outgoing;
    c.from = r ? to.bare().withResource(r->nick).full() : to.full();
    c.body = body.isEmpty() ? options.oobUrl : body;
    c.timestamp = QDateTime::currentDateTimeUtc();
    c.messageId = id;
    c.originId = id;
    c.state = ChatMessage::State::Pending;
    c.replyToId = options.replyToId;
    c.replyToFrom = options.replyToFrom;
    c.replyQuote = options.replyQuote;
    c.oobUrl = options.oobUrl;
    c.oobDescription = options.oobDescription;
    if (m_store)
        m_store->add(c);
    const bool sent = client() && client()->isConnected() && client()->send(e);
    if (!sent) {
        c.state = ChatMessage::State::Failed;
        c.errorText = QCoreApplication::translate("charla::MucFeature",
                                                  "Not connected: the message was not sent.");
        if (m_store && c.id)
            m_store->setState(c.id, c.state, c.errorText);
    } else if (!groupchat && m_store && c.id) {
        m_store->setState(c.id, ChatMessage::State::Sent);
        c.state = ChatMessage::State::Sent;
    }
    return c;
}

ChatMessage MucFeature::sendMessage(const Jid &roomJid, const QString &body,
                                    const MessageFeature::SendOptions &options)
{
    return sendText(roomJid.bare(), body, true, options);
}

ChatMessage MucFeature::sendPrivateMessage(const Jid &occupant, const QString &body,
                                           const MessageFeature::SendOptions &options)
{
    return sendText(occupant, body, false, options);
}

std::optional<Message> MucFeature::roomEdit(qint64 id, ChatMessage *original) const
{
    if (!m_store || !client() || !client()->isConnected())
        return std::nullopt;
    const auto stored = m_store->message(id);
    if (!stored)
        return std::nullopt;
    const Jid roomJid = Jid::parse(stored->chat);
    if (!roomJid.resource().isEmpty() || !isJoined(roomJid))
        return std::nullopt;
    *original = *stored;
    Message m;
    m.to = roomJid;
    m.type = Message::Type::Groupchat;
    m.id = Client::newId();
    m.originId = m.id;
    return m;
}

bool MucFeature::correctMessage(qint64 id, const QString &newBody)
{
    ChatMessage original;
    auto m = roomEdit(id, &original);
    if (!m || !original.isOutgoing() || original.retracted || newBody.isEmpty()
        || original.state == ChatMessage::State::Pending
        || original.state == ChatMessage::State::Failed)
        return false;
    m->body = newBody;
    // XEP-0308 3: the id of the original stanza (ours: its id is its origin-id).
    m->correction = Correction{original.messageId.isEmpty() ? original.originId
                                                            : original.messageId};
    return client()->send(m->toElement());
}

bool MucFeature::retractMessage(qint64 id)
{
    ChatMessage original;
    auto m = roomEdit(id, &original);
    if (!m || !original.isOutgoing() || original.retracted)
        return false;
    // XEP-0424 in a room: the room's stanza-id; our origin-id where the room gave none (the
    // message is still found by it, HistoryStore::findByReference).
    m->retraction =
        Retraction{original.stanzaId.isEmpty() ? original.referenceId() : original.stanzaId};
    m->body = QCoreApplication::translate(
        "charla::MucFeature", "/me retracted a previous message, but your client does not support that.");
    m->fallbacks.append(Fallback{Retraction::Namespace, {}, true});
    return client()->send(m->toElement());
}

bool MucFeature::reactToMessage(qint64 id, const QStringList &emojis)
{
    ChatMessage original;
    auto m = roomEdit(id, &original);
    if (!m || original.retracted)
        return false;
    // XEP-0444 4.1: in a groupchat the message is named by the room's stanza-id.
    Reactions r;
    r.id = original.stanzaId.isEmpty() ? original.referenceId() : original.stanzaId;
    r.emojis = emojis;
    m->reactions = r;
    Element e = m->toElement();
    e.addChild(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"));
    return client()->send(e);
}

void MucFeature::setSubject(const Jid &roomJid, const QString &subject)
{
    // XEP-0045 8.1: a groupchat message with only a <subject/>.
    Element m(QStringLiteral("message"), kClientNs);
    m.setAttribute(QStringLiteral("to"), roomJid.bare().full());
    m.setAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
    m.setAttribute(QStringLiteral("id"), Client::newId());
    m.addChild(QStringLiteral("subject"), kClientNs).setText(subject);
    client()->send(m);
}

} // namespace charla
