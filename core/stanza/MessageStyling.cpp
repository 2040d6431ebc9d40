#include "MessageStyling.h"

#include <QVector>

namespace charla::MessageStyling {

namespace {

// Deeper '>' markers are shown as text. Each level is a recursion over the lines and marks
// them again: "> > > ..." in a long message made the parser quadratic and could overflow the
// stack (a 20 kB line took seconds; found by fuzz_styling). Nobody reads 32 levels of quotes.
constexpr int kMaxQuoteDepth = 32;

struct Line
{
    int start; ///< first character of the line's content (after the parents' quote markers)
    int end;   ///< one past the last character, the newline excluded
};

class Parser
{
public:
    explicit Parser(const QString &body)
        : m_text(body), m_styles(body.size(), 0u), m_depth(body.size(), 0)
    {
    }

    QList<Run> run()
    {
        QList<Line> lines;
        int start = 0;
        for (int i = 0; i <= m_text.size(); ++i) {
            if (i == m_text.size() || m_text.at(i) == QLatin1Char('\n')) {
                lines.append({start, i});
                start = i + 1;
            }
        }
        parseBlocks(lines, 0);
        return runs();
    }

private:
    static bool isDirectiveChar(QChar c)
    {
        return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')
               || c == QLatin1Char('`');
    }
    static unsigned styleOf(QChar c)
    {
        switch (c.unicode()) {
        case '*': return Strong;
        case '_': return Emphasis;
        case '~': return Strike;
        default: return Code;
        }
    }

    void mark(int from, int to, unsigned styles)
    {
        for (int i = from; i < to; ++i)
            m_styles[i] |= styles;
    }

    bool startsWith(const Line &l, QLatin1String s) const
    {
        return QStringView(m_text).mid(l.start, l.end - l.start).startsWith(s);
    }

    // XEP-0393 5.1: blocks first (plain lines, preformatted blocks, quotations), then the
    // spans inside plain lines.
    void parseBlocks(const QList<Line> &lines, int depth)
    {
        for (int i = 0; i < lines.size();) {
            const Line &line = lines.at(i);
            if (startsWith(line, QLatin1String("```"))) {
                // XEP-0393 5.1.2: ended by a line of exactly ``` or the end of the parent block;
                // no spans or child blocks inside.
                int j = i + 1;
                while (j < lines.size()
                       && QStringView(m_text).mid(lines.at(j).start,
                                                  lines.at(j).end - lines.at(j).start)
                              != QLatin1String("```"))
                    ++j;
                mark(line.start, line.end, PreBlock | Directive);
                for (int k = i + 1; k < j && k < lines.size(); ++k)
                    mark(lines.at(k).start, lines.at(k).end, PreBlock);
                if (j < lines.size())
                    mark(lines.at(j).start, lines.at(j).end, PreBlock | Directive);
                i = j + 1;
            } else if (line.end > line.start && m_text.at(line.start) == QLatin1Char('>')
                       && depth < kMaxQuoteDepth) {
                // XEP-0393 5.1.3: consecutive lines starting with '>'; the first leading
                // whitespace character after the marker is trimmed before the child blocks.
                QList<Line> children;
                int j = i;
                for (; j < lines.size(); ++j) {
                    const Line &l = lines.at(j);
                    if (l.end <= l.start || m_text.at(l.start) != QLatin1Char('>'))
                        break;
                    int content = l.start + 1;
                    if (content < l.end && m_text.at(content).isSpace())
                        ++content;
                    mark(l.start, content, Directive);
                    for (int k = l.start; k < l.end; ++k)
                        m_depth[k] = depth + 1;
                    children.append({content, l.end});
                }
                parseBlocks(children, depth + 1);
                i = j;
            } else {
                parseSpans(line.start, line.end, QChar());
                ++i;
            }
        }
    }

    // XEP-0393 5.2: an opening directive at the start of the block, after whitespace or after a
    // different opening directive, not followed by whitespace; the first (lazy) closing one not
    // preceded by whitespace, with some text between them. @p parent is the directive whose
    // content [from, to) is (null for a whole line).
    void parseSpans(int from, int to, QChar parent)
    {
        for (int i = from; i < to; ++i) {
            const QChar c = m_text.at(i);
            if (!isDirectiveChar(c))
                continue;
            const bool openingPlace = i == from ? (parent.isNull() || parent != c)
                                                : m_text.at(i - 1).isSpace();
            if (!openingPlace || i + 1 >= to || m_text.at(i + 1).isSpace())
                continue;
            const int close = findClosing(c, i + 1, to);
            if (close < 0)
                continue;
            const unsigned style = styleOf(c);
            mark(i, close + 1, style);
            m_styles[i] |= Directive;
            m_styles[close] |= Directive;
            // XEP-0393 5.2.5: a preformatted span holds plain text only.
            if (style != Code)
                parseSpans(i + 1, close, c);
            i = close;
        }
    }

    // The first closing directive for an opening one at from - 1: lazy (the first one), not
    // preceded by whitespace, with some text other than @p c before it; -1 when there is none.
    // Answered from two tables per directive character, built once: scanning to the end of
    // the line for every opening candidate made a line like "*a *a *a ..." quadratic (a 20 kB
    // message took a second; found by fuzz_styling).
    int findClosing(QChar c, int from, int to)
    {
        const Tables &t = tablesFor(c);
        const int firstText = t.nextOther.at(from); // the first character that is not @p c
        if (firstText >= to)
            return -1;
        const int close = t.nextClose.at(firstText + 1);
        return close < to ? close : -1;
    }

    struct Tables
    {
        QVector<int> nextClose; ///< [j]: the first k >= j that can close a span (size + 1)
        QVector<int> nextOther; ///< [j]: the first k >= j whose character is not the directive
    };

    const Tables &tablesFor(QChar c)
    {
        const int slot = c == QLatin1Char('*') ? 0 : c == QLatin1Char('_') ? 1 : c == QLatin1Char('~') ? 2 : 3;
        Tables &t = m_tables[slot];
        if (!t.nextClose.isEmpty())
            return t;
        const int n = int(m_text.size());
        t.nextClose.resize(n + 1);
        t.nextOther.resize(n + 1);
        t.nextClose[n] = n;
        t.nextOther[n] = n;
        for (int j = n - 1; j >= 0; --j) {
            const bool isC = m_text.at(j) == c;
            t.nextClose[j] = isC && j > 0 && !m_text.at(j - 1).isSpace() ? j : t.nextClose[j + 1];
            t.nextOther[j] = isC ? t.nextOther[j + 1] : j;
        }
        return t;
    }

    QList<Run> runs() const
    {
        QList<Run> out;
        for (int i = 0; i < m_text.size(); ++i) {
            if (!out.isEmpty() && out.last().styles == m_styles.at(i)
                && out.last().quoteDepth == m_depth.at(i)) {
                ++out.last().length;
            } else {
                out.append({i, 1, m_styles.at(i), m_depth.at(i)});
            }
        }
        return out;
    }

    const QString &m_text;
    QVector<unsigned> m_styles;
    QVector<int> m_depth;
    Tables m_tables[4]; // for '*', '_', '~', '`'
};

} // namespace

QList<Run> parse(const QString &body)
{
    return Parser(body).run();
}

bool hasStyling(const QList<Run> &runs)
{
    for (const Run &r : runs) {
        if (r.styles != Plain || r.quoteDepth > 0)
            return true;
    }
    return false;
}

} // namespace charla::MessageStyling
