#include "stanza/MamResult.h"

namespace charla {

std::optional<MamResult> MamResult::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("result") || e.ns() != Namespace)
        return std::nullopt;
    MamResult r;
    r.queryId = e.attribute(QStringLiteral("queryid"));
    r.id = e.attribute(QStringLiteral("id"));
    const auto forwarded =
        Forwarded::fromElement(e.firstChild(QStringLiteral("forwarded"), Forwarded::Namespace));
    if (r.id.isEmpty() || !forwarded)
        return std::nullopt;
    r.forwarded = *forwarded;
    return r;
}

std::optional<MamResult> MamResult::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("result"), Namespace));
}

bool MamResult::isResult(const Element &message)
{
    return message.hasChild(QStringLiteral("result"), Namespace);
}

Element MamResult::toElement() const
{
    Element e(QStringLiteral("result"), Namespace);
    if (!queryId.isEmpty())
        e.setAttribute(QStringLiteral("queryid"), queryId);
    e.setAttribute(QStringLiteral("id"), id);
    e.appendChild(forwarded.toElement());
    return e;
}

} // namespace charla
