#include "stanza/Retraction.h"

namespace charla {

std::optional<Retraction> Retraction::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("retract") || e.ns() != Namespace)
        return std::nullopt;
    const QString id = e.attribute(QStringLiteral("id"));
    // XEP-0424 (0.4) 4: the id is required.
    if (id.isEmpty())
        return std::nullopt;
    return Retraction{id};
}

std::optional<Retraction> Retraction::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("retract"), Namespace));
}

Element Retraction::toElement() const
{
    Element e(QStringLiteral("retract"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
