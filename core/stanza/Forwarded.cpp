#include "stanza/Forwarded.h"

namespace charla {

std::optional<Forwarded> Forwarded::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("forwarded") || e.ns() != Namespace)
        return std::nullopt;
    Forwarded f;
    f.message = e.firstChild(QStringLiteral("message"), QStringLiteral("jabber:client"));
    if (f.message.isNull())
        return std::nullopt;
    f.delay = Delay::fromMessage(e);
    return f;
}

Element Forwarded::toElement() const
{
    Element e(QStringLiteral("forwarded"), Namespace);
    if (delay)
        e.appendChild(delay->toElement());
    e.appendChild(message);
    return e;
}

} // namespace charla
