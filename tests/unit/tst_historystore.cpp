// The message history in a real SQLite database: deduplication, ordering and keyset paging,
// delivery states, corrections, retractions, reactions, full-text search, clearing, export and
// the migration from the schema before history.
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace charla;
using State = ChatMessage::State;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 0), Qt::UTC);

ChatMessage msg(const QString &chat, const QString &from, const QString &body,
                const QDateTime &ts = kT0)
{
    ChatMessage m;
    m.chat = chat;
    m.from = from;
    m.body = body;
    m.timestamp = ts;
    m.direction = from.startsWith(QStringLiteral("me@")) ? ChatMessage::Direction::Outgoing
                                                         : ChatMessage::Direction::Incoming;
    return m;
}

const QString kAlice = QStringLiteral("alice@example.org");
const QString kBob = QStringLiteral("bob@example.org");

// One store in a fresh database file.
struct Fixture
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Fixture()
    {
        QString error;
        if (!db.openFile(dir.filePath(QStringLiteral("h.sqlite")), &error))
            qFatal("cannot open: %s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
    }
    int rows(const QString &sql)
    {
        QSqlQuery q(db.db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    // FTS5's own consistency check of the index against the messages table.
    bool ftsConsistent()
    {
        QSqlQuery q(db.db());
        return q.exec(QStringLiteral(
            "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"));
    }
};

QList<qint64> idsOf(const QList<ChatMessage> &list)
{
    QList<qint64> ids;
    for (const ChatMessage &m : list)
        ids.append(m.id);
    return ids;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dedup_data();
    void dedup();
    void dedupOfUnusualIdsInBatches();
    void learntStanzaIdMatchesLaterCopies();
    void addIsVisibleToAnotherConnectionAtOnce();
    void addBatchOneTransactionAndSignals();
    void archivePagesAreCheckpointedBesideTheWriter();
    void paging_data();
    void paging();
    void clampedAndInvalidTimestamps();
    void sameMillisecondBurst();
    void olderArchivePagesGoBeforeSameSecond_data();
    void olderArchivePagesGoBeforeSameSecond();
    void unstyledIsKept();
    void states_data();
    void states();
    void correctionRetractionReactions();
    void findByReference();
    void occupantIdIsKept();
    void search();
    void searchIsSafe_data();
    void searchIsSafe();
    void recentChats();
    void clearChat();
    void retentionDeletesOlderMessages();
    void exportText();
    void lastArchiveId();
    void migrationFromRosterSchemaKeepsRoster();
};

void TestHistoryStore::dedup_data()
{
    QTest::addColumn<ChatMessage>("stored");
    QTest::addColumn<ChatMessage>("incoming");
    QTest::addColumn<bool>("duplicate");

    const QString aliceRes = kAlice + QStringLiteral("/phone");
    ChatMessage base = msg(kAlice, aliceRes, QStringLiteral("hello"));

    auto with = [&](std::function<void(ChatMessage &)> f) {
        ChatMessage m = base;
        f(m);
        return m;
    };
    const auto sid = [](const char *s) {
        return [s](ChatMessage &m) { m.stanzaId = QString::fromLatin1(s); };
    };

    QTest::newRow("same trusted stanza-id, other text")
        << with(sid("A1")) << with([](ChatMessage &m) {
               m.stanzaId = QStringLiteral("A1");
               m.body = QStringLiteral("x");
           })
        << true;
    QTest::newRow("different trusted stanza-ids, same origin-id") << with([](ChatMessage &m) {
        m.stanzaId = QStringLiteral("A1");
        m.originId = QStringLiteral("o1");
    }) << with([](ChatMessage &m) {
        m.stanzaId = QStringLiteral("A2");
        m.originId = QStringLiteral("o1");
    }) << false;
    QTest::newRow("same origin-id, other resource of the same sender") << with([](ChatMessage &m) {
        m.originId = QStringLiteral("o1");
    }) << with([&](ChatMessage &m) {
        m.originId = QStringLiteral("o1");
        m.from = kAlice + QStringLiteral("/desk");
    }) << true;
    QTest::newRow("live with origin-id, archive copy with stanza-id and origin-id")
        << with([](ChatMessage &m) { m.originId = QStringLiteral("o1"); })
        << with([](ChatMessage &m) {
               m.originId = QStringLiteral("o1");
               m.stanzaId = QStringLiteral("A9");
           })
        << true;
    QTest::newRow("archive copy first, then a carbon without stanza-id")
        << with([](ChatMessage &m) {
               m.originId = QStringLiteral("o1");
               m.stanzaId = QStringLiteral("A9");
           })
        << with([](ChatMessage &m) { m.originId = QStringLiteral("o1"); }) << true;
    // Someone else reusing alice's origin-id in alice's chat (a forgery) is another message.
    QTest::newRow("same origin-id, other sender") << with([](ChatMessage &m) {
        m.originId = QStringLiteral("o1");
    }) << with([&](ChatMessage &m) {
        m.originId = QStringLiteral("o1");
        m.from = QStringLiteral("mallory@evil.example/x");
    }) << false;
    QTest::newRow("different origin-ids, same text and second")
        << with([](ChatMessage &m) { m.originId = QStringLiteral("o1"); })
        << with([](ChatMessage &m) { m.originId = QStringLiteral("o2"); }) << false;
    // An untrusted stanza-id is never given to the store: both arrive with an empty one, and
    // empty must not match empty.
    QTest::newRow("untrusted ids (empty), other text, same second") << with([](ChatMessage &m) {
        m.messageId = QStringLiteral("m1");
    }) << with([](ChatMessage &m) {
        m.messageId = QStringLiteral("m1");
        m.body = QStringLiteral("other");
    }) << false;
    QTest::newRow("no ids: same sender, text and second (ms differ)")
        << base << with([](ChatMessage &m) { m.timestamp = m.timestamp.addMSecs(700); }) << true;
    QTest::newRow("no ids: next second")
        << base << with([](ChatMessage &m) { m.timestamp = m.timestamp.addSecs(1); }) << false;
    QTest::newRow("no ids: other resource")
        << base << with([&](ChatMessage &m) { m.from = kAlice + QStringLiteral("/desk"); })
        << false;
    QTest::newRow("no ids: other chat")
        << base << with([&](ChatMessage &m) { m.chat = kBob; }) << false;
    QTest::newRow("no ids: stored has origin-id")
        << with([](ChatMessage &m) { m.originId = QStringLiteral("o1"); }) << base << false;
    QTest::newRow("fallback, both with different stanza-ids")
        << with(sid("A1")) << with(sid("A2")) << false;
    QTest::newRow("same stanza-id in another chat") << with(sid("A1")) << with([&](ChatMessage &m) {
        m.stanzaId = QStringLiteral("A1");
        m.chat = kBob;
        m.body = QStringLiteral("x");
    }) << false;
}

void TestHistoryStore::dedup()
{
    QFETCH(ChatMessage, stored);
    QFETCH(ChatMessage, incoming);
    QFETCH(bool, duplicate);
    Fixture f;
    QSignalSpy added(f.store.get(), &HistoryStore::messageAdded);
    QVERIFY(f.store->add(stored));
    QVERIFY(stored.id > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(f.store->add(incoming), !duplicate);
    QCOMPARE(added.size(), duplicate ? 1 : 2);
    QVERIFY(incoming.id > 0);
    QCOMPARE(incoming.id == stored.id, duplicate);
    QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM messages")), duplicate ? 1 : 2);

    // The same rules hold inside one batch, and against what is stored.
    Fixture g;
    QList<ChatMessage> batch{stored, incoming, stored};
    for (ChatMessage &m : batch)
        m.id = 0;
    QCOMPARE(g.store->addBatch(batch), duplicate ? 1 : 2);
    QCOMPARE(batch.at(2).id, batch.at(0).id);
    QCOMPARE(batch.at(1).id == batch.at(0).id, duplicate);

    // And from one batch to the next: a batch looks up what is stored for all its messages in
    // one statement, then only the suspects one by one.
    Fixture h;
    QList<ChatMessage> first{stored};
    first[0].id = 0;
    QCOMPARE(h.store->addBatch(first), 1);
    QList<ChatMessage> second{incoming, stored};
    for (ChatMessage &m : second)
        m.id = 0;
    QCOMPARE(h.store->addBatch(second), duplicate ? 0 : 1);
    QCOMPARE(second.at(1).id, first.at(0).id);
    QCOMPARE(second.at(0).id == first.at(0).id, duplicate);
    QCOMPARE(h.rows(QStringLiteral("SELECT count(*) FROM messages")), duplicate ? 1 : 2);
}

void TestHistoryStore::dedupOfUnusualIdsInBatches()
{
    // The batch lookup carries chats and origin-ids as JSON text: quotes, backslashes, control
    // characters, non-BMP characters and a lone surrogate must match exactly as one by one.
    const QStringList ids{QStringLiteral("a\"b"),       QStringLiteral("back\\slash"),
                          QStringLiteral("tab\tnl\n"),  QStringLiteral("\u0001ctl\u001f"),
                          QStringLiteral("emoji \U0001F600"), QStringLiteral("[\"x\",1]"),
                          QString(QChar(0xD800)) + QStringLiteral("lone"), QStringLiteral("')--")};
    const QString chat = QStringLiteral("o\"dd\\chat@example.org");
    Fixture f;
    QList<ChatMessage> stored;
    for (int i = 0; i < ids.size(); ++i) {
        ChatMessage m = msg(chat, chat + QStringLiteral("/r"), QStringLiteral("b%1").arg(i),
                            kT0.addSecs(i));
        m.originId = ids.at(i);
        QVERIFY(f.store->add(m));
        stored.append(m);
    }
    // Copies (another resource, another second: only the origin-id can match them), and
    // near misses that must be new.
    QList<ChatMessage> batch;
    for (const ChatMessage &m : std::as_const(stored)) {
        ChatMessage copy = m;
        copy.id = 0;
        copy.from = chat + QStringLiteral("/other");
        copy.timestamp = m.timestamp.addSecs(3600);
        batch.append(copy);
        ChatMessage near = copy;
        near.originId = m.originId + QStringLiteral(" ");
        batch.append(near);
    }
    QCOMPARE(f.store->addBatch(batch), int(stored.size()));
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(batch.at(2 * i).id, stored.at(i).id);
        QVERIFY(batch.at(2 * i + 1).id != stored.at(i).id);
    }
    // Without origin-ids (the fallback key), in a chat with the same odd name.
    QList<ChatMessage> plain;
    for (int i = 0; i < 3; ++i)
        plain.append(msg(chat, chat + QStringLiteral("/r"), QStringLiteral("p\"%1").arg(i)));
    QList<ChatMessage> again = plain;
    QCOMPARE(f.store->addBatch(plain), 3);
    QCOMPARE(f.store->addBatch(again), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(again.at(i).id, plain.at(i).id);
}

void TestHistoryStore::learntStanzaIdMatchesLaterCopies()
{
    Fixture f;
    ChatMessage live = msg(kAlice, kAlice + QStringLiteral("/phone"), QStringLiteral("hi"));
    QVERIFY(f.store->add(live));
    // The archive copy carries the trusted stanza-id the live copy lacked (no origin-id: matched
    // by the fallback key); the stored row learns it...
    ChatMessage archived = live;
    archived.id = 0;
    archived.stanzaId = QStringLiteral("arch-1");
    QVERIFY(!f.store->add(archived));
    QCOMPARE(archived.id, live.id);
    QCOMPARE(f.store->message(live.id)->stanzaId, QStringLiteral("arch-1"));
    // ... so a copy with that id and a different timestamp (a re-stamped archive) still matches.
    ChatMessage again = archived;
    again.id = 0;
    again.timestamp = again.timestamp.addSecs(30);
    QVERIFY(!f.store->add(again));
    QCOMPARE(again.id, live.id);
    // A correction changes the body; the original's archive copy is still the same message.
    QVERIFY(f.store->correct(live.id, QStringLiteral("hi there")));
    ChatMessage original = live;
    original.id = 0;
    QVERIFY(!f.store->add(original));
    QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM messages")), 1);
}

void TestHistoryStore::addIsVisibleToAnotherConnectionAtOnce()
{
    // add() commits before it returns: a second connection (another process after a crash sees
    // the same) reads the row without anything else happening in between.
    Fixture f;
    ChatMessage m = msg(kAlice, kAlice + QStringLiteral("/a"), QStringLiteral("ack me"));
    QVERIFY(f.store->add(m));
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(f.db.path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("SELECT body FROM messages WHERE id = %1").arg(m.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ack me"));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestHistoryStore::addBatchOneTransactionAndSignals()
{
    Fixture f;
    QSignalSpy batchSpy(f.store.get(), &HistoryStore::messagesAdded);
    QSignalSpy oneSpy(f.store.get(), &HistoryStore::messageAdded);
    QList<ChatMessage> batch;
    for (int i = 0; i < 30; ++i) {
        ChatMessage m =
            msg(i % 3 == 0 ? kBob : kAlice, (i % 3 == 0 ? kBob : kAlice) + QStringLiteral("/r"),
                QStringLiteral("m%1").arg(i), kT0.addSecs(i));
        m.stanzaId = QStringLiteral("s%1").arg(i);
        batch.append(m);
    }
    batch.append(batch.at(4)); // a duplicate inside the batch
    QCOMPARE(f.store->addBatch(batch), 30);
    QCOMPARE(oneSpy.size(), 0);
    QCOMPARE(batchSpy.size(), 2);
    QHash<QString, QList<qint64>> byChat;
    for (const auto &args : batchSpy)
        byChat.insert(args.at(0).toString(), args.at(1).value<QList<qint64>>());
    QCOMPARE(byChat.value(kBob).size(), 10);
    QCOMPARE(byChat.value(kAlice).size(), 20);
    QCOMPARE(f.store->count(kAlice), 20);
    QCOMPARE(f.store->count(kBob), 10);
    // The whole batch again: nothing new, no signal.
    QCOMPARE(f.store->addBatch(batch), 0);
    QCOMPARE(batchSpy.size(), 2);
    QVERIFY(f.ftsConsistent());
}

void TestHistoryStore::archivePagesAreCheckpointedBesideTheWriter()
{
    // After an archive page is committed, its pages are copied from the WAL into the database
    // file by WalCheckpointer's thread: the writer's own auto-checkpoint waits for a WAL of
    // 32,768 pages, far more than these pages, so a growing file proves the other connection.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        AccountDatabase db;
        QVERIFY(db.openFile(path));
        auto store = std::make_unique<HistoryStore>(&db);
        const qint64 before = QFileInfo(path).size();
        QList<ChatMessage> page;
        for (int i = 0; i < 2000; ++i) {
            ChatMessage m = msg(kAlice, kAlice + QStringLiteral("/r"),
                                QStringLiteral("archived message %1 with some words").arg(i),
                                kT0.addSecs(i));
            m.stanzaId = QStringLiteral("arch-%1").arg(i);
            m.originId = QUuid::createUuid().toString();
            page.append(m);
        }
        QCOMPARE(store->addBatch(page), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 200 * 1024, 5000);
        // Closing right after another page (a checkpoint may be waiting or running) ends the
        // thread and its connection.
        QList<ChatMessage> more = page;
        for (ChatMessage &m : more) {
            m.id = 0;
            m.stanzaId += QStringLiteral("-b");
            m.originId += QStringLiteral("-b");
        }
        QCOMPARE(store->addBatch(more), 2000);
        store.reset();
        db.close();
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("charla-checkpoint-")), qPrintable(name));
    }
    // Everything is there for the next start.
    AccountDatabase again;
    QVERIFY(again.openFile(path));
    HistoryStore store(&again);
    QCOMPARE(store.count(kAlice), 4000);
    QCOMPARE(store.search(QStringLiteral("archived"), 5000).size(), 4000);
}

void TestHistoryStore::paging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("sameStampRun");
    QTest::newRow("page 1, runs of 4") << 1 << 4;
    QTest::newRow("page 3, runs of 4") << 3 << 4;
    QTest::newRow("page 7, runs of 10") << 7 << 10;
    QTest::newRow("page 50, all equal") << 50 << 1000;
    QTest::newRow("page 4, all distinct") << 4 << 1;
}

void TestHistoryStore::paging()
{
    QFETCH(int, pageSize);
    QFETCH(int, sameStampRun);
    Fixture f;
    // 60 messages whose timestamps repeat in runs, stored in a shuffled order (archive pages
    // arrive out of order), interleaved with another chat.
    QList<ChatMessage> all;
    for (int i = 0; i < 60; ++i)
        all.append(msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("n%1").arg(i),
                       kT0.addSecs(i / sameStampRun)));
    std::shuffle(all.begin(), all.end(), *QRandomGenerator::global());
    for (ChatMessage &m : all) {
        m.originId = QUuid::createUuid().toString();
        QVERIFY(f.store->add(m));
        ChatMessage noise = msg(kBob, kBob + QStringLiteral("/r"), m.body, m.timestamp);
        QVERIFY(f.store->add(noise));
    }
    std::sort(all.begin(), all.end(), [](const ChatMessage &a, const ChatMessage &b) {
        return std::make_pair(a.timestamp, a.id) < std::make_pair(b.timestamp, b.id);
    });

    // Backwards from the newest page: every message once, in order.
    QList<ChatMessage> page = f.store->latest(kAlice, pageSize);
    QList<ChatMessage> seen = page;
    while (!page.isEmpty()) {
        page = f.store->before(kAlice, page.first().timestamp, page.first().id, pageSize);
        QVERIFY(page.size() <= pageSize);
        seen = page + seen;
    }
    QCOMPARE(idsOf(seen), idsOf(all));

    // Forwards from the oldest.
    QList<ChatMessage> fwd;
    QDateTime ts = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    qint64 id = 0;
    for (;;) {
        const QList<ChatMessage> p = f.store->after(kAlice, ts, id, pageSize);
        if (p.isEmpty())
            break;
        fwd += p;
        ts = p.last().timestamp;
        id = p.last().id;
    }
    QCOMPARE(idsOf(fwd), idsOf(all));

    // The paging query walks the (chat, ts, id) index, never a sort of the chat.
    QSqlQuery plan(f.db.db());
    QVERIFY(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM messages m WHERE m.chat = 'x' AND (m.ts, m.id) < (1, 2) "
        "ORDER BY m.ts DESC, m.id DESC LIMIT 50")));
    QString planText;
    while (plan.next())
        planText += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(planText.contains(QStringLiteral("messages_chat_ts")), qPrintable(planText));
    QVERIFY2(!planText.contains(QStringLiteral("TEMP B-TREE")), qPrintable(planText));
}

