#include "MessageText.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace charla {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

const MessageStyling::Run *runAt(const QList<MessageStyling::Run> &runs, int pos)
{
    // Runs are sorted and contiguous: binary search.
    int lo = 0;
    int hi = int(runs.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const MessageStyling::Run &r = runs.at(mid);
        if (pos < r.start)
            hi = mid - 1;
        else if (pos >= r.start + r.length)
            lo = mid + 1;
        else
            return &r;
    }
    return nullptr;
}

} // namespace

MessageText MessageText::build(const QString &body, const QString &sender, bool action,
                               bool retracted, const QPalette &palette, bool unstyled)
{
    MessageText t;
    if (retracted) {
        t.plain = QCoreApplication::translate("charla::MessageDelegate",
                                              "This message was deleted.");
        t.text = t.plain;
        t.italic = true;
        return t;
    }
    QString content = body;
    int offset = 0;
    if (action) {
        // XEP-0245: "/me waves" is shown as "* alice waves".
        const QString prefix = QStringLiteral("* ") + sender + QLatin1Char(' ');
        content = body.mid(4);
        offset = int(prefix.size());
        t.plain = prefix + content;
        t.italic = true;
    } else {
        t.plain = body;
    }
    t.text = t.plain;
    t.text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    t.text.replace(QLatin1Char('\r'), QChar::LineSeparator);

    const QColor muted = mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    if (action) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        t.formats.append({0, offset - 1, f});
    }
    const QList<MessageStyling::Run> runs =
        unstyled ? QList<MessageStyling::Run>() : MessageStyling::parse(content);
    for (MessageStyling::Run r : runs) {
        r.start += offset;
        t.runs.append(r);
        if (r.styles == MessageStyling::Plain)
            continue;
        QTextCharFormat f;
        if (r.styles & MessageStyling::Strong)
            f.setFontWeight(QFont::Bold);
        if (r.styles & MessageStyling::Emphasis)
            f.setFontItalic(true);
        if (r.styles & MessageStyling::Strike)
            f.setFontStrikeOut(true);
        if (r.styles & (MessageStyling::Code | MessageStyling::PreBlock))
            f.setFontFamilies({mono});
        // XEP-0393 6: the directives stay visible, drawn like their text but dimmed so the
        // styling reads first.
        if (r.styles & MessageStyling::Directive)
            f.setForeground(muted);
        t.formats.append({r.start, r.length, f});
    }
    for (LinkFinder::Link link : LinkFinder::find(content)) {
        link.start += offset;
        t.links.append(link);
        QTextCharFormat f;
        f.setForeground(palette.color(QPalette::Link));
        f.setFontUnderline(true);
        t.formats.append({link.start, link.length, f});
    }
    return t;
}

int MessageText::quoteDepthAt(int pos) const
{
    const MessageStyling::Run *r = runAt(runs, pos);
    return r ? r->quoteDepth : 0;
}

bool MessageText::preAt(int pos) const
{
    const MessageStyling::Run *r = runAt(runs, pos);
    return r && (r->styles & MessageStyling::PreBlock);
}

QUrl MessageText::linkAt(int pos) const
{
    for (const LinkFinder::Link &l : links) {
        if (pos >= l.start && pos < l.start + l.length)
            return l.url;
    }
    return {};
}

} // namespace charla
