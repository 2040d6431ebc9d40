#include "stanza/DirectInvite.h"

namespace charla {

std::optional<DirectInvite> DirectInvite::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("x") || e.ns() != Namespace)
        return std::nullopt;
    DirectInvite d;
    d.room = e.attribute(QStringLiteral("jid"));
    // XEP-0249 3: 'jid' is required.
    if (d.room.isEmpty())
        return std::nullopt;
    d.password = e.attribute(QStringLiteral("password"));
    d.reason = e.attribute(QStringLiteral("reason"));
    const QString cont = e.attribute(QStringLiteral("continue"));
    d.continues = cont == QLatin1String("true") || cont == QLatin1String("1");
    d.thread = e.attribute(QStringLiteral("thread"));
    return d;
}

std::optional<DirectInvite> DirectInvite::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("x"), Namespace));
}

Element DirectInvite::toElement() const
{
    Element e(QStringLiteral("x"), Namespace);
    e.setAttribute(QStringLiteral("jid"), room);
    if (!password.isEmpty())
        e.setAttribute(QStringLiteral("password"), password);
    if (!reason.isEmpty())
        e.setAttribute(QStringLiteral("reason"), reason);
    if (continues)
        e.setAttribute(QStringLiteral("continue"), QStringLiteral("true"));
    if (!thread.isEmpty())
        e.setAttribute(QStringLiteral("thread"), thread);
    return e;
}

} // namespace charla