void TestHistoryStore::clampedAndInvalidTimestamps()
{
    Fixture f;
    ChatMessage noTime = msg(kAlice, kAlice, QStringLiteral("now"), QDateTime());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(f.store->add(noTime));
    QVERIFY(noTime.timestamp >= before);
    ChatMessage ancient = msg(kAlice, kAlice, QStringLiteral("forged delay"),
                              QDateTime(QDate(1901, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(f.store->add(ancient));
    QVERIFY(ancient.id > 0);
    const QList<ChatMessage> page = f.store->latest(kAlice, 10);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.first().body, QStringLiteral("forged delay"));
    QCOMPARE(page.first().timestamp.toUTC().date().year(), 1970);
}

void TestHistoryStore::sameMillisecondBurst()
{
    // More messages in one millisecond than the row id has room for (1,000), in a batch larger
    // than one full-text index chunk: every one is stored once, paged in order and searchable.
    Fixture f;
    QList<ChatMessage> batch;
    for (int i = 0; i < 2500; ++i) {
        ChatMessage m =
            msg(kAlice, kAlice + QStringLiteral("/bot"), QStringLiteral("tick %1").arg(i));
        m.originId = QStringLiteral("tick-%1").arg(i);
        batch.append(m);
    }
    ChatMessage later =
        msg(kAlice, kAlice + QStringLiteral("/bot"), QStringLiteral("tock"), kT0.addMSecs(1));
    QVERIFY(f.store->add(later));
    QCOMPARE(f.store->addBatch(batch), 2500);
    QSet<qint64> ids;
    for (const ChatMessage &m : std::as_const(batch))
        ids.insert(m.id);
    QCOMPARE(ids.size(), 2500);
    QVERIFY(!ids.contains(later.id));
    QList<ChatMessage> all = f.store->latest(kAlice, 10000);
    QCOMPARE(all.size(), 2501);
    QCOMPARE(all.last().body, QStringLiteral("tock")); // a later ms stays last
    QList<ChatMessage> paged = f.store->latest(kAlice, 100);
    for (QList<ChatMessage> page = paged; !page.isEmpty();) {
        page = f.store->before(kAlice, page.first().timestamp, page.first().id, 100);
        paged = page + paged;
    }
    QCOMPARE(idsOf(paged), idsOf(all));
    QCOMPARE(f.store->search(QStringLiteral("tick"), 5000).size(), 2500);
    QCOMPARE(
        f.rows(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'tick'")),
        2500);
    QVERIFY(f.ftsConsistent());
}

void TestHistoryStore::olderArchivePagesGoBeforeSameSecond_data()
{
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("splitEvery"); // a page stored in batches of this size (edits split it)
    QTest::newRow("3 per second, pages of 50") << 3 << 50 << 50;
    QTest::newRow("40 per second, pages of 50, split") << 40 << 50 << 7;
    QTest::newRow("all in one second, pages of 50") << 1000 << 50 << 50;
    QTest::newRow("all in one second, pages of 100, split") << 1000 << 100 << 13;
    QTest::newRow("one per second, pages of 1") << 1 << 1 << 1;
}

void TestHistoryStore::olderArchivePagesGoBeforeSameSecond()
{
    // What opening a chat and scrolling back does (XEP-0313 with RSM <before/>): the newest
    // page is stored first, then each older page. Archive stamps have whole seconds, so an
    // older page holds messages of the same second as rows already stored; they must come
    // before those rows, in the page's order, though they were stored later.
    QFETCH(int, perSecond);
    QFETCH(int, pageSize);
    QFETCH(int, splitEvery);
    Fixture f;
    constexpr int kCount = 240;
    QList<ChatMessage> archive;
    for (int i = 0; i < kCount; ++i) {
        ChatMessage m = msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("a%1").arg(i),
                            kT0.addSecs(i / perSecond));
        m.stanzaId = QStringLiteral("archive-%1").arg(i);
        archive.append(m);
    }
    // Another chat's messages in the same seconds, stored live in between (arrival order).
    auto noise = [&](int i) {
        ChatMessage n = msg(kBob, kBob + QStringLiteral("/r"), QStringLiteral("b%1").arg(i),
                            archive.at(i).timestamp);
        QVERIFY(f.store->add(n));
    };
    for (int end = kCount; end > 0; end -= pageSize) {
        const int start = std::max(0, end - pageSize);
        const bool newest = end == kCount;
        HistoryStore::OlderPage page(end - start);
        for (int from = start; from < end; from += splitEvery) {
            QList<ChatMessage> batch = archive.mid(from, std::min(splitEvery, end - from));
            QCOMPARE(f.store->addBatch(batch, newest ? nullptr : &page), int(batch.size()));
            noise(from);
        }
    }
    // A live message in the newest second after all that: arrival order puts it last.
    ChatMessage live = msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("live"),
                           archive.last().timestamp);
    QVERIFY(f.store->add(live));

    QStringList expected;
    for (const ChatMessage &m : std::as_const(archive))
        expected.append(m.body);
    expected.append(QStringLiteral("live"));
    QStringList got;
    for (const ChatMessage &m : f.store->latest(kAlice, 10000))
        got.append(m.body);
    QCOMPARE(got, expected);

    // Keyset paging backwards gives the same order, and the export too.
    QList<ChatMessage> page = f.store->latest(kAlice, 17);
    QStringList paged;
    while (!page.isEmpty()) {
        QStringList bodies;
        for (const ChatMessage &m : std::as_const(page))
            bodies.append(m.body);
        paged = bodies + paged;
        page = f.store->before(kAlice, page.first().timestamp, page.first().id, 17);
    }
    QCOMPARE(paged, expected);
    const QStringList lines =
        f.store->exportText(kAlice).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(": ") + expected.at(i)), qPrintable(lines.at(i)));
    // The same archive again (an overlapping catch-up) adds nothing.
    HistoryStore::OlderPage again(kCount);
    QList<ChatMessage> all = archive;
    QCOMPARE(f.store->addBatch(all, &again), 0);
    QVERIFY(f.ftsConsistent());
}

