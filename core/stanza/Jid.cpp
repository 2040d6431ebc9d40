#include "stanza/Jid.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHostAddress>
#include <QUrl>

namespace charla {

namespace {

enum class Part { Localpart, Domain, Resource };

// RFC 7622 3.2, 3.3, 3.4: each part is at most 1023 octets once encoded as UTF-8.
constexpr qsizetype kMaxPartBytes = 1023;
// RFC 1035 2.3.4: a DNS label is at most 63 octets (checked on the ASCII form).
constexpr qsizetype kMaxLabelSize = 63;

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isAsciiLetterOrDigit(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool hasAsciiUpper(QStringView s)
{
    for (const QChar c : s) {
        if (c >= u'A' && c <= u'Z')
            return true;
    }
    return false;
}

// Byte length of @p s in UTF-8; surrogate pairs (already checked to be paired) count 4.
qsizetype utf8Size(QStringView s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (c.isHighSurrogate())
            n += 4;
        else if (!c.isLowSurrogate())
            n += 3;
    }
    return n;
}

// How a code point is shown in an error: itself in quotes when a person can see it, else U+XXXX
// (spaces, separators, controls and lone combining marks look like nothing).
QString describe(char32_t c)
{
    const QString hex = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (!QChar::isPrint(c) || QChar::isSpace(c) || QChar::isMark(c))
        return hex;
    return u'\u201C' + QString::fromUcs4(&c, 1) + u'\u201D';
}

QString disallowedError(Part part, char32_t c)
{
    const QString what = describe(c);
    switch (part) {
    case Part::Localpart:
        return QCoreApplication::translate(
                   "charla::Jid", "The part before @ contains %1, which is not allowed there.")
            .arg(what);
    case Part::Domain:
        return QCoreApplication::translate(
                   "charla::Jid", "The domain contains %1, which is not allowed in a domain name.")
            .arg(what);
    case Part::Resource:
        return QCoreApplication::translate(
                   "charla::Jid", "The resource after / contains %1, which is not allowed there.")
            .arg(what);
    }
    return {};
}

QString tooLongError(Part part)
{
    switch (part) {
    case Part::Localpart:
        return QCoreApplication::translate("charla::Jid",
                                           "The part before @ is longer than 1023 bytes.");
    case Part::Domain:
        return QCoreApplication::translate("charla::Jid", "The domain is longer than 1023 bytes.");
    case Part::Resource:
        return QCoreApplication::translate("charla::Jid",
                                           "The resource after / is longer than 1023 bytes.");
    }
    return {};
}

QString emptyDomainError()
{
    return QCoreApplication::translate("charla::Jid", "The domain is empty.");
}

QString invalidIdnError()
{
    return QCoreApplication::translate("charla::Jid",
                                       "The domain is not a valid internationalized domain name.");
}

// RFC 7622 3.3.1: never allowed in a localpart, although the PRECIS IdentifierClass allows them.
bool isForbiddenInLocalpart(char32_t c)
{
    switch (c) {
    case u'"':
    case u'&':
    case u'\'':
    case u'/':
    case u':':
    case u'<':
    case u'>':
    case u'@':
        return true;
    default:
        return false;
    }
}

// RFC 8264 4.2, 4.3, 9: controls, unassigned code points, surrogates and noncharacters are
// disallowed in every PRECIS class, and so in every part of a JID. Private use, line and paragraph
// separators and format characters are not in the FreeformClass either; ZWNJ and ZWJ are CONTEXTJ
// and accepted here without the context rule.
bool isDisallowedEverywhere(char32_t c)
{
    if (QChar::isNonCharacter(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    case QChar::Other_Format:
        return c != 0x200C && c != 0x200D;
    default:
        return false;
    }
}

// RFC 8265 3.3 / RFC 8264 4.2: the IdentifierClass keeps ASCII printables and letters, digits
// and combining marks; spaces, symbols and other punctuation are disallowed.
bool isAllowedInLocalpart(char32_t c)
{
    if (c < 0x80)
        return c > 0x20 && c < 0x7F && !isForbiddenInLocalpart(c);
    if (c == 0x200C || c == 0x200D)
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return true;
    default:
        return false;
    }
}

// RFC 5890 2.3.1: ASCII labels are letters, digits and hyphens; other code points are left to
// IDNA, after the ones no domain may hold are turned away with a clear reason.
bool isAllowedInDomain(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetterOrDigit(c) || c == u'-' || c == u'.';
    return !isDisallowedEverywhere(c) && QChar::category(c) != QChar::Separator_Space;
}

// RFC 8265 4.2 / RFC 8264 4.3: the FreeformClass behind the OpaqueString profile allows spaces,
// symbols and punctuation.
bool isAllowedInResource(char32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c != 0x7F;
    return !isDisallowedEverywhere(c);
}

// For a first pass that only looks for lone surrogates, before normalisation touches the text.
bool isAnyCodePoint(char32_t)
{
    return true;
}

// Walks @p s by code point; fails on an unpaired surrogate or the first code point @p allowed
// rejects.
bool checkCodePoints(QStringView s, Part part, bool (*allowed)(char32_t), QString *error)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        char32_t cp = c.unicode();
        if (c.isSurrogate()) {
            if (!c.isHighSurrogate() || i + 1 == n || !s[i + 1].isLowSurrogate()) {
                return fail(error, QCoreApplication::translate(
                                       "charla::Jid", "The address contains a broken character "
                                                      "(an unpaired UTF-16 surrogate)."));
            }
            cp = QChar::surrogateToUcs4(c, s[i + 1]);
            ++i;
        }
        if (!allowed(cp))
            return fail(error, disallowedError(part, cp));
    }
    return true;
}

