#include "stanza/Message.h"

#include <QCoreApplication>

namespace charla {

namespace {
const char *const kTypes[] = {"normal", "chat", "groupchat", "headline", "error"};
const auto kHintsNs = QStringLiteral("urn:xmpp:hints");
const auto kStylingNs = QStringLiteral("urn:xmpp:styling:0");
const auto kCarbonsNs = QStringLiteral("urn:xmpp:carbons:2");

bool readJid(const Element &e, const QString &attribute, Jid *jid)
{
    const QString text = e.attribute(attribute);
    if (text.isEmpty())
        return true;
    *jid = Jid::parse(text);
    return jid->isValid();
}
} // namespace

QString Message::typeName(Type type)
{
    return QString::fromLatin1(kTypes[int(type)]);
}

Message::Type Message::typeFromName(const QString &name)
{
    for (int i = 0; i <= int(Type::Error); ++i) {
        if (name == QLatin1String(kTypes[i]))
            return Type(i);
    }
    // RFC 6121 5.2.2: an absent or unknown type is treated as normal.
    return Type::Normal;
}

std::optional<Message> Message::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("message") || e.ns() != Namespace)
        return std::nullopt;
    Message m;
    if (!readJid(e, QStringLiteral("from"), &m.from) || !readJid(e, QStringLiteral("to"), &m.to))
        return std::nullopt;
    m.type = typeFromName(e.attribute(QStringLiteral("type")));
    m.id = e.attribute(QStringLiteral("id"));
    // RFC 6121 5.2.3: several bodies differ only by xml:lang; the one without a language (or
    // the first) is the message.
    const QList<Element> bodies = e.childrenNamed(QStringLiteral("body"), Namespace);
    for (const Element &b : bodies) {
        if (!b.hasAttribute(QStringLiteral("xml:lang"))) {
            m.body = b.text();
            break;
        }
    }
    if (m.body.isEmpty() && !bodies.isEmpty())
        m.body = bodies.first().text();
    m.thread = e.childText(QStringLiteral("thread"), Namespace);
    m.error = e.firstChild(QStringLiteral("error"), Namespace);

    for (const Element &child : e.children()) {
        const QString ns = child.ns();
        if (ns == ChatState::Namespace) {
            if (!m.chatState)
                m.chatState = ChatState::fromElement(child);
        } else if (ns == Receipt::Namespace) {
            if (const auto r = Receipt::fromElement(child)) {
                if (r->kind == Receipt::Request)
                    m.receiptRequest = true;
                else
                    m.receiptFor = r->id;
            }
        } else if (ns == Marker::Namespace) {
            if (const auto mk = Marker::fromElement(child)) {
                if (mk->kind == Marker::Markable)
                    m.markable = true;
                else if (!m.marker)
                    m.marker = mk;
            }
        } else if (ns == kStylingNs) {
            // XEP-0393 6: the sender asks for the body to be shown without styling.
            m.unstyled = m.unstyled || child.name() == QLatin1String("unstyled");
        } else if (ns == kHintsNs) {
            m.noStore = m.noStore || child.name() == QLatin1String("no-store");
            m.noCopy = m.noCopy || child.name() == QLatin1String("no-copy");
        } else if (ns == kCarbonsNs && child.name() == QLatin1String("private")) {
            m.noCopy = true;
        }
    }
    m.correction = Correction::fromMessage(e);
    m.retraction = Retraction::fromMessage(e);
    m.reactions = Reactions::fromMessage(e);
    m.reply = Reply::fromMessage(e);
    m.fallbacks = Fallback::allFromMessage(e);
    if (const auto origin = OriginId::fromMessage(e))
        m.originId = origin->id;
    m.stanzaIds = StanzaId::allFromMessage(e);
    m.delay = Delay::fromMessage(e);
    m.oob = Oob::fromMessage(e);
    return m;
}

