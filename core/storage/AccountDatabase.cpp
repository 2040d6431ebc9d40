#include "storage/AccountDatabase.h"

#include "storage/BulkWriteCache.h"
#include "storage/Profile.h"
#include "storage/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace charla {

Q_LOGGING_CATEGORY(lcDatabase, "charla.storage.database")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charla::AccountDatabase", text);
}

/// Ordered migrations: entry N takes the schema from version N to N+1. Never edit a released
/// entry; add a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: key/value settings and the roster cache (RFC 6121 2.6 versioning).
        {QStringLiteral("CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE roster (jid TEXT PRIMARY KEY, name TEXT NOT NULL, "
                        "subscription TEXT NOT NULL, ask INTEGER NOT NULL, "
                        "approved INTEGER NOT NULL, groups TEXT NOT NULL)")},
        // 1 -> 2: the avatar each contact shows (XEP-0084 / XEP-0153), by SHA-1 of the image;
        // the images themselves are files in the profile's cache (AvatarCache).
        {QStringLiteral("CREATE TABLE avatars (jid TEXT PRIMARY KEY, hash TEXT NOT NULL)")},
        // 2 -> 3: message history (HistoryStore). The row id is ordered like the timestamp
        // (ms * 1000 + a counter), so "newest first" is rowid order for the FTS index too.
        // ref_id is ChatMessage::referenceId() (origin-id, else the stanza's id): receipts,
        // markers, corrections and replies look messages up by it, and origin-id
        // deduplication uses it with sender_bare. fallback_key is set only without an
        // origin-id: a hash of sender, body and the timestamp's second.
        {QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, chat TEXT NOT NULL, "
                        "outgoing INTEGER NOT NULL, sender TEXT NOT NULL, "
                        "sender_bare TEXT NOT NULL, body TEXT NOT NULL, ts INTEGER NOT NULL, "
                        "message_id TEXT, origin_id TEXT, stanza_id TEXT, ref_id TEXT, "
                        "fallback_key INTEGER, state INTEGER NOT NULL, error_text TEXT, "
                        "edited INTEGER NOT NULL DEFAULT 0, retracted INTEGER NOT NULL DEFAULT 0, "
                        "reply_to_id TEXT, reply_to_from TEXT, reply_quote TEXT, oob_url TEXT, "
                        "oob_desc TEXT)"),
         // Keyset paging: WHERE chat = ? AND (ts, id) < (?, ?) ORDER BY ts DESC, id DESC.
         QStringLiteral("CREATE INDEX messages_chat_ts ON messages (chat, ts, id)"),
         // An empty stanza-id is stored as NULL, so it never matches another one.
         QStringLiteral("CREATE UNIQUE INDEX messages_stanza_id ON messages (chat, stanza_id) "
                        "WHERE stanza_id IS NOT NULL"),
         QStringLiteral("CREATE INDEX messages_ref_id ON messages (chat, ref_id) "
                        "WHERE ref_id IS NOT NULL"),
         QStringLiteral("CREATE INDEX messages_fallback ON messages (chat, fallback_key) "
                        "WHERE fallback_key IS NOT NULL"),
         // XEP-0444: one row per (message, sender, emoji); rowid keeps the order they came in.
         QStringLiteral("CREATE TABLE reactions (message INTEGER NOT NULL REFERENCES messages (id) "
                        "ON DELETE CASCADE, sender TEXT NOT NULL, emoji TEXT NOT NULL, "
                        "UNIQUE (message, sender, emoji))"),
         // The newest message of each chat, so the recent-chats list is not a scan of history.
         QStringLiteral("CREATE TABLE chats (chat TEXT PRIMARY KEY, last_ts INTEGER NOT NULL, "
                        "last_id INTEGER NOT NULL)"),
         // Full-text search: an external-content FTS5 index over messages.body, kept in step
         // by triggers (a delete must give the indexed text back, hence old.body).
         QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5 (body, content='messages', "
                        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
         QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                        "INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END"),
         QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
                        "INSERT INTO messages_fts (messages_fts, rowid, body) "
                        "VALUES ('delete', old.id, old.body); END"),
         QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN "
                        "INSERT INTO messages_fts (messages_fts, rowid, body) "
                        "VALUES ('delete', old.id, old.body); "
                        "INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END")},
        // 3 -> 4: new rows are indexed by HistoryStore itself, after the rows of a batch. In
        // SQLite 3.40 FTS5 flushes its pending terms to a new segment at every statement
        // savepoint, so an insert trigger wrote one segment per message and made archive
        // catch-up five times slower.
        {QStringLiteral("DROP TRIGGER IF EXISTS messages_fts_insert")},
        // 4 -> 5: XEP-0421 occupant-id of a room message's sender (only from rooms that
        // advertise it), so a correction or retraction after a restart is still checked
        // against who sent the original.
        {QStringLiteral("ALTER TABLE messages ADD COLUMN occupant_id TEXT")},
        // 5 -> 6: XEP-0393 6, a message whose sender asked for it to be shown unstyled.
        {QStringLiteral("ALTER TABLE messages ADD COLUMN unstyled INTEGER NOT NULL DEFAULT 0")},
        // 6 -> 7: the full-text index merges its segments when 8 of a size exist instead of 4
        // (FTS5 'automerge', kept in its config table). Each batch of an archive catch-up is
        // one new segment: with 4, the index rewrote a third more pages per catch-up (measured
        // with bench_history's data: 8,186 -> 5,567 WAL pages for 55,000 messages) for a
        // search that reads a few more segments (still about a millisecond for a million
        // messages).
        {QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 8)")},
        // 7 -> 8: the paging index without its id column. Every index entry ends with the
        // rowid (id) anyway, so (chat, ts) is ordered by (chat, ts, id) as before and keyset
        // paging still walks it without a sort (unit_historystore checks the plan); the
        // explicit id stored it twice: 8 bytes less per row and index entry. bench_history's
        // archive catch-up on a quiet machine: median 57,600 messages/s over 11 runs, against
        // 55,000 over 12 before (a few per cent, within the runs' spread).
        {QStringLiteral("DROP INDEX messages_chat_ts"),
         QStringLiteral("CREATE INDEX messages_chat_ts ON messages (chat, ts)")},
    };
    return steps;
}
} // namespace

