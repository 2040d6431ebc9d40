#include "stanza/MamFin.h"

namespace charla {

namespace {
bool isTrue(const QString &v)
{
    return v == QLatin1String("true") || v == QLatin1String("1");
}
} // namespace

std::optional<MamFin> MamFin::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("fin") || e.ns() != Namespace)
        return std::nullopt;
    MamFin f;
    f.complete = isTrue(e.attribute(QStringLiteral("complete")));
    f.stable = !e.hasAttribute(QStringLiteral("stable")) ||
               isTrue(e.attribute(QStringLiteral("stable")));
    if (auto rsm = Rsm::fromElement(e.firstChild(QStringLiteral("set"), Rsm::Namespace)))
        f.rsm = *rsm;
    return f;
}

Element MamFin::toElement() const
{
    Element e(QStringLiteral("fin"), Namespace);
    if (complete)
        e.setAttribute(QStringLiteral("complete"), QStringLiteral("true"));
    if (!stable)
        e.setAttribute(QStringLiteral("stable"), QStringLiteral("false"));
    e.appendChild(rsm.toElement());
    return e;
}

} // namespace charla
