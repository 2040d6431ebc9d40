#include "sasl/SaslPrep.h"

#include <QChar>
#include <QList>

namespace charla {
namespace SaslPrep {
namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

template<size_t N> bool inTable(char32_t cp, const Range (&table)[N])
{
    for (const Range &r : table) {
        if (cp >= r.first && cp <= r.last)
            return true;
    }
    return false;
}

// RFC 3454 B.1: commonly mapped to nothing.
const Range kMappedToNothing[] = {
    {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x1806, 0x1806}, {0x180B, 0x180D},
    {0x200B, 0x200D}, {0x2060, 0x2060}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
};

// RFC 3454 C.1.2: non-ASCII space characters.
const Range kNonAsciiSpace[] = {
    {0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200B},
    {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000},
};

// RFC 4013 2.3: the prohibited output, RFC 3454 tables C.1.2 to C.9 (C.1.2 is checked with
// kNonAsciiSpace, C.4 and C.5 in code).
const Range kProhibited[] = {
    // C.2.1 ASCII control characters
    {0x0000, 0x001F},
    {0x007F, 0x007F},
    // C.2.2 non-ASCII control characters
    {0x0080, 0x009F},
    {0x06DD, 0x06DD},
    {0x070F, 0x070F},
    {0x180E, 0x180E},
    {0x200C, 0x200D},
    {0x2028, 0x2029},
    {0x2060, 0x2063},
    {0x206A, 0x206F},
    {0xFEFF, 0xFEFF},
    {0xFFF9, 0xFFFC},
    {0x1D173, 0x1D17A},
    // C.3 private use
    {0xE000, 0xF8FF},
    {0xF0000, 0xFFFFD},
    {0x100000, 0x10FFFD},
    // C.4 non-character code points (the xFFFE/xFFFF of every plane are checked in code)
    {0xFDD0, 0xFDEF},
    // C.5 surrogate codes
    {0xD800, 0xDFFF},
    // C.6 inappropriate for plain text
    {0xFFF9, 0xFFFD},
    // C.7 inappropriate for canonical representation
    {0x2FF0, 0x2FFB},
    // C.8 change display properties or deprecated (also RFC 3454 6, requirement 1)
    {0x0340, 0x0341},
    {0x200E, 0x200F},
    {0x202A, 0x202E},
    // C.9 tagging characters
    {0xE0001, 0xE0001},
    {0xE0020, 0xE007F},
};

bool isProhibited(char32_t cp)
{
    if ((cp & 0xFFFE) == 0xFFFE) // C.4: U+xFFFE and U+xFFFF in every plane
        return true;
    return inTable(cp, kNonAsciiSpace) || inTable(cp, kProhibited);
}

// RFC 3454 D.1: characters with bidirectional property "R" or "AL".
bool isRandAL(char32_t cp)
{
    const QChar::Direction d = QChar::direction(cp);
    return d == QChar::DirR || d == QChar::DirAL;
}

// RFC 3454 D.2: characters with bidirectional property "L".
bool isL(char32_t cp)
{
    return QChar::direction(cp) == QChar::DirL;
}

// RFC 3454 7 / A.1: a code point not assigned in Unicode 3.2. Table A.1 leaves out the
// non-characters, which are prohibited (C.4) instead; report them as such.
bool isUnassigned(char32_t cp)
{
    if (isProhibited(cp))
        return false;
    const QChar::UnicodeVersion v = QChar::unicodeVersion(cp);
    return v == QChar::Unicode_Unassigned || v > QChar::Unicode_3_2;
}

// Splits UTF-16 into code points; a lone surrogate (C.5) makes it fail.
bool decode(const QString &s, QList<char32_t> *out)
{
    out->clear();
    out->reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out->append(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            return false;
        } else {
            out->append(c.unicode());
        }
    }
    return true;
}

std::optional<QString> fail(Error *error, Error why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::optional<QString> prepare(const QString &input, Mode mode, Error *error)
{
    if (error)
        *error = Error::None;

    QList<char32_t> cps;
    if (!decode(input, &cps))
        return fail(error, Error::ProhibitedCharacter);

    // RFC 3454 7: stored strings must not contain unassigned code points; queries may.
    if (mode == Mode::StoredString) {
        for (char32_t cp : std::as_const(cps)) {
            if (isUnassigned(cp))
                return fail(error, Error::UnassignedCodePoint);
        }
    }

    // RFC 4013 2.1: non-ASCII spaces map to SPACE, then the B.1 characters map to nothing.
    // U+200B is in both tables; like the table order of RFC 4013 2.1 we make it a space.
    QString mapped;
    mapped.reserve(input.size());
    for (char32_t cp : std::as_const(cps)) {
        if (inTable(cp, kNonAsciiSpace))
            mapped.append(QLatin1Char(' '));
        else if (inTable(cp, kMappedToNothing))
            continue;
        else
            mapped.append(QChar::fromUcs4(cp));
    }

    // RFC 4013 2.2: Unicode normalization form KC, as of Unicode 3.2 (RFC 3454 4).
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC, QChar::Unicode_3_2);

    if (!decode(normalized, &cps))
        return fail(error, Error::ProhibitedCharacter);

    // RFC 4013 2.3: prohibited output.
    bool hasRandAL = false;
    bool hasL = false;
    for (char32_t cp : std::as_const(cps)) {
        if (isProhibited(cp))
            return fail(error, Error::ProhibitedCharacter);
        hasRandAL = hasRandAL || isRandAL(cp);
        hasL = hasL || isL(cp);
    }

    // RFC 4013 2.4 / RFC 3454 6: a string with right-to-left characters has no left-to-right
    // ones, and begins and ends with a right-to-left character.
    if (hasRandAL && (hasL || !isRandAL(cps.first()) || !isRandAL(cps.last())))
        return fail(error, Error::BidiViolation);

    return normalized;
}

} // namespace SaslPrep
} // namespace charla
