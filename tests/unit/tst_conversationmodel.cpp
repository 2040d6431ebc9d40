// ConversationModel over a real HistoryStore, always under QAbstractItemModelTester: newest page
// first, older pages on fetchMore, live and late (archive) messages inserted at their place,
// day separators and grouping right across page boundaries and insertions.
#include "models/ConversationModel.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using Role = ConversationModel::Role;

namespace {

const QString kAlice = QStringLiteral("alice@example.org");
const QString kBob = QStringLiteral("bob@example.org");
const QString kAliceFull = QStringLiteral("alice@example.org/phone");
const QString kMe = QStringLiteral("me@example.org/desk");

// Local wall-clock times, so day separators fall where a person would see them.
QDateTime at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute, second)).toUTC();
}

ChatMessage msg(const QString &from, const QDateTime &ts, const QString &body,
                const QString &chat = kAlice)
{
    ChatMessage m;
    m.chat = chat;
    m.from = from;
    m.body = body;
    m.timestamp = ts;
    m.direction = from == kMe ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    m.state = from == kMe ? ChatMessage::State::Sent : ChatMessage::State::Received;
    return m;
}

struct Fixture
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Fixture()
    {
        if (!db.openFile(dir.filePath(QStringLiteral("h.sqlite"))))
            qFatal("cannot open the database");
        store = std::make_unique<HistoryStore>(&db);
    }
    // Every message of the chat in the store's order: the oracle the model is checked against.
    QList<ChatMessage> all(const QString &chat = kAlice) const
    {
        return store->after(chat, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), 0, 1000000);
    }
};

// The roles a person sees, computed independently from the whole history: a day separator
// where the local date changes from the message before (in the store, loaded or not), grouping
// for the same sender within 5 minutes on the same day.
void checkRows(const ConversationModel &model, const QList<ChatMessage> &all)
{
    const int n = model.rowCount();
    QVERIFY(n <= all.size());
    const qsizetype offset = all.size() - n; // the model holds the newest n
    for (int row = 0; row < n; ++row) {
        const QModelIndex i = model.index(row, 0);
        const ChatMessage &m = all.at(offset + row);
        QCOMPARE(i.data(Role::IdRole).toLongLong(), m.id);
        QCOMPARE(i.data(Qt::DisplayRole).toString(), m.body);
        const ChatMessage *prev = offset + row > 0 ? &all.at(offset + row - 1) : nullptr;
        const bool firstOfDay =
            !prev || prev->timestamp.toLocalTime().date() != m.timestamp.toLocalTime().date();
        const bool sameSender = m.isOutgoing()
                                    ? prev && prev->isOutgoing()
                                    : prev && !prev->isOutgoing() && prev->from == m.from;
        const bool grouped =
            !firstOfDay && sameSender && prev->timestamp.secsTo(m.timestamp) <= 5 * 60;
        QVERIFY2(i.data(Role::FirstOfDayRole).toBool() == firstOfDay,
                 qPrintable(QStringLiteral("FirstOfDay of row %1 (%2)").arg(row).arg(m.body)));
        QVERIFY2(i.data(Role::GroupedRole).toBool() == grouped,
                 qPrintable(QStringLiteral("Grouped of row %1 (%2)").arg(row).arg(m.body)));
    }
}

// Two models of one chat on one store: `plain` is checked exactly (rows, pages, signals);
// `watched` runs under QAbstractItemModelTester, which also fetches more after every change
// (as a view may), and is checked against the same history.
struct Models
{
    ConversationModel plain;
    ConversationModel watched;
    QAbstractItemModelTester tester;
    Models(HistoryStore *store, const QString &chat, int pageSize = 50)
        : plain(store, chat), watched(store, chat),
          tester(&watched, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        plain.setPageSize(pageSize);
        watched.setPageSize(pageSize);
    }
};

} // namespace

#define CHECK_BOTH(ms, all)                                                                        \
    do {                                                                                           \
        checkRows((ms).plain, all);                                                                \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
        checkRows((ms).watched, all);                                                              \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestConversationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesNewestFirst_data();
    void pagesNewestFirst();
    void followsItsChatOnly();
    void lateMessagesGoToTheirPlace();
    void insertionUpdatesNeighbourRoles();
    void batchInsert();
    void rowForIdLoadsPages();
    void rolesOfOneMessage();
};

