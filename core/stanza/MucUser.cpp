#include "stanza/MucUser.h"

namespace charla {

namespace {
std::optional<MucUser::Invite> readInvite(const Element &e)
{
    if (e.isNull())
        return std::nullopt;
    MucUser::Invite invite;
    invite.from = e.attribute(QStringLiteral("from"));
    invite.to = e.attribute(QStringLiteral("to"));
    invite.reason = e.childText(QStringLiteral("reason"), MucUser::Namespace);
    return invite;
}

void writeInvite(Element &x, const QString &name, const MucUser::Invite &invite)
{
    Element &e = x.addChild(name, MucUser::Namespace);
    if (!invite.from.isEmpty())
        e.setAttribute(QStringLiteral("from"), invite.from);
    if (!invite.to.isEmpty())
        e.setAttribute(QStringLiteral("to"), invite.to);
    if (!invite.reason.isEmpty())
        e.addChild(QStringLiteral("reason"), MucUser::Namespace).setText(invite.reason);
}
} // namespace

std::optional<MucUser> MucUser::fromElement(const Element &x)
{
    if (x.name() != QLatin1String("x") || x.ns() != Namespace)
        return std::nullopt;
    MucUser u;
    for (const Element &child : x.children()) {
        if (child.ns() != Namespace)
            continue;
        const QString name = child.name();
        if (name == QLatin1String("item")) {
            if (!u.item)
                u.item = MucItem::fromElement(child);
        } else if (name == QLatin1String("status")) {
            bool ok = false;
            const int code = child.attribute(QStringLiteral("code")).toInt(&ok);
            // XEP-0045 15.6.2: codes are three digits.
            if (ok && code >= 100 && code <= 999 && !u.statusCodes.contains(code))
                u.statusCodes.append(code);
        } else if (name == QLatin1String("destroy")) {
            u.destroyed = true;
            u.destroyAlternate = child.attribute(QStringLiteral("jid"));
            u.destroyReason = child.childText(QStringLiteral("reason"), Namespace);
        } else if (name == QLatin1String("invite")) {
            if (!u.invite)
                u.invite = readInvite(child);
        } else if (name == QLatin1String("decline")) {
            if (!u.decline)
                u.decline = readInvite(child);
        } else if (name == QLatin1String("password")) {
            u.password = child.text();
        }
    }
    return u;
}

std::optional<MucUser> MucUser::fromStanza(const Element &stanza)
{
    const Element x = stanza.firstChild(QStringLiteral("x"), Namespace);
    if (x.isNull())
        return std::nullopt;
    return fromElement(x);
}

Element MucUser::toElement() const
{
    Element x(QStringLiteral("x"), Namespace);
    if (item)
        x.appendChild(item->toElement(Namespace));
    for (int code : statusCodes)
        x.addChild(QStringLiteral("status"), Namespace)
            .setAttribute(QStringLiteral("code"), QString::number(code));
    if (destroyed) {
        Element &d = x.addChild(QStringLiteral("destroy"), Namespace);
        if (!destroyAlternate.isEmpty())
            d.setAttribute(QStringLiteral("jid"), destroyAlternate);
        if (!destroyReason.isEmpty())
            d.addChild(QStringLiteral("reason"), Namespace).setText(destroyReason);
    }
    if (invite)
        writeInvite(x, QStringLiteral("invite"), *invite);
    if (decline)
        writeInvite(x, QStringLiteral("decline"), *decline);
    if (!password.isEmpty())
        x.addChild(QStringLiteral("password"), Namespace).setText(password);
    return x;
}

} // namespace charla
