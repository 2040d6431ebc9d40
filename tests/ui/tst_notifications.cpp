// Desktop notifications through the freedesktop notification service, checked against a fake
// org.freedesktop.Notifications on the test's session bus: the sender's name and the message
// arrive as plain text (markup in a message is escaped for a server that reads markup), one
// notification per chat (replaced, not stacked), Reply / Mark as read / a click act on the chat;
// do not disturb, a muted chat and the chat in view notify nothing. The chat header's menu
// keeps the chat's mode; the old muted list moves into it. Closing the main window hides it to
// the tray (with a one-time notice) or quits.
#include "FakeNotificationServer.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatWindow.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "features/MessageFeature.h"
#include "notify/CloseToTray.h"
#include "notify/DesktopNotifier.h"
#include "notify/NotifyModeButton.h"
#include "storage/AccountDatabase.h"
#include "storage/AppSettings.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace charla;
using charla::test::FakeNotificationServer;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kAccount = QStringLiteral("me@example.org");
const QStringList kFullServer{QStringLiteral("actions"), QStringLiteral("body"),
                              QStringLiteral("body-markup"), QStringLiteral("body-hyperlinks")};

// A chat manager over a real history store, its settings in a temp file, notifying through a
// DesktopNotifier on the session bus.
struct Fixture
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<Client> client; ///< never connects; owns the feature
    MessageFeature *messages = nullptr;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<DesktopNotifier> notifier;
    std::unique_ptr<ChatManager> manager;

    Fixture()
    {
        QString error;
        if (!db.openFile(dir.filePath(s("history.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        client = std::make_unique<Client>();
        messages = new MessageFeature(store.get());
        messages->setAccountJid(Jid::parse(kAccount));
        client->addFeature(messages);
        settings = std::make_unique<AppSettings>(dir.filePath(s("charla.ini")));
        notifier = std::make_unique<DesktopNotifier>(nullptr);
        manager = std::make_unique<ChatManager>();
        manager->setSettingsFile(dir.filePath(s("charla.ini")));
        manager->setAppSettings(settings.get());
        manager->addAccount(kAccount, messages, nullptr, nullptr);
        manager->setDesktopNotifier(notifier.get());
    }
    ~Fixture()
    {
        manager.reset(); // its windows first
    }

    void receive(const QString &jid, const QString &body)
    {
        ChatMessage m;
        m.chat = jid;
        m.from = jid + s("/phone");
        m.body = body;
        m.timestamp = QDateTime::currentDateTimeUtc();
        m.originId = QString::number(QRandomGenerator::global()->generate64());
        store->add(m);
        Q_EMIT messages->messageReceived(m);
    }
};

QString unescaped(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainTextReachesTheServer_data();
    void plainTextReachesTheServer();
    void oneNotificationPerChat();
    void silencedWhenTheyShouldBe();
    void actionsActOnTheChat();
    void roomsNotifyOnMentions();
    void noServerNoCrash();
    void notifyModeMenu();
    void oldMutedListMoves();
    void closingTheWindow();

private:
    bool haveBus() const { return QDBusConnection::sessionBus().isConnected(); }
};

void TestNotifications::initTestCase()
{
    QApplication::setApplicationName(s("charla-test-notifications"));
    if (haveBus() && QDBusConnection::sessionBus().interface()->isServiceRegistered(
                         s("org.freedesktop.Notifications")))
        QSKIP("a real notification server is on this bus");
}

void TestNotifications::plainTextReachesTheServer_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<bool>("markup");
    QTest::addColumn<bool>("actions");
    QTest::newRow("markup and actions") << kFullServer << true << true;
    QTest::newRow("plain body, no actions") << QStringList{s("body")} << false << false;
}

void TestNotifications::plainTextReachesTheServer()
{
    QFETCH(QStringList, capabilities);
    QFETCH(bool, markup);
    QFETCH(bool, actions);
    if (!haveBus())
        QSKIP("no D-Bus session bus (run under dbus-run-session, as scripts/test does)");
    FakeNotificationServer server(capabilities);
    QVERIFY(server.start());
    Fixture f;
    const QString hostile = s("<b>x</b><a href=\"http://evil.example/\">click</a> & <img src=x>");
    f.receive(s("alice@example.org"), hostile);
    QTRY_COMPARE(server.calls().size(), 1);
    const FakeNotificationServer::Call call = server.calls().constFirst();
    QCOMPARE(call.appName, s("Charla"));
    QCOMPARE(call.summary, s("alice@example.org"));
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.hints.value(s("desktop-entry")).toString(), s("org.charla.Charla"));
    if (markup) {
        // A markup server must get no tag at all, and show exactly the text that was sent.
        QVERIFY2(!call.body.contains(u'<') && !call.body.contains(u'>'), qPrintable(call.body));
        QCOMPARE(unescaped(call.body), hostile);
    } else {
        QCOMPARE(call.body, hostile);
    }
    if (actions) {
        QCOMPARE(call.actions, (QStringList{s("default"), s("Open"), s("reply"), s("Reply"),
                                            s("mark-read"), s("Mark as read")}));
    } else {
        QVERIFY(call.actions.isEmpty());
    }
}

void TestNotifications::oneNotificationPerChat()
{
    if (!haveBus())
        QSKIP("no D-Bus session bus");
    FakeNotificationServer server(kFullServer);
    QVERIFY(server.start());
    Fixture f;
    // Three at once (the Notify answers come later): one notification, replaced, showing the
    // newest message.
    f.receive(s("alice@example.org"), s("one"));
    f.receive(s("alice@example.org"), s("two"));
    f.receive(s("alice@example.org"), s("three"));
    QTRY_COMPARE(server.calls().size(), 2);
    QTest::qWait(100);
    QCOMPARE(server.calls().size(), 2); // "two" was overtaken before it went out
    const quint32 aliceId = server.calls().at(0).id;
    QCOMPARE(server.calls().at(0).body, s("one"));
    QCOMPARE(server.calls().at(1).replacesId, aliceId);
    QCOMPARE(server.calls().at(1).body, s("three"));
    // Another chat: a notification of its own.
    f.receive(s("bob@example.org"), s("hi"));
    QTRY_COMPARE(server.calls().size(), 3);
    QCOMPARE(server.calls().at(2).replacesId, 0u);
    QVERIFY(server.calls().at(2).id != aliceId);
    // Dismissed on the desktop: Alice's next message is a new notification.
    server.closeNotification(aliceId);
    QTest::qWait(100);
    f.receive(s("alice@example.org"), s("four"));
    QTRY_COMPARE(server.calls().size(), 4);
    QCOMPARE(server.calls().at(3).replacesId, 0u);
    // Reading the chat takes its notification away.
    const quint32 newId = server.calls().at(3).id;
    QVERIFY(f.manager->openChat(kAccount, s("alice@example.org")));
    QTRY_VERIFY(server.closedByClient().contains(newId));
    QVERIFY(!server.closedByClient().contains(server.calls().at(2).id)); // Bob's stays
}

void TestNotifications::silencedWhenTheyShouldBe()
{
    if (!haveBus())
        QSKIP("no D-Bus session bus");
    FakeNotificationServer server(kFullServer);
    QVERIFY(server.start());
    Fixture f;

    // Do not disturb: counted, not announced.
    f.settings->setDoNotDisturb(true);
    f.receive(s("alice@example.org"), s("during dnd"));
    QCOMPARE(f.manager->unreadCount(kAccount, s("alice@example.org")), 1);
    f.settings->setDoNotDisturb(false);
    // Notifications switched off.
    f.settings->setNotificationsEnabled(false);
    f.receive(s("alice@example.org"), s("while off"));
    f.settings->setNotificationsEnabled(true);
    // A muted chat.
    f.manager->setNotifyMode(kAccount, s("bob@example.org"), AppSettings::NotifyMode::Muted);
    f.receive(s("bob@example.org"), s("muted"));
    QCOMPARE(f.manager->unreadCount(kAccount, s("bob@example.org")), 1);
    // The chat in view: neither counted nor announced.
    ChatTab *carol = f.manager->openChat(kAccount, s("carol@example.org"));
    QVERIFY(carol);
    ChatWindow *window = f.manager->sharedWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(carol->isSeen());
    f.receive(s("carol@example.org"), s("I see you"));
    QCOMPARE(f.manager->unreadCount(kAccount, s("carol@example.org")), 0);

    // Then one that should notify; it must be the first and only one the server got (the bus
    // keeps one sender's messages in order).
    window->hide();
    f.receive(s("dave@example.org"), s("hello"));
    QTRY_COMPARE(server.calls().size(), 1);
    QCOMPARE(server.calls().constFirst().summary, s("dave@example.org"));
    QCOMPARE(server.calls().constFirst().body, s("hello"));

    // Notifications without the text: only who wrote.
    f.settings->setNotificationShowsText(false);
    f.receive(s("erin@example.org"), s("secret"));
    QTRY_COMPARE(server.calls().size(), 2);
    QCOMPARE(server.calls().at(1).summary, s("New message from erin@example.org"));
    QVERIFY(server.calls().at(1).body.isEmpty());
}

void TestNotifications::actionsActOnTheChat()
{
    if (!haveBus())
        QSKIP("no D-Bus session bus");
    FakeNotificationServer server(kFullServer);
    QVERIFY(server.start());
    Fixture f;
    f.receive(s("alice@example.org"), s("open me"));
    f.receive(s("bob@example.org"), s("reply to me"));
    f.receive(s("carol@example.org"), s("mark me"));
    QTRY_COMPARE(server.calls().size(), 3);
    const quint32 alice = server.calls().at(0).id;
    const quint32 bob = server.calls().at(1).id;
    const quint32 carol = server.calls().at(2).id;

    // A click on the notification opens the chat, read.
    server.invokeAction(alice, s("default"));
    QTRY_VERIFY(f.manager->tab(kAccount, s("alice@example.org")));
    QCOMPARE(f.manager->unreadCount(kAccount, s("alice@example.org")), 0);
    QTRY_VERIFY(server.closedByClient().contains(alice));

    // Reply: the chat opens with the cursor in the composer.
    server.invokeAction(bob, s("reply"));
    QTRY_VERIFY(f.manager->tab(kAccount, s("bob@example.org")));
    ChatTab *bobTab = f.manager->tab(kAccount, s("bob@example.org"));
    QVERIFY(QTest::qWaitForWindowActive(bobTab->window()));
    QTRY_VERIFY(bobTab->composer()->editor()->hasFocus());
    QCOMPARE(f.manager->unreadCount(kAccount, s("bob@example.org")), 0);

    // Mark as read: no chat opens, the count is gone, the notification too.
    QCOMPARE(f.manager->unreadCount(kAccount, s("carol@example.org")), 1);
    server.invokeAction(carol, s("mark-read"));
    QTRY_COMPARE(f.manager->unreadCount(kAccount, s("carol@example.org")), 0);
    QVERIFY(!f.manager->tab(kAccount, s("carol@example.org")));
    QTRY_VERIFY(server.closedByClient().contains(carol));

    // An action for an id that is none of ours does nothing.
    server.invokeAction(9999, s("default"));
    QTest::qWait(100);
    QVERIFY(!f.manager->tab(kAccount, s("carol@example.org")));
}

void TestNotifications::roomsNotifyOnMentions()
{
    if (!haveBus())
        QSKIP("no D-Bus session bus");
    FakeNotificationServer server(kFullServer);
    QVERIFY(server.start());
    Fixture f;
    const QString room = s("room@muc.example.org");
    const auto say = [&](const QString &body, bool mention) {
        ChatMessage m;
        m.chat = room;
        m.from = room + s("/alice");
        m.body = body;
        m.timestamp = QDateTime::currentDateTimeUtc();
        f.manager->received(kAccount, m, true, mention);
    };
    // A room by default: only a message naming us.
    say(s("chatter"), false);
    say(s("me: look"), true);
    QTRY_COMPARE(server.calls().size(), 1);
    QCOMPARE(server.calls().at(0).body, s("me: look"));
    QCOMPARE(f.manager->unreadCount(kAccount, room), 2);
    QCOMPARE(f.manager->notifyMode(kAccount, room, true), AppSettings::NotifyMode::MentionsOnly);
    // Muted: not even mentions.
    f.manager->setNotifyMode(kAccount, room, AppSettings::NotifyMode::Muted);
    say(s("me: again"), true);
    // All: every message.
    f.manager->setNotifyMode(kAccount, room, AppSettings::NotifyMode::All);
    say(s("anything"), false);
    QTRY_COMPARE(server.calls().size(), 2);
    QCOMPARE(server.calls().at(1).body, s("anything"));
}

void TestNotifications::noServerNoCrash()
{
    // No notification server (and offscreen no tray): nothing is shown, the count still grows.
    DesktopNotifier notifier(nullptr);
    QVERIFY(!notifier.service()->isAvailable());
    QCOMPARE(notifier.showMessage(kAccount, s("alice@example.org"), s("Alice"), s("hi")),
             DesktopNotifier::Channel::None);
    Fixture f;
    f.receive(s("alice@example.org"), s("hi"));
    QCOMPARE(f.manager->unreadCount(kAccount, s("alice@example.org")), 1);
}

void TestNotifications::notifyModeMenu()
{
    Fixture f;
    ChatTab *tab = f.manager->openChat(kAccount, s("alice@example.org"));
    QVERIFY(tab);
    NotifyModeButton *button = tab->notifyButton();
    QCOMPARE(button->mode(), AppSettings::NotifyMode::All);
    QCOMPARE(button->text(), s("Notify"));
    // A chat offers All and Muted; "Mentions only" is for group chats.
    QVERIFY(!button->action(AppSettings::NotifyMode::MentionsOnly)->isVisible());
    button->action(AppSettings::NotifyMode::Muted)->trigger();
    QCOMPARE(button->text(), s("Muted"));
    QVERIFY(f.manager->isMuted(kAccount, s("alice@example.org")));
    QCOMPARE(f.settings->notifyMode(kAccount, s("alice@example.org"), false),
             AppSettings::NotifyMode::Muted);
    // Kept: a new tab (after closing this one) shows it.
    f.manager->closeChat(tab);
    QTRY_VERIFY(!f.manager->tab(kAccount, s("alice@example.org")));
    tab = f.manager->openChat(kAccount, s("alice@example.org"));
    QCOMPARE(tab->notifyButton()->mode(), AppSettings::NotifyMode::Muted);
    QVERIFY(tab->notifyButton()->action(AppSettings::NotifyMode::Muted)->isChecked());
    // Group chats offer mentions only.
    tab->notifyButton()->setMentionsOffered(true);
    QVERIFY(tab->notifyButton()->action(AppSettings::NotifyMode::MentionsOnly)->isVisible());
    tab->notifyButton()->action(AppSettings::NotifyMode::MentionsOnly)->trigger();
    QCOMPARE(f.manager->notifyMode(kAccount, s("alice@example.org")),
             AppSettings::NotifyMode::MentionsOnly);
    tab->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab->window()));
    QVERIFY(tab->window()->grab().save(test::outputDir() + s("/chat-notify-mode.png")));
    QMenu *menu = tab->notifyButton()->menu();
    menu->popup(tab->notifyButton()->mapToGlobal(QPoint(0, tab->notifyButton()->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(menu->grab().save(test::outputDir() + s("/chat-notify-mode-menu.png")));
    menu->hide();
}

void TestNotifications::oldMutedListMoves()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("charla.ini"));
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(s("chat/muted"),
                     QStringList{kAccount + s("\nbob@example.org"), s("other@example.org\nx@y.z")});
    }
    ChatManager manager;
    manager.setSettingsFile(file);
    QVERIFY(manager.isMuted(kAccount, s("bob@example.org")));
    QVERIFY(manager.isMuted(s("other@example.org"), s("x@y.z")));
    QVERIFY(!manager.isMuted(kAccount, s("alice@example.org")));
    const AppSettings settings(file);
    QCOMPARE(settings.notifyMode(kAccount, s("bob@example.org"), false),
             AppSettings::NotifyMode::Muted);
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(s("chat/muted")));
}

