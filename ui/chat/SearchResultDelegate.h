#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace charla {

/// Paints a search hit: the chat and date on the first line, the snippet on the second with
/// the matched words bold on a highlight (a QTextLayout: the snippet is never HTML).
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// @p snippet without its \x01/\x02 hit markers, on one line, and the (start, length) of
    /// each hit in the result.
    static QPair<QString, QList<QPair<int, int>>> parseSnippet(const QString &snippet);
};

} // namespace charla
