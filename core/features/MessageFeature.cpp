#include "features/MessageFeature.h"

#include "features/CoreFeatures.h"
#include "features/RosterFeature.h"
#include "stanza/Carbon.h"
#include "stanza/DiscoInfo.h"
#include "stanza/MamResult.h"
#include "stanza/Message.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QLoggingCategory>
#include <QTimer>

namespace charla {

Q_LOGGING_CATEGORY(lcMessage, "charla.message")

namespace {
/// A delay (XEP-0203) shorter than this on a live message is the link's, not the message's.
constexpr qint64 kShortDelaySecs = 60;
} // namespace

MessageFeature::MessageFeature(HistoryStore *store, QObject *parent)
    : Feature(parent), m_store(store)
{
}

QStringList MessageFeature::discoFeatures() const
{
    return {charla::ChatState::Namespace, Receipt::Namespace,  Marker::Namespace,
            Correction::Namespace,  Retraction::Namespace, Reactions::Namespace,
            Reply::Namespace,       Oob::Namespace};
}

QString MessageFeature::ownBare() const
{
    if (client() && client()->jid().isValid())
        return client()->jid().bare().full();
    return m_accountJid.full();
}

void MessageFeature::sessionStarted(bool resumed)
{
    if (!m_ackConnected) {
        connect(client()->session(), &Session::messageAcknowledged, this,
                &MessageFeature::onAcknowledged);
        m_ackConnected = true;
    }
    // See handleStanza(): what a resumed stream replays goes after what came before.
    m_resumeFloor = resumed ? m_newestLive : QDateTime();
    m_sessionFloor = m_newestLive;
    m_sessionStart = QDateTime::currentDateTimeUtc();
    m_firstUndelayed = QDateTime();
    if (resumed)
        return; // XEP-0198: the session, its peers' states and the server's features are kept
    // Peers' states are from the last session; they may have changed meanwhile.
    m_peerStates.clear();
    checkStanzaIdSupport();
}

void MessageFeature::sessionEnded()
{
    for (auto it = m_peerStates.cbegin(); it != m_peerStates.cend(); ++it)
        Q_EMIT chatStateChanged(Jid::parse(it.key()), ChatState::None);
    m_peerStates.clear();
    for (QTimer *t : std::as_const(m_stateTimers))
        t->stop();
}

void MessageFeature::checkStanzaIdSupport()
{
    // XEP-0359 6: a stanza-id is only unspoofable when its 'by' (our archive: the bare JID)
    // advertises urn:xmpp:sid:0. Until the answer comes nothing is trusted.
    m_sidTrusted = false;
    const QString bare = ownBare();
    sendGet<DiscoInfo>(*client(), bare, Element(QStringLiteral("query"), DiscoInfo::Namespace), this,
                       &DiscoInfo::fromQuery, [this](const DiscoInfo &info, const Error &error) {
                           const bool trusted =
                               !error.isError() && info.hasFeature(StanzaId::Namespace);
                           m_sidTrusted = trusted;
                           qCDebug(lcMessage) << "server stanza-ids trusted:" << trusted;
                           Q_EMIT stanzaIdTrustChanged(trusted);
                       });
}

bool MessageFeature::sharesPresenceWith(const Jid &jid) const
{
    if (!jid.isValid())
        return false;
    if (jid.bare().full() == ownBare())
        return true;
    const RosterFeature *roster = client() ? client()->feature<RosterFeature>() : nullptr;
    if (!roster || !roster->contains(jid))
        return false;
    const auto sub = roster->item(jid).subscription;
    return sub == RosterItem::Subscription::From || sub == RosterItem::Subscription::Both;
}

MessageFeature::ChatState MessageFeature::peerChatState(const Jid &chat) const
{
    return m_peerStates.value(chat.bare().full(), ChatState::None);
}

bool MessageFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("message"))
        return false;
    // Wrapped copies are only ever believed by their own features after their checks
    // (XEP-0280 11, XEP-0313 5): here they are dropped, never read as a message of the sender.
    if (Carbon::isCarbon(stanza) || MamResult::isResult(stanza)) {
        qCDebug(lcMessage) << "dropping an unchecked carbon or archive result from"
                           << stanza.attribute(QStringLiteral("from"));
        return true;
    }
    const auto m = Message::fromElement(stanza);
    if (!m)
        return false;
    if (m->type == Message::Type::Error) {
        handleError(*m);
        return true;
    }
    if (m->type != Message::Type::Chat && m->type != Message::Type::Normal)
        return false; // group chat and headlines are other features' business
    const bool ours = m->hasContent() || m->chatState || m->receiptRequest ||
                      !m->receiptFor.isEmpty() || m->marker || m->correction || m->retraction ||
                      m->reactions;
    if (!ours)
        return false;
    if (!m->from.isValid())
        return true; // RFC 6120 8.1.2.1: no 'from' is the account's server, not a chat partner
    Origin origin;
    origin.live = true;
    // A message from the own bare JID to ourselves is still incoming ("note to self").
    origin.outgoing = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m->delay) {
        // XEP-0203: offline and delayed messages keep their original time, unless held for
        // moments only. A server stamps what it held (a resumed stream's replay, XEP-0198 5;
        // what a lost session left, given back as offline messages) with whole seconds, and
        // everything else on the stream is stamped on arrival, a moment after the server's
        // clock: a delay of seconds would put it before what came earlier, and level with what
        // an archive catch-up stores meanwhile for the same second. Held briefly, the stream's
        // order counts (stamped on arrival like the rest), with one exception: what was held
        // since before this session goes before everything this session brought undelayed. A
        // new session gets messages for its resource from the moment it is bound, but what
        // the server kept for the lost one only after the initial presence (Prosody 0.12: the
        // offline messages), though those are older. Held long, its time counts, and a replay
        // still goes after what the stream brought before the break. Only with an origin-id,
        // which deduplicates whatever the stamp says.
        origin.stamp = m->delay->stamp;
        if (!m->originId.isEmpty()) {
            if (origin.stamp.secsTo(now) < kShortDelaySecs) {
                const bool heldFromBefore = origin.stamp <= m_sessionStart;
                origin.stamp = now;
                if (heldFromBefore && m_firstUndelayed.isValid() && now >= m_firstUndelayed)
                    origin.stamp = m_firstUndelayed.addMSecs(-1);
                if (m_sessionFloor.isValid() && origin.stamp < m_sessionFloor)
                    origin.stamp = m_sessionFloor;
            } else if (m_resumeFloor.isValid() && origin.stamp < m_resumeFloor) {
                origin.stamp = m_resumeFloor;
            }
        }
    } else {
        origin.stamp = now;
        if (!m_firstUndelayed.isValid())
            m_firstUndelayed = now;
        m_resumeFloor = QDateTime(); // the server's replay is over: live traffic again
    }
    // Stored here, synchronously: the session acknowledges the stanza (XEP-0198) only after
    // this returns, so nothing acknowledged is lost if Charla dies a moment later.
    process(*m, origin, nullptr);
    if (m->receiptRequest)
        answerReceipt(*m);
    return true;
}

