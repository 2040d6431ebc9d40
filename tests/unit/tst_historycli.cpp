// charla-cli history and search read the local store of a stored account and print JSON lines
// a script can rely on: the newest N oldest first, hits newest first with their ranges, and
// usage errors (no account, unknown account, bad --limit) as exit code 1 without creating a
// database.
#include "storage/AccountDatabase.h"
#include "storage/AccountStore.h"
#include "storage/HistoryStore.h"
#include "storage/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

namespace {
const QString kMe = QStringLiteral("me@example.org");
const QString kAlice = QStringLiteral("alice@example.org");
} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void history();
    void search();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QList<QJsonObject> lines;
        QString err;
    };
    Run cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_cli;
    QList<qint64> m_ids;
};

TestHistoryCli::Run TestHistoryCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(m_cli, args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.code = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            r.lines.append(QJsonDocument::fromJson(line).object());
    }
    return r;
}

void TestHistoryCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY2(QFile::exists(m_cli), "CHARLA_CLI must point at the charla-cli binary");
    const Profile profile(m_dir.path());
    AccountConfig account;
    account.jid = kMe;
    AccountStore(profile).save(account);
    AccountDatabase db;
    QVERIFY(db.open(profile, kMe));
    HistoryStore store(&db);
    const QDateTime t0(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 10; ++i) {
        ChatMessage m;
        m.chat = kAlice;
        m.direction = i % 2 ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
        m.from = i % 2 ? kMe + QStringLiteral("/desk") : kAlice + QStringLiteral("/phone");
        m.body = i == 4 ? QStringLiteral("Lunch \"tomorrow\"? {\"json\": true}")
                        : QStringLiteral("message %1 about lunch").arg(i);
        m.timestamp = t0.addSecs(i * 60);
        m.originId = QStringLiteral("o%1").arg(i);
        QVERIFY(store.add(m));
        m_ids.append(m.id);
    }
    ChatMessage other;
    other.chat = QStringLiteral("bob@example.org");
    other.from = other.chat + QStringLiteral("/x");
    other.body = QStringLiteral("lunch with bob");
    other.timestamp = t0.addSecs(3600);
    QVERIFY(store.add(other));
    QVERIFY(store.correct(m_ids.at(8), QStringLiteral("message 8, corrected")));
    QVERIFY(store.setReactions(m_ids.at(9), kAlice, {QStringLiteral("👍")}));
}

void TestHistoryCli::history()
{
    const Run r =
        cli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--account"), kMe,
             QStringLiteral("history"), QStringLiteral("--local"), kAlice, QStringLiteral("--limit"),
             QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.lines.size(), 3);
    // The newest three, oldest first.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(r.lines.at(i).value(QStringLiteral("id")).toInteger(), m_ids.at(7 + i));
    QCOMPARE(r.lines.at(0).value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    QCOMPARE(r.lines.at(1).value(QStringLiteral("body")).toString(),
             QStringLiteral("message 8, corrected"));
    QVERIFY(r.lines.at(1).value(QStringLiteral("edited")).toBool());
    QCOMPARE(r.lines.at(1).value(QStringLiteral("stamp")).toString(),
             QStringLiteral("2026-02-01T12:08:00.000Z"));
    QCOMPARE(r.lines.at(2)
                 .value(QStringLiteral("reactions"))
                 .toObject()
                 .value(QStringLiteral("👍"))
                 .toArray(),
             QJsonArray{kAlice});
    // A full JID names the same chat; the default limit covers all ten.
    const Run all = cli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--account"),
                         kMe, QStringLiteral("history"), QStringLiteral("--local"),
                         kAlice + QStringLiteral("/phone")});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.lines.size(), 10);
    QCOMPARE(all.lines.at(4).value(QStringLiteral("body")).toString(),
             QStringLiteral("Lunch \"tomorrow\"? {\"json\": true}"));
}

void TestHistoryCli::search()
{
    const Run r = cli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--account"), kMe,
                       QStringLiteral("search"), QStringLiteral("lunch"), QStringLiteral("--limit"),
                       QStringLiteral("4")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.lines.size(), 4);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("chat")).toString(),
             QStringLiteral("bob@example.org"));
    QCOMPARE(r.lines.at(0).value(QStringLiteral("hits")).toArray(), (QJsonArray{QJsonArray{0, 5}}));
    QCOMPARE(r.lines.at(1).value(QStringLiteral("id")).toInteger(), m_ids.at(9));
    // Typed punctuation is text, not query syntax.
    const Run q =
        cli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--account"), kMe,
             QStringLiteral("search"), QStringLiteral("\"tomorrow\"?"), QStringLiteral("{json")});
    QCOMPARE(q.code, 0);
    QCOMPARE(q.lines.size(), 1);
    QCOMPARE(q.lines.at(0).value(QStringLiteral("id")).toInteger(), m_ids.at(4));
    QVERIFY(q.err.isEmpty());
}

void TestHistoryCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("said");
    QTest::newRow("no account") << QStringList{QStringLiteral("history"), kAlice}
                                << QStringLiteral("--profile DIR --account JID");
    QTest::newRow("unknown account")
        << QStringList{QStringLiteral("--account"), QStringLiteral("nobody@example.org"),
                       QStringLiteral("search"), QStringLiteral("x")}
        << QStringLiteral("There is no account nobody@example.org");
    QTest::newRow("no chat") << QStringList{QStringLiteral("--account"), kMe,
                                            QStringLiteral("history")}
                             << QStringLiteral("Usage: history JID");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("--account"), kMe,
                                              QStringLiteral("history"),   kAlice,
                                              QStringLiteral("--limit"),   QStringLiteral("0")}
                               << QStringLiteral("--limit");
    QTest::newRow("bad jid") << QStringList{QStringLiteral("--account"), kMe,
                                            QStringLiteral("history"), QStringLiteral("a@b@c")}
                             << QStringLiteral("not a valid address");
}

void TestHistoryCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, said);
    QTemporaryDir other; // a profile without that account: nothing may be created in it
    QStringList full = args;
    if (args.contains(QStringLiteral("--account")))
        full = QStringList{QStringLiteral("--profile"),
                           args.contains(QStringLiteral("nobody@example.org")) ? other.path()
                                                                               : m_dir.path()} +
               args;
    const Run r = cli(full);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
    QVERIFY(!QFile::exists(
        AccountDatabase::pathFor(Profile(other.path()), QStringLiteral("nobody@example.org"))));
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
