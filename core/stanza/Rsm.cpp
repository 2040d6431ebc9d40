#include "stanza/Rsm.h"

namespace charla {

namespace {
std::optional<int> number(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}
} // namespace

std::optional<Rsm> Rsm::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("set") || e.ns() != Namespace)
        return std::nullopt;
    Rsm r;
    for (const Element &c : e.children()) {
        if (c.ns() != Namespace)
            continue;
        const QString n = c.name();
        if (n == QLatin1String("max")) {
            r.max = number(c.text());
        } else if (n == QLatin1String("before")) {
            r.before = c.text();
        } else if (n == QLatin1String("after")) {
            r.after = c.text();
        } else if (n == QLatin1String("first")) {
            r.first = c.text();
            if (c.hasAttribute(QStringLiteral("index")))
                r.firstIndex = number(c.attribute(QStringLiteral("index")));
        } else if (n == QLatin1String("last")) {
            r.last = c.text();
        } else if (n == QLatin1String("count")) {
            r.count = number(c.text());
        }
    }
    return r;
}

Element Rsm::toElement() const
{
    Element e(QStringLiteral("set"), Namespace);
    if (max)
        e.addChild(QStringLiteral("max"), Namespace).setText(QString::number(*max));
    if (after)
        e.addChild(QStringLiteral("after"), Namespace).setText(*after);
    if (before)
        e.addChild(QStringLiteral("before"), Namespace).setText(*before);
    if (!first.isEmpty()) {
        Element &f = e.addChild(QStringLiteral("first"), Namespace);
        f.setText(first);
        if (firstIndex)
            f.setAttribute(QStringLiteral("index"), QString::number(*firstIndex));
    }
    if (!last.isEmpty())
        e.addChild(QStringLiteral("last"), Namespace).setText(last);
    if (count)
        e.addChild(QStringLiteral("count"), Namespace).setText(QString::number(*count));
    return e;
}

} // namespace charla
