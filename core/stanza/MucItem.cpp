#include "stanza/MucItem.h"

namespace charla {

namespace {
const char *const kRoles[] = {"none", "visitor", "participant", "moderator"};
const char *const kAffiliations[] = {"outcast", "none", "member", "admin", "owner"};
} // namespace

QString MucItem::roleName(MucRole role)
{
    return QString::fromLatin1(kRoles[int(role)]);
}

std::optional<MucRole> MucItem::roleFromName(const QString &name)
{
    for (int i = 0; i <= int(MucRole::Moderator); ++i) {
        if (name == QLatin1String(kRoles[i]))
            return MucRole(i);
    }
    return std::nullopt;
}

QString MucItem::affiliationName(MucAffiliation affiliation)
{
    return QString::fromLatin1(kAffiliations[int(affiliation)]);
}

std::optional<MucAffiliation> MucItem::affiliationFromName(const QString &name)
{
    for (int i = 0; i <= int(MucAffiliation::Owner); ++i) {
        if (name == QLatin1String(kAffiliations[i]))
            return MucAffiliation(i);
    }
    return std::nullopt;
}

std::optional<MucItem> MucItem::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("item") || (e.ns() != UserNamespace && e.ns() != AdminNamespace))
        return std::nullopt;
    MucItem item;
    item.affiliation = affiliationFromName(e.attribute(QStringLiteral("affiliation")));
    item.role = roleFromName(e.attribute(QStringLiteral("role")));
    const QString jid = e.attribute(QStringLiteral("jid"));
    if (!jid.isEmpty())
        item.jid = Jid::parse(jid);
    item.nick = e.attribute(QStringLiteral("nick"));
    item.reason = e.childText(QStringLiteral("reason"), e.ns());
    const Element actor = e.firstChild(QStringLiteral("actor"), e.ns());
    item.actorNick = actor.attribute(QStringLiteral("nick"));
    item.actorJid = actor.attribute(QStringLiteral("jid"));
    return item;
}

Element MucItem::toElement(const QString &ns) const
{
    Element e(QStringLiteral("item"), ns);
    if (affiliation)
        e.setAttribute(QStringLiteral("affiliation"), affiliationName(*affiliation));
    if (role)
        e.setAttribute(QStringLiteral("role"), roleName(*role));
    if (jid.isValid())
        e.setAttribute(QStringLiteral("jid"), jid.full());
    if (!nick.isEmpty())
        e.setAttribute(QStringLiteral("nick"), nick);
    if (!actorNick.isEmpty() || !actorJid.isEmpty()) {
        Element &actor = e.addChild(QStringLiteral("actor"), ns);
        if (!actorNick.isEmpty())
            actor.setAttribute(QStringLiteral("nick"), actorNick);
        if (!actorJid.isEmpty())
            actor.setAttribute(QStringLiteral("jid"), actorJid);
    }
    if (!reason.isEmpty())
        e.addChild(QStringLiteral("reason"), ns).setText(reason);
    return e;
}

} // namespace charla