std::optional<ChatMessage> MessageFeature::processForwarded(const Element &forwarded,
                                                            const QDateTime &delayStamp,
                                                            const QString &archiveId,
                                                            bool outgoing, bool fromArchive)
{
    const auto m = Message::fromElement(forwarded);
    if (!m || m->type == Message::Type::Error || m->type == Message::Type::Groupchat ||
        m->type == Message::Type::Headline)
        return std::nullopt;
    Origin origin;
    origin.outgoing = outgoing;
    origin.fromArchive = fromArchive;
    origin.archiveId = archiveId;
    // The inner <delay/> is the original time (offline storage); the forwarding one is when
    // the server copied or archived it, the next best.
    origin.stamp = m->delay ? m->delay->stamp
                            : (delayStamp.isValid() ? delayStamp.toUTC()
                                                    : QDateTime::currentDateTimeUtc());
    return process(*m, origin, nullptr);
}

int MessageFeature::processArchived(const QList<Archived> &items, bool catchUp,
                                    bool olderThanStored, QDateTime *floor)
{
    QList<ChatMessage> batch;
    // One placement for the whole page, across the batches the edits split it into.
    std::optional<HistoryStore::OlderPage> older;
    if (olderThanStored)
        older.emplace(int(items.size()));
    HistoryStore::OlderPage *page = older ? &*older : nullptr;
    int added = 0;
    const QString own = ownBare();
    for (const Archived &item : items) {
        const auto m = Message::fromElement(item.message);
        if (!m || m->type == Message::Type::Error || m->type == Message::Type::Groupchat ||
            m->type == Message::Type::Headline)
            continue;
        Origin origin;
        origin.fromArchive = true;
        origin.outgoing = m->from.isValid() && m->from.bare().full() == own &&
                          !(m->to.isValid() && m->to.bare().full() == own);
        origin.archiveId = item.archiveId;
        origin.stamp = m->delay ? m->delay->stamp
                                : (item.delayStamp.isValid() ? item.delayStamp.toUTC()
                                                             : QDateTime::currentDateTimeUtc());
        if (!m->from.isValid())
            continue;
        // Archive order is the true order: a stamp of whole seconds must not put a message
        // before one that came earlier (live, stamped on arrival). Only with an origin-id,
        // which deduplicates whatever the stamp says.
        if (floor && !m->originId.isEmpty()) {
            const Jid peer = origin.outgoing ? m->to : m->from;
            const auto stored =
                m_store->findByReference(peer.bare().full(), m->originId, m->from.bare().full());
            if (stored && (!floor->isValid() || stored->timestamp > *floor))
                *floor = stored->timestamp;
            else if (!stored && floor->isValid() && origin.stamp < *floor)
                origin.stamp = *floor;
        }
        // Edits refer to messages that may still sit in the batch: store those first.
        if (!m->hasContent() || m->correction || m->retraction || m->reactions)
            added += flushBatch(&batch, page);
        const bool answer = catchUp && !origin.outgoing && m->receiptRequest && m->hasContent() &&
                            !m->correction && !isStored(*m);
        process(*m, origin, &batch);
        if (answer)
            answerReceipt(*m);
    }
    added += flushBatch(&batch, page);
    return added;
}

