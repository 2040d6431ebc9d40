#include "features/CapsFeature.h"

#include "features/DiscoInfoFeature.h"
#include "stream/Client.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace charla {

namespace {

const auto kValue = QStringLiteral("value");

/// The values of a field, as UTF-8 (the octets i;octet compares).
QList<QByteArray> fieldValues(const Element &field)
{
    QList<QByteArray> values;
    for (const Element &v : field.childrenNamed(kValue, DiscoInfo::DataFormsNamespace))
        values.append(v.text().toUtf8());
    return values;
}

/// XEP-0115 5.4 3.6: a form takes part in the hash only with a FORM_TYPE field of type hidden.
bool isHashable(const Element &form)
{
    const Element field = DiscoInfo::formTypeField(form);
    return field.attribute(QStringLiteral("type")) == QLatin1String("hidden") &&
           field.hasChild(kValue, DiscoInfo::DataFormsNamespace);
}

void appendForm(QByteArray &s, const Element &form)
{
    struct Field
    {
        QByteArray var;
        QList<QByteArray> values;
    };
    QList<Field> fields;
    for (const Element &f :
         form.childrenNamed(QStringLiteral("field"), DiscoInfo::DataFormsNamespace)) {
        const QString var = f.attribute(QStringLiteral("var"));
        if (var == QLatin1String("FORM_TYPE"))
            continue;
        QList<QByteArray> values = fieldValues(f);
        std::sort(values.begin(), values.end());
        fields.append({var.toUtf8(), values});
    }
    std::stable_sort(fields.begin(), fields.end(),
                     [](const Field &a, const Field &b) { return a.var < b.var; });
    s += DiscoInfo::formType(form).toUtf8() + '<';
    for (const Field &f : std::as_const(fields)) {
        s += f.var + '<';
        for (const QByteArray &v : f.values)
            s += v + '<';
    }
}

} // namespace

CapsFeature::CapsFeature(QObject *parent) : Feature(parent) {}

QString CapsFeature::ver() const
{
    const auto *disco = client() ? client()->feature<DiscoInfoFeature>() : nullptr;
    return disco ? verificationString(disco->ownInfo()) : QString();
}

QString CapsFeature::capsNode() const
{
    return Node + QLatin1Char('#') + ver();
}

Element CapsFeature::capsElement() const
{
    const QString v = ver();
    if (v.isEmpty())
        return {};
    Element c(QStringLiteral("c"), Namespace);
    c.setAttribute(QStringLiteral("hash"), Hash);
    c.setAttribute(QStringLiteral("node"), Node);
    c.setAttribute(QStringLiteral("ver"), v);
    return c;
}

QByteArray CapsFeature::verificationInput(const DiscoInfo &info)
{
    // XEP-0115 5.1: every sort uses i;octet collation (RFC 4790 9.3), i.e. byte-wise on UTF-8.
    // QString compares UTF-16 code units, which orders characters outside the BMP before
    // U+E000..U+FFFF; QByteArray compares the UTF-8 octets.
    using Identity = std::tuple<QByteArray, QByteArray, QByteArray, QByteArray>;
    QList<Identity> identities;
    for (const DiscoIdentity &id : info.identities)
        identities.append(
            {id.category.toUtf8(), id.type.toUtf8(), id.lang.toUtf8(), id.name.toUtf8()});
    std::sort(identities.begin(), identities.end());

    QList<QByteArray> features;
    for (const QString &f : info.features)
        features.append(f.toUtf8());
    std::sort(features.begin(), features.end());

    QList<std::pair<QByteArray, Element>> forms;
    for (const Element &form : info.forms) {
        if (isHashable(form))
            forms.append({DiscoInfo::formType(form).toUtf8(), form});
    }
    std::stable_sort(forms.begin(), forms.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    // No escaping: a '<' inside a name or a feature goes in as is, since XEP-0115 5.1 defines
    // none (9.3 admits the poisoning this allows; 5.4's duplicate checks are all it offers).
    QByteArray s;
    for (const Identity &id : std::as_const(identities))
        s += std::get<0>(id) + '/' + std::get<1>(id) + '/' + std::get<2>(id) + '/' +
             std::get<3>(id) + '<';
    for (const QByteArray &f : std::as_const(features))
        s += f + '<';
    for (const auto &form : std::as_const(forms))
        appendForm(s, form.second);
    return s;
}

QString CapsFeature::verificationString(const DiscoInfo &info)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verificationInput(info), QCryptographicHash::Sha1).toBase64());
}

bool CapsFeature::verify(const DiscoInfo &info, const QString &ver)
{
    // XEP-0115 5.4 3.3: two identities with the same category/type/lang/name.
    QSet<QString> identities;
    for (const DiscoIdentity &id : info.identities) {
        // NUL cannot occur in XML, so the joined key is unambiguous.
        const QString key =
            id.category + QChar(0) + id.type + QChar(0) + id.lang + QChar(0) + id.name;
        if (identities.contains(key))
            return false;
        identities.insert(key);
    }
    // 5.4 3.4: two features with the same character data.
    QSet<QString> features;
    for (const QString &f : info.features) {
        if (features.contains(f))
            return false;
        features.insert(f);
    }
    // 5.4 3.5: two forms with the same FORM_TYPE, or a FORM_TYPE with different values.
    QSet<QString> formTypes;
    for (const Element &form : info.forms) {
        const Element field = DiscoInfo::formTypeField(form);
        if (field.isNull())
            continue;
        const QList<QByteArray> values = fieldValues(field);
        if (values.isEmpty())
            continue;
        if (std::any_of(values.cbegin(), values.cend(),
                        [&](const QByteArray &v) { return v != values.first(); }))
            return false;
        const QString type = DiscoInfo::formType(form);
        if (formTypes.contains(type))
            return false;
        formTypes.insert(type);
    }
    // 5.4 3.6-3.9: forms without a hidden FORM_TYPE are ignored (verificationInput leaves them
    // out), the rest must hash to ver.
    return !ver.isEmpty() && verificationString(info) == ver;
}

void CapsFeature::decorateOwnPresence(Element &presence) const
{
    presence.appendChild(capsElement());
}

} // namespace charla