// Each prepare function leaves the canonical part in @p out: a view of the input when nothing
// changed (the common case on the wire), else a view of @p storage.

bool prepareLocalpart(QStringView in, QString &storage, QStringView &out, QString *error)
{
    if (isAscii(in)) {
        if (!checkCodePoints(in, Part::Localpart, isAllowedInLocalpart, error))
            return false;
        if (hasAsciiUpper(in)) {
            storage = in.toString().toLower();
            out = storage;
        } else {
            out = in;
        }
    } else {
        if (!checkCodePoints(in, Part::Localpart, isAnyCodePoint, error))
            return false;
        // RFC 8265 3.3 (UsernameCaseMapped): width mapping, case mapping and normalisation,
        // approximated by NFKC, case folding, and NFKC again for the rare folded non-NFKC text.
        storage = in.toString()
                      .normalized(QString::NormalizationForm_KC)
                      .toCaseFolded()
                      .normalized(QString::NormalizationForm_KC);
        // RFC 7622 3.3.1: the forbidden characters are checked after mapping, so a fullwidth
        // '@' (U+FF20) cannot sneak in.
        if (!checkCodePoints(storage, Part::Localpart, isAllowedInLocalpart, error))
            return false;
        out = storage;
    }
    // RFC 7622 3.3: at most 1023 octets after normalisation.
    if (utf8Size(out) > kMaxPartBytes)
        return fail(error, tooLongError(Part::Localpart));
    return true;
}

bool prepareResource(QStringView in, QString &storage, QStringView &out, QString *error)
{
    if (isAscii(in)) {
        if (!checkCodePoints(in, Part::Resource, isAllowedInResource, error))
            return false;
        out = in;
    } else {
        if (!checkCodePoints(in, Part::Resource, isAnyCodePoint, error))
            return false;
        storage = in.toString();
        // RFC 8265 4.2: non-ASCII spaces are mapped to SPACE; there is no case mapping.
        for (QChar &c : storage) {
            if (c.unicode() >= 0x80 && c.category() == QChar::Separator_Space)
                c = u' ';
        }
        // RFC 8265 4.2: normalisation form C.
        storage = storage.normalized(QString::NormalizationForm_C);
        if (!checkCodePoints(storage, Part::Resource, isAllowedInResource, error))
            return false;
        out = storage;
    }
    // RFC 7622 3.4: at most 1023 octets after normalisation.
    if (utf8Size(out) > kMaxPartBytes)
        return fail(error, tooLongError(Part::Resource));
    return true;
}

