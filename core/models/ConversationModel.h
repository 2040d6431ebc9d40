#pragma once

#include "stanza/ChatMessage.h"

#include <QAbstractListModel>

#include <vector>

namespace charla {

class HistoryStore;

/// One chat's messages for a QListView (Qt Core only): oldest at row 0, newest last.
///
/// Starts with the newest page of the store; canFetchMore()/fetchMore() add older pages at the
/// top (keyset queries on (timestamp, id), never OFFSET). Follows HistoryStore's keyed signals:
/// a new message is inserted at its place by timestamp, a changed one gets dataChanged.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 store row id
        MessageRole,       ///< ChatMessage
        DirectionRole,     ///< int of ChatMessage::Direction
        FromRole,          ///< QString full JID of the sender
        BodyRole,          ///< QString (also Qt::DisplayRole)
        TimestampRole,     ///< QDateTime (local time)
        StateRole,         ///< int of ChatMessage::State
        ErrorTextRole,     ///< QString
        EditedRole,        ///< bool
        RetractedRole,     ///< bool
        ReplyQuoteRole,    ///< QString (empty when not a reply)
        ReplyFromRole,     ///< QString
        ReactionsRole,     ///< QVariantList of QVariantMap {emoji, count, senders}
        OobUrlRole,        ///< QString
        IsActionRole,      ///< bool (/me)
        FirstOfDayRole,    ///< bool: a day separator goes above this row
        GroupedRole,       ///< bool: same sender as the row above within 5 minutes (no header)
    };
    Q_ENUM(Role)

    ConversationModel(HistoryStore *store, const QString &chat, QObject *parent = nullptr);

    QString chat() const { return m_chat; }
    /// Rows fetched per page.
    void setPageSize(int n) { m_pageSize = n; }
    /// The row of store id @p id, loading older pages until it is found; -1 if not in the chat.
    int rowForId(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    HistoryStore *m_store;
    QString m_chat;
    std::vector<ChatMessage> m_rows;
    int m_pageSize = 50;
    bool m_atStart = false;
};

} // namespace charla
