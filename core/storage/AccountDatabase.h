#pragma once

#include <QSqlDatabase>
#include <QString>

namespace charla {

class Profile;

/// One account's SQLite database (roster cache, avatars, message history), with WAL journaling,
/// synchronous=NORMAL, and a `schema_version` table walked forward by ordered migrations.
///
/// Each instance owns its own named Qt Sql connection, so two accounts (or a test and the
/// code under test) never share one.
class AccountDatabase
{
public:
    AccountDatabase() = default;
    ~AccountDatabase();
    AccountDatabase(const AccountDatabase &) = delete;
    AccountDatabase &operator=(const AccountDatabase &) = delete;

    /// Opens (creating and migrating as needed) the database of @p bareJid in @p profile.
    bool open(const Profile &profile, const QString &bareJid, QString *error = nullptr);
    /// Opens a database file directly (tests, tools).
    bool openFile(const QString &path, QString *error = nullptr);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The newest schema this build knows.
    static int latestSchemaVersion();

    /// Small key/value settings kept with the data (e.g. the roster version).
    QString value(const QString &key, const QString &defaultValue = QString()) const;
    bool setValue(const QString &key, const QString &value);

    /// Where the database of @p bareJid lives in @p profile.
    static QString pathFor(const Profile &profile, const QString &bareJid);

private:
    bool migrate(QString *error);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
};

} // namespace charla
