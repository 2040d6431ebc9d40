// ChatManager over a real HistoryStore (temp AccountDatabase) and an account's MessageFeature:
// a message in a chat nobody looks at counts as unread (per chat and in total) and notifies,
// unless the chat is muted; opening the chat clears it; tabs show the count; chats open as
// tabs of one window or one window each; xmpp: URIs open the chat they name and never send.
#include "RosterDelegate.h"
#include "RosterViewFixture.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "ContactActions.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/ChatWindow.h"
#include "chat/MessageDelegate.h"
#include "chat/SearchPanel.h"
#include "chat/SearchResultModel.h"
#include "models/ConversationModel.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "features/MessageFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QTabBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::s;

namespace {

const QString kAccount = QStringLiteral("me@example.org");

struct Notice
{
    QString title;
    QString text;
    QString jid;
};

struct Fixture
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<Client> client; ///< never connects; owns the feature
    MessageFeature *messages = nullptr;
    std::unique_ptr<ChatManager> manager;
    QList<Notice> notices;

    Fixture()
    {
        QSettings().clear();
        QString error;
        if (!db.openFile(dir.filePath(s("history.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        client = std::make_unique<Client>();
        messages = new MessageFeature(store.get());
        messages->setAccountJid(Jid::parse(kAccount));
        client->addFeature(messages);
        manager = std::make_unique<ChatManager>();
        manager->addAccount(kAccount, messages, nullptr, nullptr);
        manager->setNotifier([this](const QString &title, const QString &text, const QString &,
                                    const QString &jid) { notices.append({title, text, jid}); });
    }

    // A message from @p jid arrives: stored, then announced as the feature does.
    ChatMessage receive(const QString &jid, const QString &body)
    {
        ChatMessage m;
        m.chat = jid;
        m.from = jid + s("/phone");
        m.body = body;
        m.timestamp = QDateTime::currentDateTimeUtc();
        m.originId = QString::number(QRandomGenerator::global()->generate64());
        store->add(m);
        Q_EMIT messages->messageReceived(m);
        return m;
    }
};

} // namespace

class TestChatManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(s("charla-test-chatmanager")); }

    void unreadAndNotificationsForUnseenChats()
    {
        Fixture f;
        QList<int> totals;
        connect(f.manager.get(), &ChatManager::totalUnreadChanged, f.manager.get(),
                [&totals](int n) { totals.append(n); });
        f.receive(s("alice@example.org"), s("Hello <b>there</b>"));
        f.receive(s("alice@example.org"), s("/me waves"));
        f.receive(s("bob@example.org"), s("Hi"));
        QCOMPARE(f.manager->unreadCount(kAccount, s("alice@example.org")), 2);
        QCOMPARE(f.manager->unreadCount(kAccount, s("bob@example.org")), 1);
        QCOMPARE(f.manager->totalUnread(), 3);
        QCOMPARE(totals, (QList<int>{1, 2, 3}));
        QCOMPARE(f.notices.size(), 3);
        QCOMPARE(f.notices.at(0).title, s("alice@example.org"));
        QCOMPARE(f.notices.at(0).text, s("Hello <b>there</b>")); // text; the tray escapes it
        QCOMPARE(f.notices.at(1).text, s("* alice@example.org waves"));

        // Muted: still counted, never announced; the choice is remembered.
        f.manager->setMuted(kAccount, s("bob@example.org"), true);
        f.receive(s("bob@example.org"), s("again"));
        QCOMPARE(f.manager->unreadCount(kAccount, s("bob@example.org")), 2);
        QCOMPARE(f.notices.size(), 3);
        ChatManager other;
        QVERIFY(other.isMuted(kAccount, s("bob@example.org")));

        // XEP-0280: our answer from another device (a sent carbon) means the chat was read.
        ChatMessage answer;
        answer.chat = s("bob@example.org");
        answer.direction = ChatMessage::Direction::Outgoing;
        answer.from = kAccount + s("/phone");
        answer.body = s("ok");
        answer.timestamp = QDateTime::currentDateTimeUtc();
        Q_EMIT f.messages->messageReceived(answer);
        QCOMPARE(f.manager->unreadCount(kAccount, s("bob@example.org")), 0);
        QCOMPARE(f.notices.size(), 3);
        f.receive(s("bob@example.org"), s("again"));
        f.manager->setMuted(kAccount, s("bob@example.org"), false);
        QVERIFY(!other.isMuted(kAccount, s("alice@example.org")));

        // Opening the chat clears its count.
        ChatTab *tab = f.manager->openChat(kAccount, s("alice@example.org"));
        QVERIFY(tab);
        QCOMPARE(f.manager->unreadCount(kAccount, s("alice@example.org")), 0);
        QCOMPARE(f.manager->totalUnread(), 1);
        QCOMPARE(totals.last(), 1);
        QVERIFY(f.manager->tab(kAccount, s("alice@example.org")) == tab);
        QVERIFY(f.manager->openChat(kAccount, s("alice@example.org")) == tab); // one tab per chat
    }

    // A chat open in a tab nobody looks at shows its count on the tab.
    void tabShowsUnreadCount()
    {
        Fixture f;
        ChatTab *alice = f.manager->openChat(kAccount, s("alice@example.org"));
        ChatTab *bob = f.manager->openChat(kAccount, s("bob@example.org"), false);
        ChatWindow *window = f.manager->sharedWindow();
        QVERIFY(window);
        QCOMPARE(window->count(), 2);
        QCOMPARE(window->currentTab(), alice);
        f.receive(s("bob@example.org"), s("psst"));
        QCOMPARE(bob->unread(), 1);
        QCOMPARE(window->tabText(bob), s("bob@example.org (1)"));
        QCOMPARE(f.notices.size(), 1);
        window->setCurrentTab(bob);
        f.manager->openChat(kAccount, s("bob@example.org"));
        QCOMPARE(bob->unread(), 0);
        QCOMPARE(window->tabText(bob), s("bob@example.org"));
        QVERIFY(window->grab().save(test::outputDir() + s("/chat-window.png")));

        // Closing a tab forgets it; opening again makes a new one.
        f.manager->closeChat(bob);
        QCOMPARE(window->count(), 1);
        QVERIFY(!f.manager->tab(kAccount, s("bob@example.org")));
    }

    void oneWindowPerChat()
    {
        Fixture f;
        f.manager->setOneWindowPerChat(true);
        f.manager->openChat(kAccount, s("alice@example.org"));
        f.manager->openChat(kAccount, s("bob@example.org"));
        QCOMPARE(f.manager->windows().size(), 2);
        for (ChatWindow *w : f.manager->windows()) {
            QCOMPARE(w->count(), 1);
            QVERIFY(w->tabWidget()->tabBar()->isHidden()); // a single chat needs no tab bar
        }
        QVERIFY(ChatManager().oneWindowPerChat()); // remembered
    }

    // RFC 5122 / XEP-0147: the URI's JID opens a chat; a message body only fills the composer.
    void xmppUriOpensChat()
    {
        Fixture f;
        QVERIFY(f.manager->openXmppUri(kAccount, QUrl(s("xmpp:carol@example.org?message;body=Hi%20there"))));
        ChatTab *tab = f.manager->tab(kAccount, s("carol@example.org"));
        QVERIFY(tab);
        QCOMPARE(tab->composer()->text(), s("Hi there"));
        QVERIFY(f.manager->openXmppUri(kAccount, QUrl(s("xmpp:dave@example.org"))));
        QVERIFY(f.manager->tab(kAccount, s("dave@example.org")));
        QVERIFY(!f.manager->openXmppUri(kAccount, QUrl(s("xmpp:room@muc.example.org?join"))));
        QVERIFY(!f.manager->tab(kAccount, s("room@muc.example.org")));
        QVERIFY(!f.manager->openXmppUri(kAccount, QUrl(s("xmpp:"))));
        QVERIFY(!f.manager->openXmppUri(kAccount, QUrl(s("https://example.org"))));
        QVERIFY(!f.manager->openXmppUri(s("stranger@example.org"), QUrl(s("xmpp:eve@example.org"))));
    }

    // What is typed in the tab goes through the account's MessageFeature into the store and
    // back into the tab (offline here: it is kept, marked Pending or Failed, never lost).
    void sendGoesThroughTheFeature()
    {
        Fixture f;
        ChatTab *tab = f.manager->openChat(kAccount, s("alice@example.org"));
        QVERIFY(tab);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab));
        ComposerEdit *edit = tab->composer()->editor();
        edit->setFocus();
        QTest::keyClicks(edit, s("Hello from the composer"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(f.store->count(s("alice@example.org")), 1);
        QAbstractItemModel *model = tab->conversation();
        QTRY_COMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0, 0);
        QCOMPARE(row.data(ConversationModel::BodyRole).toString(), s("Hello from the composer"));
        QCOMPARE(row.data(ConversationModel::DirectionRole).toInt(),
                 int(ChatMessage::Direction::Outgoing));
        const auto state = ChatMessage::State(row.data(ConversationModel::StateRole).toInt());
        QVERIFY(state == ChatMessage::State::Pending || state == ChatMessage::State::Failed);
        QCOMPARE(f.store->count(s("alice@example.org")), 1);
        QVERIFY(tab->grab().save(test::outputDir() + s("/chat-offline-send.png")));
    }