void TestConversationModel::pagesNewestFirst_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("sameStamp"); // messages sharing one timestamp
    QTest::newRow("empty chat") << 5 << 0 << 1;
    QTest::newRow("less than a page") << 5 << 3 << 1;
    QTest::newRow("exactly a page") << 5 << 5 << 1;
    QTest::newRow("a page and one") << 5 << 6 << 1;
    QTest::newRow("many pages, equal stamps across boundaries") << 4 << 37 << 3;
    QTest::newRow("one per page") << 1 << 7 << 2;
}

void TestConversationModel::pagesNewestFirst()
{
    QFETCH(int, pageSize);
    QFETCH(int, total);
    QFETCH(int, sameStamp);
    Fixture f;
    QList<ChatMessage> batch;
    // Two senders, a new day every 10 stamps, gaps of 2 minutes: plenty of group and day
    // changes, some right at page boundaries.
    for (int i = 0; i < total; ++i) {
        const int stamp = i / sameStamp;
        batch.append(msg(i % 5 < 3 ? kAliceFull : kMe, at(1 + stamp / 10, 10, (stamp % 10) * 2),
                         QStringLiteral("m%1").arg(i)));
        batch.append(msg(kBob, at(1, 10, 0), QStringLiteral("noise %1").arg(i), kBob));
    }
    QCOMPARE(f.store->addBatch(batch), total * 2);
    const QList<ChatMessage> all = f.all();
    QCOMPARE(all.size(), total);

    Models ms(f.store.get(), kAlice, pageSize);
    ConversationModel &model = ms.plain;
    QCOMPARE(model.rowCount(), qMin(pageSize, total));
    CHECK_BOTH(ms, all);
    QCOMPARE(model.canFetchMore({}), total > pageSize);
    int pages = 1;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // at the top
        QCOMPARE(model.rowCount(), qMin(before + pageSize, total));
        CHECK_BOTH(ms, all);
        ++pages;
    }
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(pages, qMax(1, (total + pageSize - 1) / pageSize));
}

void TestConversationModel::followsItsChatOnly()
{
    Fixture f;
    ChatMessage first = msg(kAliceFull, at(3, 9, 0), QStringLiteral("hello"));
    QVERIFY(f.store->add(first));
    Models ms(f.store.get(), kAlice);
    ConversationModel &model = ms.plain;
    QCOMPARE(model.rowCount(), 1);

    ChatMessage other = msg(kBob, at(3, 9, 1), QStringLiteral("for bob's chat"), kBob);
    QVERIFY(f.store->add(other));
    QCOMPARE(model.rowCount(), 1);

    ChatMessage reply = msg(kMe, at(3, 9, 2), QStringLiteral("hi!"));
    reply.state = ChatMessage::State::Pending;
    QVERIFY(f.store->add(reply));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data(Role::IdRole).toLongLong(), reply.id);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f.store->setState(reply.id, ChatMessage::State::Delivered));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data(Role::StateRole).toInt(), int(ChatMessage::State::Delivered));
    QVERIFY(f.store->setState(other.id, ChatMessage::State::Displayed));
    QCOMPARE(changed.size(), 1);
    QVERIFY(f.store->correct(first.id, QStringLiteral("hello, edited")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("hello, edited"));
    QVERIFY(model.index(0, 0).data(Role::EditedRole).toBool());

    QVERIFY(f.store->clearChat(kBob));
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(f.store->clearChat(kAlice));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    ChatMessage after = msg(kAliceFull, at(3, 10, 0), QStringLiteral("after clearing"));
    QVERIFY(f.store->add(after));
    QCOMPARE(model.rowCount(), 1);
    CHECK_BOTH(ms, f.all());
}

