#include "stanza/Reply.h"

namespace charla {

std::optional<Reply> Reply::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("reply") || e.ns() != Namespace)
        return std::nullopt;
    Reply r{e.attribute(QStringLiteral("to")), e.attribute(QStringLiteral("id"))};
    if (r.id.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<Reply> Reply::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("reply"), Namespace));
}

Element Reply::toElement() const
{
    Element e(QStringLiteral("reply"), Namespace);
    if (!to.isEmpty())
        e.setAttribute(QStringLiteral("to"), to);
    e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