    // Section 3: a search result opens its chat scrolled to the message, highlighted.
    void searchResultOpensChatAtMessage()
    {
        Fixture f;
        ChatMessage target;
        for (int i = 0; i < 300; ++i) {
            ChatMessage m;
            m.chat = s("alice@example.org");
            m.from = s("alice@example.org/phone");
            m.body = i == 20 ? s("the password hint is a giraffe") : s("small talk %1").arg(i);
            m.timestamp = QDateTime::currentDateTimeUtc().addSecs(-3600 + i * 10);
            m.originId = s("m%1").arg(i);
            f.store->add(m);
            if (i == 20)
                target = m;
        }
        SearchPanel *panel = f.manager->searchPanel();
        panel->searchField()->setText(s("giraffe"));
        panel->search();
        QCOMPARE(panel->results()->rowCount(), 1);
        const QModelIndex hit = panel->results()->index(0, 0);
        Q_EMIT panel->resultView()->activated(hit);
        ChatTab *tab = f.manager->tab(kAccount, s("alice@example.org"));
        QVERIFY(tab);
        const QModelIndex shown = tab->view()->messageDelegate()->highlighted();
        QVERIFY(shown.isValid());
        QCOMPARE(shown.data(ConversationModel::IdRole).toLongLong(), target.id);
        QVERIFY(tab->view()->viewport()->rect().intersects(tab->view()->visualRect(shown)));
    }

