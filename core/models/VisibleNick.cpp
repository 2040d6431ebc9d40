#include "models/VisibleNick.h"

#include <QChar>
#include <QList>

namespace charla {

namespace {

bool isInvisibleLetter(char32_t c)
{
    // Letters with no glyph: Hangul fillers and the braille blank.
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
           (c >= 0x180B && c <= 0x180D) || c == 0x180F;
}

QString escape(char32_t c)
{
    return QStringLiteral("\u27E8U+%1\u27E9")
        .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

/// Whether code point @p c at position @p i (of @p cps) must be written out.
bool mustEscape(const QList<uint> &cps, qsizetype i)
{
    const char32_t c = cps.at(i);
    if (c == 0x20) {
        // One space between words is what it looks like; leading, trailing and doubled spaces
        // make "bob" and "bob " look the same.
        return i == 0 || i == cps.size() - 1 || cps.at(i - 1) == 0x20;
    }
    if (QChar::isSurrogate(c) || c > 0x10FFFF)
        return true; // an unpaired surrogate
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:      // ZWSP, ZWJ, ZWNJ, LRM/RLM, LRE..RLO, LRI..PDI, SHY, tags
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Space:   // NBSP, en/em/thin/hair spaces, ideographic space
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    if (isInvisibleLetter(c))
        return true;
    if (isVariationSelector(c)) {
        // Emoji presentation (U+FE0F after a symbol) is how emoji are written: keep it.
        const bool afterSymbol =
            i > 0 && QChar::category(cps.at(i - 1)) == QChar::Symbol_Other;
        return !afterSymbol;
    }
    return false;
}

} // namespace

QString visibleNick(const QString &nick)
{
    const QList<uint> cps = nick.toUcs4();
    QString out;
    out.reserve(nick.size());
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const char32_t c = cps.at(i);
        if (mustEscape(cps, i)) {
            out += escape(c);
        } else if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }
    return out;
}

bool nickHasInvisibles(const QString &nick)
{
    const QList<uint> cps = nick.toUcs4();
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (mustEscape(cps, i))
            return true;
    }
    return false;
}

} // namespace charla
