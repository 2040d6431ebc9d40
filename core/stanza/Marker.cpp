#include "stanza/Marker.h"

namespace charla {

namespace {
const char *const kNames[] = {"markable", "received", "displayed", "acknowledged"};
}

std::optional<Marker> Marker::fromElement(const Element &e)
{
    if (e.ns() != Namespace)
        return std::nullopt;
    for (int i = 0; i <= int(Acknowledged); ++i) {
        if (e.name() != QLatin1String(kNames[i]))
            continue;
        const QString id = e.attribute(QStringLiteral("id"));
        // XEP-0333 3: every marker but <markable/> names the message it marks.
        if (i != Markable && id.isEmpty())
            return std::nullopt;
        return Marker{Kind(i), i == Markable ? QString() : id};
    }
    return std::nullopt;
}

std::optional<Marker> Marker::fromMessage(const Element &message)
{
    for (const Element &child : message.children()) {
        if (auto m = fromElement(child))
            return m;
    }
    return std::nullopt;
}

Element Marker::toElement() const
{
    Element e(QString::fromLatin1(kNames[int(kind)]), Namespace);
    if (kind != Markable)
        e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
