#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0333 chat markers: <markable/> on a message, or <received/>, <displayed/>,
/// <acknowledged/> naming the message (by its id) up to which the reader got.
struct Marker
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:chat-markers:0");
    enum Kind { Markable, Received, Displayed, Acknowledged };

    Kind kind = Markable;
    QString id; ///< the marked message (not for Markable)

    static std::optional<Marker> fromElement(const Element &e);
    static std::optional<Marker> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Marker &o) const { return kind == o.kind && id == o.id; }
};

} // namespace charla
