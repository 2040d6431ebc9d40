#pragma once

#include "stanza/Delay.h"
#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0297 stanza forwarding: <forwarded> holding a <delay/> and the original <message/>, as
/// carbons (XEP-0280) and archive results (XEP-0313) carry it.
struct Forwarded
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:forward:0");

    Element message;            ///< the inner <message/> (jabber:client)
    std::optional<Delay> delay; ///< when it was originally sent or archived

    /// nullopt unless @p e is <forwarded/> holding a <message/> in jabber:client.
    static std::optional<Forwarded> fromElement(const Element &e);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Forwarded &o) const { return message == o.message && delay == o.delay; }
};

} // namespace charla
