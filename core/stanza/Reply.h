#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0461 message replies: <reply to='' id=''/> names the message this one answers.
struct Reply
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:reply:0");

    QString to; ///< the full (or bare) JID of the author of the message replied to; optional
    QString id; ///< the id of the message replied to

    /// nullopt unless @p e is <reply/> with an id (XEP-0461 4).
    static std::optional<Reply> fromElement(const Element &e);
    static std::optional<Reply> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Reply &o) const { return to == o.to && id == o.id; }
};

} // namespace charla
