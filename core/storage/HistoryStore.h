#pragma once

#include "stanza/ChatMessage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>

class QSqlQuery;

namespace charla {

class AccountDatabase;
class HistoryWriter;

/// One account's message history in its SQLite database: the source of truth for every chat.
///
/// Deduplication (the same message live, as a carbon and from the archive is stored once): a
/// message is the same as a stored one when their trusted stanza-ids match (ChatMessage::stanzaId
/// is only set when trusted), or their origin-ids match for the same sender bare JID, or (no ids)
/// the sender, the body and the timestamp to the second match in that chat.
///
/// Every write is committed before the call returns (WAL, synchronous=NORMAL), so a message the
/// caller then acknowledges to the server (XEP-0198) survives a crash of the process.
///
/// Paging is by keyset on (timestamp, id), never OFFSET. Full-text search uses FTS5. Within one
/// timestamp, rows are in arrival order, except the rows of an archive page fetched backwards
/// (OlderPage), which go before the rows that were stored earlier.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    /// One archive page that is older than what the store holds (XEP-0313 paged backwards with
    /// XEP-0059 <before/>), across the addBatch() calls it is stored in. Archive stamps have
    /// whole seconds, so such a page holds messages of the same second as stored, newer ones:
    /// within one timestamp its rows go before every row stored before the page, in the order
    /// they are added (not after them, as arrival order would put them).
    struct OlderPage
    {
        /// @p capacity: at most how many rows the page adds (its number of results).
        explicit OlderPage(int capacity) : capacity(std::max(capacity, 1)) {}
        int capacity;
        /// The store's bookkeeping: timestamp in ms -> (next row id, first id not the page's).
        QHash<qint64, QPair<qint64, qint64>> slots;
    };

    /// One full-text search hit.
    struct SearchHit
    {
        ChatMessage message;
        QString snippet;               ///< the body with the matched words between \x01 and \x02
        QList<QPair<int, int>> ranges; ///< (start, length) of each hit in message.body
    };

    explicit HistoryStore(AccountDatabase *db, QObject *parent = nullptr);
    ~HistoryStore() override;

    /// Stores @p message (sets its id). When it is a duplicate of a stored message, nothing is
    /// written, @p message.id is set to the stored row and false is returned; a stanza-id learnt
    /// from the duplicate is added to the stored row. Emits messageAdded() when new.
    bool add(ChatMessage &message);
    /// Stores many messages in one transaction (archive catch-up); duplicates are skipped.
    /// Returns how many were new. Emits messagesAdded(chat, ids) per chat. With @p olderPage,
    /// the messages are part of that page: see OlderPage.
    int addBatch(QList<ChatMessage> &messages, OlderPage *olderPage = nullptr);

    std::optional<ChatMessage> message(qint64 id) const;
    /// The stored messages among @p ids, ordered by (timestamp, id); unknown ids are skipped.
    QList<ChatMessage> messages(const QList<qint64> &ids) const;
    /// The message of @p chat whose referenceId() (origin-id or stanza id) or trusted stanza-id
    /// is @p ref, optionally only from the sender bare JID @p fromBare. Newest first.
    std::optional<ChatMessage> findByReference(const QString &chat, const QString &ref,
                                               const QString &fromBare = QString()) const;

    /// Moves a message's delivery state forward (never back: Delivered does not become Sent;
    /// Failed may be retried to Pending). Emits messageChanged().
    bool setState(qint64 id, ChatMessage::State state, const QString &errorText = QString());
    /// XEP-0308: replaces the body, marks it edited. Emits messageChanged().
    bool correct(qint64 id, const QString &newBody);
    /// XEP-0424: empties the body and marks it retracted. Emits messageChanged().
    bool retract(qint64 id);
    /// XEP-0444: @p senderBare's reactions to the message become exactly @p emojis.
    bool setReactions(qint64 id, const QString &senderBare, const QStringList &emojis);

    /// The newest @p limit messages of @p chat, oldest first.
    QList<ChatMessage> latest(const QString &chat, int limit) const;
    /// Up to @p limit messages of @p chat older than (timestamp, id), oldest first.
    QList<ChatMessage> before(const QString &chat, const QDateTime &timestamp, qint64 id,
                              int limit) const;
    /// Up to @p limit messages of @p chat newer than (timestamp, id), oldest first.
    QList<ChatMessage> after(const QString &chat, const QDateTime &timestamp, qint64 id,
                             int limit) const;
    int count(const QString &chat) const;

    /// Full-text search (FTS5) of every body, newest hits first; @p chat narrows it to one chat.
    QList<SearchHit> search(const QString &text, int limit, const QString &chat = QString()) const;

    /// Every chat with its newest message, newest first.
    QList<ChatMessage> recentChats(int limit = 100) const;

    /// Deletes @p chat's local history. Emits chatCleared().
    bool clearChat(const QString &chat);
    /// History retention: deletes every message older than @p cutoff (with its reactions and
    /// search entries); chats left empty are forgotten and emit chatCleared(). Returns how
    /// many messages were deleted, or -1 when the database refused.
    int deleteOlderThan(const QDateTime &cutoff);
    /// The conversation as plain text, one "[yyyy-MM-dd HH:mm:ss] sender: body" line per message.
    QString exportText(const QString &chat) const;

    /// The newest archive id (XEP-0313) the store knows for the account's archive ("" for none).
    QString lastArchiveId() const;
    bool setLastArchiveId(const QString &id);

Q_SIGNALS:
    void messageAdded(const charla::ChatMessage &message);
    void messagesAdded(const QString &chat, const QList<qint64> &ids);
    void messageChanged(const charla::ChatMessage &message);
    void chatCleared(const QString &chat);

private:
    /// The writer for the database's current connection (prepared once, reused).
    HistoryWriter *writer();
    QList<ChatMessage> readPage(QSqlQuery &q, bool reverse) const;
    void loadReactions(ChatMessage &message) const;
    void loadReactions(QList<ChatMessage> &messages) const;
    AccountDatabase *m_db;
    std::unique_ptr<HistoryWriter> m_writer;
};

} // namespace charla
