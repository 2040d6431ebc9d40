#include "stanza/Correction.h"

namespace charla {

std::optional<Correction> Correction::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("replace") || e.ns() != Namespace)
        return std::nullopt;
    const QString id = e.attribute(QStringLiteral("id"));
    // XEP-0308 2: the id is required.
    if (id.isEmpty())
        return std::nullopt;
    return Correction{id};
}

std::optional<Correction> Correction::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("replace"), Namespace));
}

Element Correction::toElement() const
{
    Element e(QStringLiteral("replace"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
