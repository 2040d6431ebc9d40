#include "MessageDelegate.h"
#include "MessageDelegateEntry.h"

#include "DeliveryMark.h"
#include "models/ConversationModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QListView>
#include <QLocale>
#include <QToolTip>

namespace charla {

namespace {

using Role = ConversationModel::Role;
using messagedelegate::Reaction;

// Tooltips take rich text when it looks like markup: network text is escaped and wrapped so
// it is always shown as the characters it is.
QString plainTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped()
           + QStringLiteral("</p>");
}

} // namespace

MessageDelegate::Hit MessageDelegate::hitTest(const QRect &rowRect, const QModelIndex &index,
                                              const QPoint &pos) const
{
    Hit hit;
    if (!index.isValid() || !m_view)
        return hit;
    const Entry *e = entry(index, rowRect.width(), m_view->font(), m_view->palette());
    if (!e)
        return hit;
    const QPoint rel = pos - rowRect.topLeft();
    if (e->retry.contains(rel)) {
        hit.kind = Hit::Retry;
        return hit;
    }
    if (e->hasCard) {
        if (e->card.save.contains(rel) || e->card.showPreview.contains(rel)) {
            hit.kind = e->card.save.contains(rel) ? Hit::Save : Hit::ShowPreview;
            hit.url = QUrl(e->card.url);
            return hit;
        }
        if (e->card.rect.contains(rel))
            return hit;
    }
    for (const auto &[r, reaction] : e->reactions) {
        if (r.contains(rel)) {
            hit.kind = Hit::Reaction;
            hit.emoji = reaction.emoji;
            return hit;
        }
    }
    const QPointF inText = QPointF(rel - e->textOrigin);
    for (int i = 0; i < e->layout->lineCount(); ++i) {
        const QTextLine line = e->layout->lineAt(i);
        if (inText.y() < line.y() || inText.y() >= line.y() + line.height())
            continue;
        if (inText.x() < -1 || inText.x() > e->textWidth)
            return hit;
        hit.kind = Hit::Text;
        hit.position = line.xToCursor(inText.x());
        // A link only where its characters are drawn, not in the empty rest of the line.
        const bool onGlyphs = inText.x() >= line.x()
                              && inText.x() <= line.x() + line.naturalTextWidth();
        const int under = line.xToCursor(inText.x(), QTextLine::CursorOnCharacter);
        const QUrl url = onGlyphs ? e->text.linkAt(under) : QUrl();
        if (!url.isEmpty()) {
            hit.kind = Hit::Link;
            hit.url = url;
        }
        return hit;
    }
    return hit;
}

QString MessageDelegate::messageText(const QModelIndex &index) const
{
    if (!index.isValid() || !m_view)
        return {};
    const Entry *e = entry(index, viewWidth(), m_view->font(), m_view->palette());
    if (e && e->hasCard)
        return e->card.url; // a file is copied as its link
    return e ? e->text.plain : QString();
}

void MessageDelegate::setTextSelection(const QModelIndex &index, int start, int end)
{
    m_selRow = index;
    m_selStart = start;
    m_selEnd = end;
}

void MessageDelegate::clearTextSelection()
{
    m_selRow = QPersistentModelIndex();
    m_selStart = m_selEnd = 0;
}

QString MessageDelegate::selectedText() const
{
    if (!hasTextSelection())
        return {};
    return messageText(m_selRow).mid(qMin(m_selStart, m_selEnd), qAbs(m_selEnd - m_selStart));
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Entry *e = entry(index, option.rect.width(), option.font, option.palette);
    const QPoint rel = event->pos() - option.rect.topLeft();
    QString tip;
    if (e && (e->time.contains(rel) || e->mark.contains(rel))) {
        const QDateTime when = index.data(Role::TimestampRole).toDateTime().toLocalTime();
        tip = QLocale().toString(when, QLocale::LongFormat);
        if (!e->mark.isNull()) {
            tip += QLatin1Char('\n')
                   + DeliveryMark::text(ChatMessage::State(index.data(Role::StateRole).toInt()));
            const QString error = index.data(Role::ErrorTextRole).toString();
            if (!error.isEmpty())
                tip += QStringLiteral(": ") + error;
        }
    } else if (e && e->edited.contains(rel)) {
        tip = tr("This message was corrected after it was sent.");
    } else {
        const Hit hit = hitTest(option.rect, index, event->pos());
        if (hit.kind == Hit::Link)
            tip = hit.url.toDisplayString();
        for (const auto &[r, reaction] : e ? e->reactions : QList<QPair<QRect, Reaction>>()) {
            if (hit.kind == Hit::Reaction && reaction.emoji == hit.emoji)
                tip = reaction.emoji + QLatin1Char(' ') + reaction.senders.join(QStringLiteral(", "));
        }
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), plainTip(tip), view);
    return true;
}

} // namespace charla