AccountDatabase::AccountDatabase() = default;

AccountDatabase::~AccountDatabase()
{
    close();
}

int AccountDatabase::latestSchemaVersion()
{
    return int(migrations().size());
}

QString AccountDatabase::pathFor(const Profile &profile, const QString &bareJid)
{
    // Percent-encoding keeps any JID a safe, readable folder name on every platform.
    const QString folder = QString::fromLatin1(QUrl::toPercentEncoding(bareJid.toLower(), "@"));
    return profile.dataDir() + QStringLiteral("/accounts/") + folder + QStringLiteral("/charla.sqlite");
}

bool AccountDatabase::open(const Profile &profile, const QString &bareJid, QString *error)
{
    return openFile(pathFor(profile, bareJid), error);
}

bool AccountDatabase::openFile(const QString &path, QString *error)
{
    return openAt(path, latestSchemaVersion(), error);
}

bool AccountDatabase::openFileAtVersionForTesting(const QString &path, int version, QString *error)
{
    return openAt(path, qBound(0, version, latestSchemaVersion()), error);
}

bool AccountDatabase::openAt(const QString &path, int targetVersion, QString *error)
{
    close();
    m_path = path;
    m_recoveryNotice.clear();
    m_movedAsidePath.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!openConnection(error))
        return false;
    // Checked before anything writes: a damaged file is kept as it is for a person (or a tool)
    // to rescue what it can, and Charla starts with a new one instead of failing at every start.
    QString problem;
    const Integrity integrity = checkIntegrity(&problem);
    if (integrity == Integrity::Unavailable) {
        // Busy or locked (another Charla has it open), unreadable: not damage, and not to be
        // written either. Fail now instead of waiting for the lock at every statement.
        if (error)
            *error = tr("The database %1 cannot be read right now: %2")
                         .arg(QDir::toNativeSeparators(path), problem);
        close();
        return false;
    }
    if (integrity == Integrity::Damaged) {
        qCWarning(lcDatabase) << "damaged database" << path << problem;
        close();
        if (!moveAside(error))
            return false;
        if (!openConnection(error))
            return false;
        m_recoveryNotice =
            tr("The saved messages and contacts of this account were damaged and could not be "
               "read. The damaged file was moved to %1 and a new, empty one was started. "
               "Messages still kept by the server will be fetched again.")
                .arg(QDir::toNativeSeparators(m_movedAsidePath));
    }
    QSqlQuery q(m_db);
    // WAL keeps readers and the writer apart; NORMAL is durable across application crashes
    // (only an OS crash or power loss can lose the last transactions).
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // A small page cache everyday; an archive catch-up's transaction touches many index pages
    // and gets a large one while it lasts (BulkWriteCache, HistoryStore::addBatch). A cache of
    // 64 MiB kept all along grew with the history in the soak run (bench_soak).
    BulkWriteCache::setEveryday(m_db);
    // Checkpoint the WAL every 8,192 pages (32 MiB) instead of every 1,000: a catch-up rewrites
    // the same index pages in every transaction, and each checkpoint copies (and syncs) them
    // into the database again. A few checkpoints per catch-up instead of dozens.
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=8192"));
    if (!migrate(targetVersion, error)) {
        close();
        return false;
    }
    return true;
}

