#include "ChatView.h"

#include "AttachmentFetcher.h"
#include "EmojiPicker.h"
#include "MessageDelegate.h"
#include "models/ConversationModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace charla {

namespace {

using Role = ConversationModel::Role;

// The view must not fetch by itself: QAbstractItemView fetches more whenever its last row is
// visible, which for a chat (older pages at the top, the newest at the bottom) would load the
// whole history while the person reads the newest messages. ChatView fetches at the top.
class NoAutoFetch : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

const QStringList &quickReactions()
{
    static const QStringList list{QStringLiteral("\U0001F44D"), QStringLiteral("\u2764\uFE0F"),
                                  QStringLiteral("\U0001F602"), QStringLiteral("\U0001F62E"),
                                  QStringLiteral("\U0001F622"), QStringLiteral("\U0001F389")};
    return list;
}

} // namespace

ChatView::ChatView(QWidget *parent)
    : QListView(parent), m_delegate(new MessageDelegate(this)),
      m_newMessages(new QToolButton(this)), m_proxy(new NoAutoFetch(this))
{
    // Shown when messages arrive while the person reads older ones: one click to the newest.
    m_newMessages->setText(tr("\u2193 New messages"));
    m_newMessages->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->hide();
    connect(m_newMessages, &QToolButton::clicked, this, &ChatView::scrollToNewest);
    // Previews and downloads of file links; ChatTab may share another fetcher.
    m_delegate->setAttachmentFetcher(new AttachmentFetcher(nullptr, this));
    setItemDelegate(m_delegate);
    setModel(m_proxy);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setMouseTracking(true);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    //: Accessible name of a chat's message list (read by screen readers).
    setAccessibleName(tr("Messages"));
    verticalScrollBar()->setSingleStep(fontMetrics().height() * 2);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_stickToBottom = isAtBottom();
        if (m_stickToBottom)
            m_newMessages->hide();
        fetchOlderIfNeeded();
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_stickToBottom && !m_anchor.isValid())
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    });
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int) { rowsAboutToArrive(first); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsArrived(first, last); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_delegate->clearTextSelection();
        m_stickToBottom = true;
        QTimer::singleShot(0, this, &ChatView::scrollToNewest);
    });
}

void ChatView::setConversation(QAbstractItemModel *conversation)
{
    m_source = conversation;
    m_delegate->clearTextSelection();
    m_delegate->clearCache();
    m_proxy->setSourceModel(conversation);
    m_stickToBottom = true;
    scrollToNewest();
    QTimer::singleShot(0, this, &ChatView::fetchOlderIfNeeded);
}

QModelIndex ChatView::indexForRow(int row) const
{
    return m_proxy->index(row, 0);
}

bool ChatView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void ChatView::scrollToNewest()
{
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_stickToBottom = true;
    m_newMessages->hide();
}

void ChatView::showRow(int row, bool highlight)
{
    const QModelIndex index = indexForRow(row);
    if (!index.isValid())
        return;
    executeDelayedItemsLayout();
    m_stickToBottom = false;
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_stickToBottom = isAtBottom();
    if (highlight)
        m_delegate->setHighlighted(index);
    setCurrentIndex(index);
    viewport()->update();
}

void ChatView::fetchOlderIfNeeded()
{
    if (!m_source)
        return;
    // Near the top, or the history does not fill the view yet.
    const QScrollBar *bar = verticalScrollBar();
    if (bar->value() > viewport()->height() / 2 && bar->maximum() != 0)
        return;
    if (m_source->canFetchMore({}))
        m_source->fetchMore({});
    else
        Q_EMIT olderWanted(); // past the local history: the archive's turn
}

void ChatView::rowsAboutToArrive(int first)
{
    // Older messages arrive at the top: remember the message at the top of the screen and
    // where it is, to put it back there once the new rows are laid out.
    if (first == 0 && m_proxy->rowCount() > 0 && !m_stickToBottom) {
        executeDelayedItemsLayout();
        m_anchor = indexAt(QPoint(1, 1));
        m_anchorOffset = m_anchor.isValid() ? visualRect(m_anchor).top() : 0;
    }
}

void ChatView::rowsArrived(int first, int last)
{
    Q_UNUSED(first)
    if (m_anchor.isValid()) {
        executeDelayedItemsLayout();
        const int delta = visualRect(m_anchor).top() - m_anchorOffset;
        m_anchor = QPersistentModelIndex();
        verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
        return;
    }
    if (m_stickToBottom) {
        QTimer::singleShot(0, this, [this] {
            if (m_stickToBottom)
                scrollToNewest();
        });
    } else if (last == m_proxy->rowCount() - 1) {
        m_newMessages->adjustSize();
        placeNewMessagesButton();
        m_newMessages->show();
        m_newMessages->raise();
    }
}

