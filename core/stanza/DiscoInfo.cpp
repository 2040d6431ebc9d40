#include "stanza/DiscoInfo.h"

namespace charla {

namespace {
const auto kFormTypeVar = QStringLiteral("FORM_TYPE");
}

Element DiscoInfo::formTypeField(const Element &form)
{
    for (const Element &field : form.childrenNamed(QStringLiteral("field"), DataFormsNamespace)) {
        if (field.attribute(QStringLiteral("var")) == kFormTypeVar)
            return field;
    }
    return {};
}

QString DiscoInfo::formType(const Element &form)
{
    return formTypeField(form).childText(QStringLiteral("value"), DataFormsNamespace);
}

Element DiscoInfo::form(const QString &type) const
{
    for (const Element &f : forms) {
        if (formType(f) == type)
            return f;
    }
    return {};
}

std::optional<DiscoInfo> DiscoInfo::fromQuery(const Element &query)
{
    if (query.name() != QLatin1String("query") || query.ns() != Namespace)
        return std::nullopt;
    DiscoInfo info;
    info.node = query.attribute(QStringLiteral("node"));
    for (const Element &c : query.children()) {
        if (c.ns() == Namespace && c.name() == QLatin1String("identity")) {
            DiscoIdentity id;
            id.category = c.attribute(QStringLiteral("category"));
            id.type = c.attribute(QStringLiteral("type"));
            id.name = c.attribute(QStringLiteral("name"));
            id.lang = c.attribute(QStringLiteral("xml:lang"));
            // XEP-0030 3.1: each identity MUST possess category and type.
            if (!id.category.isEmpty() && !id.type.isEmpty())
                info.identities.append(id);
        } else if (c.ns() == Namespace && c.name() == QLatin1String("feature")) {
            const QString var = c.attribute(QStringLiteral("var"));
            if (!var.isEmpty())
                info.features.append(var);
        } else if (c.ns() == DataFormsNamespace && c.name() == QLatin1String("x")) {
            info.forms.append(c);
        }
    }
    return info;
}

Element DiscoInfo::toQuery() const
{
    Element query(QStringLiteral("query"), Namespace);
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    for (const DiscoIdentity &id : identities) {
        Element &e = query.addChild(QStringLiteral("identity"), Namespace);
        e.setAttribute(QStringLiteral("category"), id.category);
        e.setAttribute(QStringLiteral("type"), id.type);
        if (!id.name.isEmpty())
            e.setAttribute(QStringLiteral("name"), id.name);
        if (!id.lang.isEmpty())
            e.setAttribute(QStringLiteral("xml:lang"), id.lang);
    }
    for (const QString &var : features)
        query.addChild(QStringLiteral("feature"), Namespace)
            .setAttribute(QStringLiteral("var"), var);
    for (const Element &form : forms)
        query.appendChild(form);
    return query;
}

void DiscoInfo::write(QXmlStreamWriter &writer, const QString &parentNs) const
{
    toQuery().write(writer, parentNs);
}

} // namespace charla
