// One conversation tab, offscreen: what the person does in it becomes the right request for
// the MessageFeature (send, correct with Up, reply with its quote, react, upload), Escape
// cancels, the peer's chat state and our own (XEP-0085 timings) are shown and sent, and a
// chat filled through a real HistoryStore (temp AccountDatabase) is saved as a screenshot.
#include "TestEnv.h"
#include "chat/ChatStateTimer.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/MessageDelegate.h"
#include "models/ConversationModel.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stanza/Presence.h"

#include <QApplication>
#include <QScrollBar>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using Role = ConversationModel::Role;
using State = MessageFeature::ChatState;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStandardItem *item(qint64 id, const QString &body, bool outgoing,
                    const QVariantList &reactions = {})
{
    ChatMessage m;
    m.id = id;
    m.chat = s("alice@example.org");
    m.body = body;
    m.direction = outgoing ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    m.from = outgoing ? s("me@example.org/laptop") : s("alice@example.org/phone");
    m.originId = s("origin-%1").arg(id);
    m.messageId = s("id-%1").arg(id);
    m.timestamp = QDateTime(QDate(2026, 3, 14), QTime(9, 0)).addSecs(id * 60);
    auto *i = new QStandardItem;
    i->setData(QVariant::fromValue(m), Role::MessageRole);
    i->setData(id, Role::IdRole);
    i->setData(body, Role::BodyRole);
    i->setData(m.from, Role::FromRole);
    i->setData(int(m.direction), Role::DirectionRole);
    i->setData(m.timestamp, Role::TimestampRole);
    i->setData(int(outgoing ? ChatMessage::State::Delivered : ChatMessage::State::Received),
               Role::StateRole);
    i->setData(reactions, Role::ReactionsRole);
    return i;
}

struct Sent
{
    QString body;
    MessageFeature::SendOptions options;
};

struct Tab
{
    QStandardItemModel model;
    ChatTab tab{s("me@example.org"), s("alice@example.org")};
    QList<Sent> sent;
    QList<QPair<qint64, QString>> corrections;
    QList<QPair<qint64, QStringList>> reactions;
    Tab()
    {
        model.appendRow(item(1, s("Hello!"), false));
        model.appendRow(item(2, s("Hi Alice, how are you?"), true));
        model.appendRow(item(3, s("Fine, and you?"), false,
                              {QVariantMap{{s("emoji"), s("\U0001F44D")},
                                           {s("count"), 2},
                                           {s("senders"), QStringList{s("me@example.org"),
                                                                      s("bob@example.org")}}}}));
        tab.setOwnJid(s("me@example.org"));
        tab.setTitle(s("Alice"));
        tab.setConversation(&model);
        tab.resize(520, 480);
        QObject::connect(&tab, &ChatTab::sendRequested,
                         [this](const QString &b, const MessageFeature::SendOptions &o) {
                             sent.append({b, o});
                         });
        QObject::connect(&tab, &ChatTab::correctionRequested,
                         [this](qint64 id, const QString &b) { corrections.append({id, b}); });
        QObject::connect(&tab, &ChatTab::reactionsRequested,
                         [this](qint64 id, const QStringList &e) { reactions.append({id, e}); });
    }
    ComposerEdit *edit() const { return tab.composer()->editor(); }
};

} // namespace

class TestChatTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(s("charla-test-chattab")); }

    // Enter sends what was typed and empties the field; Shift+Enter keeps a line break in it.
    void enterSends()
    {
        Tab t;
        t.tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.tab));
        t.edit()->setFocus();
        QTest::keyClicks(t.edit(), s("one"));
        QTest::keyClick(t.edit(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(t.edit(), s("two"));
        QVERIFY(t.sent.isEmpty());
        QTest::keyClick(t.edit(), Qt::Key_Return);
        QCOMPARE(t.sent.size(), 1);
        QCOMPARE(t.sent.first().body, s("one\ntwo"));
        QVERIFY(t.sent.first().options.replyToId.isEmpty());
        QCOMPARE(t.tab.composer()->text(), QString());
    }

    // XEP-0308: Up in the empty field loads our last message; Enter sends a correction of
    // that message (not a new one); Escape instead leaves the message alone.
    void upEditsLastMessage()
    {
        Tab t;
        t.tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.tab));
        t.edit()->setFocus();
        QTest::keyClick(t.edit(), Qt::Key_Up);
        QCOMPARE(t.tab.editingId(), qint64(2));
        QCOMPARE(t.tab.composer()->text(), s("Hi Alice, how are you?"));
        QVERIFY(t.tab.noticeText().contains(s("Editing")));
        QTest::keyClick(t.edit(), Qt::Key_Backspace);
        QTest::keyClicks(t.edit(), s(" today?"));
        QTest::keyClick(t.edit(), Qt::Key_Return);
        QCOMPARE(t.corrections.size(), 1);
        QCOMPARE(t.corrections.first().first, qint64(2));
        QCOMPARE(t.corrections.first().second, s("Hi Alice, how are you today?"));
        QVERIFY(t.sent.isEmpty());
        QCOMPARE(t.tab.editingId(), qint64(0));

        QTest::keyClick(t.edit(), Qt::Key_Up);
        QCOMPARE(t.tab.editingId(), qint64(2));
        QTest::keyClick(t.edit(), Qt::Key_Escape);
        QCOMPARE(t.tab.editingId(), qint64(0));
        QCOMPARE(t.tab.composer()->text(), QString());
        QVERIFY(t.tab.noticeText().isEmpty());
        QTest::keyClicks(t.edit(), s("new"));
        QTest::keyClick(t.edit(), Qt::Key_Return);
        QCOMPARE(t.sent.size(), 1);
        QCOMPARE(t.corrections.size(), 1);
    }

    // XEP-0461: a reply carries the original's id, author and text; Escape drops the reply.
    void replyCarriesTheQuote()
    {
        Tab t;
        t.tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.tab));
        t.tab.startReply(t.tab.view()->indexForRow(2));
        QVERIFY(t.tab.isReplying());
        QVERIFY(t.tab.noticeText().contains(s("Fine, and you?")));
        t.edit()->setFocus();
        QTest::keyClicks(t.edit(), s("Great"));
        QTest::keyClick(t.edit(), Qt::Key_Return);
        QCOMPARE(t.sent.size(), 1);
        QCOMPARE(t.sent.first().options.replyToId, s("origin-3"));
        QCOMPARE(t.sent.first().options.replyToFrom, s("alice@example.org"));
        QCOMPARE(t.sent.first().options.replyQuote, s("Fine, and you?"));
        QVERIFY(!t.tab.isReplying());

        t.tab.startReply(t.tab.view()->indexForRow(0));
        QTest::keyClick(t.edit(), Qt::Key_Escape);
        QVERIFY(!t.tab.isReplying());
        QTest::keyClicks(t.edit(), s("plain"));
        QTest::keyClick(t.edit(), Qt::Key_Return);
        QVERIFY(t.sent.last().options.replyToId.isEmpty());
    }

    // XEP-0444: clicking a reaction we made takes it back; the request is the full new set.
    void clickingOwnReactionRemovesIt()
    {
        Tab t;
        t.tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.tab));
        ChatView *view = t.tab.view();
        const QModelIndex index = view->indexForRow(2);
        const QRect r = view->visualRect(index);
        QPoint pill;
        for (int y = r.top(); y < r.bottom() && pill.isNull(); y += 2) {
            for (int x = r.left(); x < r.right(); x += 2) {
                if (view->messageDelegate()->hitTest(r, index, QPoint(x, y)).kind
                    == MessageDelegate::Hit::Reaction) {
                    pill = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(!pill.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pill);
        QCOMPARE(t.reactions.size(), 1);
        QCOMPARE(t.reactions.first().first, qint64(3));
        QCOMPARE(t.reactions.first().second, QStringList());
    }

    // Without an upload service the person is told so; with one, the file goes to it.
    void uploadWithoutAHandlerSaysSo()
    {
        Tab t;
        Q_EMIT t.tab.composer()->uploadRequested(s("/tmp/photo.jpg"));
        QCOMPARE(t.tab.noticeText(), s("File upload is not available yet."));
        QStringList uploaded;
        connect(&t.tab, &ChatTab::uploadRequested, &t.tab,
                [&uploaded](const QString &p) { uploaded.append(p); });
        t.tab.cancel();
        Q_EMIT t.tab.composer()->uploadRequested(s("/tmp/photo.jpg"));
        QCOMPARE(uploaded, QStringList{s("/tmp/photo.jpg")});
        QVERIFY(t.tab.noticeText().isEmpty());
    }

    // XEP-0085 5: composing on typing, paused after a pause, active when cleared, inactive
    // without attention, gone on close; each change once.
    void ownChatStates()
    {
        ChatStateTimer timer;
        timer.setPauseDelay(50);
        timer.setInactiveDelay(80);
        QList<State> states;
        connect(&timer, &ChatStateTimer::stateChanged, &timer,
                [&states](State s) { states.append(s); });
        timer.edited(false);
        timer.edited(false);
        QCOMPARE(states, QList<State>{State::Composing});
        QTRY_COMPARE(states.size(), 2);
        QCOMPARE(states.last(), State::Paused);
        timer.edited(false);
        QCOMPARE(states.last(), State::Composing);
        timer.sent(); // the message itself says active
        QCOMPARE(timer.state(), State::Active);
        QCOMPARE(states.size(), 3);
        QTest::qWait(80);
        QCOMPARE(states.size(), 3); // no paused after sending
        timer.attention(false);
        QTRY_COMPARE(states.last(), State::Inactive);
        timer.attention(true);
        QCOMPARE(states.last(), State::Active);
        timer.closed();
        QCOMPARE(states.last(), State::Gone);
    }

    // A chat as the store keeps it (a real HistoryStore in a temp AccountDatabase, shown
    // through ConversationModel): styling, a reply, reactions, an edited, a failed and a
    // deleted message over two days; saved as PNG. Then a search jump: the tab scrolls to an
    // old message (loading older pages) and highlights it.
    void storeBackedChat()
    {
        QTemporaryDir dir;
        AccountDatabase db;
        QString error;
        QVERIFY2(db.openFile(dir.filePath(s("history.sqlite")), &error), qPrintable(error));
        HistoryStore store(&db);
        const QString alice = s("alice@example.org");
        const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(20, 15));
        const QDateTime today(QDate::currentDate(), QTime(8, 40));
        int serial = 0;
        const auto add = [&](const QString &body, bool outgoing, const QDateTime &when,
                             ChatMessage::State state = ChatMessage::State::Delivered) {
            ChatMessage m;
            m.chat = alice;
            m.body = body;
            m.timestamp = when.toUTC();
            m.direction = outgoing ? ChatMessage::Direction::Outgoing
                                   : ChatMessage::Direction::Incoming;
            m.from = outgoing ? s("me@example.org/laptop") : s("alice@example.org/phone");
            m.state = outgoing ? state : ChatMessage::State::Received;
            m.originId = s("o%1").arg(++serial);
            store.add(m);
            return m;
        };
        // Older history first, so the jump has pages to load.
        const ChatMessage old = add(s("The *first* message of a long chat"), false,
                                    yesterday.addDays(-30));
        for (int i = 0; i < 120; ++i)
            add(s("filler %1").arg(i), i % 2, yesterday.addDays(-29).addSecs(i * 600));
        add(s("Are you coming to the _concert_ tomorrow?"), false, yesterday);
        add(s("<b>x</b><script>alert(1)</script>"), false, yesterday.addSecs(20));
        const ChatMessage failed = add(s("Yes! ~Probably~ certainly."), true,
                                       yesterday.addSecs(300), ChatMessage::State::Pending);
        QVERIFY(store.setState(failed.id, ChatMessage::State::Failed,
                               s("Remote server not found")));
        ChatMessage reply;
        reply.chat = alice;
        reply.body = s("Great. Tickets are here: https://example.org/tickets\n> doors open at 8\nbring `cash`");
        reply.timestamp = today.toUTC();
        reply.from = s("alice@example.org/phone");
        reply.originId = s("reply");
        reply.replyToId = failed.originId;
        reply.replyToFrom = s("me@example.org");
        reply.replyQuote = failed.body;
        store.add(reply);
        store.setReactions(reply.id, s("me@example.org"), {s("\U0001F44D")});
        store.setReactions(reply.id, s("bob@example.org"), {s("\U0001F44D"), s("\U0001F389")});
        const ChatMessage edited = add(s("Thanks, see you tonihgt"), true, today.addSecs(60));
        store.correct(edited.id, s("Thanks, see you tonight"));
        add(s("/me is on the way"), true, today.addSecs(90));
        const ChatMessage gone = add(s("wrong chat, sorry"), false, today.addSecs(400));
        store.retract(gone.id);

        ConversationModel model(&store, alice);
        ChatTab tab(s("me@example.org"), alice);
        tab.setOwnJid(s("me@example.org"));
        tab.setTitle(s("Alice"));
        tab.setPresence(Presence(), true);
        tab.setConversation(&model);
        tab.setPeerChatState(State::Composing);
        tab.resize(560, 820);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_VERIFY(model.rowCount() >= 8);
        QTRY_VERIFY(tab.view()->isAtBottom());
        QVERIFY(tab.grab().save(test::outputDir() + s("/chat-tab.png")));
        // The newest row is the deleted message; the reply shows its quote.
        const QModelIndex last = tab.view()->indexForRow(model.rowCount() - 1);
        QVERIFY(last.data(Role::RetractedRole).toBool());
        QVERIFY(!tab.view()->messageDelegate()->messageText(last).contains(s("wrong chat")));
        // The failed message says why and offers Retry, which asks the feature to send again.
        QList<qint64> retried;
        connect(&tab, &ChatTab::retryRequested, &tab, [&retried](qint64 id) { retried.append(id); });
        int failedRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(Role::IdRole).toLongLong() == failed.id)
                failedRow = r;
        }
        QVERIFY(failedRow >= 0);
        QCOMPARE(model.index(failedRow, 0).data(Role::StateRole).toInt(),
                 int(ChatMessage::State::Failed));
        const QModelIndex failedIndex = tab.view()->indexForRow(failedRow);
        const QRect fr = tab.view()->visualRect(failedIndex);
        bool clicked = false;
        for (int y = fr.top(); y < fr.bottom() && !clicked; y += 2) {
            for (int x = fr.left(); x < fr.right(); x += 3) {
                if (tab.view()->messageDelegate()->hitTest(fr, failedIndex, QPoint(x, y)).kind
                    == MessageDelegate::Hit::Retry) {
                    QTest::mouseClick(tab.view()->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                    clicked = true;
                    break;
                }
            }
        }
        QVERIFY(clicked);
        QCOMPARE(retried, QList<qint64>{failed.id});

        // A search result far back: older pages load, the row is shown and highlighted.
        QVERIFY(tab.showMessage(old.id));
        const QModelIndex target = tab.view()->messageDelegate()->highlighted();
        QVERIFY(target.isValid());
        QCOMPARE(target.data(Role::IdRole).toLongLong(), old.id);
        QVERIFY(tab.view()->viewport()->rect().intersects(tab.view()->visualRect(target)));
        QVERIFY(tab.grab().save(test::outputDir() + s("/chat-tab-jump.png")));
    }

    // Scrolling to the top loads the next older page (keyset, by the model) and what was on
    // screen stays where it was; at the bottom nothing more is loaded.
    void scrollingUpLoadsOlderPagesInPlace()
    {
        QTemporaryDir dir;
        AccountDatabase db;
        QVERIFY(db.openFile(dir.filePath(s("history.sqlite"))));
        HistoryStore store(&db);
        QList<ChatMessage> batch;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
        for (int i = 0; i < 400; ++i) {
            ChatMessage m;
            m.chat = s("alice@example.org");
            m.body = s("message %1").arg(i);
            m.timestamp = start.addSecs(i * 97);
            m.from = i % 2 ? s("me@example.org/laptop") : s("alice@example.org/phone");
            m.direction = i % 2 ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
            m.originId = s("p%1").arg(i);
            batch.append(m);
        }
        QCOMPARE(store.addBatch(batch), 400);
        ConversationModel model(&store, s("alice@example.org"));
        model.setPageSize(50);
        ChatTab tab(s("me@example.org"), s("alice@example.org"));
        tab.setConversation(&model);
        tab.resize(500, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        ChatView *view = tab.view();
        QTRY_VERIFY(view->isAtBottom());
        QTest::qWait(50);
        const int loaded = model.rowCount();
        QVERIFY2(loaded < 400, "only pages near the screen are loaded");
        QVERIFY(model.canFetchMore());

        // Scroll to the top: the oldest loaded message is then at the top of the screen, and
        // when the older page arrives above it, it stays there (the view does not jump).
        for (int page = 0; page < 2; ++page) {
            const int before = model.rowCount();
            const QString oldest = model.index(0, 0).data(Role::BodyRole).toString();
            view->verticalScrollBar()->setValue(0);
            QTRY_VERIFY(model.rowCount() > before);
            QApplication::processEvents();
            int row = -1;
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, 0).data(Role::BodyRole).toString() == oldest)
                    row = r;
            }
            QCOMPARE(row, model.rowCount() - before);
            QCOMPARE(view->visualRect(view->indexForRow(row)).top(), 0);
            QVERIFY(view->verticalScrollBar()->value() > 0);
        }
        QVERIFY(model.rowCount() <= 400);
    }

    // The peer's state is shown under the messages, with their name.
    void peerChatStateIsShown()
    {
        Tab t;
        t.tab.setPeerChatState(State::Composing);
        QCOMPARE(t.tab.peerChatStateText(), s("Alice is typing\u2026"));
        t.tab.setPeerChatState(State::Active);
        QCOMPARE(t.tab.peerChatStateText(), QString());
        // A name from the network is one line of plain text.
        t.tab.setTitle(s("<b>Eve</b>\nline"));
        t.tab.setPeerChatState(State::Composing);
        QCOMPARE(t.tab.peerChatStateText(), s("<b>Eve</b> line is typing\u2026"));
    }
};

QTEST_MAIN(TestChatTab)
#include "tst_chattab.moc"
