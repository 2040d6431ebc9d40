// MessageFeature, the sending half: new messages, retries, corrections, retractions, reactions,
// markers and our own chat states with their timing (XEP-0085 5).
#include "features/MessageFeature.h"

#include "stanza/Message.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QLoggingCategory>
#include <QTimer>

namespace charla {

Q_DECLARE_LOGGING_CATEGORY(lcMessage)

namespace {
const auto kHintsNs = QStringLiteral("urn:xmpp:hints");

/// "> line" for each line of @p quote (the XEP-0393 quote a reply's fallback carries).
QString quoted(const QString &quote)
{
    QString out;
    const QStringList lines = quote.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += QStringLiteral("> ") + line + QLatin1Char('\n');
    return out;
}
} // namespace

void MessageFeature::setChatStateTimeouts(int pausedMs, int inactiveMs)
{
    m_pausedMs = pausedMs;
    m_inactiveMs = inactiveMs;
}

void MessageFeature::addReplyAndLink(Message &m, const SendOptions &options)
{
    if (!options.replyToId.isEmpty()) {
        m.reply = Reply{options.replyToFrom, options.replyToId};
        if (!options.replyQuote.isEmpty()) {
            // XEP-0461 5 / XEP-0428: a quote for clients without replies, marked as fallback.
            const QString fallback = quoted(options.replyQuote);
            m.body = fallback + m.body;
            m.fallbacks.append(Fallback{Reply::Namespace,
                                        {Fallback::Range{0, Fallback::codePointCount(fallback)}},
                                        false});
        }
    }
    if (!options.oobUrl.isEmpty()) {
        m.oob = Oob{options.oobUrl, options.oobDescription};
        // XEP-0363 / XEP-0066: clients show the link when the body is exactly the URL.
        if (m.body.isEmpty())
            m.body = options.oobUrl;
    }
}

Element MessageFeature::buildOutgoing(const ChatMessage &message, const SendOptions &options) const
{
    Message m;
    m.to = Jid::parse(message.chat);
    m.type = Message::Type::Chat;
    m.id = message.messageId;
    // XEP-0359: the same value as origin-id, so peers that refer by either find the message.
    m.originId = message.originId;
    m.body = message.body;
    // XEP-0085 5.1: content messages carry <active/>; XEP-0184 / XEP-0333 ask for reports.
    if (m_sendStates)
        m.chatState = charla::ChatState{charla::ChatState::Active};
    m.receiptRequest = true;
    m.markable = true;
    addReplyAndLink(m, options);
    return m.toElement();
}

bool MessageFeature::transmit(ChatMessage &message, const Element &stanza)
{
    Session *session = client()->session();
    if (!client()->send(stanza)) {
        message.state = ChatMessage::State::Failed;
        message.errorText = tr("Charla is not connected, so the message was not sent. It will "
                               "be kept here; send it again once you are online.");
        m_store->setState(message.id, message.state, message.errorText);
        return false;
    }
    if (session->isEstablished() && !session->streamManagementEnabled()) {
        // Without XEP-0198 nothing will confirm it; written to the server is the best we know.
        message.state = ChatMessage::State::Sent;
        m_store->setState(message.id, message.state);
    } else {
        m_unacked.insert(message.messageId, message.id);
    }
    return true;
}

ChatMessage MessageFeature::send(const Jid &to, const QString &body, const SendOptions &options)
{
    ChatMessage c;
    c.direction = ChatMessage::Direction::Outgoing;
    c.chat = to.bare().full();
    // Our own address: the stored row must say who wrote it even when written offline (the
    // archive's copy is matched to it by origin-id and sender).
    c.from = client()->jid().isValid() ? client()->jid().full() : m_accountJid.full();
    c.body = body;
    c.timestamp = QDateTime::currentDateTimeUtc();
    c.messageId = Client::newId();
    c.originId = c.messageId;
    c.state = ChatMessage::State::Pending;
    c.replyToId = options.replyToId;
    c.replyToFrom = options.replyToFrom;
    c.replyQuote = options.replyQuote;
    c.oobUrl = options.oobUrl;
    c.oobDescription = options.oobDescription;
    if (c.body.isEmpty() && !c.oobUrl.isEmpty())
        c.body = c.oobUrl;
    // Stored before it leaves, so a crash cannot lose what the person wrote.
    m_store->add(c);
    Element stanza = buildOutgoing(c, options);
    if (to.isFull())
        stanza.setAttribute(QStringLiteral("to"), to.full());
    transmit(c, stanza);
    // Our state is "active" again: the message says so (XEP-0085 5.1).
    m_ownStates.insert(c.chat, ChatState::Active);
    armChatStateTimer(c.chat, ChatState::Active);
    return c;
}

bool MessageFeature::retry(qint64 id)
{
    auto c = m_store->message(id);
    if (!c || !c->isOutgoing() ||
        (c->state != ChatMessage::State::Failed && c->state != ChatMessage::State::Pending))
        return false;
    c->state = ChatMessage::State::Pending;
    c->errorText.clear();
    m_store->setState(id, ChatMessage::State::Pending);
    SendOptions options;
    options.replyToId = c->replyToId;
    options.replyToFrom = c->replyToFrom;
    options.replyQuote = c->replyQuote;
    options.oobUrl = c->oobUrl;
    options.oobDescription = c->oobDescription;
    // The same id and origin-id: the peer and the archives can tell it is the same message.
    return transmit(*c, buildOutgoing(*c, options));
}

bool MessageFeature::correct(qint64 id, const QString &newBody)
{
    const auto original = m_store->message(id);
    if (!original || !original->isOutgoing() || original->retracted || newBody.isEmpty())
        return false;
    Message m;
    m.to = Jid::parse(original->chat);
    m.type = Message::Type::Chat;
    m.id = Client::newId();
    m.originId = m.id;
    m.body = newBody;
    m.receiptRequest = true;
    // XEP-0308 3: the id of the original message, not of an earlier correction.
    m.correction = Correction{original->messageId.isEmpty() ? original->originId
                                                            : original->messageId};
    if (!client()->send(m.toElement()))
        return false;
    return m_store->correct(id, newBody);
}

bool MessageFeature::retract(qint64 id)
{
    const auto original = m_store->message(id);
    if (!original || !original->isOutgoing())
        return false;
    Message m;
    m.to = Jid::parse(original->chat);
    m.type = Message::Type::Chat;
    m.id = Client::newId();
    m.originId = m.id;
    // XEP-0424 4: the original's 'id'; a fallback body for clients without retraction, marked
    // as such (XEP-0428) and kept by archives (XEP-0334).
    m.retraction = Retraction{original->messageId.isEmpty() ? original->originId
                                                            : original->messageId};
    m.body = tr("/me retracted a previous message, but your client does not support that.");
    m.fallbacks.append(Fallback{Retraction::Namespace, {}, true});
    Element stanza = m.toElement();
    stanza.addChild(QStringLiteral("store"), kHintsNs);
    if (!client()->send(stanza))
        return false;
    return m_store->retract(id);
}

bool MessageFeature::react(qint64 id, const QStringList &emojis)
{
    const auto target = m_store->message(id);
    if (!target)
        return false;
    QStringList unique;
    for (const QString &e : emojis) {
        if (!e.isEmpty() && !unique.contains(e))
            unique.append(e);
    }
    Message m;
    m.to = Jid::parse(target->chat);
    m.type = Message::Type::Chat;
    m.id = Client::newId();
    // XEP-0444 3.2: the 'id' of the message reacted to (in a 1:1 chat).
    m.reactions = Reactions{target->messageId.isEmpty() ? target->originId : target->messageId,
                            unique};
    Element stanza = m.toElement();
    stanza.addChild(QStringLiteral("store"), kHintsNs);
    if (!client()->send(stanza))
        return false;
    return m_store->setReactions(id, ownBare(), unique);
}

void MessageFeature::markDisplayed(qint64 id)
{
    const auto target = m_store->message(id);
    if (!target || target->isOutgoing() || target->state == ChatMessage::State::Displayed)
        return;
    m_store->setState(id, ChatMessage::State::Displayed);
    const Jid peer = Jid::parse(target->from);
    // XEP-0333 4: markers only for peers that asked for them (markable), and, like receipts,
    // only to those who may see our presence (XEP-0184 8).
    if (!m_sendMarkers || !m_markerPeers.contains(target->chat) || !sharesPresenceWith(peer) ||
        !client() || !client()->isConnected())
        return;
    Message m;
    m.to = peer.bare();
    m.type = Message::Type::Chat;
    m.id = Client::newId();
    m.marker = Marker{Marker::Displayed, target->messageId.isEmpty() ? target->originId
                                                                     : target->messageId};
    Element stanza = m.toElement();
    stanza.addChild(QStringLiteral("store"), kHintsNs);
    client()->send(stanza);
}

void MessageFeature::setChatState(const Jid &to, ChatState state)
{
    const QString chat = to.bare().full();
    if (!to.isValid() || state == ChatState::None)
        return;
    const ChatState previous = m_ownStates.value(chat, ChatState::None);
    m_ownStates.insert(chat, state);
    armChatStateTimer(chat, state);
    if (previous == state)
        return; // XEP-0085 5.2: a state is sent once, not on every keystroke
    sendChatState(chat, state);
}

void MessageFeature::sendChatState(const QString &chat, ChatState state)
{
    // XEP-0085 5.1: standalone notifications only to peers that showed they understand them,
    // and only while the person lets Charla tell (privacy settings).
    if (!m_sendStates || !m_statePeers.contains(chat) || !client() || !client()->isConnected())
        return;
    Message m;
    m.to = Jid::parse(chat);
    m.type = Message::Type::Chat;
    m.id = Client::newId();
    m.chatState = charla::ChatState{charla::ChatState::Kind(int(state) - 1)};
    Element stanza = m.toElement();
    // XEP-0334: nothing to keep or to copy to our other devices later.
    stanza.addChild(QStringLiteral("no-store"), kHintsNs);
    client()->send(stanza);
}

void MessageFeature::armChatStateTimer(const QString &chat, ChatState state)
{
    QTimer *timer = m_stateTimers.value(chat);
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, chat] {
            // XEP-0085 5.2: composing without typing becomes paused; a chat left alone becomes
            // inactive.
            const ChatState now = m_ownStates.value(chat, ChatState::None);
            if (now == ChatState::Composing)
                setChatState(Jid::parse(chat), ChatState::Paused);
            else if (now == ChatState::Active || now == ChatState::Paused)
                setChatState(Jid::parse(chat), ChatState::Inactive);
        });
        m_stateTimers.insert(chat, timer);
    }
    switch (state) {
    case ChatState::Composing:
        timer->start(m_pausedMs);
        break;
    case ChatState::Active:
    case ChatState::Paused:
        timer->start(m_inactiveMs);
        break;
    default:
        timer->stop(); // inactive and gone change only when the person acts
        break;
    }
}

} // namespace charla