    // The main window hooks chats in: the contact menu's Chat and a double click open the chat
    // (named as in the roster), an unread message puts a badge on the contact and the count on
    // the tray icon, and opening the chat clears both.
    void mainWindowOpensChatsFromTheRoster()
    {
        QTemporaryDir dir;
        test::FakeAccount a("me@example.org");
        AccountDatabase db;
        QVERIFY(db.openFile(dir.filePath(s("history.sqlite"))));
        HistoryStore store(&db);
        auto *messages = new MessageFeature(&store);
        a.client.addFeature(messages);
        auto w = test::makeWindow(dir.path(), a);
        a.result(test::kStandard);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTreeView *view = w->rosterView();
        ChatManager *chats = w->chats();
        QVERIFY(chats);
        chats->setNotifier([](const QString &, const QString &, const QString &, const QString &) {});

        // A message from Alice: a badge on her row, the count on the tray.
        ChatMessage m;
        m.chat = s("alice@example.org");
        m.from = s("alice@example.org/phone");
        m.body = s("Are you there?");
        m.timestamp = QDateTime::currentDateTimeUtc();
        m.originId = s("x1");
        store.add(m);
        Q_EMIT messages->messageReceived(m);
        const QModelIndex alice = test::rowNamed(view, s("Alice"));
        QVERIFY(alice.isValid());
        QCOMPARE(w->rosterDelegate()->unreadCount(alice), 1);
        QCOMPARE(w->rosterDelegate()->unreadCount(test::rowNamed(view, s("Bob"))), 0);
        TrayIcon *tray = w->findChild<TrayIcon *>();
        QVERIFY(tray);
        QCOMPARE(tray->unreadCount(), 1);
        QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-unread-badge.png")));

        // The contact menu's Chat opens her chat, named as in the roster; the badge goes.
        view->setCurrentIndex(alice);
        w->contactActions()->updateActions();
        QVERIFY(w->contactActions()->chatAction()->isEnabled());
        w->contactActions()->chatAction()->trigger();
        ChatTab *tab = chats->tab(s("me@example.org"), s("alice@example.org"));
        QVERIFY(tab);
        QCOMPARE(tab->title(), s("Alice"));
        QCOMPARE(w->rosterDelegate()->unreadCount(alice), 0);
        QCOMPARE(tray->unreadCount(), 0);

        // A double click on Bob opens his.
        const QModelIndex bob = test::rowNamed(view, s("Bob"));
        const QPoint at = view->visualRect(bob).center();
        // A real double click: press, release, then the double-click press.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QMouseEvent dbl(QEvent::MouseButtonDblClick, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)),
                        Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &dbl);
        QVERIFY(chats->tab(s("me@example.org"), s("bob@example.org")));
        QCOMPARE(chats->sharedWindow()->count(), 2);
    }
};

QTEST_MAIN(TestChatManager)
#include "tst_chatmanager.moc"
