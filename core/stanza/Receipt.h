#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0184 message delivery receipts: a <request/> on a message, or a <received id=''/> that
/// confirms the message with that id arrived.
struct Receipt
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:receipts");
    enum Kind { Request, Received };

    Kind kind = Request;
    QString id; ///< Received: the id of the message confirmed

    /// nullopt when @p e is not a receipt element (or a <received/> without id, XEP-0184 5.1).
    static std::optional<Receipt> fromElement(const Element &e);
    static std::optional<Receipt> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Receipt &o) const { return kind == o.kind && id == o.id; }
};

} // namespace charla