Element Message::toElement() const
{
    Element e(QStringLiteral("message"), Namespace);
    if (from.isValid())
        e.setAttribute(QStringLiteral("from"), from.full());
    if (to.isValid())
        e.setAttribute(QStringLiteral("to"), to.full());
    if (type != Type::Normal)
        e.setAttribute(QStringLiteral("type"), typeName(type));
    if (!id.isEmpty())
        e.setAttribute(QStringLiteral("id"), id);
    if (!body.isEmpty())
        e.addChild(QStringLiteral("body"), Namespace).setText(body);
    if (!thread.isEmpty())
        e.addChild(QStringLiteral("thread"), Namespace).setText(thread);
    if (!error.isNull())
        e.appendChild(error);
    if (chatState)
        e.appendChild(chatState->toElement());
    if (receiptRequest)
        e.appendChild(Receipt{Receipt::Request, QString()}.toElement());
    if (!receiptFor.isEmpty())
        e.appendChild(Receipt{Receipt::Received, receiptFor}.toElement());
    if (markable)
        e.appendChild(Marker{Marker::Markable, QString()}.toElement());
    if (unstyled)
        e.appendChild(Element(QStringLiteral("unstyled"), kStylingNs));
    if (marker)
        e.appendChild(marker->toElement());
    if (correction)
        e.appendChild(correction->toElement());
    if (retraction)
        e.appendChild(retraction->toElement());
    if (reactions)
        e.appendChild(reactions->toElement());
    if (reply)
        e.appendChild(reply->toElement());
    for (const Fallback &f : fallbacks)
        e.appendChild(f.toElement());
    if (!originId.isEmpty())
        e.appendChild(OriginId{originId}.toElement());
    for (const StanzaId &s : stanzaIds)
        e.appendChild(s.toElement());
    if (delay)
        e.appendChild(delay->toElement());
    if (oob)
        e.appendChild(oob->toElement());
    if (noStore)
        e.addChild(QStringLiteral("no-store"), kHintsNs);
    if (noCopy)
        e.addChild(QStringLiteral("no-copy"), kHintsNs);
    return e;
}

QString Message::displayBody() const
{
    QString shown = body;
    if (reply)
        shown = Fallback::strip(shown, fallbacks, Reply::Namespace);
    if (retraction)
        shown = Fallback::strip(shown, fallbacks, Retraction::Namespace);
    return shown;
}

QString Message::stanzaIdBy(const QString &by) const
{
    for (const StanzaId &s : stanzaIds) {
        if (s.by == by)
            return s.id;
    }
    return QString();
}

QString Message::errorText() const
{
    QString condition;
    QString text;
    for (const Element &c : error.children()) {
        if (c.ns() != QLatin1String("urn:ietf:params:xml:ns:xmpp-stanzas"))
            continue;
        if (c.name() == QLatin1String("text"))
            text = c.text().trimmed();
        else if (condition.isEmpty())
            condition = c.name();
    }
    const QString who = from.bare().full();
    QString sentence;
    if (condition == QLatin1String("service-unavailable") ||
        condition == QLatin1String("recipient-unavailable") ||
        condition == QLatin1String("item-not-found")) {
        sentence = QCoreApplication::translate(
                       "charla::Message",
                       "%1 cannot receive this message: the address may not exist, or it does not "
                       "accept messages from you.")
                       .arg(who);
    } else if (condition == QLatin1String("remote-server-not-found") ||
               condition == QLatin1String("remote-server-timeout")) {
        sentence = QCoreApplication::translate(
                       "charla::Message",
                       "The server of %1 could not be reached; try again later.")
                       .arg(who);
    } else if (condition == QLatin1String("forbidden") ||
               condition == QLatin1String("not-allowed") ||
               condition == QLatin1String("policy-violation")) {
        sentence = QCoreApplication::translate("charla::Message",
                                               "The message to %1 was refused (%2).")
                       .arg(who, condition);
    } else {
        sentence = QCoreApplication::translate("charla::Message",
                                               "The message to %1 could not be delivered (%2).")
                       .arg(who, condition.isEmpty() ? QStringLiteral("undefined-condition")
                                                     : condition);
    }
    // The server's own words, if any, as plain text after ours.
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + text.left(500);
    return sentence;
}

ChatMessage Message::toChatMessage(bool outgoing, const QDateTime &timestamp,
                                   const QString &trustedBy) const
{
    ChatMessage c;
    c.direction = outgoing ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    c.chat = (outgoing ? to : from).bare().full();
    c.from = from.full();
    c.body = displayBody();
    c.timestamp = timestamp.toUTC();
    c.messageId = id;
    c.originId = originId;
    c.unstyled = unstyled;
    if (!trustedBy.isEmpty())
        c.stanzaId = stanzaIdBy(trustedBy);
    c.state = outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received;
    if (reply) {
        c.replyToId = reply->id;
        c.replyToFrom = reply->to;
        c.replyQuote = Fallback::fallbackText(body, fallbacks, Reply::Namespace);
    }
    if (oob) {
        c.oobUrl = oob->url;
        c.oobDescription = oob->description;
    }
    return c;
}

} // namespace charla