void TestHistoryStore::unstyledIsKept()
{
    // XEP-0393 6: the sender's wish to show the body unstyled survives the store, in a batch
    // and alone.
    Fixture f;
    ChatMessage a = msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("*as typed*"));
    a.unstyled = true;
    QVERIFY(f.store->add(a));
    QList<ChatMessage> batch{msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("*styled*"),
                                 kT0.addSecs(1)),
                             msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("_plain_"),
                                 kT0.addSecs(2))};
    batch[1].unstyled = true;
    QCOMPARE(f.store->addBatch(batch), 2);
    const QList<ChatMessage> all = f.store->latest(kAlice, 10);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).unstyled, true);
    QCOMPARE(all.at(1).unstyled, false);
    QCOMPARE(all.at(2).unstyled, true);
    QCOMPARE(f.store->message(a.id)->unstyled, true);
}

void TestHistoryStore::states_data()
{
    QTest::addColumn<QList<int>>("steps"); // states applied in order
    QTest::addColumn<QList<bool>>("accepted");
    QTest::addColumn<int>("final");
    auto L = [](std::initializer_list<State> s) {
        QList<int> l;
        for (State x : s)
            l.append(int(x));
        return l;
    };
    QTest::newRow("forward") << L({State::Sent, State::Delivered, State::Displayed})
                             << QList<bool>{true, true, true} << int(State::Displayed);
    QTest::newRow("late ack after receipt")
        << L({State::Delivered, State::Sent}) << QList<bool>{true, false} << int(State::Delivered);
    QTest::newRow("receipt after marker") << L({State::Displayed, State::Delivered})
                                          << QList<bool>{true, false} << int(State::Displayed);
    QTest::newRow("failed then retried then sent")
        << L({State::Failed, State::Pending, State::Sent}) << QList<bool>{true, true, true}
        << int(State::Sent);
    QTest::newRow("delivered cannot fail") << L({State::Delivered, State::Failed})
                                           << QList<bool>{true, false} << int(State::Delivered);
    QTest::newRow("same state twice")
        << L({State::Sent, State::Sent}) << QList<bool>{true, false} << int(State::Sent);
    QTest::newRow("back to pending")
        << L({State::Sent, State::Pending}) << QList<bool>{true, false} << int(State::Sent);
}

