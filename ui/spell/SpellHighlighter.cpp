#include "SpellHighlighter.h"

#include "SpellChecker.h"

#include <QTextBoundaryFinder>

namespace charla {

namespace {
// Chunks between spaces that are addresses, not words: http://…, www.…, alice@example.org.
bool isAddress(const QString &text, int start, int end)
{
    int from = start;
    while (from > 0 && !text.at(from - 1).isSpace())
        --from;
    int to = end;
    while (to < text.size() && !text.at(to).isSpace())
        ++to;
    const QString chunk = text.mid(from, to - from);
    return chunk.contains(QLatin1String("://")) || chunk.contains(QLatin1Char('@'))
           || chunk.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
           || chunk.startsWith(QLatin1Char('/'));
}
} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document), m_checker(checker), m_color(underlineColor(Qt::white))
{
    connect(checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
}

void SpellHighlighter::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    rehighlight();
}

QColor SpellHighlighter::underlineColor(const QColor &base)
{
    // A dark red on light backgrounds, a lighter one on dark: visible on both.
    return base.lightnessF() < 0.5 ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x1c, 0x1c);
}

void SpellHighlighter::setBaseColor(const QColor &base)
{
    const QColor color = underlineColor(base);
    if (color == m_color)
        return;
    m_color = color;
    rehighlight();
}

QList<SpellHighlighter::Word> SpellHighlighter::words(const QString &text)
{
    QList<Word> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = finder.toNextBoundary();
    int previous = 0;
    // UAX #29 word boundaries: a word ends where EndOfItem is set and started at the previous one.
    for (; start >= 0; start = finder.toNextBoundary()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const QString word = text.mid(previous, start - previous);
            bool letters = false;
            bool digits = false;
            for (const QChar c : word) {
                letters |= c.isLetter();
                digits |= c.isDigit();
            }
            if (letters && !digits && !isAddress(text, previous, start))
                out.append({previous, start - previous});
        }
        previous = start;
    }
    return out;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled || !m_checker || !m_checker->isValid())
        return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(m_color);
    for (const Word &w : words(text)) {
        if (!m_checker->isCorrect(text.mid(w.start, w.length)))
            setFormat(w.start, w.length, format);
    }
}

} // namespace charla
