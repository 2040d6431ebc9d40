#include "storage/HistoryWriter.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QtEndian>

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

namespace charla {

namespace {

// Row ids are ms * kIdsPerMs + a counter, so id order is timestamp order (see idFor()).
constexpr qint64 kIdsPerMs = 1000;
// The first row of a millisecond takes this counter: rows arriving later count up from it,
// rows of an older archive page count down (HistoryStore::OlderPage).
constexpr qint64 kFirstCounter = kIdsPerMs / 2;

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString bareOf(const QString &jid)
{
    const qsizetype slash = jid.indexOf(QLatin1Char('/'));
    return slash < 0 ? jid : jid.left(slash);
}

// The key for messages without an origin-id: sender, body and the timestamp to the second
// (an archive copy of a live message has the same second but not always the same ms).
qint64 fallbackKey(const ChatMessage &m, qint64 ms)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(m.from.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(m.body.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(QByteArray::number(ms / 1000));
    const QByteArray digest = h.result();
    return qFromBigEndian<qint64>(digest.constData());
}

// Strings that pass through the JSON text of a probe (mayHaveDuplicates()) unchanged: valid
// UTF-16 without NUL. (XML allows neither, so in practice every string.)
bool jsonExact(const QString &s)
{
    return s.isValidUtf16() && !s.contains(QChar(0));
}

// @p s as a JSON string: quotes, backslashes and control characters escaped (RFC 8259 7).
void appendJson(QString &out, const QString &s)
{
    static const char16_t hex[] = u"0123456789abcdef";
    out += QLatin1Char('"');
    if (std::none_of(s.cbegin(), s.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
        })) {
        out += s;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QLatin1String("\\u00");
            out += QChar(hex[u >> 4]);
            out += QChar(hex[u & 0xf]);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

// Statements that return rows are read forwards once: no row cache in Qt Sql.
void prepareSelect(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    q.prepare(sql);
}

// The insert of write(), with named parameters: each value is bound once however often the
// statement uses it, and Qt 6.4 binds by name faster than by position (it formats a name for
// every positional value). :key is the origin-id (@p byOrigin; ref_id is the origin-id then)
// or the fallback key (ref_id is the message's id then). No name is used twice: Qt 6.4 then
// re-matches every value to its name at each exec (a string conversion per parameter). A
// stored row with the same trusted stanza-id makes it insert nothing (the unique index).
QString insertSql(bool byOrigin, bool full)
{
    QString columns = QStringLiteral("id, chat, outgoing, sender, sender_bare, body, ts, "
                                     "message_id, origin_id, stanza_id, ref_id, fallback_key, state");
    QString values = byOrigin ? QStringLiteral(":id, :chat, :out, :sender, :bare, :body, :ts, :mid, "
                                               ":key, :sid, :ref, NULL, :state")
                              : QStringLiteral(":id, :chat, :out, :sender, :bare, :body, :ts, :mid, "
                                               "NULL, :sid, :ref, :key, :state");
    if (full) {
        columns += QStringLiteral(", error_text, edited, retracted, reply_to_id, reply_to_from, "
                                  "reply_quote, oob_url, oob_desc, occupant_id, unstyled");
        values += QStringLiteral(", :error, :edited, :retracted, :replyid, :replyfrom, :quote, "
                                 ":oob, :oobdesc, :occupant, :unstyled");
    }
    return QStringLiteral("INSERT INTO messages (") + columns + QStringLiteral(") VALUES (") +
           values +
           QStringLiteral(") ON CONFLICT (chat, stanza_id) WHERE stanza_id IS NOT NULL DO NOTHING");
}

} // namespace

HistoryWriter::HistoryWriter(const QSqlDatabase &db)
    : m_db(db), m_probeOrigin(m_db), m_probeFallback(m_db), m_bySid(m_db), m_byOrigin(m_db),
      m_byFallback(m_db), m_maxInRange(m_db), m_minInRange(m_db), m_maxId(m_db), m_idTaken(m_db),
      m_insertOrigin(m_db), m_insertOriginFull(m_db), m_insertFallback(m_db),
      m_insertFallbackFull(m_db), m_learnSid(m_db), m_indexOne(m_db), m_touchChat(m_db)
{
    // Deduplication, one index lookup per rule (one statement with ORs made SQLite build a
    // row set and sort it for every message). A trusted stanza-id match wins; origin-id (same
    // sender) and the fallback key only match when the two messages do not carry different
    // trusted stanza-ids (then they are two messages that reuse an id): :hassid says
    // whether the new message has one. The stanza-id itself is checked by the insert
    // (the unique index on (chat, stanza_id)), see write().
    // The statements run for every message bind by name (see insertSql()).
    // The probes of mayHaveDuplicates(): which [chat, key] pairs of a JSON array have a stored
    // row, as the array indexes. One statement (and one bound value) for a whole batch
    // instead of one lookup per message: an archive catch-up is almost all new messages.
    prepareSelect(m_probeOrigin,
                  QStringLiteral("SELECT j.key FROM json_each(:probe) AS j WHERE EXISTS (SELECT 1 "
                                 "FROM messages WHERE chat = json_extract(j.value, '$[0]') AND "
                                 "ref_id = json_extract(j.value, '$[1]'))"));
    prepareSelect(m_probeFallback,
                  QStringLiteral("SELECT j.key FROM json_each(:probe) AS j WHERE EXISTS (SELECT 1 "
                                 "FROM messages WHERE chat = json_extract(j.value, '$[0]') AND "
                                 "fallback_key = json_extract(j.value, '$[1]'))"));
    prepareSelect(m_bySid, QStringLiteral(
                               "SELECT id FROM messages WHERE chat = :chat AND stanza_id = :sid"));
    prepareSelect(m_byOrigin,
                  QStringLiteral("SELECT id, stanza_id IS NOT NULL FROM messages WHERE chat = :chat "
                                 "AND ref_id = :key AND origin_id = :origin AND sender_bare = :bare "
                                 "AND (stanza_id IS NULL OR :hassid = 0) LIMIT 1"));
    prepareSelect(m_byFallback,
                  QStringLiteral("SELECT id, stanza_id IS NOT NULL FROM messages WHERE chat = :chat "
                                 "AND fallback_key = :key AND sender = :sender AND ts / 1000 = :s "
                                 "AND (stanza_id IS NULL OR :hassid = 0) LIMIT 1"));
    prepareSelect(m_maxInRange,
                  QStringLiteral("SELECT max(id) FROM messages WHERE id >= ? AND id < ?"));
    prepareSelect(m_minInRange,
                  QStringLiteral("SELECT min(id) FROM messages WHERE id >= ? AND id < ?"));
    prepareSelect(m_maxId, QStringLiteral("SELECT max(id) FROM messages"));
    prepareSelect(m_idTaken, QStringLiteral("SELECT 1 FROM messages WHERE id = ?"));
    // Most messages have no error, edit, reply, attachment or occupant-id: the short form binds
    // only what they have (the rest are NULL or their defaults).
    m_insertOrigin.prepare(insertSql(true, false));
    m_insertOriginFull.prepare(insertSql(true, true));
    m_insertFallback.prepare(insertSql(false, false));
    m_insertFallbackFull.prepare(insertSql(false, true));
    m_learnSid.prepare(
        QStringLiteral("UPDATE messages SET stanza_id = ? WHERE id = ? AND stanza_id IS NULL"));
    m_indexOne.prepare(QStringLiteral("INSERT INTO messages_fts (rowid, body) VALUES (?, ?)"));
    m_touchChat.prepare(QStringLiteral(
        "INSERT INTO chats (chat, last_ts, last_id) VALUES (?, ?, ?) ON CONFLICT (chat) DO "
        "UPDATE SET last_ts = excluded.last_ts, last_id = excluded.last_id "
        "WHERE (excluded.last_ts, excluded.last_id) > (chats.last_ts, chats.last_id)"));
}

bool HistoryWriter::begin()
{
    m_topOfMs.clear();
    m_pending.clear();
    m_pendingBody.clear();
    if (!m_maxId.exec() || !m_maxId.next())
        return fail(m_maxId);
    m_maxKnownId = m_maxId.value(0).toLongLong(); // NULL (empty table) is 0
    m_maxId.finish();
    m_maxAtBegin = m_maxKnownId;
    return true;
}

std::optional<qint64> HistoryWriter::findBySid(const ChatMessage &m, bool *error)
{
    m_bySid.bindValue(QStringLiteral(":chat"), m.chat);
    m_bySid.bindValue(QStringLiteral(":sid"), m.stanzaId);
    if (!m_bySid.exec()) {
        *error = !fail(m_bySid);
        return std::nullopt;
    }
    std::optional<qint64> id;
    if (m_bySid.next())
        id = m_bySid.value(0).toLongLong();
    m_bySid.finish();
    return id;
}

std::optional<QPair<qint64, bool>> HistoryWriter::findDuplicate(const ChatMessage &m, qint64 ms,
                                                                const QString &bare,
                                                                qint64 fkey, bool *error)
{
    *error = false;
    const bool hasSid = !m.stanzaId.isEmpty();
    QSqlQuery &q = m.originId.isEmpty() ? m_byFallback : m_byOrigin;
    q.bindValue(QStringLiteral(":chat"), m.chat);
    if (m.originId.isEmpty()) {
        q.bindValue(QStringLiteral(":key"), fkey);
        q.bindValue(QStringLiteral(":sender"), m.from);
        q.bindValue(QStringLiteral(":s"), ms / 1000);
    } else {
        // ref_id: referenceId() is the origin-id when there is one
        q.bindValue(QStringLiteral(":key"), m.originId);
        q.bindValue(QStringLiteral(":origin"), m.originId);
        q.bindValue(QStringLiteral(":bare"), bare);
    }
    q.bindValue(QStringLiteral(":hassid"), int(hasSid));
    if (!q.exec()) {
        *error = !fail(q);
        return std::nullopt;
    }
    std::optional<QPair<qint64, bool>> found;
    if (q.next())
        found = QPair<qint64, bool>(q.value(0).toLongLong(), q.value(1).toBool());
    q.finish();
    // A stored row with the same trusted stanza-id wins over an origin-id or fallback match.
    // (Without such a match, a stored stanza-id shows up as the insert's conflict instead.)
    if (found && hasSid) {
        if (const std::optional<qint64> bySid = findBySid(m, error))
            return QPair<qint64, bool>(*bySid, true);
        if (*error)
            return std::nullopt;
    }
    return found;
}

std::optional<QList<HistoryWriter::Probe>>
HistoryWriter::mayHaveDuplicates(const QList<ChatMessage> &messages)
{
    QList<Probe> probes(messages.size(), Probe{false, 0});
    // Earlier messages of the batch are stored by the time a later one is written: their keys,
    // as hashes (a collision only sends a message to the exact lookup).
    QSet<size_t> batchKeys;
    batchKeys.reserve(messages.size());
    QString origins, fallbacks;
    origins.reserve(messages.size() * 64);
    QList<qsizetype> originAt, fallbackAt; // probe array index -> message index
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const ChatMessage &m = messages.at(i);
        // What write() would look up: its rows have the same chat and the same ref_id
        // (= origin-id) or fallback key. A string the JSON text might not carry exactly, or a
        // timestamp write() only sets later, keeps the exact lookup.
        if (!jsonExact(m.chat) || (m.originId.isEmpty() && !m.timestamp.isValid()) ||
            !jsonExact(m.originId)) {
            probes[i].mayHaveDuplicate = true;
            continue;
        }
        const bool byOrigin = !m.originId.isEmpty();
        const qint64 fkey = byOrigin ? 0 : fallbackKey(m, msOf(m.timestamp));
        probes[i].fallbackKey = fkey;
        const size_t hash =
            byOrigin ? qHashMulti(0, m.chat, m.originId) : qHashMulti(1, m.chat, fkey);
        if (batchKeys.contains(hash)) {
            probes[i].mayHaveDuplicate = true;
            continue;
        }
        batchKeys.insert(hash);
        QString &json = byOrigin ? origins : fallbacks;
        json += json.isEmpty() ? QLatin1String("[[") : QLatin1String(",[");
        appendJson(json, m.chat);
        json += QLatin1Char(',');
        if (byOrigin)
            appendJson(json, m.originId);
        else
            json += QString::number(fkey);
        json += QLatin1Char(']');
        (byOrigin ? originAt : fallbackAt).append(i);
    }
    const auto probe = [&probes](QSqlQuery &q, QString &json, const QList<qsizetype> &at) {
        if (json.isEmpty())
            return true;
        json += QLatin1Char(']');
        q.bindValue(QStringLiteral(":probe"), json);
        if (!q.exec())
            return fail(q);
        while (q.next())
            probes[at.at(q.value(0).toLongLong())].mayHaveDuplicate = true;
        q.finish();
        return true;
    };
    if (!probe(m_probeOrigin, origins, originAt) || !probe(m_probeFallback, fallbacks, fallbackAt))
        return std::nullopt;
    return probes;
}

std::optional<bool> HistoryWriter::write(ChatMessage &m, HistoryStore::OlderPage *page,
                                         const Probe &probe)
{
    if (!m.timestamp.isValid())
        m.timestamp = QDateTime::currentDateTimeUtc();
    const qint64 ms = msOf(m.timestamp);
    if (ms != m.timestamp.toMSecsSinceEpoch() || m.timestamp.timeSpec() != Qt::UTC)
        m.timestamp = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QString bare = bareOf(m.from);
    // The probe computed it from the same timestamp (write() only sets an invalid one, which
    // the probe leaves alone).
    const qint64 fkey = !m.originId.isEmpty() ? 0
                        : probe.fallbackKey   ? probe.fallbackKey
                                              : fallbackKey(m, ms);

    bool error = false;
    // A duplicate by origin-id or fallback key is looked for before the insert. (Folding the
    // check into the insert, as INSERT ... SELECT ... WHERE NOT EXISTS or as a BEFORE INSERT
    // trigger, measured a third slower: either makes SQLite keep a statement journal and set a
    // savepoint on the full-text index for every row.)
    if (probe.mayHaveDuplicate) {
        if (const std::optional<bool> known = storeDuplicate(m, ms, bare, fkey);
            !known || *known)
            return known ? std::optional<bool>(false) : std::nullopt;
    }
    const std::optional<qint64> id = page ? idBefore(ms, page) : idFor(ms);
    if (!id)
        return std::nullopt;
    const bool full = !m.errorText.isEmpty() || m.edited || m.retracted ||
                      !m.replyToId.isEmpty() || !m.replyToFrom.isEmpty() ||
                      !m.replyQuote.isEmpty() || !m.oobUrl.isEmpty() ||
                      !m.oobDescription.isEmpty() || !m.occupantId.isEmpty() || m.unstyled;
    const bool byOrigin = !m.originId.isEmpty();
    QSqlQuery &insert = byOrigin ? (full ? m_insertOriginFull : m_insertOrigin)
                                 : (full ? m_insertFallbackFull : m_insertFallback);
    const QString body = m.body.isNull() ? QStringLiteral("") : m.body; // NOT NULL
    const auto bind = [&insert](const QString &name, const QVariant &value) {
        insert.bindValue(name, value);
    };
    bind(QStringLiteral(":id"), *id);
    bind(QStringLiteral(":chat"), m.chat);
    bind(QStringLiteral(":out"), m.isOutgoing());
    bind(QStringLiteral(":sender"), m.from);
    bind(QStringLiteral(":bare"), bare);
    bind(QStringLiteral(":body"), body);
    bind(QStringLiteral(":ts"), ms);
    bind(QStringLiteral(":mid"), nullIfEmpty(m.messageId));
    bind(QStringLiteral(":key"), byOrigin ? QVariant(m.originId) : QVariant(fkey));
    bind(QStringLiteral(":ref"), byOrigin ? QVariant(m.originId) : nullIfEmpty(m.messageId));
    bind(QStringLiteral(":sid"), nullIfEmpty(m.stanzaId));
    bind(QStringLiteral(":state"), int(m.state));
    if (full) {
        bind(QStringLiteral(":error"), nullIfEmpty(m.errorText));
        bind(QStringLiteral(":edited"), m.edited);
        bind(QStringLiteral(":retracted"), m.retracted);
        bind(QStringLiteral(":replyid"), nullIfEmpty(m.replyToId));
        bind(QStringLiteral(":replyfrom"), nullIfEmpty(m.replyToFrom));
        bind(QStringLiteral(":quote"), nullIfEmpty(m.replyQuote));
        bind(QStringLiteral(":oob"), nullIfEmpty(m.oobUrl));
        bind(QStringLiteral(":oobdesc"), nullIfEmpty(m.oobDescription));
        bind(QStringLiteral(":occupant"), nullIfEmpty(m.occupantId));
        bind(QStringLiteral(":unstyled"), m.unstyled);
    }
    if (!insert.exec()) {
        fail(insert);
        return std::nullopt;
    }
    if (insert.numRowsAffected() == 0) {
        // The stanza-id index refused it: a stored row has this trusted stanza-id. Finding
        // that out here saves every new message a lookup of its stanza-id.
        const std::optional<qint64> stored = findBySid(m, &error);
        if (!stored)
            return std::nullopt;
        m.id = *stored;
        return false;
    }
    m.id = *id;

    // Keep the per-ms tops exact: a row that spilled over from a full ms may land in the ids
    // of a later one.
    const qint64 slot = *id / kIdsPerMs;
    if (auto top = m_topOfMs.find(slot); top != m_topOfMs.end())
        *top = std::max(*top, *id);
    else if (slot * kIdsPerMs > m_maxKnownId)
        m_topOfMs.insert(slot, *id);
    m_maxKnownId = std::max(m_maxKnownId, *id);

    m_pending.append(*id);
    m_pendingBody = body;
    return true;
}

std::optional<bool> HistoryWriter::storeDuplicate(ChatMessage &m, qint64 ms, const QString &bare,
                                                  qint64 fkey)
{
    bool error = false;
    const auto duplicate = findDuplicate(m, ms, bare, fkey, &error);
    if (error)
        return std::nullopt;
    if (!duplicate)
        return false;
    m.id = duplicate->first;
    if (!m.stanzaId.isEmpty() && !duplicate->second) {
        // The archive (or a live copy with a trusted id) names a message we stored without
        // one: keep the id so the next copy is matched on it.
        m_learnSid.addBindValue(m.stanzaId);
        m_learnSid.addBindValue(m.id);
        if (!m_learnSid.exec()) {
            fail(m_learnSid);
            return std::nullopt;
        }
    }
    return true;
}

bool HistoryWriter::updateChat(const QString &chat, qint64 ts, qint64 id)
{
    m_touchChat.addBindValue(chat);
    m_touchChat.addBindValue(ts);
    m_touchChat.addBindValue(id);
    return m_touchChat.exec() || fail(m_touchChat);
}

bool HistoryWriter::indexPending()
{
    // One statement for the whole batch: FTS5 (SQLite 3.40) writes a segment at every
    // statement savepoint, so one insert per message made the index five times slower. For
    // the same reason this is the last statement of a transaction: once the index is part of
    // the transaction, every later statement's savepoint syncs it again.
    if (m_pending.isEmpty())
        return true;
    bool ok = true;
    if (m_pending.size() == 1) {
        m_indexOne.addBindValue(m_pending.first());
        m_indexOne.addBindValue(m_pendingBody);
        ok = m_indexOne.exec() || fail(m_indexOne);
    } else if (*std::min_element(m_pending.cbegin(), m_pending.cend()) > m_maxAtBegin) {
        // Every pending row is newer than all rows before the transaction (an archive
        // catch-up), and only this writer adds rows inside it: the rows above that id are
        // exactly the pending ones. (A long list of ids costs SQLite a parse per batch.)
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO messages_fts (rowid, body) SELECT id, body FROM "
                                 "messages WHERE id > ?"));
        q.addBindValue(m_maxAtBegin);
        ok = q.exec() || fail(q);
    } else {
        for (qsizetype from = 0; ok && from < m_pending.size(); from += kIndexChunk) {
            const qsizetype to = std::min(m_pending.size(), from + kIndexChunk);
            QString ids;
            ids.reserve((to - from) * 17);
            for (qsizetype i = from; i < to; ++i) {
                if (i > from)
                    ids += QLatin1Char(',');
                ids += QString::number(m_pending.at(i)); // integers: safe in the SQL text
            }
            QSqlQuery q(m_db);
            ok = q.exec(QStringLiteral("INSERT INTO messages_fts (rowid, body) SELECT id, body "
                                       "FROM messages WHERE id IN (") +
                        ids + QStringLiteral(")")) ||
                 fail(q);
        }
    }
    m_pending.clear();
    m_pendingBody.clear();
    return ok;
}

