// The roster cache in a real SQLite database: migrations, versions, pushes, persistence.
#include "storage/AccountDatabase.h"
#include "storage/Profile.h"
#include "storage/RosterCache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestRosterCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsMigrated();
    void newerSchemaIsRefused();
    void replaceApplyAndReload();
    void perAccountFilesInProfile();
};

static RosterItem contact(const char *jid, const char *name, QStringList groups = {})
{
    RosterItem r;
    r.jid = Jid::parse(QString::fromUtf8(jid));
    r.name = QString::fromUtf8(name);
    r.groups = groups;
    r.subscription = RosterItem::Subscription::Both;
    return r;
}

void TestRosterCache::freshDatabaseIsMigrated()
{
    QTemporaryDir dir;
    AccountDatabase db;
    QString error;
    QVERIFY2(db.openFile(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), AccountDatabase::latestSchemaVersion());
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL
}

void TestRosterCache::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        AccountDatabase db;
        QVERIFY(db.openFile(path));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    }
    AccountDatabase db;
    QString error;
    QVERIFY(!db.openFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version of Charla")), qPrintable(error));
}

void TestRosterCache::replaceApplyAndReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        AccountDatabase db;
        QVERIFY(db.openFile(path));
        RosterCache cache(&db);
        QVERIFY(cache.version().isEmpty());
        QVERIFY(cache.load().isEmpty());
        RosterItem nameless; // no name attribute at all: a null QString
        nameless.jid = Jid::parse(QStringLiteral("d@x"));
        QVERIFY(cache.replaceAll({contact("a@x", "Ana", {QStringLiteral("Work")}), contact("b@x", "Beto"),
                                  nameless},
                                 QStringLiteral("v1")));
        QVERIFY(cache.apply(contact("c@x", "Carla", {QStringLiteral("Work"), QStringLiteral("Friends")}),
                            QStringLiteral("v2")));
        RosterItem gone;
        gone.jid = Jid::parse(QStringLiteral("b@x"));
        gone.subscription = RosterItem::Subscription::Remove;
        QVERIFY(cache.apply(gone, QStringLiteral("v3")));
        // A push without a version keeps the one we have (RFC 6121 2.6.3).
        QVERIFY(cache.apply(contact("a@x", "Ana María", {QStringLiteral("Work")}), QString()));
    }
    AccountDatabase db;
    QVERIFY(db.openFile(path));
    RosterCache cache(&db);
    QCOMPARE(cache.version(), QStringLiteral("v3"));
    QList<RosterItem> items = cache.load();
    std::sort(items.begin(), items.end(),
              [](const RosterItem &l, const RosterItem &r) { return l.jid < r.jid; });
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).name, QStringLiteral("Ana María"));
    QCOMPARE(items.at(1), contact("c@x", "Carla", {QStringLiteral("Work"), QStringLiteral("Friends")}));
    QCOMPARE(items.at(2).jid.full(), QStringLiteral("d@x"));
    QVERIFY(items.at(2).name.isEmpty());
}

void TestRosterCache::perAccountFilesInProfile()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    const QString a = AccountDatabase::pathFor(profile, QStringLiteral("alice@example.org"));
    const QString b = AccountDatabase::pathFor(profile, QStringLiteral("bob@example.org"));
    QVERIFY(a != b);
    QVERIFY(a.startsWith(dir.path()));
    AccountDatabase db;
    QVERIFY(db.open(profile, QStringLiteral("alice@example.org")));
    QVERIFY(QFile::exists(a));
}

QTEST_GUILESS_MAIN(TestRosterCache)
#include "tst_rostercache.moc"