void TestHistoryStore::states()
{
    QFETCH(QList<int>, steps);
    QFETCH(QList<bool>, accepted);
    QFETCH(int, final);
    Fixture f;
    ChatMessage m = msg(kAlice, QStringLiteral("me@example.org/desk"), QStringLiteral("out"));
    m.state = State::Pending;
    QVERIFY(f.store->add(m));
    QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);
    int expectedSignals = 0;
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(f.store->setState(m.id, State(steps[i]), QStringLiteral("no route")), accepted[i]);
        expectedSignals += accepted[i] ? 1 : 0;
        QCOMPARE(changed.size(), expectedSignals);
    }
    const ChatMessage stored = *f.store->message(m.id);
    QCOMPARE(int(stored.state), final);
    QCOMPARE(stored.errorText.isEmpty(), final != int(State::Failed));
    QCOMPARE(changed.last().at(0).value<ChatMessage>().state, stored.state);
}

void TestHistoryStore::correctionRetractionReactions()
{
    Fixture f;
    ChatMessage m = msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("teh cat"));
    m.oobUrl = QStringLiteral("https://up.example.org/cat.jpg");
    QVERIFY(f.store->add(m));
    QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);

    QVERIFY(f.store->correct(m.id, QStringLiteral("the cat")));
    QCOMPARE(changed.size(), 1);
    ChatMessage c = *f.store->message(m.id);
    QCOMPARE(c.body, QStringLiteral("the cat"));
    QVERIFY(c.edited);
    QCOMPARE(f.store->search(QStringLiteral("teh"), 10).size(), 0);
    QCOMPARE(f.store->search(QStringLiteral("the"), 10).size(), 1);

    QVERIFY(f.store->setReactions(m.id, kBob, {QStringLiteral("👍"), QStringLiteral("😂")}));
    QVERIFY(f.store->setReactions(m.id, kAlice, {QStringLiteral("👍")}));
    QCOMPARE(changed.size(), 3);
    c = *f.store->message(m.id);
    QCOMPARE(c.reactions.size(), 2);
    QCOMPARE(c.reactions.at(0).emoji, QStringLiteral("👍"));
    QCOMPARE(c.reactions.at(0).senders, (QStringList{kBob, kAlice}));
    QCOMPARE(c.reactions.at(1).senders, QStringList{kBob});
    // XEP-0444: the new set replaces the sender's old one; an empty set removes them.
    QVERIFY(f.store->setReactions(m.id, kBob, {QStringLiteral("😂")}));
    QVERIFY(f.store->setReactions(m.id, kAlice, {}));
    c = *f.store->message(m.id);
    QCOMPARE(c.reactions.size(), 1);
    QCOMPARE(c.reactions.at(0).emoji, QStringLiteral("😂"));
    QCOMPARE(f.store->latest(kAlice, 5).first().reactions, c.reactions);
    QVERIFY(!f.store->setReactions(987654, kBob, {QStringLiteral("x")}));

    QVERIFY(f.store->retract(m.id));
    c = *f.store->message(m.id);
    QVERIFY(c.retracted);
    QVERIFY(c.body.isEmpty());
    QVERIFY(c.oobUrl.isEmpty());
    QCOMPARE(changed.last().at(0).value<ChatMessage>().retracted, true);
    QCOMPARE(f.store->search(QStringLiteral("cat"), 10).size(), 0);
    // A late correction does not bring the text back.
    QVERIFY(!f.store->correct(m.id, QStringLiteral("resurrected")));
    QCOMPARE(f.store->message(m.id)->body, QString());
    QVERIFY(f.ftsConsistent());
}

