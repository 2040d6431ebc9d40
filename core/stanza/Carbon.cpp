#include "stanza/Carbon.h"

namespace charla {

std::optional<Carbon> Carbon::fromElement(const Element &e)
{
    if (e.ns() != Namespace)
        return std::nullopt;
    Carbon c;
    if (e.name() == QLatin1String("sent"))
        c.kind = Sent;
    else if (e.name() == QLatin1String("received"))
        c.kind = Received;
    else
        return std::nullopt;
    const auto forwarded =
        Forwarded::fromElement(e.firstChild(QStringLiteral("forwarded"), Forwarded::Namespace));
    if (!forwarded)
        return std::nullopt;
    c.forwarded = *forwarded;
    return c;
}

std::optional<Carbon> Carbon::fromMessage(const Element &message)
{
    for (const Element &child : message.children()) {
        if (auto c = fromElement(child))
            return c;
    }
    return std::nullopt;
}

bool Carbon::isCarbon(const Element &message)
{
    return message.hasChild(QStringLiteral("sent"), Namespace) ||
           message.hasChild(QStringLiteral("received"), Namespace);
}

Element Carbon::toElement() const
{
    Element e(kind == Sent ? QStringLiteral("sent") : QStringLiteral("received"), Namespace);
    e.appendChild(forwarded.toElement());
    return e;
}

Element Carbon::enableIq()
{
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.addChild(QStringLiteral("enable"), Namespace);
    return iq;
}

Element Carbon::privateElement()
{
    return Element(QStringLiteral("private"), Namespace);
}

} // namespace charla
