#include "stanza/Receipt.h"

namespace charla {

std::optional<Receipt> Receipt::fromElement(const Element &e)
{
    if (e.ns() != Namespace)
        return std::nullopt;
    if (e.name() == QLatin1String("request"))
        return Receipt{Request, QString()};
    if (e.name() == QLatin1String("received")) {
        const QString id = e.attribute(QStringLiteral("id"));
        if (id.isEmpty())
            return std::nullopt;
        return Receipt{Received, id};
    }
    return std::nullopt;
}

std::optional<Receipt> Receipt::fromMessage(const Element &message)
{
    for (const Element &child : message.children()) {
        if (auto r = fromElement(child))
            return r;
    }
    return std::nullopt;
}

Element Receipt::toElement() const
{
    if (kind == Request)
        return Element(QStringLiteral("request"), Namespace);
    Element e(QStringLiteral("received"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
