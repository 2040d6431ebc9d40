#include "storage/HistoryStore.h"

#include "storage/AccountDatabase.h"
#include "storage/BulkWriteCache.h"
#include "storage/HistoryWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcHistory, "charla.storage.history")

namespace charla {

namespace {

const auto kLastArchiveIdKey = QStringLiteral("mam.last_id");

// Every query that reads messages selects these columns in this order (see readRow()).
#define CHARLA_MESSAGE_COLUMNS                                                                     \
    "m.id, m.chat, m.outgoing, m.sender, m.body, m.ts, m.message_id, m.origin_id, m.stanza_id, "   \
    "m.state, m.error_text, m.edited, m.retracted, m.reply_to_id, m.reply_to_from, "               \
    "m.reply_quote, m.oob_url, m.oob_desc, m.occupant_id, m.unstyled"
constexpr int kMessageColumnCount = 20;

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString bareOf(const QString &jid)
{
    const qsizetype slash = jid.indexOf(QLatin1Char('/'));
    return slash < 0 ? jid : jid.left(slash);
}

int stateRank(ChatMessage::State s)
{
    switch (s) {
    case ChatMessage::State::Pending:
        return 0;
    case ChatMessage::State::Sent:
    case ChatMessage::State::Received:
        return 1;
    case ChatMessage::State::Delivered:
        return 2;
    case ChatMessage::State::Displayed:
        return 3;
    case ChatMessage::State::Failed:
        return -1;
    }
    return -1;
}

// Delivery states only move forward: a late ack never turns Delivered back into Sent. Failed
// is reachable before delivery only, and a Failed message may be retried (Pending) or turn out
// to have arrived after all (a receipt).
bool stateMayMove(ChatMessage::State from, ChatMessage::State to)
{
    using S = ChatMessage::State;
    if (from == to)
        return false;
    if (from == S::Failed)
        return to != S::Received;
    if (to == S::Failed)
        return from == S::Pending || from == S::Sent;
    return stateRank(to) > stateRank(from);
}

ChatMessage readRow(const QSqlQuery &q, int offset = 0)
{
    ChatMessage m;
    m.id = q.value(offset + 0).toLongLong();
    m.chat = q.value(offset + 1).toString();
    m.direction = q.value(offset + 2).toBool() ? ChatMessage::Direction::Outgoing
                                               : ChatMessage::Direction::Incoming;
    m.from = q.value(offset + 3).toString();
    m.body = q.value(offset + 4).toString();
    m.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(offset + 5).toLongLong(), Qt::UTC);
    m.messageId = q.value(offset + 6).toString();
    m.originId = q.value(offset + 7).toString();
    m.stanzaId = q.value(offset + 8).toString();
    m.state = ChatMessage::State(q.value(offset + 9).toInt());
    m.errorText = q.value(offset + 10).toString();
    m.edited = q.value(offset + 11).toBool();
    m.retracted = q.value(offset + 12).toBool();
    m.replyToId = q.value(offset + 13).toString();
    m.replyToFrom = q.value(offset + 14).toString();
    m.replyQuote = q.value(offset + 15).toString();
    m.oobUrl = q.value(offset + 16).toString();
    m.oobDescription = q.value(offset + 17).toString();
    m.occupantId = q.value(offset + 18).toString();
    m.unstyled = q.value(offset + 19).toBool();
    return m;
}

// FTS5 query syntax (quotes, AND/OR/NOT/NEAR, *, ^, :, parentheses) must never reach MATCH
// from what a person typed: each word becomes a quoted phrase (inner quotes doubled), and the
// phrases are ANDed. Words without a letter or digit are dropped: they match nothing.
QString ftsQuery(const QString &text)
{
    QStringList phrases;
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        bool hasWordChar = false;
        for (const QChar c : w) {
            if (c.isLetterOrNumber()) {
                hasWordChar = true;
                break;
            }
        }
        if (!hasWordChar)
            continue;
        QString quoted = w;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}

// The hit ranges in the body from highlight()'s output, whose markers \x01 and \x02 cannot be
// in a body (XML 1.0 forbids those characters).
QList<QPair<int, int>> rangesFromHighlight(const QString &marked)
{
    QList<QPair<int, int>> ranges;
    int pos = 0;
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(0x01)) {
            start = pos;
        } else if (c == QChar(0x02)) {
            if (start >= 0 && pos > start)
                ranges.append({start, pos - start});
            start = -1;
        } else {
            ++pos;
        }
    }
    return ranges;
}

} // namespace