// RFC 7622 3.2: an IP literal is an IPv4 address, or an IPv6 address in brackets (RFC 3986 3.2.2).
bool prepareIpv6(QStringView in, QString &storage, QStringView &out, QString *error)
{
    const QString invalid =
        QCoreApplication::translate("charla::Jid", "The domain is not a valid IPv6 address.");
    if (in.size() < 3 || !in.endsWith(u']'))
        return fail(error, invalid);
    const QStringView inner = in.mid(1, in.size() - 2);
    for (const QChar c : inner) {
        // No zone identifiers ('%'): they name a local interface, not a server.
        if (!isAsciiLetterOrDigit(c.unicode()) && c != u':' && c != u'.')
            return fail(error, invalid);
    }
    QHostAddress address;
    if (!address.setAddress(inner.toString()) ||
        address.protocol() != QAbstractSocket::IPv6Protocol)
        return fail(error, invalid);
    // The canonical text form (RFC 5952: lower case, longest zero run compressed) makes
    // [2001:DB8:0::1] and [2001:db8::1] the same address.
    storage = u'[' + address.toString() + u']';
    out = storage;
    return true;
}

// RFC 3986 3.2.2 dec-octet: four decimal numbers 0-255 without leading zeros.
bool isIpv4Literal(QStringView s)
{
    int parts = 0;
    qsizetype start = 0;
    while (start <= s.size()) {
        qsizetype end = s.indexOf(u'.', start);
        if (end < 0)
            end = s.size();
        const QStringView octet = s.mid(start, end - start);
        if (octet.isEmpty() || octet.size() > 3 || (octet.size() > 1 && octet[0] == u'0'))
            return false;
        if (octet.toInt() > 255)
            return false;
        ++parts;
        start = end + 1;
    }
    return parts == 4;
}

// Label checks shared by the ASCII and IDNA paths: no empty label, no hyphen at either end
// (RFC 5891 4.2.3.1, RFC 1123 2.1), ASCII labels at most 63 octets, and all-numeric dotted
// names only as IPv4 literals.
bool checkLabels(QStringView domain, QString *error)
{
    bool numeric = true;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.mid(start, end - start);
        if (label.isEmpty()) {
            return fail(error, QCoreApplication::translate(
                                   "charla::Jid", "The domain has an empty label (two dots in a "
                                                  "row, or a dot at the start)."));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return fail(error,
                        QCoreApplication::translate(
                            "charla::Jid", "A label of the domain starts or ends with a hyphen."));
        }
        if (label.size() > kMaxLabelSize && isAscii(label)) {
            return fail(error,
                        QCoreApplication::translate(
                            "charla::Jid", "A label of the domain (between dots) is longer than 63 "
                                           "characters."));
        }
        for (const QChar c : label)
            numeric = numeric && c >= u'0' && c <= u'9';
        start = end + 1;
    }
    if (numeric && domain.contains(u'.') && !isIpv4Literal(domain)) {
        return fail(error,
                    QCoreApplication::translate(
                        "charla::Jid", "The domain looks like an IPv4 address but is not one."));
    }
    return true;
}

bool hasAceLabel(QStringView domain)
{
    qsizetype start = 0;
    while (start < domain.size()) {
        if (domain.mid(start, 4).compare(u"xn--", Qt::CaseInsensitive) == 0)
            return true;
        const qsizetype dot = domain.indexOf(u'.', start);
        if (dot < 0)
            break;
        start = dot + 1;
    }
    return false;
}