void TestNotifications::closingTheWindow()
{
    FakeNotificationServer server(kFullServer);
    const bool withServer = haveBus() && server.start();
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    CloseToTray *closer = w.closeToTray();
    QVERIFY(closer);
    int quits = 0;
    closer->setQuit([&quits] { ++quits; });

    // Offscreen there is no tray: closing quits (never an invisible running app).
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!closer->keepsRunning());
    QVERIFY(w.close());
    QCOMPARE(quits, 1);
    QVERIFY(!w.isVisible());

    // With a tray: hidden, still running, and told so the first time only.
    closer->setTrayAvailable([] { return true; });
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.close());
    QVERIFY(!w.isVisible());
    QCOMPARE(quits, 1);
    QVERIFY(w.appSettings()->trayHintShown());
    if (withServer) {
        QTRY_COMPARE(server.calls().size(), 1);
        QCOMPARE(server.calls().constFirst().summary, s("Charla is still running"));
    }
    w.show();
    QVERIFY(!w.close());
    QVERIFY(!w.isVisible());
    if (withServer) {
        QTest::qWait(100);
        QCOMPARE(server.calls().size(), 1);
    }

    // A tray, but the person wants closing to quit.
    w.appSettings()->setCloseToTray(false);
    w.show();
    QVERIFY(w.close());
    QCOMPARE(quits, 2);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
