#include "stanza/Bookmark.h"

namespace charla {

namespace {
bool isTrue(const QString &v)
{
    // XML Schema boolean (XEP-0402 and XEP-0048 both use xs:boolean).
    return v == QLatin1String("true") || v == QLatin1String("1");
}

bool readRoom(const QString &text, Jid *room)
{
    *room = Jid::parse(text);
    return room->isValid() && room->isBare() && room->hasLocalpart();
}
} // namespace

std::optional<Bookmark> Bookmark::fromPep(const QString &itemId, const Element &conference)
{
    if (conference.name() != QLatin1String("conference") || conference.ns() != Namespace)
        return std::nullopt;
    Bookmark b;
    if (!readRoom(itemId, &b.room))
        return std::nullopt;
    b.name = conference.attribute(QStringLiteral("name"));
    b.autojoin = isTrue(conference.attribute(QStringLiteral("autojoin")));
    b.nick = conference.childText(QStringLiteral("nick"), Namespace);
    b.password = conference.childText(QStringLiteral("password"), Namespace);
    return b;
}

Element Bookmark::toPep() const
{
    Element c(QStringLiteral("conference"), Namespace);
    if (!name.isEmpty())
        c.setAttribute(QStringLiteral("name"), name);
    if (autojoin)
        c.setAttribute(QStringLiteral("autojoin"), QStringLiteral("true"));
    if (!nick.isEmpty())
        c.addChild(QStringLiteral("nick"), Namespace).setText(nick);
    if (!password.isEmpty())
        c.addChild(QStringLiteral("password"), Namespace).setText(password);
    return c;
}

std::optional<Bookmark> Bookmark::fromLegacy(const Element &conference)
{
    if (conference.name() != QLatin1String("conference") || conference.ns() != LegacyNamespace)
        return std::nullopt;
    Bookmark b;
    if (!readRoom(conference.attribute(QStringLiteral("jid")), &b.room))
        return std::nullopt;
    b.name = conference.attribute(QStringLiteral("name"));
    b.autojoin = isTrue(conference.attribute(QStringLiteral("autojoin")));
    b.nick = conference.childText(QStringLiteral("nick"), LegacyNamespace);
    b.password = conference.childText(QStringLiteral("password"), LegacyNamespace);
    return b;
}

Element Bookmark::toLegacy() const
{
    Element c(QStringLiteral("conference"), LegacyNamespace);
    c.setAttribute(QStringLiteral("jid"), room.full());
    if (!name.isEmpty())
        c.setAttribute(QStringLiteral("name"), name);
    c.setAttribute(QStringLiteral("autojoin"), autojoin ? QStringLiteral("true")
                                                        : QStringLiteral("false"));
    if (!nick.isEmpty())
        c.addChild(QStringLiteral("nick"), LegacyNamespace).setText(nick);
    if (!password.isEmpty())
        c.addChild(QStringLiteral("password"), LegacyNamespace).setText(password);
    return c;
}

} // namespace charla