void TestHistoryStore::findByReference()
{
    Fixture f;
    ChatMessage a = msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("with origin"));
    a.messageId = QStringLiteral("mid-a");
    a.originId = QStringLiteral("oid-a");
    a.stanzaId = QStringLiteral("sid-a");
    ChatMessage b =
        msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("only id"), kT0.addSecs(1));
    b.messageId = QStringLiteral("mid-b");
    QVERIFY(f.store->add(a));
    QVERIFY(f.store->add(b));
    QCOMPARE(f.store->findByReference(kAlice, QStringLiteral("oid-a"))->id, a.id);
    QCOMPARE(f.store->findByReference(kAlice, QStringLiteral("sid-a"))->id, a.id);
    QCOMPARE(f.store->findByReference(kAlice, QStringLiteral("mid-b"))->id, b.id);
    // The stanza's id is not the reference when an origin-id is given.
    QVERIFY(!f.store->findByReference(kAlice, QStringLiteral("mid-a")));
    QVERIFY(!f.store->findByReference(kBob, QStringLiteral("oid-a")));
    QVERIFY(!f.store->findByReference(kAlice, QString()));
    QCOMPARE(f.store->findByReference(kAlice, QStringLiteral("oid-a"), kAlice)->id, a.id);
    QVERIFY(!f.store->findByReference(kAlice, QStringLiteral("oid-a"), kBob));
}