// The row id: ms * 1000 + the next counter of that millisecond (from kFirstCounter up), so
// ids sort like (timestamp, arrival). When the counters above are used up (500 messages in
// one ms), the row takes the highest id + 1: unique, and still after every row of its ms
// (paging orders by (ts, id)); only the full-text index's rowid order is then off.
std::optional<qint64> HistoryWriter::idFor(qint64 ms)
{
    const qint64 base = ms * kIdsPerMs;
    qint64 top = -1; // -1: no row in the ms's ids
    if (const auto cached = m_topOfMs.constFind(ms); cached != m_topOfMs.cend()) {
        top = *cached;
    } else if (base <= m_maxKnownId) {
        // Only then can the ms have rows: a message newer than all stored needs no query.
        m_maxInRange.addBindValue(base);
        m_maxInRange.addBindValue(base + kIdsPerMs);
        if (!m_maxInRange.exec() || !m_maxInRange.next()) {
            fail(m_maxInRange);
            return std::nullopt;
        }
        const QVariant v = m_maxInRange.value(0);
        m_maxInRange.finish();
        top = v.isNull() ? -1 : v.toLongLong();
        m_topOfMs.insert(ms, top);
    }
    if (top < 0)
        return base + kFirstCounter;
    if (top + 1 < base + kIdsPerMs)
        return top + 1;
    return m_maxKnownId + 1;
}

