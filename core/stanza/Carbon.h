#pragma once

#include "stanza/Element.h"
#include "stanza/Forwarded.h"

#include <optional>

namespace charla {

/// XEP-0280 message carbons: a <sent/> or <received/> wrapper around a forwarded copy of a
/// message another resource of the account sent or received. Whether it may be believed (outer
/// 'from' is the account's bare JID, XEP-0280 11) is the receiver's check, not the codec's.
struct Carbon
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:carbons:2");
    enum Kind { Sent, Received };

    Kind kind = Received;
    Forwarded forwarded;

    /// nullopt unless @p e is <sent/> or <received/> with a valid <forwarded/>.
    static std::optional<Carbon> fromElement(const Element &e);
    /// The carbon wrapper among @p message's children.
    static std::optional<Carbon> fromMessage(const Element &message);
    /// Whether @p message carries a carbon wrapper at all (valid or not).
    static bool isCarbon(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Carbon &o) const { return kind == o.kind && forwarded == o.forwarded; }

    /// The <iq type='set'><enable/></iq> that turns carbons on (XEP-0280 5).
    static Element enableIq();
    /// XEP-0280 7: <private/> asks the server not to copy this message to other resources.
    static Element privateElement();
};

} // namespace charla