void TestHistoryStore::occupantIdIsKept()
{
    // XEP-0421: a room message keeps its sender's occupant-id, in a single add and in a batch,
    // so who sent it is still known after a restart; other messages have none.
    Fixture f;
    const QString room = QStringLiteral("room@conference.example.org");
    ChatMessage a = msg(room, room + QStringLiteral("/bob"), QStringLiteral("one"));
    a.originId = QStringLiteral("oid-1");
    a.occupantId = QStringLiteral("occ-bob");
    QVERIFY(f.store->add(a));
    QList<ChatMessage> batch{msg(room, room + QStringLiteral("/carol"), QStringLiteral("two"),
                                 kT0.addSecs(1)),
                             msg(kAlice, kAlice + QStringLiteral("/r"), QStringLiteral("three"),
                                 kT0.addSecs(2))};
    batch[0].originId = QStringLiteral("oid-2");
    batch[0].occupantId = QStringLiteral("occ-carol");
    QCOMPARE(f.store->addBatch(batch), 2);
    AccountDatabase again;
    QString error;
    QVERIFY2(again.openFile(f.dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    HistoryStore reopened(&again);
    QCOMPARE(reopened.message(a.id)->occupantId, QStringLiteral("occ-bob"));
    QCOMPARE(reopened.findByReference(room, QStringLiteral("oid-2"))->occupantId,
             QStringLiteral("occ-carol"));
    QVERIFY(reopened.message(batch[1].id)->occupantId.isEmpty());
}

void TestHistoryStore::search()
{
    Fixture f;
    const QString me = QStringLiteral("me@example.org/desk");
    QList<ChatMessage> batch{
        msg(kAlice, kAlice, QStringLiteral("Lunch at the Canción café?"), kT0),
        msg(kBob, kBob, QStringLiteral("no lunch today"), kT0.addSecs(10)),
        msg(kAlice, me, QStringLiteral("lunch lunch, yes"), kT0.addSecs(20)),
        msg(kAlice, kAlice, QStringLiteral("dinner instead"), kT0.addSecs(30)),
    };
    // Stored out of time order: newest first must follow timestamps, not insertion.
    QList<ChatMessage> reversed(batch.rbegin(), batch.rend());
    QCOMPARE(f.store->addBatch(reversed), 4);

    QList<HistoryStore::SearchHit> hits = f.store->search(QStringLiteral("LUNCH"), 10);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).message.body, QStringLiteral("lunch lunch, yes"));
    QCOMPARE(hits.at(1).message.body, QStringLiteral("no lunch today"));
    QCOMPARE(hits.at(2).message.body, QStringLiteral("Lunch at the Canción café?"));
    QCOMPARE(hits.at(0).ranges, (QList<QPair<int, int>>{{0, 5}, {6, 5}}));
    QCOMPARE(hits.at(1).ranges, (QList<QPair<int, int>>{{3, 5}}));
    QCOMPARE(hits.at(1).snippet, QStringLiteral("no \x01lunch\x02 today"));
    for (const auto &hit : hits) {
        for (const auto &r : hit.ranges)
            QCOMPARE(hit.message.body.mid(r.first, r.second).toLower(), QStringLiteral("lunch"));
    }
    // The limit keeps the newest.
    hits = f.store->search(QStringLiteral("lunch"), 2);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(1).message.chat, kBob);
    // One chat only.
    hits = f.store->search(QStringLiteral("lunch"), 10, kBob);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).message.chat, kBob);
    // Accents do not have to be typed; every word must be in the message.
    hits = f.store->search(QStringLiteral("cancion cafe"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).ranges, (QList<QPair<int, int>>{{13, 7}, {21, 4}}));
    QCOMPARE(f.store->search(QStringLiteral("lunch dinner"), 10).size(), 0);
    QCOMPARE(f.store->search(QStringLiteral("nothing-like-this"), 10).size(), 0);
}