void ChatView::placeNewMessagesButton()
{
    const QRect area = viewport()->geometry();
    const int margin = fontMetrics().height() / 2;
    m_newMessages->move(area.right() - m_newMessages->width() - margin,
                        area.bottom() - m_newMessages->height() - margin);
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = m_stickToBottom;
    QListView::resizeEvent(event);
    placeNewMessagesButton();
    if (atBottom)
        QTimer::singleShot(0, this, &ChatView::scrollToNewest);
}

void ChatView::mousePressEvent(QMouseEvent *event)
{
    m_delegate->setHighlighted({}); // a search result stays marked until the next click
    m_pressLink.clear();
    m_selectingText = false;
    const QModelIndex index = indexAt(event->pos());
    if (event->button() == Qt::LeftButton && index.isValid()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
        const auto hit = m_delegate->hitTest(visualRect(index), index, event->pos());
        const qint64 id = index.data(Role::IdRole).toLongLong();
        switch (hit.kind) {
        case MessageDelegate::Hit::Retry:
            Q_EMIT retryRequested(id);
            return;
        case MessageDelegate::Hit::Reaction:
            Q_EMIT reactionToggled(id, hit.emoji);
            return;
        case MessageDelegate::Hit::Save:
            Q_EMIT saveRequested(hit.url);
            return;
        case MessageDelegate::Hit::ShowPreview:
            m_delegate->allowPreview(hit.url.toString());
            return;
        case MessageDelegate::Hit::Link:
            m_pressLink = hit.url;
            Q_FALLTHROUGH();
        case MessageDelegate::Hit::Text:
            // A press in the text starts a selection inside this message.
            m_pressRow = index;
            m_pressPos = hit.position;
            m_selectingText = true;
            clearSelection();
            setCurrentIndex(index);
            selectionModel()->clearSelection();
            m_delegate->setTextSelection(index, hit.position, hit.position);
            viewport()->update();
            return;
        case MessageDelegate::Hit::None:
            break;
        }
    }
    m_delegate->clearTextSelection();
    viewport()->update();
    QListView::mousePressEvent(event);
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selectingText && (event->buttons() & Qt::LeftButton) && m_pressRow.isValid()) {
        const QModelIndex over = indexAt(event->pos());
        if (over.isValid() && over.row() != m_pressRow.row()) {
            // A drag across messages selects them whole: Copy gives "[time] name: text" lines.
            m_delegate->clearTextSelection();
            m_pressLink.clear();
            const QModelIndex first = m_proxy->index(qMin(over.row(), m_pressRow.row()), 0);
            const QModelIndex last = m_proxy->index(qMax(over.row(), m_pressRow.row()), 0);
            selectionModel()->select(QItemSelection(first, last),
                                     QItemSelectionModel::ClearAndSelect);
            viewport()->update();
            return;
        }
        if (selectionModel()->hasSelection())
            selectionModel()->clearSelection(); // back inside the first message
        const QRect rect = visualRect(m_pressRow);
        // Outside the row the selection runs to its start or end.
        QPoint pos = event->pos();
        pos.setY(qBound(rect.top(), pos.y(), rect.bottom()));
        const auto hit = m_delegate->hitTest(rect, m_pressRow, pos);
        int end = hit.position;
        if (end < 0)
            end = event->pos().y() < rect.top() ? 0 : int(m_delegate->messageText(m_pressRow).size());
        if (end != m_pressPos)
            m_pressLink.clear(); // a drag, not a click
        m_delegate->setTextSelection(m_pressRow, m_pressPos, end);
        viewport()->update(rect);
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (index.isValid()) {
        switch (m_delegate->hitTest(visualRect(index), index, event->pos()).kind) {
        case MessageDelegate::Hit::Link:
        case MessageDelegate::Hit::Retry:
        case MessageDelegate::Hit::Reaction:
        case MessageDelegate::Hit::Save:
        case MessageDelegate::Hit::ShowPreview:
            shape = Qt::PointingHandCursor;
            break;
        case MessageDelegate::Hit::Text:
            shape = Qt::IBeamCursor;
            break;
        case MessageDelegate::Hit::None:
            break;
        }
    }
    viewport()->setCursor(shape);
    if (!m_selectingText)
        QListView::mouseMoveEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_selectingText) {
        m_selectingText = false;
        if (!m_pressLink.isEmpty() && event->button() == Qt::LeftButton) {
            const QModelIndex index = indexAt(event->pos());
            const auto hit = index.isValid()
                                 ? m_delegate->hitTest(visualRect(index), index, event->pos())
                                 : MessageDelegate::Hit();
            const QUrl url = m_pressLink;
            m_pressLink.clear();
            if (hit.kind == MessageDelegate::Hit::Link && hit.url == url) {
                m_delegate->clearTextSelection();
                Q_EMIT linkActivated(url);
            }
        }
        // Offer the selection to X11's middle-click paste, as text widgets do.
        if (m_delegate->hasTextSelection() && QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(m_delegate->selectedText(), QClipboard::Selection);
        return;
    }
    QListView::mouseReleaseEvent(event);
}

