// The history search panel over real HistoryStores (two accounts, temp AccountDatabases):
// typing finds messages of every account, newest first, with the hits highlighted in the
// snippet (painted, never HTML); activating a result names its account, chat and message.
#include "TestEnv.h"
#include "chat/SearchPanel.h"
#include "chat/SearchResultDelegate.h"
#include "chat/SearchResultModel.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ChatMessage message(const QString &chat, const QString &body, const QDateTime &when,
                    bool outgoing = false)
{
    ChatMessage m;
    m.chat = chat;
    m.body = body;
    m.timestamp = when;
    m.direction = outgoing ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    m.from = outgoing ? s("me@example.org/laptop") : chat + s("/phone");
    m.originId = QString::number(qHash(body + when.toString()));
    return m;
}

struct Store
{
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    explicit Store(const QString &path)
    {
        QString error;
        if (!db.openFile(path, &error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
    }
};

} // namespace

class TestChatSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(s("charla-test-chatsearch")); }

    void snippetMarkers_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits"); // "start+length" joined by spaces
        QTest::newRow("one") << s("the \x01" "cat\x02 sat") << s("the cat sat") << s("4+3");
        QTest::newRow("two") << s("\x01" "a\x02 b \x01" "c\x02") << s("a b c") << s("0+1 4+1");
        QTest::newRow("line breaks become spaces")
            << s("one\ntwo \x01three\x02") << s("one two three") << s("8+5");
        QTest::newRow("bidi override dropped")
            << s("x\u202E \x01y\x02") << s("x y") << s("2+1");
        QTest::newRow("unclosed") << s("a \x01" "b") << s("a b") << QString();
        QTest::newRow("markup is text") << s("<b>\x01x\x02</b>") << s("<b>x</b>") << s("3+1");
    }
    void snippetMarkers()
    {
        QFETCH(QString, snippet);
        QFETCH(QString, text);
        QFETCH(QString, hits);
        const auto parsed = SearchResultDelegate::parseSnippet(snippet);
        QCOMPARE(parsed.first, text);
        QStringList got;
        for (const auto &[start, length] : parsed.second)
            got.append(QStringLiteral("%1+%2").arg(start).arg(length));
        QCOMPARE(got.join(QLatin1Char(' ')), hits);
    }

    void searchesEveryAccountNewestFirst()
    {
        QTemporaryDir dir;
        Store work(dir.filePath(s("work.sqlite")));
        Store home(dir.filePath(s("home.sqlite")));
        const QDateTime base(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        QList<ChatMessage> workMessages{
            message(s("alice@example.org"), s("The quarterly report is ready"), base),
            message(s("bob@example.org"), s("Lunch at noon?"), base.addSecs(60)),
            message(s("alice@example.org"), s("I fixed the report, see the <b>new</b> version"),
                    base.addDays(2), true),
        };
        QList<ChatMessage> homeMessages{
            message(s("mum@example.net"), s("Did you get my report card photo?"), base.addDays(1)),
        };
        QCOMPARE(work.store->addBatch(workMessages), 3);
        QCOMPARE(home.store->addBatch(homeMessages), 1);

        SearchPanel panel;
        panel.setStores([&] {
            return QList<QPair<QString, HistoryStore *>>{{s("me@work.example"), work.store.get()},
                                                         {s("me@home.example"), home.store.get()}};
        });
        panel.setChatName([](const QString &, const QString &chat) {
            return chat == s("alice@example.org") ? s("Alice") : QString();
        });
        panel.resize(480, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::keyClicks(panel.searchField(), s("report"));
        // Typing searches after a short pause.
        QTRY_COMPARE(panel.results()->rowCount(), 3);
        SearchResultModel *results = panel.results();
        QCOMPARE(results->index(0, 0).data(SearchResultModel::ChatRole).toString(),
                 s("alice@example.org"));
        QCOMPARE(results->index(0, 0).data(SearchResultModel::ChatNameRole).toString(), s("Alice"));
        QCOMPARE(results->index(1, 0).data(SearchResultModel::AccountRole).toString(),
                 s("me@home.example"));
        QCOMPARE(results->index(2, 0).data(SearchResultModel::ChatRole).toString(),
                 s("alice@example.org"));
        // The hit is marked in the snippet, and the snippet's markup stays text.
        const auto parsed = SearchResultDelegate::parseSnippet(
            results->index(0, 0).data(SearchResultModel::SnippetRole).toString());
        QVERIFY(parsed.first.contains(s("<b>new</b>")));
        QCOMPARE(parsed.second.size(), 1);
        QCOMPARE(parsed.first.mid(parsed.second.first().first, parsed.second.first().second),
                 s("report"));
        QCOMPARE(panel.summary(), s("3 message(s) found."));
        QVERIFY(panel.grab().save(test::outputDir() + s("/chat-search.png")));

        // Activating a result names where it is.
        QString account;
        QString chat;
        qint64 id = 0;
        connect(&panel, &SearchPanel::resultActivated, &panel,
                [&](const QString &a, const QString &c, qint64 i) {
                    account = a;
                    chat = c;
                    id = i;
                });
        const QModelIndex second = results->index(1, 0);
        QTest::mouseClick(panel.resultView()->viewport(), Qt::LeftButton, {},
                          panel.resultView()->visualRect(second).center());
        QCOMPARE(account, s("me@home.example"));
        QCOMPARE(chat, s("mum@example.net"));
        QCOMPARE(id, homeMessages.first().id);

        // No match, and an empty field, show nothing.
        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), s("zebra"));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(results->rowCount(), 0);
        QCOMPARE(panel.summary(), s("No messages found."));
        panel.searchField()->clear();
        panel.search();
        QCOMPARE(results->rowCount(), 0);
    }
};

QTEST_MAIN(TestChatSearch)
#include "tst_chatsearch.moc"
