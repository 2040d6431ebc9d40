#include "stanza/Presence.h"

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kIdleNs = QStringLiteral("urn:xmpp:idle:1");
const auto kNickNs = QStringLiteral("http://jabber.org/protocol/nick");
const auto kCapsNs = QStringLiteral("http://jabber.org/protocol/caps");

struct TypeName
{
    Presence::Type type;
    const char *name;
};
constexpr TypeName kTypes[] = {
    {Presence::Type::Unavailable, "unavailable"}, {Presence::Type::Subscribe, "subscribe"},
    {Presence::Type::Subscribed, "subscribed"},   {Presence::Type::Unsubscribe, "unsubscribe"},
    {Presence::Type::Unsubscribed, "unsubscribed"}, {Presence::Type::Probe, "probe"},
    {Presence::Type::Error, "error"},
};
} // namespace

QString Presence::showName(Show s)
{
    switch (s) {
    case Show::Chat:
        return QStringLiteral("chat");
    case Show::Away:
        return QStringLiteral("away");
    case Show::ExtendedAway:
        return QStringLiteral("xa");
    case Show::DoNotDisturb:
        return QStringLiteral("dnd");
    case Show::Offline:
        return QStringLiteral("offline");
    case Show::Online:
        break;
    }
    return QStringLiteral("online");
}

Presence::Show Presence::showFromName(const QString &s)
{
    if (s == QLatin1String("chat"))
        return Show::Chat;
    if (s == QLatin1String("away"))
        return Show::Away;
    if (s == QLatin1String("xa"))
        return Show::ExtendedAway;
    if (s == QLatin1String("dnd"))
        return Show::DoNotDisturb;
    if (s == QLatin1String("offline"))
        return Show::Offline;
    return Show::Online; // RFC 6121 4.7.2.1: absent or unknown <show/> is plain available
}

int Presence::clampPriority(const QString &text)
{
    bool ok = false;
    const int p = text.trimmed().toInt(&ok);
    return ok && p >= -128 && p <= 127 ? p : 0;
}

std::optional<Presence> Presence::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("presence"))
        return std::nullopt;
    Presence p;
    const QString from = e.attribute(QStringLiteral("from"));
    p.from = Jid::parse(from);
    if (!from.isEmpty() && !p.from.isValid())
        return std::nullopt;
    p.to = Jid::parse(e.attribute(QStringLiteral("to")));
    const QString type = e.attribute(QStringLiteral("type"));
    if (!type.isEmpty()) {
        bool known = false;
        for (const TypeName &t : kTypes) {
            if (type == QLatin1String(t.name)) {
                p.type = t.type;
                known = true;
            }
        }
        if (!known)
            return std::nullopt; // RFC 6120 8.3.3.23-ish: an unknown type is not ours to guess
    }
    p.show = p.type == Type::Unavailable ? Show::Offline
                                         : showFromName(e.childText(QStringLiteral("show")).trimmed());
    p.status = e.childText(QStringLiteral("status"));
    p.priority = clampPriority(e.childText(QStringLiteral("priority")));
    const Element idle = e.firstChild(QStringLiteral("idle"), kIdleNs);
    if (!idle.isNull())
        p.idleSince = QDateTime::fromString(idle.attribute(QStringLiteral("since")), Qt::ISODateWithMs);
    p.nick = e.childText(QStringLiteral("nick"), kNickNs);
    const Element caps = e.firstChild(QStringLiteral("c"), kCapsNs);
    p.capsNode = caps.attribute(QStringLiteral("node"));
    p.capsVer = caps.attribute(QStringLiteral("ver"));
    p.capsHash = caps.attribute(QStringLiteral("hash"));
    p.error = e.firstChild(QStringLiteral("error"));
    return p;
}

Element Presence::toElement() const
{
    Element e(QStringLiteral("presence"), kClientNs);
    if (to.isValid())
        e.setAttribute(QStringLiteral("to"), to.full());
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            e.setAttribute(QStringLiteral("type"), QString::fromLatin1(t.name));
    }
    const bool available = type == Type::Available;
    if (available && show != Show::Online && show != Show::Offline)
        e.addChild(QStringLiteral("show"), kClientNs).setText(showName(show));
    if (!status.isEmpty())
        e.addChild(QStringLiteral("status"), kClientNs).setText(status);
    if (available && priority != 0)
        e.addChild(QStringLiteral("priority"), kClientNs).setText(QString::number(priority));
    if (available && idleSince.isValid())
        e.addChild(QStringLiteral("idle"), kIdleNs)
            .setAttribute(QStringLiteral("since"), idleSince.toUTC().toString(Qt::ISODate));
    if (!nick.isEmpty())
        e.addChild(QStringLiteral("nick"), kNickNs).setText(nick);
    return e;
}

} // namespace charla