HistoryStore::HistoryStore(AccountDatabase *db, QObject *parent) : QObject(parent), m_db(db)
{
    qRegisterMetaType<ChatMessage>();
    qRegisterMetaType<QList<qint64>>();
}

HistoryStore::~HistoryStore() = default;

HistoryWriter *HistoryStore::writer()
{
    // The statements belong to one connection: a reopened database gets new ones.
    QSqlDatabase &db = m_db->db();
    if (!m_writer || m_writer->connectionName() != db.connectionName())
        m_writer = std::make_unique<HistoryWriter>(db);
    return m_writer.get();
}

bool HistoryStore::add(ChatMessage &message)
{
    // One transaction for the row, its FTS entry and the chat's newest message; commit() is
    // the WAL write that makes it survive a crash of the process (synchronous=NORMAL).
    QSqlDatabase &db = m_db->db();
    if (!db.transaction()) {
        qCWarning(lcHistory) << "cannot begin:" << db.lastError().text();
        return false;
    }
    HistoryWriter &w = *writer();
    std::optional<bool> added;
    if (w.begin())
        added = w.write(message);
    if (!added ||
        (*added &&
         !w.updateChat(message.chat, HistoryWriter::msOf(message.timestamp), message.id)) ||
        !w.indexPending()) {
        db.rollback();
        message.id = 0;
        return false;
    }
    if (!db.commit()) {
        qCWarning(lcHistory) << "cannot commit:" << db.lastError().text();
        db.rollback();
        message.id = 0;
        return false;
    }
    if (*added)
        Q_EMIT messageAdded(message);
    return *added;
}

int HistoryStore::addBatch(QList<ChatMessage> &messages, OlderPage *olderPage)
{
    QSqlDatabase &db = m_db->db();
    const BulkWriteCache bulk(db); // a large page cache until after the commit
    if (!db.transaction()) {
        qCWarning(lcHistory) << "cannot begin:" << db.lastError().text();
        return 0;
    }
    QHash<QString, QList<qint64>> addedByChat;
    QHash<QString, QPair<qint64, qint64>> newestByChat; // chat -> (ts, id)
    QStringList chatOrder;
    {
        HistoryWriter &w = *writer();
        if (!w.begin()) {
            db.rollback();
            return 0;
        }
        // One lookup for the whole batch of which messages may be stored already; the rest
        // (in a catch-up, nearly all) skip the lookup per message.
        const std::optional<QList<HistoryWriter::Probe>> probes = w.mayHaveDuplicates(messages);
        if (!probes) {
            db.rollback();
            return 0;
        }
        for (qsizetype i = 0; i < messages.size(); ++i) {
            ChatMessage &m = messages[i];
            const std::optional<bool> added = w.write(m, olderPage, probes->at(i));
            if (!added) {
                db.rollback();
                for (ChatMessage &r : messages)
                    r.id = 0;
                return 0;
            }
            if (!*added)
                continue;
            auto it = addedByChat.find(m.chat);
            if (it == addedByChat.end()) {
                chatOrder.append(m.chat);
                it = addedByChat.insert(m.chat, {});
            }
            it->append(m.id);
            const QPair<qint64, qint64> key(HistoryWriter::msOf(m.timestamp), m.id);
            auto newest = newestByChat.find(m.chat);
            if (newest == newestByChat.end())
                newestByChat.insert(m.chat, key);
            else if (key > *newest)
                *newest = key;
        }
        for (auto it = newestByChat.cbegin(); it != newestByChat.cend(); ++it) {
            if (!w.updateChat(it.key(), it->first, it->second)) {
                db.rollback();
                for (ChatMessage &r : messages)
                    r.id = 0;
                return 0;
            }
        }
        // Last: see HistoryWriter::indexPending().
        if (!w.indexPending()) {
            db.rollback();
            for (ChatMessage &r : messages)
                r.id = 0;
            return 0;
        }
    }
    if (!db.commit()) {
        qCWarning(lcHistory) << "cannot commit:" << db.lastError().text();
        db.rollback();
        return 0;
    }
    // The pages this batch put in the WAL go to the database file beside this thread.
    m_db->checkpointSoon();
    int total = 0;
    for (const QString &chat : std::as_const(chatOrder)) {
        const QList<qint64> &ids = addedByChat[chat];
        total += int(ids.size());
        Q_EMIT messagesAdded(chat, ids);
    }
    return total;
}

