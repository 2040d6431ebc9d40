#include "LinkFinder.h"

#include <QRegularExpression>

namespace charla::LinkFinder {

namespace {

// Characters that end a link: whitespace is checked separately; these are never part of a
// link a person typed into prose (RFC 3986 Appendix C: <> and quotes delimit URIs in text).
bool endsLink(QChar c)
{
    return c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"')
           || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

// Sentence punctuation after a link belongs to the sentence; a closing bracket belongs to the
// link only when the link opened one (https://en.wikipedia.org/wiki/Foo_(bar)).
int trimmedEnd(const QString &text, int start, int end)
{
    while (end > start) {
        const QChar c = text.at(end - 1);
        if (QStringLiteral(".,;:!?'*_~`").contains(c)) {
            --end;
            continue;
        }
        const QChar open = c == QLatin1Char(')') ? QLatin1Char('(')
                           : c == QLatin1Char(']') ? QLatin1Char('[')
                           : c == QLatin1Char('}') ? QLatin1Char('{')
                                                   : QChar();
        if (open.isNull())
            break;
        const QStringView link = QStringView(text).mid(start, end - start);
        if (link.count(open) >= link.count(c))
            break;
        --end;
    }
    return end;
}

} // namespace

QList<Link> find(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("(https?://|xmpp:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<Link> links;
    int from = 0;
    while (from < text.size()) {
        const QRegularExpressionMatch m = scheme.match(text, from);
        if (!m.hasMatch())
            break;
        const int start = int(m.capturedStart());
        from = int(m.capturedEnd());
        // A scheme inside a word ("foohttp://") is not the start of a link.
        if (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == QLatin1Char('/')))
            continue;
        int end = from;
        while (end < text.size() && !endsLink(text.at(end)))
            ++end;
        end = trimmedEnd(text, from, end);
        if (end <= from)
            continue;
        const QString candidate = text.mid(start, end - start);
        const QUrl url(candidate, QUrl::TolerantMode);
        const bool web = !url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive)
                         || !url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive);
        if (!url.isValid() || (web && url.host().isEmpty())
            || (!web && url.path().isEmpty()))
            continue;
        links.append({start, end - start, url});
        from = end;
    }
    return links;
}

} // namespace charla::LinkFinder
