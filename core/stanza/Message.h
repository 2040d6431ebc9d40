#pragma once

#include "stanza/ChatMessage.h"
#include "stanza/ChatState.h"
#include "stanza/Correction.h"
#include "stanza/Delay.h"
#include "stanza/Element.h"
#include "stanza/Fallback.h"
#include "stanza/Jid.h"
#include "stanza/Marker.h"
#include "stanza/Oob.h"
#include "stanza/OriginId.h"
#include "stanza/Reactions.h"
#include "stanza/Receipt.h"
#include "stanza/Reply.h"
#include "stanza/Retraction.h"
#include "stanza/StanzaId.h"

#include <QList>
#include <optional>

namespace charla {

/// A <message/> stanza (RFC 6121 5) as a value with the payloads Charla understands. Parsing
/// never trusts: it only reads. Which stanza-id may be believed, whether a correction comes from
/// the right sender, and so on, are decided by MessageFeature.
struct Message
{
    static inline const QString Namespace = QStringLiteral("jabber:client");
    enum class Type { Normal, Chat, Groupchat, Headline, Error };

    Jid from;
    Jid to;
    Type type = Type::Normal;
    QString id;
    QString body;   ///< as received, fallbacks included
    QString thread;
    Element error;  ///< the <error/> of a message error

    std::optional<ChatState> chatState;   ///< XEP-0085
    bool receiptRequest = false;          ///< XEP-0184 <request/>
    QString receiptFor;                   ///< XEP-0184 <received id=''/>
    bool markable = false;                ///< XEP-0333 <markable/>
    bool unstyled = false;                ///< XEP-0393 6: <unstyled/>, show the body as it is
    std::optional<Marker> marker;         ///< XEP-0333 received/displayed/acknowledged
    std::optional<Correction> correction; ///< XEP-0308
    std::optional<Retraction> retraction; ///< XEP-0424
    std::optional<Reactions> reactions;   ///< XEP-0444
    std::optional<Reply> reply;           ///< XEP-0461
    QList<Fallback> fallbacks;            ///< XEP-0428
    QString originId;                     ///< XEP-0359
    QList<StanzaId> stanzaIds;            ///< XEP-0359, untrusted as parsed
    std::optional<Delay> delay;           ///< XEP-0203
    std::optional<Oob> oob;               ///< XEP-0066
    bool noStore = false;                 ///< XEP-0334 <no-store/>
    bool noCopy = false;                  ///< XEP-0280 <private/> (or XEP-0334 <no-copy/>)

    /// Parses a <message/>; nullopt when @p e is not a message in jabber:client, or an address
    /// it carries is not a valid JID. A missing 'from' stays invalid (the own account).
    static std::optional<Message> fromElement(const Element &e);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }

    static QString typeName(Type type);
    static Type typeFromName(const QString &name);

    /// The body as shown: without the parts that are only fallback for a payload we render
    /// ourselves (XEP-0461 reply quotes, XEP-0424 retraction notices).
    QString displayBody() const;
    /// Something a person reads: a body or an attachment (a message with only a chat state,
    /// receipt or marker has none).
    bool hasContent() const { return !body.isEmpty() || oob.has_value(); }
    /// The stanza-id given by @p by (e.g. the account's bare JID), or empty.
    QString stanzaIdBy(const QString &by) const;
    /// The stanza error as a sentence for a person (the server's text when it gave one).
    QString errorText() const;

    /// The ChatMessage this message becomes. @p outgoing: the account sent it (chat is 'to');
    /// @p timestamp: when it was sent (the caller picks delay or arrival); @p trustedBy: the
    /// entity whose stanza-id is trusted (the account's bare JID when the server advertises
    /// urn:xmpp:sid:0), or empty to trust none.
    ChatMessage toChatMessage(bool outgoing, const QDateTime &timestamp,
                              const QString &trustedBy) const;
};

} // namespace charla