QString ChatView::copyText() const
{
    if (m_delegate->hasTextSelection())
        return m_delegate->selectedText();
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : rows) {
        const QDateTime when = index.data(Role::TimestampRole).toDateTime().toLocalTime();
        lines.append(QLatin1Char('[') + QLocale().toString(when, QLocale::ShortFormat)
                     + QStringLiteral("] ") + m_delegate->senderName(index) + QStringLiteral(": ")
                     + m_delegate->messageText(index));
    }
    return lines.join(QLatin1Char('\n'));
}

void ChatView::copy()
{
    const QString text = copyText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        event->accept();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        m_delegate->clearTextSelection();
        selectAll();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

bool ChatView::isOwnAndEditable(const QModelIndex &index) const
{
    // XEP-0308: only the newest outgoing message is corrected.
    if (index.data(Role::DirectionRole).toInt() != int(ChatMessage::Direction::Outgoing)
        || index.data(Role::RetractedRole).toBool())
        return false;
    for (int row = m_proxy->rowCount() - 1; row > index.row(); --row) {
        if (m_proxy->index(row, 0).data(Role::DirectionRole).toInt()
            == int(ChatMessage::Direction::Outgoing))
            return false;
    }
    return true;
}

void ChatView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu key acts on the current message, wherever the mouse is.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    const QPoint at = keyboard ? visualRect(index).center() : event->pos();
    const auto hit = m_delegate->hitTest(visualRect(index), index, at);
    const qint64 id = index.data(Role::IdRole).toLongLong();
    const bool retracted = index.data(Role::RetractedRole).toBool();
    QMenu menu(this);
    if (m_delegate->hasTextSelection())
        menu.addAction(tr("&Copy"), this, &ChatView::copy);
    const QPersistentModelIndex row(index);
    menu.addAction(tr("Copy &text"), this, [this, row] {
        QApplication::clipboard()->setText(m_delegate->messageText(row));
    });
    if (hit.kind == MessageDelegate::Hit::Link) {
        const QUrl url = hit.url;
        menu.addAction(tr("Copy &link"), this, [url] {
            QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        });
    }
    menu.addSeparator();
    if (!retracted) {
        menu.addAction(tr("&Reply"), this, [this, row] { Q_EMIT replyRequested(row); });
        QMenu *react = menu.addMenu(tr("R&eact"));
        for (const QString &emoji : quickReactions())
            react->addAction(emoji, this, [this, id, emoji] { Q_EMIT reactionToggled(id, emoji); });
        react->addSeparator();
        const QPoint where = keyboard ? viewport()->mapToGlobal(at) : event->globalPos();
        react->addAction(tr("&More\u2026"), this, [this, id, where] {
            auto *picker = new EmojiPicker(this);
            picker->setAttribute(Qt::WA_DeleteOnClose);
            connect(picker, &EmojiPicker::emojiChosen, this,
                    [this, id](const QString &emoji) { Q_EMIT reactionToggled(id, emoji); });
            picker->popup(where);
        });
    }
    if (isOwnAndEditable(index))
        menu.addAction(tr("&Edit"), this, [this, row] { Q_EMIT editRequested(row); });
    if (index.data(Role::StateRole).toInt() == int(ChatMessage::State::Failed))
        menu.addAction(tr("Re&try"), this, [this, id] { Q_EMIT retryRequested(id); });
    if (index.data(Role::DirectionRole).toInt() == int(ChatMessage::Direction::Outgoing)
        && !retracted)
        menu.addAction(tr("&Delete for everyone"), this,
                       [this, id] { Q_EMIT retractRequested(id); });
    if (m_menuExtender)
        m_menuExtender(&menu, row);
    menu.exec(keyboard ? viewport()->mapToGlobal(at) : event->globalPos());
}

} // namespace charla
