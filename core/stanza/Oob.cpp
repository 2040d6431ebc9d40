#include "stanza/Oob.h"

namespace charla {

std::optional<Oob> Oob::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("x") || e.ns() != Namespace)
        return std::nullopt;
    Oob o{e.childText(QStringLiteral("url"), Namespace).trimmed(),
          e.childText(QStringLiteral("desc"), Namespace)};
    if (o.url.isEmpty())
        return std::nullopt;
    return o;
}

std::optional<Oob> Oob::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("x"), Namespace));
}

Element Oob::toElement() const
{
    Element e(QStringLiteral("x"), Namespace);
    e.addChild(QStringLiteral("url"), Namespace).setText(url);
    if (!description.isEmpty())
        e.addChild(QStringLiteral("desc"), Namespace).setText(description);
    return e;
}

} // namespace charla