std::optional<ChatMessage> HistoryStore::message(qint64 id) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m WHERE m.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ChatMessage m = readRow(q);
    loadReactions(m);
    return m;
}

QList<ChatMessage> HistoryStore::messages(const QList<qint64> &ids) const
{
    QList<ChatMessage> out;
    constexpr qsizetype kChunk = 500; // SQLite's expression depth is bounded; ids are integers
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        QStringList list;
        for (qsizetype i = start; i < qMin(ids.size(), start + kChunk); ++i)
            list.append(QString::number(ids.at(i)));
        QSqlQuery q(m_db->db());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m WHERE m.id IN (") +
            list.join(QLatin1Char(',')) + QStringLiteral(")"));
        out += readPage(q, false);
    }
    std::sort(out.begin(), out.end(), [](const ChatMessage &a, const ChatMessage &b) {
        const qint64 ta = a.timestamp.toMSecsSinceEpoch();
        const qint64 tb = b.timestamp.toMSecsSinceEpoch();
        return ta != tb ? ta < tb : a.id < b.id;
    });
    return out;
}

std::optional<ChatMessage> HistoryStore::findByReference(const QString &chat, const QString &ref,
                                                         const QString &fromBare) const
{
    if (ref.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m "
                             "WHERE (m.chat = :chat AND m.ref_id = :ref) "
                             "OR (m.chat = :chat AND m.stanza_id = :ref) "
                             "ORDER BY m.ts DESC, m.id DESC"));
    q.bindValue(QStringLiteral(":chat"), chat);
    q.bindValue(QStringLiteral(":ref"), ref);
    if (!q.exec())
        return std::nullopt;
    const QString bare = fromBare.toLower();
    while (q.next()) {
        ChatMessage m = readRow(q);
        if (!bare.isEmpty() && bareOf(m.from).toLower() != bare)
            continue;
        loadReactions(m);
        return m;
    }
    return std::nullopt;
}

bool HistoryStore::setState(qint64 id, ChatMessage::State state, const QString &errorText)
{
    std::optional<ChatMessage> m = message(id);
    if (!m || !stateMayMove(m->state, state))
        return false;
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE messages SET state = ?, error_text = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(state == ChatMessage::State::Failed ? nullIfEmpty(errorText)
                                                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(id);
    if (!q.exec())
        return false;
    m->state = state;
    m->errorText = state == ChatMessage::State::Failed ? errorText : QString();
    Q_EMIT messageChanged(*m);
    return true;
}

bool HistoryStore::correct(qint64 id, const QString &newBody)
{
    std::optional<ChatMessage> m = message(id);
    // A retracted message stays retracted: a late correction must not bring text back.
    if (!m || m->retracted)
        return false;
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE messages SET body = ?, edited = 1 WHERE id = ?"));
    q.addBindValue(newBody.isNull() ? QStringLiteral("") : newBody);
    q.addBindValue(id);
    if (!q.exec())
        return false;
    m->body = newBody;
    m->edited = true;
    Q_EMIT messageChanged(*m);
    return true;
}

bool HistoryStore::retract(qint64 id)
{
    std::optional<ChatMessage> m = message(id);
    if (!m)
        return false;
    if (m->retracted)
        return true;
    // XEP-0424: the text and its attachment are gone, from search too (the FTS trigger).
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE messages SET body = '', retracted = 1, oob_url = NULL, "
                             "oob_desc = NULL WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return false;
    m->body.clear();
    m->oobUrl.clear();
    m->oobDescription.clear();
    m->retracted = true;
    Q_EMIT messageChanged(*m);
    return true;
}

bool HistoryStore::setReactions(qint64 id, const QString &senderBare, const QStringList &emojis)
{
    QSqlDatabase &db = m_db->db();
    if (!message(id) || !db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM reactions WHERE message = ? AND sender = ?"));
    q.addBindValue(id);
    q.addBindValue(senderBare);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO reactions (message, sender, emoji) "
                             "VALUES (?, ?, ?)"));
    for (const QString &emoji : emojis) {
        if (!ok || emoji.isEmpty())
            continue;
        q.addBindValue(id);
        q.addBindValue(senderBare);
        q.addBindValue(emoji);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        qCWarning(lcHistory) << "cannot store reactions:" << q.lastError().text();
        db.rollback();
        return false;
    }
    if (std::optional<ChatMessage> m = message(id))
        Q_EMIT messageChanged(*m);
    return true;
}

