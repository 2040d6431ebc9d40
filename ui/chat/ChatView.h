#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QUrl>

#include <functional>

class QMenu;

class QIdentityProxyModel;
class QToolButton;

namespace charla {

class MessageDelegate;

/// The message list of one chat: a QListView over a ConversationModel painted by a
/// MessageDelegate. Keeps to the newest message while the person is at the bottom, loads older
/// pages when they scroll to the top (without jumping), selects text inside a message with the
/// mouse, copies (Ctrl+C: the selected text, or the selected messages), and offers the
/// message actions (reply, react, edit, retry, delete) in its context menu.
class ChatView : public QListView
{
    Q_OBJECT
public:
    explicit ChatView(QWidget *parent = nullptr);

    /// Shows @p conversation (a ConversationModel, or any model with its roles). Older pages
    /// are fetched only when scrolled to the top.
    void setConversation(QAbstractItemModel *conversation);
    QAbstractItemModel *conversation() const { return m_source; }
    MessageDelegate *messageDelegate() const { return m_delegate; }

    /// The view's index of source row @p row.
    QModelIndex indexForRow(int row) const;
    /// Scrolls to source row @p row and highlights it (a search result).
    void showRow(int row, bool highlight);
    /// Whether the newest message is in view.
    bool isAtBottom() const;
    void scrollToNewest();

    /// The "New messages" button shown over the list when messages arrive below the screen.
    QToolButton *newMessagesButton() const { return m_newMessages; }

    /// What Copy puts on the clipboard now: the selected text inside a message, else the
    /// selected messages as "[time] name: text" lines.
    QString copyText() const;
    /// Copies copyText() to the clipboard.
    void copy();
    /// Adds to a message's context menu (a room's moderation) just before it shows.
    using MenuExtender = std::function<void(QMenu *menu, const QModelIndex &index)>;
    void setMenuExtender(MenuExtender extender) { m_menuExtender = std::move(extender); }

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void retryRequested(qint64 id);
    void reactionToggled(qint64 id, const QString &emoji);
    void replyRequested(const QModelIndex &index);
    void editRequested(const QModelIndex &index);
    void retractRequested(qint64 id);
    /// "Save as…" on a file card (@p url is https).
    void saveRequested(const QUrl &url);
    /// The view is at the top and the model has no older local rows: the archive may have more.
    void olderWanted();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fetchOlderIfNeeded();
    void rowsAboutToArrive(int first);
    void rowsArrived(int first, int last);
    bool isOwnAndEditable(const QModelIndex &index) const;
    void placeNewMessagesButton();

    MessageDelegate *m_delegate;
    QToolButton *m_newMessages;
    QIdentityProxyModel *m_proxy;
    QPointer<QAbstractItemModel> m_source;
    bool m_stickToBottom = true;
    QPersistentModelIndex m_anchor; ///< the top row while older rows arrive above it
    int m_anchorOffset = 0;
    QPersistentModelIndex m_pressRow;
    QUrl m_pressLink;
    int m_pressPos = -1;
    bool m_selectingText = false;
    MenuExtender m_menuExtender;
};

} // namespace charla