void TestHistoryStore::searchIsSafe_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectBody"); // the message it finds, or empty for none
    QTest::newRow("quote") << QStringLiteral("\"") << QString();
    QTest::newRow("quoted word") << QStringLiteral("\"quoted\"")
                                 << QStringLiteral("a \"quoted\" C++ line");
    QTest::newRow("c++") << QStringLiteral("C++") << QStringLiteral("a \"quoted\" C++ line");
    QTest::newRow("unbalanced") << QStringLiteral("quoted\" line")
                                << QStringLiteral("a \"quoted\" C++ line");
    QTest::newRow("AND/OR/NOT words")
        << QStringLiteral("not OR and") << QStringLiteral("not or and");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(a b)") << QString();
    QTest::newRow("star") << QStringLiteral("quot*") << QString();
    QTest::newRow("column filter") << QStringLiteral("body:quoted") << QString();
    QTest::newRow("caret and parens") << QStringLiteral("^( ) - + :") << QString();
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("question") << QStringLiteral("where are you?")
                              << QStringLiteral("where are you?");
}

void TestHistoryStore::searchIsSafe()
{
    QFETCH(QString, query);
    QFETCH(QString, expectBody);
    // A syntax error would be logged as "search failed" and return nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("search failed")));
    Fixture f;
    QList<ChatMessage> batch{msg(kAlice, kAlice, QStringLiteral("a \"quoted\" C++ line"), kT0),
                             msg(kAlice, kAlice, QStringLiteral("not or and"), kT0.addSecs(1)),
                             msg(kAlice, kAlice, QStringLiteral("where are you?"), kT0.addSecs(2))};
    QCOMPARE(f.store->addBatch(batch), 3);
    const QList<HistoryStore::SearchHit> hits = f.store->search(query, 10);
    if (expectBody.isEmpty()) {
        QCOMPARE(hits.size(), 0);
    } else {
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).message.body, expectBody);
    }
    QCOMPARE(f.store->count(kAlice), 3);
}

void TestHistoryStore::recentChats()
{
    Fixture f;
    QVERIFY(f.store->recentChats().isEmpty());
    ChatMessage a1 = msg(kAlice, kAlice, QStringLiteral("a1"), kT0);
    ChatMessage b1 = msg(kBob, kBob, QStringLiteral("b1"), kT0.addSecs(5));
    ChatMessage a2 = msg(kAlice, kAlice, QStringLiteral("a2"), kT0.addSecs(10));
    ChatMessage old = msg(kBob, kBob, QStringLiteral("late archive"), kT0.addSecs(-100));
    QVERIFY(f.store->add(a1));
    QVERIFY(f.store->add(b1));
    QVERIFY(f.store->add(a2));
    QVERIFY(f.store->add(old)); // arriving late does not make it the chat's newest
    QList<ChatMessage> recent = f.store->recentChats();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).body, QStringLiteral("a2"));
    QCOMPARE(recent.at(1).body, QStringLiteral("b1"));
    QCOMPARE(f.store->recentChats(1).size(), 1);
    QList<ChatMessage> batch{msg(kBob, kBob, QStringLiteral("b2"), kT0.addSecs(20)),
                             msg(kBob, kBob, QStringLiteral("b0"), kT0.addSecs(1))};
    QCOMPARE(f.store->addBatch(batch), 2);
    recent = f.store->recentChats();
    QCOMPARE(recent.at(0).body, QStringLiteral("b2"));
}

void TestHistoryStore::clearChat()
{
    Fixture f;
    QList<ChatMessage> batch;
    for (int i = 0; i < 20; ++i)
        batch.append(msg(i % 2 ? kAlice : kBob, i % 2 ? kAlice : kBob,
                         QStringLiteral("secret word %1").arg(i), kT0.addSecs(i)));
    QCOMPARE(f.store->addBatch(batch), 20);
    QVERIFY(f.store->setReactions(batch.at(1).id, kBob, {QStringLiteral("❤")}));
    QSignalSpy cleared(f.store.get(), &HistoryStore::chatCleared);
    QVERIFY(f.store->clearChat(kAlice));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.at(0).at(0).toString(), kAlice);
    QCOMPARE(f.store->count(kAlice), 0);
    QCOMPARE(f.store->count(kBob), 10);
    QCOMPARE(f.store->search(QStringLiteral("secret"), 100).size(), 10);
    QCOMPARE(f.store->search(QStringLiteral("secret"), 100, kAlice).size(), 0);
    QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM reactions")), 0);
    QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM chats")), 1);
    // The index holds only bob's rows now (its own count, not through the content table).
    QCOMPARE(f.rows(QStringLiteral(
                 "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'secret'")),
             10);
    QVERIFY(f.ftsConsistent());
    QCOMPARE(f.store->recentChats().size(), 1);
}

