// Store safety: an account database that is damaged (or not a database at all) is moved aside
// with a timestamp and a new one is created, with a sentence for the person; a healthy, a busy
// or a newer file is never moved; and reopening after a recovery does not recover again (no
// crash loop, no loop of new files).
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

namespace {

// A database with enough rows to span many pages, closed (so the WAL is checkpointed).
QByteArray makeDatabase(const QString &path, int rows = 3000)
{
    AccountDatabase db;
    QString error;
    if (!db.openFile(path, &error))
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error));
    db.db().transaction();
    for (int i = 0; i < rows; ++i)
        db.setValue(QStringLiteral("key-%1").arg(i), QString(40, QLatin1Char('a' + i % 26)));
    db.db().commit();
    db.close();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read back %s", qPrintable(path));
    return f.readAll();
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("charla.sqlite.damaged-*")}, QDir::Files, QDir::Name);
}

enum Damage { Header, InteriorPage, NotADatabase, Truncated };

} // namespace

class TestStoreSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyDatabaseIsKept();
    void damagedDatabaseIsMovedAside_data();
    void damagedDatabaseIsMovedAside();
    void busyDatabaseIsNotDamage();
    void newerDatabaseIsNotMoved();
};

void TestStoreSafety::healthyDatabaseIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charla.sqlite"));
    makeDatabase(path, 200);
    AccountDatabase db;
    QVERIFY(db.openFile(path));
    QVERIFY(db.recoveryNotice().isEmpty());
    QVERIFY(db.movedAsidePath().isEmpty());
    QCOMPARE(db.value(QStringLiteral("key-199")), QString(40, QLatin1Char('a' + 199 % 26)));
    QVERIFY(asideFiles(dir.path()).isEmpty());
}

void TestStoreSafety::damagedDatabaseIsMovedAside_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("garbage header") << int(Header);
    QTest::newRow("garbage interior page") << int(InteriorPage);
    QTest::newRow("not a database") << int(NotADatabase);
    QTest::newRow("truncated") << int(Truncated);
}

void TestStoreSafety::damagedDatabaseIsMovedAside()
{
    QFETCH(int, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charla.sqlite"));
    const QByteArray original = makeDatabase(path);
    QVERIFY(original.size() > 20 * 4096);
    switch (Damage(damage)) {
    case Header:
        overwrite(path, 0, QByteArray(100, '\x5a'));
        break;
    case InteriorPage:
        // Page 5 onwards: b-tree pages of the kv table and its index.
        overwrite(path, 4 * 4096, QByteArray(3 * 4096, '\xff'));
        break;
    case NotADatabase: {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("this is a text file, not SQLite\n");
        break;
    }
    case Truncated:
        QVERIFY(QFile::resize(path, original.size() / 3));
        break;
    }
    QFile damagedFile(path);
    QVERIFY(damagedFile.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damagedFile.readAll();
    damagedFile.close();

    AccountDatabase db;
    QString error;
    QVERIFY2(db.openFile(path, &error), qPrintable(error));
    // A person is told what happened and where the old file is.
    QVERIFY(!db.recoveryNotice().isEmpty());
    const QStringList aside = asideFiles(dir.path());
    QCOMPARE(aside.size(), 1);
    QCOMPARE(db.movedAsidePath(), dir.filePath(aside.first()));
    QVERIFY(db.recoveryNotice().contains(QDir::toNativeSeparators(db.movedAsidePath())));
    // The damaged bytes are kept untouched for rescue.
    QFile moved(db.movedAsidePath());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), damagedBytes);
    // The new database is complete and usable.
    QCOMPARE(db.schemaVersion(), AccountDatabase::latestSchemaVersion());
    QVERIFY(db.value(QStringLiteral("key-1")).isEmpty());
    QVERIFY(db.setValue(QStringLiteral("after"), QStringLiteral("recovery")));
    HistoryStore history(&db);
    ChatMessage m;
    m.chat = QStringLiteral("bob@example.org");
    m.from = QStringLiteral("bob@example.org/pc");
    m.body = QStringLiteral("hello again");
    m.timestamp = QDateTime::currentDateTimeUtc();
    QVERIFY(history.add(m));
    QCOMPARE(history.count(m.chat), 1);
    db.close();

    // The next start finds a healthy file: nothing is moved again.
    AccountDatabase again;
    QVERIFY(again.openFile(path));
    QVERIFY(again.recoveryNotice().isEmpty());
    QCOMPARE(again.value(QStringLiteral("after")), QStringLiteral("recovery"));
    QCOMPARE(asideFiles(dir.path()).size(), 1);
}

void TestStoreSafety::busyDatabaseIsNotDamage()
{
    // Another process (a second Charla, a backup tool) holding the file is not damage: it must
    // never be moved aside.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charla.sqlite"));
    makeDatabase(path, 100);
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO kv (key, value) VALUES ('held', '1')")));

        AccountDatabase db;
        QString error;
        // It fails with a reason (after SQLite's busy timeout), and the file is not replaced.
        QVERIFY(!db.openFile(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(db.recoveryNotice().isEmpty());
        QVERIFY(asideFiles(dir.path()).isEmpty());
        db.close();
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    AccountDatabase db;
    QVERIFY(db.openFile(path));
    QCOMPARE(db.value(QStringLiteral("key-99")), QString(40, QLatin1Char('a' + 99 % 26)));
}

void TestStoreSafety::newerDatabaseIsNotMoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charla.sqlite"));
    makeDatabase(path, 10);
    {
        AccountDatabase db;
        QVERIFY(db.openFile(path));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    }
    AccountDatabase db;
    QString error;
    QVERIFY(!db.openFile(path, &error));
    QVERIFY(error.contains(QStringLiteral("newer version")));
    QVERIFY(db.recoveryNotice().isEmpty());
    QVERIFY(asideFiles(dir.path()).isEmpty());
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_storesafety.moc"