void TestConversationModel::lateMessagesGoToTheirPlace()
{
    Fixture f;
    QList<ChatMessage> batch;
    for (int i = 0; i < 20; ++i)
        batch.append(msg(i % 2 ? kMe : kAliceFull, at(4, 8, i * 3), QStringLiteral("m%1").arg(i)));
    QCOMPARE(f.store->addBatch(batch), 20);
    Models ms(f.store.get(), kAlice, 5); // rows: m15..m19, neighbour above: m14 at 8:42
    ConversationModel &model = ms.plain;

    // From the archive, between m16 (8:48) and m17 (8:51): it goes between them.
    ChatMessage late = msg(kAliceFull, at(4, 8, 49), QStringLiteral("late"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(f.store->add(late));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("late"));
    CHECK_BOTH(ms, f.all());

    // Between the unseen neighbour (m14) and row 0 (m15): it is in the loaded range, row 0.
    ChatMessage top = msg(kMe, at(4, 8, 44), QStringLiteral("top"));
    QVERIFY(f.store->add(top));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("top"));
    CHECK_BOTH(ms, f.all());

    // Older than anything loaded: not shown now, but in its place when the page comes.
    ChatMessage old = msg(kAliceFull, at(4, 8, 1), QStringLiteral("old"));
    QVERIFY(f.store->add(old));
    QCOMPARE(model.rowCount(), 7);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 23);
    CHECK_BOTH(ms, f.all());
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("old"));

    // Newer than all: the bottom. A duplicate add changes nothing.
    ChatMessage newest = msg(kMe, at(4, 12, 0), QStringLiteral("newest"));
    QVERIFY(f.store->add(newest));
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("newest"));
    ChatMessage again = newest;
    again.id = 0;
    QVERIFY(!f.store->add(again));
    QCOMPARE(model.rowCount(), 24);
}

void TestConversationModel::insertionUpdatesNeighbourRoles()
{
    Fixture f;
    // alice 10:00, alice 10:04 (grouped) | next day 09:00 alice
    ChatMessage a = msg(kAliceFull, at(6, 10, 0), QStringLiteral("a"));
    ChatMessage b = msg(kAliceFull, at(6, 10, 4), QStringLiteral("b"));
    ChatMessage c = msg(kAliceFull, at(7, 9, 0), QStringLiteral("c"));
    for (ChatMessage *m : {&a, &b, &c})
        QVERIFY(f.store->add(*m));
    Models ms(f.store.get(), kAlice, 2); // rows b, c; neighbour a
    ConversationModel &model = ms.plain;
    QVERIFY(model.index(0, 0).data(Role::GroupedRole).toBool()); // b after a, across the page
    QVERIFY(!model.index(0, 0).data(Role::FirstOfDayRole).toBool());
    QVERIFY(model.index(1, 0).data(Role::FirstOfDayRole).toBool());
    CHECK_BOTH(ms, f.all());

    // My reply at 10:02 splits alice's group: b now needs its header again.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ChatMessage mine = msg(kMe, at(6, 10, 2), QStringLiteral("mine"));
    QVERIFY(f.store->add(mine));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Role::GroupedRole));
    QVERIFY(!model.index(1, 0).data(Role::GroupedRole).toBool());
    CHECK_BOTH(ms, f.all());

    // A late message from the evening before c: c is no longer the first of its day? No, the
    // evening is still day 6; but one at 00:30 on day 7 takes c's separator.
    changed.clear();
    ChatMessage night = msg(kAliceFull, at(7, 0, 30), QStringLiteral("night"));
    QVERIFY(f.store->add(night));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Role::FirstOfDayRole));
    const int cRow = model.rowForId(c.id);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), cRow);
    QVERIFY(!model.index(cRow, 0).data(Role::FirstOfDayRole).toBool());
    CHECK_BOTH(ms, f.all());

    // An insertion that does not change the neighbour's roles says nothing about it.
    changed.clear();
    ChatMessage later = msg(kAliceFull, at(7, 9, 1), QStringLiteral("later"));
    QVERIFY(f.store->add(later));
    QCOMPARE(changed.size(), 0);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK_BOTH(ms, f.all());
}

