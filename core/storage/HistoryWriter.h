#pragma once

#include "storage/HistoryStore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace charla {

/// What HistoryWriter::mayHaveDuplicates() found out about one message of a batch, for
/// HistoryWriter::write().
struct DuplicateProbe
{
    /// false: certainly no stored duplicate by origin-id or fallback key (write() skips that
    /// lookup).
    bool mayHaveDuplicate = true;
    /// The fallback key already computed for a message without origin-id (SHA-1, so not
    /// computed twice); 0 when not computed.
    qint64 fallbackKey = 0;
};

/// HistoryStore's writing half (internal): the prepared statements of add() and addBatch(),
/// prepared once per database connection and reused for every message, and the row-id
/// allocation. Call begin() after each BEGIN: what it remembers is only valid inside one
/// transaction (another connection may write between two).
class HistoryWriter
{
public:
    // Timestamps are kept as ms since the epoch (UTC); a stamp before 1970 or after 9999 is
    // bogus (a forged or broken XEP-0203 delay) and is clamped so the row id stays positive.
    static constexpr qint64 kMinMs = 1;
    static constexpr qint64 kMaxMs = 253402300799999LL;
    /// Rows added to the full-text index per statement (bounds the SQL text): larger than
    /// any batch Charla writes, so a batch is one FTS5 segment.
    static constexpr qsizetype kIndexChunk = 10000;

    static qint64 msOf(const QDateTime &t) { return qBound(kMinMs, t.toMSecsSinceEpoch(), kMaxMs); }

    explicit HistoryWriter(const QSqlDatabase &db);

    /// The connection the statements were prepared on.
    QString connectionName() const { return m_db.connectionName(); }
    /// Starts a transaction's work (the transaction itself is the caller's). False on error.
    bool begin();
    using Probe = DuplicateProbe;
    /// Before the writes of a batch: which of @p messages may have a stored duplicate by
    /// origin-id or fallback key (one statement for the whole batch), or an earlier one in
    /// the batch. nullopt on error.
    std::optional<QList<Probe>> mayHaveDuplicates(const QList<ChatMessage> &messages);
    /// Stores @p m unless it is a duplicate; false (and m.id = the stored row) for a duplicate,
    /// nullopt on a database error. @p page: see HistoryStore::OlderPage. @p probe: from
    /// mayHaveDuplicates().
    std::optional<bool> write(ChatMessage &m, HistoryStore::OlderPage *page = nullptr,
                              const Probe &probe = Probe());
    /// The chat's newest message becomes (ts, id) when that is newer than what it had.
    bool updateChat(const QString &chat, qint64 ts, qint64 id);
    /// Adds the bodies of the rows stored so far to the full-text index. Call it last in a
    /// transaction (see indexPending() in the .cpp).
    bool indexPending();
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    std::optional<qint64> idFor(qint64 ms);
    std::optional<qint64> idBefore(qint64 ms, HistoryStore::OlderPage *page);
    /// The row of @p m's chat with its stanza-id; nullopt for none (@p error set on an error).
    std::optional<qint64> findBySid(const ChatMessage &m, bool *error);
    /// The stored duplicate of @p m by origin-id or fallback key (a stanza-id match preferred):
    /// (row id, whether it has a stanza-id); nullopt for none, @p error set on an error.
    std::optional<QPair<qint64, bool>> findDuplicate(const ChatMessage &m, qint64 ms,
                                                     const QString &bare, qint64 fkey,
                                                     bool *error);
    /// When @p m is a duplicate by origin-id or fallback key: true, m.id set to the stored row
    /// (learning its stanza-id); false when not; nullopt on a database error.
    std::optional<bool> storeDuplicate(ChatMessage &m, qint64 ms, const QString &bare,
                                       qint64 fkey);
    static bool fail(const QSqlQuery &q);

    QSqlDatabase m_db;
    QSqlQuery m_probeOrigin, m_probeFallback, m_bySid, m_byOrigin, m_byFallback, m_maxInRange,
        m_minInRange, m_maxId, m_idTaken, m_insertOrigin, m_insertOriginFull, m_insertFallback,
        m_insertFallbackFull, m_learnSid, m_indexOne, m_touchChat;
    /// Inside the current transaction: the highest row id, and per ms the highest id given
    /// out, so most rows need no id query (catch-up messages are newer than everything).
    qint64 m_maxKnownId = 0;
    qint64 m_maxAtBegin = 0; ///< the highest row id when the transaction began
    QHash<qint64, qint64> m_topOfMs;
    QList<qint64> m_pending; ///< stored, not yet in the full-text index
    QString m_pendingBody;   ///< the body when only one is pending
};

} // namespace charla
