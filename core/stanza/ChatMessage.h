#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace charla {

/// One message of a conversation as Charla keeps and shows it: independent of XML (the codecs in
/// stanza/ make one from a <message/>, the HistoryStore keeps it, ConversationModel shows it).
struct ChatMessage
{
    enum class Direction { Incoming, Outgoing };
    /// Delivery state. Outgoing: Pending -> Sent (XEP-0198 ack) -> Delivered (XEP-0184) ->
    /// Displayed (XEP-0333), or Failed (errorText says why). Incoming messages are Received
    /// (or Displayed once the person saw them and a marker was sent).
    enum class State { Pending, Sent, Delivered, Displayed, Failed, Received };

    /// One reaction (XEP-0444): an emoji and who reacted with it (bare JIDs, or nicks in rooms).
    struct Reaction
    {
        QString emoji;
        QStringList senders;
        bool operator==(const Reaction &o) const { return emoji == o.emoji && senders == o.senders; }
    };

    qint64 id = 0;            ///< row id in the HistoryStore; 0 until stored
    QString chat;             ///< bare JID of the conversation (the peer; the room for group chat)
    Direction direction = Direction::Incoming;
    QString from;             ///< full JID of the sender (own full JID for outgoing messages)
    QString body;             ///< plain text as received; never interpreted as markup
    QDateTime timestamp;      ///< UTC; the original time for delayed messages (XEP-0203)
    QString messageId;        ///< the stanza's 'id' attribute
    QString originId;         ///< XEP-0359 origin-id
    QString stanzaId;         ///< XEP-0359 stanza-id, set only when trusted (by = own bare JID
                              ///< and the server advertises urn:xmpp:sid:0); otherwise empty
    State state = State::Received;
    QString errorText;        ///< why a Failed message failed, in words
    bool edited = false;      ///< corrected (XEP-0308); body is the newest text
    bool retracted = false;   ///< retracted (XEP-0424); body is emptied
    bool unstyled = false;    ///< XEP-0393 6: the sender asked for no styling
    QString replyToId;        ///< XEP-0461: id of the message replied to
    QString replyToFrom;      ///< XEP-0461: its sender
    QString replyQuote;       ///< the quoted text shown above the reply
    QString oobUrl;           ///< XEP-0066 / XEP-0363 attachment link
    QString oobDescription;
    QList<Reaction> reactions;
    QString occupantId;       ///< XEP-0421: the room's id of the sender (rooms that vouch for it)

    bool isOutgoing() const { return direction == Direction::Outgoing; }
    /// XEP-0245: a body starting with "/me ".
    bool isAction() const { return body.startsWith(QStringLiteral("/me ")); }
    /// The id other messages use to refer to this one (corrections, receipts, markers,
    /// reactions, replies): origin-id when given, else the stanza id.
    QString referenceId() const { return originId.isEmpty() ? messageId : originId; }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::ChatMessage)
Q_DECLARE_METATYPE(charla::ChatMessage::State)