// The row id of a message of an older archive page: below every id of its ms stored before
// the page, counting up in the page's order. The page reserves `capacity` ids below the lowest
// stored one at its first row of that ms, so later rows of the page in the same ms still fit
// between. A ms without room left below (hundreds of older pages hitting one ms) falls back to
// arrival order.
std::optional<qint64> HistoryWriter::idBefore(qint64 ms, HistoryStore::OlderPage *page)
{
    auto slot = page->slots.find(ms);
    if (slot == page->slots.end()) {
        const qint64 base = ms * kIdsPerMs;
        m_minInRange.addBindValue(base);
        m_minInRange.addBindValue(base + kIdsPerMs);
        if (!m_minInRange.exec() || !m_minInRange.next()) {
            fail(m_minInRange);
            return std::nullopt;
        }
        const QVariant low = m_minInRange.value(0);
        m_minInRange.finish();
        const qint64 limit = low.isNull() ? base + kFirstCounter : low.toLongLong();
        slot = page->slots.insert(ms, {std::max(base, limit - page->capacity), limit});
    }
    // A row stored meanwhile (another chat's, in the same ms) may sit in the reserved ids.
    while (slot->first < slot->second) {
        const qint64 id = slot->first++;
        m_idTaken.addBindValue(id);
        if (!m_idTaken.exec()) {
            fail(m_idTaken);
            return std::nullopt;
        }
        const bool taken = m_idTaken.next();
        m_idTaken.finish();
        if (!taken)
            return id;
    }
    qCDebug(lcHistory) << "no room below the stored rows of one ms; stored in arrival order";
    return idFor(ms);
}

bool HistoryWriter::fail(const QSqlQuery &q)
{
    qCWarning(lcHistory) << "history write failed:" << q.lastError().text();
    return false;
}

} // namespace charla