bool MessageFeature::isStored(const Message &m) const
{
    const QString ref = m.originId.isEmpty() ? m.id : m.originId;
    return !ref.isEmpty() && m_store->findByReference(m.from.bare().full(), ref, m.from.bare().full());
}

int MessageFeature::flushBatch(QList<ChatMessage> *batch, HistoryStore::OlderPage *olderPage)
{
    if (batch->isEmpty())
        return 0;
    const int added = m_store->addBatch(*batch, olderPage);
    batch->clear();
    return added;
}

std::optional<ChatMessage> MessageFeature::process(const Message &m, const Origin &origin,
                                                   QList<ChatMessage> *batch)
{
    const Jid peer = origin.outgoing ? m.to : m.from;
    if (!peer.isValid())
        return std::nullopt;
    const QString chat = peer.bare().full();

    if (origin.live && !origin.outgoing)
        handlePeerChatState(m, chat);
    applyDeliveryReport(m, origin, chat);

    std::optional<ChatMessage> result;
    if (applyEdit(m, origin, chat, &result))
        return result;
    if (!m.hasContent())
        return std::nullopt;

    // XEP-0359: the server's stanza-id is taken only from our own archive, and only once the
    // server said it follows XEP-0359 (else anyone could pick ids that collide with ours).
    const QString trustedBy = m_sidTrusted ? ownBare() : QString();
    ChatMessage c = m.toChatMessage(origin.outgoing, origin.stamp, trustedBy);
    if (!origin.archiveId.isEmpty())
        c.stanzaId = origin.archiveId;
    if (m.markable && !origin.outgoing)
        m_markerPeers.insert(chat);
    if (!c.replyToId.isEmpty()) {
        // XEP-0461 6: show the message replied to when we have it, else the sender's quote.
        if (const auto quoted = m_store->findByReference(chat, c.replyToId))
            c.replyQuote = quoted->body;
    }
    if (batch) {
        batch->append(c);
        return c;
    }
    const bool fresh = m_store->add(c);
    if (fresh && !origin.outgoing && !origin.fromArchive) {
        if (!m_newestLive.isValid() || c.timestamp > m_newestLive)
            m_newestLive = c.timestamp;
        Q_EMIT messageReceived(c);
    }
    return c;
}

bool MessageFeature::applyEdit(const Message &m, const Origin &origin, const QString &chat,
                               std::optional<ChatMessage> *result)
{
    const QString senderBare = origin.outgoing ? ownBare() : m.from.bare().full();
    if (m.correction && m.hasContent()) {
        const auto original = m_store->findByReference(chat, m.correction->id);
        if (!original) {
            // Unknown original (older than what we have): keep the text as a message of its
            // own rather than lose it.
            return false;
        }
        // XEP-0308 5: a correction is only valid from the same full JID that sent the original;
        // that also limits it to the sender's own messages.
        // Our own corrections (a carbon or the archive) are authenticated by our server; any
        // resource of ours may have sent them in an earlier session.
        const bool allowed = origin.outgoing ? original->isOutgoing()
                                             : original->from == m.from.full();
        if (!allowed) {
            qCWarning(lcMessage) << "refusing a correction from" << m.from.full()
                                 << "of a message from" << original->from;
            Q_EMIT refused(chat, tr("A correction from %1 was ignored: only the sender of a "
                                    "message can correct it, from the same device.")
                                     .arg(m.from.full()));
            return true;
        }
        if (m_store->correct(original->id, m.displayBody()))
            *result = m_store->message(original->id);
        return true;
    }
    if (m.retraction) {
        const auto original = m_store->findByReference(chat, m.retraction->id);
        if (!original)
            return true; // nothing to retract (here); the fallback body is not a message
        // XEP-0424 7: only the original sender may retract.
        if (Jid::parse(original->from).bare().full() != senderBare) {
            qCWarning(lcMessage) << "refusing a retraction from" << m.from.full();
            Q_EMIT refused(chat, tr("A retraction from %1 was ignored: only the sender of a "
                                    "message can retract it.")
                                     .arg(m.from.full()));
            return true;
        }
        if (m_store->retract(original->id))
            *result = m_store->message(original->id);
        return true;
    }
    if (m.reactions) {
        const auto target = m_store->findByReference(chat, m.reactions->id);
        if (!target) {
            qCDebug(lcMessage) << "reactions to an unknown message in" << chat;
            return true;
        }
        if (m_store->setReactions(target->id, senderBare, m.reactions->emojis))
            *result = m_store->message(target->id);
        // XEP-0444 3.2: a fallback body (if any) is not a message of its own.
        return true;
    }
    Q_UNUSED(origin)
    return false;
}