void TestHistoryStore::retentionDeletesOlderMessages()
{
    // History retention (Settings): what is older than the cutoff goes, with its reactions
    // and search entries; a chat with nothing newer is forgotten, one with newer messages
    // keeps them.
    Fixture f;
    QList<ChatMessage> batch;
    for (int i = 0; i < 10; ++i)
        batch.append(msg(kAlice, kAlice, QStringLiteral("old word %1").arg(i), kT0.addDays(i)));
    for (int i = 0; i < 4; ++i)
        batch.append(msg(kBob, kBob, QStringLiteral("old word bob %1").arg(i), kT0.addDays(i)));
    QCOMPARE(f.store->addBatch(batch), 14);
    QVERIFY(f.store->setReactions(batch.at(0).id, kBob, {QStringLiteral("👍")}));
    QVERIFY(f.store->setReactions(batch.at(9).id, kBob, {QStringLiteral("👍")}));
    QSignalSpy cleared(f.store.get(), &HistoryStore::chatCleared);

    // Days 0..5 of alice and all of bob's (days 0..3) are older than day 6.
    QCOMPARE(f.store->deleteOlderThan(kT0.addDays(6)), 10);
    QCOMPARE(f.store->count(kAlice), 4);
    QCOMPARE(f.store->count(kBob), 0);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.at(0).at(0).toString(), kBob);
    QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM reactions")), 1);
    QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM chats")), 1);
    QCOMPARE(f.store->search(QStringLiteral("old"), 100).size(), 4);
    QVERIFY(f.ftsConsistent());
    QCOMPARE(f.store->latest(kAlice, 10).first().body, QStringLiteral("old word 6"));
    // Nothing older left: nothing more goes; an invalid cutoff deletes nothing.
    QCOMPARE(f.store->deleteOlderThan(kT0.addDays(6)), 0);
    QCOMPARE(f.store->deleteOlderThan(QDateTime()), 0);
    QCOMPARE(f.store->count(kAlice), 4);
}

void TestHistoryStore::exportText()
{
    Fixture f;
    ChatMessage in =
        msg(kAlice, kAlice + QStringLiteral("/phone"), QStringLiteral("two\nlines"), kT0);
    ChatMessage out = msg(kAlice, QStringLiteral("me@example.org/desk"),
                          QStringLiteral("<b>ok</b>"), kT0.addSecs(61));
    ChatMessage gone =
        msg(kAlice, kAlice + QStringLiteral("/phone"), QStringLiteral("oops"), kT0.addSecs(62));
    ChatMessage other = msg(kBob, kBob, QStringLiteral("not here"), kT0.addSecs(1));
    QVERIFY(f.store->add(out)); // stored out of order: the export follows time
    QVERIFY(f.store->add(in));
    QVERIFY(f.store->add(gone));
    QVERIFY(f.store->add(other));
    QVERIFY(f.store->correct(out.id, QStringLiteral("<b>okay</b>")));
    QVERIFY(f.store->retract(gone.id));
    const auto stamp = [](const QDateTime &t) {
        return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const QString expected =
        QStringLiteral("[%1] alice@example.org: two\n    lines\n").arg(stamp(kT0)) +
        QStringLiteral("[%1] me@example.org: <b>okay</b> (edited)\n").arg(stamp(kT0.addSecs(61))) +
        QStringLiteral("[%1] alice@example.org: (message retracted)\n").arg(stamp(kT0.addSecs(62)));
    QCOMPARE(f.store->exportText(kAlice), expected);
    QCOMPARE(f.store->exportText(QStringLiteral("nobody@example.org")), QString());
}

void TestHistoryStore::lastArchiveId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        AccountDatabase db;
        QVERIFY(db.openFile(path));
        HistoryStore store(&db);
        QCOMPARE(store.lastArchiveId(), QString());
        QVERIFY(store.setLastArchiveId(QStringLiteral("28482-98726-73623")));
    }
    AccountDatabase db;
    QVERIFY(db.openFile(path));
    QCOMPARE(HistoryStore(&db).lastArchiveId(), QStringLiteral("28482-98726-73623"));
}

void TestHistoryStore::migrationFromRosterSchemaKeepsRoster()
{
    // A database as the release before history wrote it: schema 2, a cached roster.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        for (const char *sql : {
                 "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                 "INSERT INTO schema_version VALUES (2)",
                 "CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                 "CREATE TABLE roster (jid TEXT PRIMARY KEY, name TEXT NOT NULL, subscription TEXT "
                 "NOT NULL, ask INTEGER NOT NULL, approved INTEGER NOT NULL, groups TEXT NOT NULL)",
                 "CREATE TABLE avatars (jid TEXT PRIMARY KEY, hash TEXT NOT NULL)",
                 "INSERT INTO kv VALUES ('roster.version', 'ver-7')",
                 "INSERT INTO roster VALUES ('alice@example.org', 'Alice', 'both', 0, 0, "
                 "'[\"Work\"]')",
             })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);

    AccountDatabase db;
    QString error;
    QVERIFY2(db.openFile(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), AccountDatabase::latestSchemaVersion());
    QVERIFY(db.schemaVersion() >= 3);
    RosterCache roster(&db);
    QCOMPARE(roster.version(), QStringLiteral("ver-7"));
    const QList<RosterItem> items = roster.load();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).name, QStringLiteral("Alice"));
    QCOMPARE(items.at(0).groups, QStringList{QStringLiteral("Work")});
    HistoryStore store(&db);
    ChatMessage m = msg(kAlice, kAlice, QStringLiteral("first message after the update"));
    QVERIFY(store.add(m));
    QCOMPARE(store.search(QStringLiteral("update"), 5).size(), 1);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
