#include "stanza/OriginId.h"

namespace charla {

std::optional<OriginId> OriginId::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("origin-id") || e.ns() != Namespace)
        return std::nullopt;
    const QString id = e.attribute(QStringLiteral("id"));
    // XEP-0359 3.2: the id is required.
    if (id.isEmpty())
        return std::nullopt;
    return OriginId{id};
}

std::optional<OriginId> OriginId::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("origin-id"), Namespace));
}

Element OriginId::toElement() const
{
    Element e(QStringLiteral("origin-id"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