QList<ChatMessage> HistoryStore::latest(const QString &chat, int limit) const
{
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m WHERE m.chat = ? "
                             "ORDER BY m.ts DESC, m.id DESC LIMIT ?"));
    q.addBindValue(chat);
    q.addBindValue(limit);
    return readPage(q, true);
}

QList<ChatMessage> HistoryStore::before(const QString &chat, const QDateTime &timestamp, qint64 id,
                                        int limit) const
{
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m WHERE m.chat = ? "
                             "AND (m.ts, m.id) < (?, ?) ORDER BY m.ts DESC, m.id DESC LIMIT ?"));
    q.addBindValue(chat);
    q.addBindValue(HistoryWriter::msOf(timestamp));
    q.addBindValue(id);
    q.addBindValue(limit);
    return readPage(q, true);
}

QList<ChatMessage> HistoryStore::after(const QString &chat, const QDateTime &timestamp, qint64 id,
                                       int limit) const
{
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m WHERE m.chat = ? "
                             "AND (m.ts, m.id) > (?, ?) ORDER BY m.ts ASC, m.id ASC LIMIT ?"));
    q.addBindValue(chat);
    q.addBindValue(HistoryWriter::msOf(timestamp));
    q.addBindValue(id);
    q.addBindValue(limit);
    return readPage(q, false);
}

int HistoryStore::count(const QString &chat) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE chat = ?"));
    q.addBindValue(chat);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<HistoryStore::SearchHit> HistoryStore::search(const QString &text, int limit,
                                                    const QString &chat) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // Newest first is rowid order (ids follow timestamps), which FTS5 walks backwards and stops
    // after `limit` hits instead of sorting every match.
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS ", "
                             "snippet(messages_fts, 0, char(1), char(2), '…', 12), "
                             "highlight(messages_fts, 0, char(1), char(2)) "
                             "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                             "WHERE messages_fts MATCH :match ") +
              (chat.isEmpty() ? QString() : QStringLiteral("AND m.chat = :chat ")) +
              QStringLiteral("ORDER BY messages_fts.rowid DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":match"), match);
    if (!chat.isEmpty())
        q.bindValue(QStringLiteral(":chat"), chat);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        qCWarning(lcHistory) << "search failed:" << q.lastError().text();
        return hits;
    }
    while (q.next()) {
        SearchHit hit;
        hit.message = readRow(q);
        hit.snippet = q.value(kMessageColumnCount).toString();
        hit.ranges = rangesFromHighlight(q.value(kMessageColumnCount + 1).toString());
        hits.append(hit);
    }
    for (SearchHit &hit : hits)
        loadReactions(hit.message);
    return hits;
}

QList<ChatMessage> HistoryStore::recentChats(int limit) const
{
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM chats c "
                             "JOIN messages m ON m.id = c.last_id "
                             "ORDER BY c.last_ts DESC, c.last_id DESC LIMIT ?"));
    q.addBindValue(limit);
    return readPage(q, false);
}

bool HistoryStore::clearChat(const QString &chat)
{
    // The FTS rows go with the messages (delete trigger), the reactions by ON DELETE CASCADE.
    QSqlDatabase &db = m_db->db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM messages WHERE chat = ?"));
    q.addBindValue(chat);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM chats WHERE chat = ?"));
        q.addBindValue(chat);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        qCWarning(lcHistory) << "cannot clear a chat:" << q.lastError().text();
        db.rollback();
        return false;
    }
    Q_EMIT chatCleared(chat);
    return true;
}

