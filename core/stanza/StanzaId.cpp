#include "stanza/StanzaId.h"

namespace charla {

std::optional<StanzaId> StanzaId::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("stanza-id") || e.ns() != Namespace)
        return std::nullopt;
    StanzaId s{e.attribute(QStringLiteral("id")), e.attribute(QStringLiteral("by"))};
    // XEP-0359 3.1: both are required; an id without its 'by' could be anyone's.
    if (s.id.isEmpty() || s.by.isEmpty())
        return std::nullopt;
    return s;
}

QList<StanzaId> StanzaId::allFromMessage(const Element &message)
{
    QList<StanzaId> ids;
    for (const Element &child : message.childrenNamed(QStringLiteral("stanza-id"), Namespace)) {
        if (auto s = fromElement(child))
            ids.append(*s);
    }
    return ids;
}

Element StanzaId::toElement() const
{
    Element e(QStringLiteral("stanza-id"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    e.setAttribute(QStringLiteral("by"), by);
    return e;
}

} // namespace charla
