#include "stanza/RosterItem.h"

#include "stanza/Element.h"

namespace charla {

namespace {
const auto kRosterNs = QStringLiteral("jabber:iq:roster");
}

QString RosterItem::subscriptionName(Subscription s)
{
    switch (s) {
    case Subscription::To:
        return QStringLiteral("to");
    case Subscription::From:
        return QStringLiteral("from");
    case Subscription::Both:
        return QStringLiteral("both");
    case Subscription::Remove:
        return QStringLiteral("remove");
    case Subscription::None:
        break;
    }
    return QStringLiteral("none");
}

RosterItem::Subscription RosterItem::subscriptionFromName(const QString &name)
{
    if (name == QLatin1String("to"))
        return Subscription::To;
    if (name == QLatin1String("from"))
        return Subscription::From;
    if (name == QLatin1String("both"))
        return Subscription::Both;
    if (name == QLatin1String("remove"))
        return Subscription::Remove;
    return Subscription::None; // RFC 6121 2.1.2.5: absent or unknown means none
}

std::optional<RosterItem> RosterItem::fromElement(const Element &item)
{
    if (item.name() != QLatin1String("item") || item.ns() != kRosterNs)
        return std::nullopt;
    RosterItem r;
    r.jid = Jid::parse(item.attribute(QStringLiteral("jid")));
    // RFC 6121 2.1.2.4: a roster item is a bare JID; anything else is not a contact.
    if (!r.jid.isValid() || !r.jid.isBare())
        return std::nullopt;
    r.name = item.attribute(QStringLiteral("name"));
    r.subscription = subscriptionFromName(item.attribute(QStringLiteral("subscription")));
    r.askSubscribe = item.attribute(QStringLiteral("ask")) == QLatin1String("subscribe");
    const QString approved = item.attribute(QStringLiteral("approved"));
    r.approved = approved == QLatin1String("true") || approved == QLatin1String("1");
    for (const Element &g : item.children()) {
        if (g.name() != QLatin1String("group"))
            continue;
        // RFC 6121 2.1.2.3: an empty group name is meaningless; duplicates are one group.
        const QString group = g.text();
        if (!group.isEmpty() && !r.groups.contains(group))
            r.groups.append(group);
    }
    return r;
}

Element RosterItem::toElement() const
{
    Element item(QStringLiteral("item"), kRosterNs);
    item.setAttribute(QStringLiteral("jid"), jid.full());
    if (!name.isEmpty())
        item.setAttribute(QStringLiteral("name"), name);
    // RFC 6121 2.1.2.5: a client sets subscription only to remove the item.
    if (subscription == Subscription::Remove)
        item.setAttribute(QStringLiteral("subscription"), QStringLiteral("remove"));
    for (const QString &g : groups)
        item.addChild(QStringLiteral("group"), kRosterNs).setText(g);
    return item;
}

bool RosterItem::operator==(const RosterItem &o) const
{
    return jid == o.jid && name == o.name && groups == o.groups &&
           subscription == o.subscription && askSubscribe == o.askSubscribe &&
           approved == o.approved;
}

} // namespace charla
