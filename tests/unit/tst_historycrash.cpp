// Crash safety of the history: a child process (this executable run with --crash-writer) adds a
// burst of messages through HistoryStore and prints each id right after add() returned, the
// moment Charla would send the XEP-0198 ack. The test kills it with SIGKILL mid-burst, several
// times on the same database; the database must then pass SQLite's integrity check and hold
// every message whose id was printed.
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace charla;

namespace {

const char kWriterFlag[] = "--crash-writer";

// The child: add messages until killed (or `limit` is reached), printing "id origin-id" after
// each add() returned.
int runWriter(const QString &path, const QString &tag, int limit)
{
    AccountDatabase db;
    QString error;
    if (!db.openFile(path, &error)) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        return 2;
    }
    HistoryStore store(&db);
    const QString chats[] = {QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org"),
                             QStringLiteral("room@conference.example.org")};
    // Long enough bodies that a kill often lands inside a page write, not between statements.
    const QString filler = QStringLiteral(" lorem ipsum dolor sit amet").repeated(20);
    for (int i = 0; i < limit; ++i) {
        ChatMessage m;
        m.chat = chats[i % 3];
        m.from = m.chat + QStringLiteral("/res");
        m.body = QStringLiteral("burst %1 %2").arg(tag).arg(i) + filler;
        m.timestamp = QDateTime::currentDateTimeUtc();
        m.originId = tag + QLatin1Char('-') + QString::number(i);
        if (!store.add(m) || m.id == 0) {
            std::fprintf(stderr, "add failed at %d\n", i);
            return 3;
        }
        // Acknowledged: from here on the message must survive.
        std::printf("%lld %s\n", static_cast<long long>(m.id), qPrintable(m.originId));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestHistoryCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged_data();
    void killedWriterLosesNothingAcknowledged();
};

void TestHistoryCrash::killedWriterLosesNothingAcknowledged_data()
{
    QTest::addColumn<QList<int>>("killAfter"); // lines seen before each kill, one child each
    QTest::newRow("early kills") << QList<int>{1, 5, 20};
    QTest::newRow("mid-burst kills") << QList<int>{150, 400, 90, 700};
}

void TestHistoryCrash::killedWriterLosesNothingAcknowledged()
{
    QFETCH(QList<int>, killAfter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QHash<qint64, QString> acknowledged; // id -> origin-id
    for (int round = 0; round < killAfter.size(); ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kWriterFlag), path, QStringLiteral("r%1").arg(round),
                     QStringLiteral("1000000")});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray out;
        int lines = 0;
        while (lines < killAfter.at(round)) {
            QVERIFY2(child.waitForReadyRead(20000),
                     qPrintable(QStringLiteral("writer stalled: ") +
                                QString::fromLocal8Bit(child.readAllStandardError())));
            out += child.readAllStandardOutput();
            lines = int(out.count('\n'));
        }
        child.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput(); // ids printed before the kill but not read yet
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() != 2)
                continue; // the last line may be cut by the kill
            acknowledged.insert(parts.at(0).toLongLong(), QString::fromLatin1(parts.at(1)));
        }
        QVERIFY(acknowledged.size() >= killAfter.at(round));

        // What a restart sees: the file opens cleanly and SQLite finds nothing broken.
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
        }
        QSqlDatabase::removeDatabase(name);

        AccountDatabase db;
        QString error;
        QVERIFY2(db.openFile(path, &error), qPrintable(error));
        HistoryStore store(&db);
        int missing = 0;
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const std::optional<ChatMessage> m = store.message(it.key());
            if (!m || m->originId != it.value())
                ++missing;
        }
        QCOMPARE(missing, 0);
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages")) && q.next());
        // At most the one message being written when the kill came is stored but unacknowledged.
        const int stored = q.value(0).toInt();
        QVERIFY(stored >= acknowledged.size());
        QVERIFY(stored <= acknowledged.size() + round + 1);
        // The full-text index kept up with the table.
        QCOMPARE(store.search(QStringLiteral("burst"), 1000000).size(), stored);
    }
}

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], kWriterFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]),
                         QByteArray(argv[4]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestHistoryCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historycrash.moc"