bool AccountDatabase::openConnection(QString *error)
{
    m_connection = QStringLiteral("charla-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        if (error)
            *error = tr("Cannot open the database %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text());
        close();
        return false;
    }
    return true;
}

AccountDatabase::Integrity AccountDatabase::checkIntegrity(QString *detail)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = q.lastError().text();
        // Only SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean a damaged file. A busy or
        // locked database (another Charla has it open), a full disk or a permission problem
        // is not damage: moving such a file aside would lose good history.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        return code == 11 || code == 26 ? Integrity::Damaged : Integrity::Unavailable;
    }
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems.append(row);
    }
    *detail = problems.join(QLatin1String("; "));
    return problems.isEmpty() ? Integrity::Ok : Integrity::Damaged;
}

bool AccountDatabase::moveAside(QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        if (error)
            *error = tr("The database %1 is damaged and could not be moved aside.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // The journal files go with it, under the names SQLite looks for next to the moved file;
    // left behind, they would be applied to the new database.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"),
                                       QLatin1String("-journal")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            QFile::remove(m_path + suffix);
    }
    m_movedAsidePath = target;
    return true;
}

void AccountDatabase::checkpointSoon()
{
    if (!isOpen() || m_path.isEmpty())
        return;
    if (!m_checkpointer) {
        m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
        // This connection's own checkpoint becomes the fallback for when the checkpointing
        // thread falls behind (a WAL of 128 MiB), not the rule.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=32768"));
    }
    m_checkpointer->request();
}

void AccountDatabase::close()
{
    m_checkpointer.reset(); // its connection first: the file may be moved or deleted next
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

int AccountDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool AccountDatabase::migrate(int targetVersion, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        if (error)
            *error = tr("The database %1 cannot be used: %2")
                         .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        return false;
    }
    int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        if (error)
            *error = tr("The database %1 was written by a newer version of Charla. Update "
                        "Charla to open it.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    while (version < targetVersion) {
        // Each step is one transaction: a crash mid-migration leaves the previous version.
        m_db.transaction();
        bool ok = true;
        for (const QString &sql : migrations().at(version)) {
            if (!q.exec(sql)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = q.exec(QStringLiteral("DELETE FROM schema_version")) &&
                 q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                            .arg(version + 1));
        }
        if (!ok) {
            const QString why = q.lastError().text();
            m_db.rollback();
            if (error)
                *error = tr("Cannot update the database %1 to version %2: %3")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(version + 1)
                             .arg(why);
            return false;
        }
        m_db.commit();
        ++version;
    }
    return true;
}

QString AccountDatabase::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM kv WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return defaultValue;
}

bool AccountDatabase::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO kv (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace charla
