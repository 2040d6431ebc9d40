#include "SearchResultDelegate.h"

#include "SearchResultModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace charla {

QPair<QString, QList<QPair<int, int>>> SearchResultDelegate::parseSnippet(const QString &snippet)
{
    QString text;
    text.reserve(snippet.size());
    QList<QPair<int, int>> hits;
    int start = -1;
    for (const QChar c : snippet) {
        if (c == QChar(1)) {
            start = int(text.size());
        } else if (c == QChar(2)) {
            if (start >= 0 && text.size() > start)
                hits.append({start, int(text.size()) - start});
            start = -1;
        } else if (c.category() == QChar::Other_Format) {
            continue; // bidi overrides and invisible characters cannot reorder the line
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                   || c.category() == QChar::Separator_Paragraph) {
            text.append(QLatin1Char(' '));
        } else {
            text.append(c);
        }
    }
    return {text, hits};
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = QFontMetrics(option.font).height();
    return {line * 20, line * 2 + line / 2 + 4};
}

void SearchResultDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const int line = QFontMetrics(option.font).height();
    const QRect r = option.rect.adjusted(line / 2, line / 4, -line / 2, -line / 4);
    p->save();
    QFont bold = option.font;
    bold.setBold(true);
    const QString when = QLocale().toString(
        index.data(SearchResultModel::TimestampRole).toDateTime(), QLocale::ShortFormat);
    const int whenWidth = QFontMetrics(option.font).horizontalAdvance(when);
    p->setPen(text);
    p->setFont(bold);
    QString chat = index.data(SearchResultModel::ChatNameRole).toString();
    chat = parseSnippet(chat).first;
    p->drawText(QRect(r.left(), r.top(), r.width() - whenWidth - line, line),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetrics(bold).elidedText(chat, Qt::ElideRight, r.width() - whenWidth - line));
    p->setFont(option.font);
    p->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, line),
                Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, when);

    const auto [snippet, hits] = parseSnippet(index.data(SearchResultModel::SnippetRole).toString());
    QTextLayout layout(snippet, option.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : hits) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        if (!selected) {
            QColor mark = pal.color(QPalette::Highlight);
            mark.setAlpha(70);
            f.setBackground(mark);
        }
        formats.append({start, length, f});
    }
    layout.setFormats(formats);
    QTextOption to;
    to.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(to);
    layout.beginLayout();
    QTextLine tl = layout.createLine();
    if (tl.isValid())
        tl.setLineWidth(1e6);
    layout.endLayout();
    // Keep the first hit in view when the snippet is wider than the row.
    qreal shift = 0;
    if (tl.isValid() && !hits.isEmpty()) {
        const qreal hitX = tl.cursorToX(hits.first().first);
        if (hitX > r.width() * 0.6)
            shift = hitX - r.width() * 0.3;
    }
    p->setClipRect(QRect(r.left(), r.top() + line, r.width(), r.height() - line));
    p->setPen(text);
    layout.draw(p, QPointF(r.left() - shift, r.top() + line + line / 4));
    p->restore();
}

} // namespace charla
