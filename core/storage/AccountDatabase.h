#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace charla {

class Profile;
class WalCheckpointer;

/// One account's SQLite database (roster cache, avatars, message history), with WAL journaling,
/// synchronous=NORMAL, and a `schema_version` table walked forward by ordered migrations.
///
/// Each instance owns its own named Qt Sql connection, so two accounts (or a test and the
/// code under test) never share one.
///
/// Store safety: every open runs `PRAGMA quick_check`. A damaged file (or one that is not a
/// database at all) is renamed aside with a timestamp, together with its -wal and -shm files,
/// and a new, empty database is created in its place, so a bad file can never make Charla fail
/// at every start. recoveryNotice() then holds a sentence for the person.
class AccountDatabase
{
public:
    AccountDatabase();
    ~AccountDatabase();
    AccountDatabase(const AccountDatabase &) = delete;
    AccountDatabase &operator=(const AccountDatabase &) = delete;

    /// Opens (creating and migrating as needed) the database of @p bareJid in @p profile.
    bool open(const Profile &profile, const QString &bareJid, QString *error = nullptr);
    /// Opens a database file directly (tests, tools).
    bool openFile(const QString &path, QString *error = nullptr);
    /// Test-only: migrates a new or older file only up to @p version instead of the latest, to
    /// build the files of earlier versions that the migration tests start from.
    bool openFileAtVersionForTesting(const QString &path, int version, QString *error = nullptr);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The newest schema this build knows.
    static int latestSchemaVersion();

    /// Empty, or a sentence for the person when the last open found the file damaged and moved
    /// it aside (says where the old file is now). The ui shows it once.
    QString recoveryNotice() const { return m_recoveryNotice; }
    /// Where the damaged file was moved to by the last open; empty when nothing was moved.
    QString movedAsidePath() const { return m_movedAsidePath; }

    /// After a bulk write's commit (an archive page): the WAL is checkpointed soon on a thread
    /// of its own (WalCheckpointer) instead of by a later commit of this connection.
    void checkpointSoon();

    /// Small key/value settings kept with the data (e.g. the roster version).
    QString value(const QString &key, const QString &defaultValue = QString()) const;
    bool setValue(const QString &key, const QString &value);

    /// Where the database of @p bareJid lives in @p profile.
    static QString pathFor(const Profile &profile, const QString &bareJid);

private:
    bool openAt(const QString &path, int targetVersion, QString *error);
    bool openConnection(QString *error);
    enum class Integrity { Ok, Damaged, Unavailable };
    /// Runs `PRAGMA quick_check`; @p detail gets what SQLite reported when it is not Ok.
    Integrity checkIntegrity(QString *detail);
    bool moveAside(QString *error);
    bool migrate(int targetVersion, QString *error);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_recoveryNotice;
    QString m_movedAsidePath;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< from the first checkpointSoon()
};

} // namespace charla
