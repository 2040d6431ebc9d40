#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0066 out-of-band data on a message (<x xmlns='jabber:x:oob'>): a link to a file, e.g. one
/// uploaded with XEP-0363.
struct Oob
{
    static inline const QString Namespace = QStringLiteral("jabber:x:oob");

    QString url;
    QString description;

    /// nullopt unless @p e is <x xmlns='jabber:x:oob'/> with a non-empty <url/>.
    static std::optional<Oob> fromElement(const Element &e);
    static std::optional<Oob> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Oob &o) const { return url == o.url && description == o.description; }
};

} // namespace charla
