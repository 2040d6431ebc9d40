#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0308 last message correction: <replace id=''/> says the message's body replaces the body of the message with that id (sent from the same full JID).
struct Correction
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:message-correct:0");

    QString id; ///< the id of the message corrected (its 'id' attribute, XEP-0308 3)

    /// @p e is the <replace/> element itself; nullopt when it is not one or has no id.
    static std::optional<Correction> fromElement(const Element &e);
    /// The <replace/> among @p message's direct children.
    static std::optional<Correction> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Correction &o) const { return id == o.id; }
};

} // namespace charla
