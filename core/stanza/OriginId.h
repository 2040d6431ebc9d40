#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0359 origin-id: the id the sending client gave a message, kept by every server on the way (spoofable: it identifies, it does not authenticate).
struct OriginId
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:sid:0");

    QString id; ///< the origin id

    /// @p e is the <origin-id/> element itself; nullopt when it is not one or has no id.
    static std::optional<OriginId> fromElement(const Element &e);
    /// The <origin-id/> among @p message's direct children.
    static std::optional<OriginId> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const OriginId &o) const { return id == o.id; }
};

} // namespace charla
