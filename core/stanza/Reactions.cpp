#include "stanza/Reactions.h"

namespace charla {

std::optional<Reactions> Reactions::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("reactions") || e.ns() != Namespace)
        return std::nullopt;
    Reactions r;
    r.id = e.attribute(QStringLiteral("id"));
    if (r.id.isEmpty())
        return std::nullopt;
    for (const Element &child : e.childrenNamed(QStringLiteral("reaction"), Namespace)) {
        const QString emoji = child.text().trimmed();
        // XEP-0444 3.2: each reaction is one emoji; a hostile peer's long text is not one. 64
        // UTF-16 units hold any emoji sequence (flags, skin tones, ZWJ families).
        if (emoji.isEmpty() || emoji.size() > 64 || r.emojis.contains(emoji))
            continue;
        r.emojis.append(emoji);
    }
    return r;
}

std::optional<Reactions> Reactions::fromMessage(const Element &message)
{
    return fromElement(message.firstChild(QStringLiteral("reactions"), Namespace));
}

Element Reactions::toElement() const
{
    Element e(QStringLiteral("reactions"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    for (const QString &emoji : emojis)
        e.addChild(QStringLiteral("reaction"), Namespace).setText(emoji);
    return e;
}

} // namespace charla