int HistoryStore::deleteOlderThan(const QDateTime &cutoff)
{
    if (!cutoff.isValid())
        return 0;
    const qint64 before = HistoryWriter::msOf(cutoff);
    QSqlDatabase &db = m_db->db();
    if (!db.transaction())
        return -1;
    QSqlQuery q(db);
    // The chats whose newest message is old lose everything: they are forgotten.
    QStringList emptied;
    q.prepare(QStringLiteral("SELECT chat FROM chats WHERE last_ts < ?"));
    q.addBindValue(before);
    bool ok = q.exec();
    while (ok && q.next())
        emptied << q.value(0).toString();
    // Reactions explicitly: ON DELETE CASCADE needs foreign_keys on, which is per connection.
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM reactions WHERE message IN "
                                 "(SELECT id FROM messages WHERE ts < ?)"));
        q.addBindValue(before);
        ok = q.exec();
    }
    int deleted = 0;
    if (ok) {
        // The FTS rows go with the messages (delete trigger).
        q.prepare(QStringLiteral("DELETE FROM messages WHERE ts < ?"));
        q.addBindValue(before);
        ok = q.exec();
        deleted = q.numRowsAffected();
    }
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM chats WHERE last_ts < ?"));
        q.addBindValue(before);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        qCWarning(lcHistory) << "cannot delete old history:" << q.lastError().text();
        db.rollback();
        return -1;
    }
    for (const QString &chat : std::as_const(emptied))
        Q_EMIT chatCleared(chat);
    return deleted;
}

QString HistoryStore::exportText(const QString &chat) const
{
    QString out;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " CHARLA_MESSAGE_COLUMNS " FROM messages m WHERE m.chat = ? "
                             "ORDER BY m.ts, m.id"));
    q.addBindValue(chat);
    if (!q.exec())
        return out;
    while (q.next()) {
        const ChatMessage m = readRow(q);
        QString body =
            m.retracted ? QCoreApplication::translate("charla::HistoryStore", "(message retracted)")
                        : m.body;
        if (m.edited && !m.retracted)
            body +=
                QLatin1Char(' ') + QCoreApplication::translate("charla::HistoryStore", "(edited)");
        if (!m.oobUrl.isEmpty() && m.oobUrl != m.body)
            body += (body.isEmpty() ? QString() : QStringLiteral(" ")) + m.oobUrl;
        // Continuation lines are indented so every message still starts with its time.
        body.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        out += QLatin1Char('[') +
               m.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
               QStringLiteral("] ") + bareOf(m.from) + QStringLiteral(": ") + body +
               QLatin1Char('\n');
    }
    return out;
}

QString HistoryStore::lastArchiveId() const
{
    return m_db->value(kLastArchiveIdKey);
}

bool HistoryStore::setLastArchiveId(const QString &id)
{
    return m_db->setValue(kLastArchiveIdKey, id);
}

QList<ChatMessage> HistoryStore::readPage(QSqlQuery &q, bool reverse) const
{
    QList<ChatMessage> page;
    if (!q.exec()) {
        qCWarning(lcHistory) << "history read failed:" << q.lastError().text();
        return page;
    }
    while (q.next())
        page.append(readRow(q));
    if (reverse)
        std::reverse(page.begin(), page.end());
    loadReactions(page);
    return page;
}

void HistoryStore::loadReactions(ChatMessage &message) const
{
    QList<ChatMessage> one{message};
    loadReactions(one);
    message.reactions = one.first().reactions;
}

void HistoryStore::loadReactions(QList<ChatMessage> &messages) const
{
    if (messages.isEmpty())
        return;
    QHash<qint64, int> index;
    QStringList ids;
    for (int i = 0; i < messages.size(); ++i) {
        index.insert(messages.at(i).id, i);
        ids.append(QString::number(messages.at(i).id)); // integers: safe in the SQL text
        messages[i].reactions.clear();
    }
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT message, emoji, sender FROM reactions WHERE message IN (") +
                ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY rowid")))
        return;
    while (q.next()) {
        ChatMessage &m = messages[index.value(q.value(0).toLongLong())];
        const QString emoji = q.value(1).toString();
        auto it = std::find_if(m.reactions.begin(), m.reactions.end(),
                               [&](const ChatMessage::Reaction &r) { return r.emoji == emoji; });
        if (it == m.reactions.end())
            m.reactions.append({emoji, {q.value(2).toString()}});
        else
            it->senders.append(q.value(2).toString());
    }
}

} // namespace charla
