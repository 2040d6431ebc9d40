#include "stanza/MamQuery.h"

#include "stanza/Delay.h"

namespace charla {

namespace {
const auto kDataNs = QStringLiteral("jabber:x:data");

void addField(Element &form, const QString &var, const QString &value, bool hidden = false)
{
    Element &field = form.addChild(QStringLiteral("field"), kDataNs);
    field.setAttribute(QStringLiteral("var"), var);
    if (hidden)
        field.setAttribute(QStringLiteral("type"), QStringLiteral("hidden"));
    field.addChild(QStringLiteral("value"), kDataNs).setText(value);
}
} // namespace

std::optional<MamQuery> MamQuery::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("query") || e.ns() != Namespace)
        return std::nullopt;
    MamQuery q;
    q.queryId = e.attribute(QStringLiteral("queryid"));
    const Element form = e.firstChild(QStringLiteral("x"), kDataNs);
    for (const Element &field : form.childrenNamed(QStringLiteral("field"), kDataNs)) {
        const QString var = field.attribute(QStringLiteral("var"));
        const QString value = field.childText(QStringLiteral("value"), kDataNs);
        if (var == QLatin1String("with"))
            q.with = value;
        else if (var == QLatin1String("start"))
            q.start = Delay::parseStamp(value);
        else if (var == QLatin1String("end"))
            q.end = Delay::parseStamp(value);
    }
    if (auto rsm = Rsm::fromElement(e.firstChild(QStringLiteral("set"), Rsm::Namespace)))
        q.rsm = *rsm;
    return q;
}

Element MamQuery::toElement() const
{
    Element e(QStringLiteral("query"), Namespace);
    if (!queryId.isEmpty())
        e.setAttribute(QStringLiteral("queryid"), queryId);
    // XEP-0313 4.1: filters travel in a submitted data form with the MAM FORM_TYPE.
    Element &form = e.addChild(QStringLiteral("x"), kDataNs);
    form.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    addField(form, QStringLiteral("FORM_TYPE"), Namespace, true);
    if (!with.isEmpty())
        addField(form, QStringLiteral("with"), with);
    if (start.isValid())
        addField(form, QStringLiteral("start"), Delay::formatStamp(start));
    if (end.isValid())
        addField(form, QStringLiteral("end"), Delay::formatStamp(end));
    const Element set = rsm.toElement();
    if (!set.children().isEmpty())
        e.appendChild(set);
    return e;
}

Element MamQuery::toIq(const QString &archive) const
{
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    if (!archive.isEmpty())
        iq.setAttribute(QStringLiteral("to"), archive);
    iq.appendChild(toElement());
    return iq;
}

} // namespace charla