void TestConversationModel::batchInsert()
{
    Fixture f;
    QList<ChatMessage> batch;
    for (int i = 0; i < 30; ++i)
        batch.append(msg(kAliceFull, at(8, 12, i), QStringLiteral("m%1").arg(i)));
    QCOMPARE(f.store->addBatch(batch), 30);
    Models ms(f.store.get(), kAlice, 10); // m20..m29
    ConversationModel &model = ms.plain;
    // An archive page: some older than the loaded range, some inside it, some newer, one chat
    // of another contact, and a message that is already stored.
    QList<ChatMessage> archive;
    for (int i = 0; i < 30; ++i)
        archive.append(msg(kMe, at(8, 12, i, 30), QStringLiteral("r%1").arg(i)));
    archive.append(msg(kMe, at(8, 13, 0), QStringLiteral("r-new")));
    archive.append(msg(kBob, at(8, 12, 25), QStringLiteral("bob"), kBob));
    archive.append(batch.at(25));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(f.store->addBatch(archive), 32);
    // r19 (after the unseen neighbour m19) goes on top, r20..r28 between m20..m29, r29 and
    // r-new together at the bottom: 11 insertions; r0..r18 wait for their pages.
    QCOMPARE(inserted.size(), 11);
    QCOMPARE(model.rowCount(), 22);
    CHECK_BOTH(ms, f.all());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 61);
    CHECK_BOTH(ms, f.all());
}

void TestConversationModel::rowForIdLoadsPages()
{
    Fixture f;
    QList<ChatMessage> batch;
    for (int i = 0; i < 100; ++i)
        batch.append(msg(kAliceFull, at(9, 10, 0, 0).addSecs(i * 7), QStringLiteral("m%1").arg(i)));
    batch.append(msg(kBob, at(9, 10, 0), QStringLiteral("bob's"), kBob));
    QCOMPARE(f.store->addBatch(batch), 101);
    Models ms(f.store.get(), kAlice, 10);
    ConversationModel &model = ms.plain;
    QCOMPARE(model.rowForId(batch.at(95).id), 5);
    QCOMPARE(model.rowCount(), 10);
    const int row = model.rowForId(batch.at(12).id);
    QCOMPARE(model.rowCount(), 90); // pages until m12 was there: m10..m99
    QCOMPARE(row, 2);
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("m12"));
    QCOMPARE(model.rowForId(batch.at(100).id), -1); // another chat's message
    QCOMPARE(model.rowCount(), 90);                 // ... loads nothing
    QCOMPARE(model.rowForId(424242), -1);
}

void TestConversationModel::rolesOfOneMessage()
{
    Fixture f;
    ChatMessage m = msg(kMe, at(10, 11, 0), QStringLiteral("/me waves"));
    m.replyToFrom = kAlice;
    m.replyQuote = QStringLiteral("hi?");
    m.oobUrl = QStringLiteral("https://up.example.org/a.png");
    QVERIFY(f.store->add(m));
    QVERIFY(f.store->setReactions(m.id, kAlice, {QStringLiteral("👍"), QStringLiteral("🎉")}));
    QVERIFY(f.store->setReactions(m.id, kBob, {QStringLiteral("👍")}));
    Models ms(f.store.get(), kAlice);
    ConversationModel &model = ms.plain;
    const QModelIndex i = model.index(0, 0);
    QCOMPARE(i.data(Role::DirectionRole).toInt(), int(ChatMessage::Direction::Outgoing));
    QCOMPARE(i.data(Role::FromRole).toString(), kMe);
    QVERIFY(i.data(Role::IsActionRole).toBool());
    QCOMPARE(i.data(Role::ReplyQuoteRole).toString(), QStringLiteral("hi?"));
    QCOMPARE(i.data(Role::ReplyFromRole).toString(), kAlice);
    QCOMPARE(i.data(Role::OobUrlRole).toString(), m.oobUrl);
    QCOMPARE(i.data(Role::TimestampRole).toDateTime(), at(10, 11, 0).toLocalTime());
    QCOMPARE(i.data(Role::TimestampRole).toDateTime().timeSpec(), Qt::LocalTime);
    QCOMPARE(i.data(Role::MessageRole).value<ChatMessage>().id, m.id);
    const QVariantList reactions = i.data(Role::ReactionsRole).toList();
    QCOMPARE(reactions.size(), 2);
    QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("emoji")).toString(),
             QStringLiteral("👍"));
    QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("senders")).toStringList(),
             (QStringList{kAlice, kBob}));
    QCOMPARE(reactions.at(1).toMap().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(model.roleNames().value(Role::GroupedRole), QByteArray("grouped"));
}

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