bool prepareDomain(QStringView in, QString &storage, QStringView &out, QString *error)
{
    if (in.startsWith(u'['))
        return prepareIpv6(in, storage, out, error);

    QStringView d = in;
    // RFC 3490 3.1 / UTS 46: the ideographic and fullwidth full stops separate labels too, so
    // they must be dots before the trailing dot is looked at.
    if (d.contains(QChar(0x3002)) || d.contains(QChar(0xFF0E)) || d.contains(QChar(0xFF61))) {
        storage = d.toString();
        for (QChar &c : storage) {
            if (c == QChar(0x3002) || c == QChar(0xFF0E) || c == QChar(0xFF61))
                c = u'.';
        }
        d = storage;
    }
    // RFC 7622 3.2: one final dot is stripped before the address is compared or used.
    if (d.endsWith(u'.'))
        d.chop(1);
    if (d.isEmpty())
        return fail(error, emptyDomainError());
    if (!checkCodePoints(d, Part::Domain, isAllowedInDomain, error))
        return false;

    if (isAscii(d) && !hasAceLabel(d)) {
        if (!checkLabels(d, error))
            return false;
        if (hasAsciiUpper(d)) {
            storage = d.toString().toLower();
            out = storage;
        } else {
            out = d;
        }
    } else {
        // RFC 7622 3.2: internationalized labels go through IDNA; we keep the Unicode form so
        // that `bücher.example` and `xn--bcher-kva.example` are the same domain. The whitelist
        // only decides what is shown in URLs; comparison must not depend on the top-level domain.
        const QString input = d.toString();
        const QByteArray ace = QUrl::toAce(input, QUrl::IgnoreIDNWhitelist);
        if (ace.isEmpty())
            return fail(error, invalidIdnError());
        const QString unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist).toLower();
        // fromAce leaves a label it cannot decode in its xn-- form; a domain that does not come
        // back to the same ACE form was not a valid IDN either.
        if (hasAceLabel(unicode) || QUrl::toAce(unicode, QUrl::IgnoreIDNWhitelist) != ace)
            return fail(error, invalidIdnError());
        // UTS 46 maps some code points to ASCII ones (fullwidth U+FF3F to '_'): what comes out
        // must pass the ASCII rules too, or reading the address back would refuse it.
        if (!checkCodePoints(unicode, Part::Domain, isAllowedInDomain, error))
            return false;
        if (!checkLabels(unicode, error))
            return false;
        storage = unicode;
        out = storage;
    }
    // RFC 7622 3.2: at most 1023 octets, measured on the form we keep.
    if (utf8Size(out) > kMaxPartBytes)
        return fail(error, tooLongError(Part::Domain));
    return true;
}

// The canonical pieces of a Jid; Jid's private members are set from these.
struct Assembled
{
    QString full;
    qsizetype localSize = 0;
    qsizetype domainEnd = 0;
};

// Prepares the raw parts and joins them; @p original, when given, is the string the parts were
// cut from and is shared instead of copied when it is already canonical.
bool assemble(const QString *original, bool hasLocal, QStringView local, QStringView domain,
              bool hasResource, QStringView resource, Assembled &result, QString *error)
{
    QString localStorage;
    QString domainStorage;
    QString resourceStorage;
    QStringView l;
    QStringView d;
    QStringView r;
    if (hasLocal && !prepareLocalpart(local, localStorage, l, error))
        return false;
    if (!prepareDomain(domain, domainStorage, d, error))
        return false;
    if (hasResource && !prepareResource(resource, resourceStorage, r, error))
        return false;

    const qsizetype domainStart = hasLocal ? l.size() + 1 : 0;
    const qsizetype domainEnd = domainStart + d.size();
    const qsizetype total = domainEnd + (hasResource ? r.size() + 1 : 0);
    bool canonical = original && original->size() == total;
    if (canonical) {
        const QStringView o(*original);
        canonical = (!hasLocal || (o.left(l.size()) == l && o[l.size()] == u'@')) &&
                    o.mid(domainStart, d.size()) == d &&
                    (!hasResource || (o[domainEnd] == u'/' && o.mid(domainEnd + 1) == r));
    }
    if (canonical) {
        result.full = *original;
    } else {
        result.full.reserve(total);
        if (hasLocal)
            result.full.append(l).append(u'@');
        result.full.append(d);
        if (hasResource)
            result.full.append(u'/').append(r);
    }
    result.localSize = hasLocal ? l.size() : 0;
    result.domainEnd = domainEnd;
    return true;
}

