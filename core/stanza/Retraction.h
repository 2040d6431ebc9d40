#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0424 message retraction (urn:xmpp:message-retract:1, version 0.4): <retract id=''/> asks to retract the sender's message with that id.
struct Retraction
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:message-retract:1");

    QString id; ///< the id of the retracted message (its 'id' attribute; the stanza-id in group chats)

    /// @p e is the <retract/> element itself; nullopt when it is not one or has no id.
    static std::optional<Retraction> fromElement(const Element &e);
    /// The <retract/> among @p message's direct children.
    static std::optional<Retraction> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Retraction &o) const { return id == o.id; }
};

} // namespace charla
