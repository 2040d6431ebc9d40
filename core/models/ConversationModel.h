#pragma once

#include "stanza/ChatMessage.h"

#include <QAbstractListModel>

#include <deque>
#include <functional>
#include <optional>

namespace charla {

class HistoryStore;

/// One chat's messages for a QListView (Qt Core only): oldest at row 0, newest last.
///
/// Starts with the newest page of the store; canFetchMore()/fetchMore() add older pages at the
/// top (keyset queries on (timestamp, id), never OFFSET). Follows HistoryStore's keyed signals:
/// a new message is inserted at its place by timestamp, a changed one gets dataChanged, and
/// when an insertion changes a neighbour's FirstOfDayRole or GroupedRole, it gets dataChanged.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 store row id
        MessageRole,               ///< ChatMessage
        DirectionRole,             ///< int of ChatMessage::Direction
        FromRole,                  ///< QString full JID of the sender
        BodyRole,                  ///< QString (also Qt::DisplayRole)
        TimestampRole,             ///< QDateTime (local time)
        StateRole,                 ///< int of ChatMessage::State
        ErrorTextRole,             ///< QString
        EditedRole,                ///< bool
        RetractedRole,             ///< bool
        ReplyQuoteRole,            ///< QString (empty when not a reply)
        ReplyFromRole,             ///< QString
        ReactionsRole,             ///< QVariantList of QVariantMap {emoji, count, senders}
        OobUrlRole,                ///< QString
        IsActionRole,              ///< bool (/me)
        FirstOfDayRole,            ///< bool: a day separator goes above this row
        GroupedRole, ///< bool: same sender as the row above within 5 minutes (no header)
        UnstyledRole, ///< bool: XEP-0393 6, show the body without styling
    };
    Q_ENUM(Role)

    ConversationModel(HistoryStore *store, const QString &chat, QObject *parent = nullptr);

    QString chat() const { return m_chat; }
    /// Rows fetched per page (default 50). Changing it reloads the newest page (a reset).
    void setPageSize(int n);
    int pageSize() const { return m_pageSize; }
    /// The row of store id @p id, loading older pages until it is found; -1 if not in the chat.
    int rowForId(qint64 id);
    /// The message at @p row (row must be valid).
    const ChatMessage &messageAt(int row) const { return m_rows.at(size_t(row)); }

    /// The name a screen reader says for the sender of a message (Qt::AccessibleTextRole,
    /// "Alice, 10:42: text"); without one, the sender's bare JID, or "You".
    using SenderName = std::function<QString(const QString &from, bool outgoing)>;
    void setSenderName(SenderName name) { m_senderName = std::move(name); }
    /// A message as a screen reader says it: "Alice, 10:42: text".
    QString accessibleText(const ChatMessage &m) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    void loadNewest();
    void insertMessages(QList<ChatMessage> messages);
    bool belongsToLoadedRange(const ChatMessage &m) const;
    const ChatMessage *previousOf(int row) const;
    bool firstOfDay(int row) const;
    bool grouped(int row) const;
    int findRow(qint64 id) const;

    HistoryStore *m_store;
    QString m_chat;
    SenderName m_senderName;
    /// Oldest first. A deque, so a page prepended by fetchMore() costs the page, not the chat.
    std::deque<ChatMessage> m_rows;
    /// The stored message just above row 0 (not shown): it decides row 0's day separator and
    /// grouping, and bounds which late messages belong to the loaded range. Empty at the start.
    std::optional<ChatMessage> m_before;
    int m_pageSize = 50;
    bool m_atStart = false;
    bool m_changing = false; ///< inside begin/endInsertRows (fetchMore must not nest)
};

} // namespace charla
