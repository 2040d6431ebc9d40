#include "stanza/VCard.h"

namespace charla {

namespace {

const QString &ns()
{
    return VCard::Namespace;
}

/// Appends `<name>text</name>` when @p text is not empty.
void addText(Element &parent, const QString &name, const QString &text)
{
    if (!text.isEmpty())
        parent.addChild(name, ns()).setText(text);
}

} // namespace

bool VCard::isEmpty() const
{
    return *this == VCard();
}

std::optional<QByteArray> VCard::decodeBase64(const QString &text)
{
    QByteArray compact = text.toLatin1();
    compact.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    auto result = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

std::optional<VCard> VCard::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("vCard") || e.ns() != Namespace)
        return std::nullopt;
    VCard v;
    v.fullName = e.childText(QStringLiteral("FN"), ns());
    const Element n = e.firstChild(QStringLiteral("N"), ns());
    v.givenName = n.childText(QStringLiteral("GIVEN"), ns());
    v.familyName = n.childText(QStringLiteral("FAMILY"), ns());
    v.nickname = e.childText(QStringLiteral("NICKNAME"), ns());
    for (const Element &email : e.childrenNamed(QStringLiteral("EMAIL"), ns())) {
        const QString id = email.childText(QStringLiteral("USERID"), ns());
        if (!id.isEmpty())
            v.emails.append(id);
    }
    for (const Element &tel : e.childrenNamed(QStringLiteral("TEL"), ns())) {
        const QString number = tel.childText(QStringLiteral("NUMBER"), ns());
        if (!number.isEmpty())
            v.phones.append(number);
    }
    v.url = e.childText(QStringLiteral("URL"), ns());
    v.birthday = e.childText(QStringLiteral("BDAY"), ns());
    v.organization =
        e.firstChild(QStringLiteral("ORG"), ns()).childText(QStringLiteral("ORGNAME"), ns());
    v.title = e.childText(QStringLiteral("TITLE"), ns());
    // XEP-0054 has both NOTE and DESC; clients use either for "about me".
    v.note = e.childText(QStringLiteral("NOTE"), ns());
    if (v.note.isEmpty())
        v.note = e.childText(QStringLiteral("DESC"), ns());
    const Element photo = e.firstChild(QStringLiteral("PHOTO"), ns());
    if (!photo.isNull()) {
        // A photo that is not valid Base64 is no photo: showing garbage helps nobody.
        const auto bytes = decodeBase64(photo.childText(QStringLiteral("BINVAL"), ns()));
        if (bytes && !bytes->isEmpty()) {
            v.photo = *bytes;
            v.photoType = photo.childText(QStringLiteral("TYPE"), ns());
        }
    }
    return v;
}

Element VCard::toElement() const
{
    // The order of the XEP-0054 DTD, so other clients that read it positionally are happy.
    Element e(QStringLiteral("vCard"), Namespace);
    addText(e, QStringLiteral("FN"), fullName);
    if (!givenName.isEmpty() || !familyName.isEmpty()) {
        Element &n = e.addChild(QStringLiteral("N"), ns());
        addText(n, QStringLiteral("FAMILY"), familyName);
        addText(n, QStringLiteral("GIVEN"), givenName);
    }
    addText(e, QStringLiteral("NICKNAME"), nickname);
    if (!photo.isEmpty()) {
        Element &p = e.addChild(QStringLiteral("PHOTO"), ns());
        addText(p, QStringLiteral("TYPE"), photoType);
        p.addChild(QStringLiteral("BINVAL"), ns()).setText(QString::fromLatin1(photo.toBase64()));
    }
    addText(e, QStringLiteral("BDAY"), birthday);
    for (const QString &number : phones) {
        if (!number.isEmpty())
            e.addChild(QStringLiteral("TEL"), ns())
                .addChild(QStringLiteral("NUMBER"), ns())
                .setText(number);
    }
    for (const QString &address : emails) {
        if (address.isEmpty())
            continue;
        Element &email = e.addChild(QStringLiteral("EMAIL"), ns());
        email.addChild(QStringLiteral("INTERNET"), ns());
        email.addChild(QStringLiteral("USERID"), ns()).setText(address);
    }
    addText(e, QStringLiteral("TITLE"), title);
    if (!organization.isEmpty())
        e.addChild(QStringLiteral("ORG"), ns())
            .addChild(QStringLiteral("ORGNAME"), ns())
            .setText(organization);
    addText(e, QStringLiteral("NOTE"), note);
    addText(e, QStringLiteral("URL"), url);
    return e;
}

Element VCard::requestElement()
{
    return Element(QStringLiteral("vCard"), Namespace);
}

bool VCard::operator==(const VCard &o) const
{
    return fullName == o.fullName && givenName == o.givenName && familyName == o.familyName &&
           nickname == o.nickname && emails == o.emails && phones == o.phones && url == o.url &&
           birthday == o.birthday && organization == o.organization && title == o.title &&
           note == o.note && photoType == o.photoType && photo == o.photo;
}

} // namespace charla