QString emptyAddressError()
{
    return QCoreApplication::translate("charla::Jid", "The address is empty.");
}

} // namespace

Jid Jid::parse(const QString &address, QString *error)
{
    if (address.isEmpty()) {
        fail(error, emptyAddressError());
        return {};
    }
    // RFC 7622 3.2: the resource is everything after the first '/'; the localpart is everything
    // before the first '@' that comes before it. So `a/b@c` is the domain `a` with resource `b@c`.
    const QStringView s(address);
    const qsizetype slash = s.indexOf(u'/');
    const QStringView beforeSlash = slash < 0 ? s : s.left(slash);
    const qsizetype at = beforeSlash.indexOf(u'@');
    const QStringView local = at < 0 ? QStringView() : beforeSlash.left(at);
    const QStringView domain = at < 0 ? beforeSlash : beforeSlash.mid(at + 1);
    const QStringView resource = slash < 0 ? QStringView() : s.mid(slash + 1);

    // RFC 7622 3.2, 3.3, 3.4: a part that is present is never empty.
    if (at == 0) {
        fail(error, QCoreApplication::translate("charla::Jid", "The part before @ is empty."));
        return {};
    }
    if (domain.isEmpty()) {
        fail(error, emptyDomainError());
        return {};
    }
    if (slash >= 0 && resource.isEmpty()) {
        fail(error, QCoreApplication::translate("charla::Jid", "The resource after / is empty."));
        return {};
    }

    Assembled a;
    if (!assemble(&address, at > 0, local, domain, slash >= 0, resource, a, error))
        return {};
    Jid jid;
    jid.m_full = std::move(a.full);
    jid.m_localSize = int(a.localSize);
    jid.m_domainEnd = int(a.domainEnd);
    return jid;
}

Jid Jid::fromParts(const QString &localpart, const QString &domain, const QString &resource,
                   QString *error)
{
    if (domain.isEmpty()) {
        fail(error, emptyDomainError());
        return {};
    }
    Assembled a;
    if (!assemble(nullptr, !localpart.isEmpty(), localpart, domain, !resource.isEmpty(), resource,
                  a, error))
        return {};
    Jid jid;
    jid.m_full = std::move(a.full);
    jid.m_localSize = int(a.localSize);
    jid.m_domainEnd = int(a.domainEnd);
    return jid;
}

QString Jid::domain() const
{
    const int start = m_localSize > 0 ? m_localSize + 1 : 0;
    return m_full.mid(start, m_domainEnd - start);
}

Jid Jid::bare() const
{
    if (!isFull())
        return *this;
    Jid jid;
    jid.m_full = m_full.left(m_domainEnd);
    jid.m_localSize = m_localSize;
    jid.m_domainEnd = m_domainEnd;
    return jid;
}

Jid Jid::withResource(const QString &resource, QString *error) const
{
    if (!isValid()) {
        fail(error, emptyAddressError());
        return {};
    }
    if (resource.isEmpty())
        return bare();
    QString storage;
    QStringView r;
    if (!prepareResource(resource, storage, r, error))
        return {};
    Jid jid;
    jid.m_full.reserve(m_domainEnd + 1 + r.size());
    jid.m_full.append(QStringView(m_full).left(m_domainEnd)).append(u'/').append(r);
    jid.m_localSize = m_localSize;
    jid.m_domainEnd = m_domainEnd;
    return jid;
}

bool Jid::bareEquals(const Jid &other) const
{
    return isValid() && m_domainEnd == other.m_domainEnd &&
           QStringView(m_full).left(m_domainEnd) == QStringView(other.m_full).left(m_domainEnd);
}

QDebug operator<<(QDebug debug, const Jid &jid)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Jid(" << jid.toString() << ')';
    return debug;
}

} // namespace charla
