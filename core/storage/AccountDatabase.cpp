#include "storage/AccountDatabase.h"

#include "storage/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace charla {

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
    };
    return steps;
}
} // namespace

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
    close();
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_connection = QStringLiteral("charla-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = tr("Cannot open the database %1: %2")
                         .arg(QDir::toNativeSeparators(path), m_db.lastError().text());
        close();
        return false;
    }
    QSqlQuery q(m_db);
    // WAL keeps readers and the writer apart; NORMAL is durable across application crashes
    // (only an OS crash or power loss can lose the last transactions).
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

void AccountDatabase::close()
{
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

bool AccountDatabase::migrate(QString *error)
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
    while (version < latestSchemaVersion()) {
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