void MessageFeature::applyDeliveryReport(const Message &m, const Origin &origin,
                                         const QString &chat)
{
    QString ref;
    ChatMessage::State state = ChatMessage::State::Delivered;
    if (!m.receiptFor.isEmpty()) {
        ref = m.receiptFor;
    } else if (m.marker && m.marker->kind != Marker::Markable) {
        ref = m.marker->id;
        state = m.marker->kind == Marker::Received ? ChatMessage::State::Delivered
                                                   : ChatMessage::State::Displayed;
    }
    if (ref.isEmpty())
        return;
    const auto target = m_store->findByReference(chat, ref);
    if (!target)
        return;
    if (!origin.outgoing && target->isOutgoing()) {
        // The peer confirms our message (XEP-0184 / XEP-0333).
        m_store->setState(target->id, state);
    } else if (origin.outgoing && !target->isOutgoing() &&
               state == ChatMessage::State::Displayed) {
        // Our other device showed the peer's message (a carbon of our own marker): read here too.
        m_store->setState(target->id, ChatMessage::State::Displayed);
    }
}

void MessageFeature::handleError(const Message &m)
{
    // An error never becomes a chat row: it only marks the message it bounces as Failed.
    if (m.id.isEmpty() || !m.from.isValid())
        return;
    const auto target = m_store->findByReference(m.from.bare().full(), m.id);
    if (!target || !target->isOutgoing())
        return;
    m_unacked.remove(m.id);
    qCDebug(lcMessage) << "message" << m.id << "bounced from" << m.from.full();
    m_store->setState(target->id, ChatMessage::State::Failed, m.errorText());
}

void MessageFeature::handlePeerChatState(const Message &m, const QString &chat)
{
    ChatState state = ChatState::None;
    if (m.chatState) {
        m_statePeers.insert(chat);
        state = ChatState(int(m.chatState->kind) + 1); // same order, after None
    } else if (m.hasContent()) {
        state = ChatState::None; // a message without a state ends "typing…"
    } else {
        return;
    }
    if (m_peerStates.value(chat, ChatState::None) == state)
        return;
    if (state == ChatState::None)
        m_peerStates.remove(chat);
    else
        m_peerStates.insert(chat, state);
    Q_EMIT chatStateChanged(Jid::parse(chat), state);
}

void MessageFeature::answerReceipt(const Message &m)
{
    // XEP-0184 5.4: never for errors or group chat, and only with an id to confirm.
    if (m.id.isEmpty() || m.type == Message::Type::Groupchat || m.type == Message::Type::Error)
        return;
    // XEP-0184 8: a receipt tells the sender we are online; only those who may see our
    // presence get one.
    if (!sharesPresenceWith(m.from)) {
        qCDebug(lcMessage) << "no receipt for" << m.from.full() << "(no presence subscription)";
        return;
    }
    Message receipt;
    receipt.to = m.from;
    receipt.type = m.type;
    receipt.id = Client::newId();
    receipt.receiptFor = m.id;
    client()->send(receipt.toElement());
}

void MessageFeature::onAcknowledged(const QString &id)
{
    const auto it = m_unacked.constFind(id);
    if (it == m_unacked.cend())
        return;
    const qint64 row = it.value();
    m_unacked.erase(it);
    // XEP-0198: the server has it; Sent never overrides Delivered (the store moves forward only).
    m_store->setState(row, ChatMessage::State::Sent);
}

} // namespace charla
