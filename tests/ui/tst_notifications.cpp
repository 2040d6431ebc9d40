// Desktop notifications through the freedesktop notification service, checked against a fake
// org.freedesktop.Notifications on the test's session bus: the sender's name and the message
// arrive as plain text (markup in a message is escaped for a server that reads markup), one
// notification per chat (replaced, not stacked), Reply / Mark as read / a click act on the chat;
// do not disturb, a muted chat and the chat in view notify nothing. The chat header's menu
// keeps the chat's mode; the old muted list moves into it. Closing the main window hides it to
// the tray (with a one-time notice) or quits. "Mark as read" sends the XEP-0333 displayed
// marker for the newest message only while read markers are allowed (checked on the wire with
// a FakeServer); a slow server's GetCapabilities never holds up the caller; without a
// notification service the tray's balloon is used.
#include "FakeNotificationServer.h"
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatWindow.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "features/MessageFeature.h"
#include "features/RosterFeature.h"
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
#include <QElapsedTimer>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace charla;
using charla::test::FakeNotificationServer;
using charla::test::FakeServer;

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
    void markAsReadSendsTheMarker_data();
    void markAsReadSendsTheMarker();
    void slowServerDoesNotBlock();
    void trayWhenNoService();
    void roomsNotifyOnMentions();
    void noServerNoCrash();
    void notifyModeMenu();
    void oldMutedListMoves();
    void closingTheWindow();

private:
    bool haveBus() const { return QDBusConnection::sessionBus().isConnected(); }
    std::unique_ptr<test::TestCa> m_ca;
    test::TestCa::Leaf m_leaf;
};

void TestNotifications::initTestCase()
{
    QApplication::setApplicationName(s("charla-test-notifications"));
    m_ca = std::make_unique<test::TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({s("localhost")});
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

void TestNotifications::markAsReadSendsTheMarker_data()
{
    QTest::addColumn<bool>("markers");
    QTest::newRow("read markers allowed") << true;
    QTest::newRow("read markers off") << false;
}

void TestNotifications::markAsReadSendsTheMarker()
{
    QFETCH(bool, markers);
    if (!haveBus())
        QSKIP("no D-Bus session bus");
    FakeNotificationServer notifications(kFullServer);
    QVERIFY(notifications.start());

    // alice is logged in; bob (who shares presence with her) writes two markable messages.
    FakeServer server;
    server.setCertificate(m_leaf);
    test::LoginScript{}.addTo(server);
    const auto barrier = [&server](const QString &id) {
        server
            .send(s("<iq type='get' id='%1' from='localhost'><query xmlns='urn:example:barrier'/>"
                    "</iq>")
                      .arg(id))
            .expect(s("<iq type='error' id='%1' to='localhost'><error type='cancel'>"
                      "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "</error></iq>")
                        .arg(id));
    };
    server
        .expect(s("<iq type='get' to='alice@localhost' id='$disco'>"
                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(s("<iq type='result' id='$disco' from='alice@localhost'>"
                "<query xmlns='http://jabber.org/protocol/disco#info'>"
                "<identity category='account' type='registered'/></query></iq>"))
        .expect(s("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(s("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>"
                "<item jid='bob@localhost' subscription='both'/></query></iq>"));
    for (const char *id : {"in-1", "in-2"}) {
        server.send(s("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                      "type='chat' id='%1'><body>%1</body>"
                      "<markable xmlns='urn:xmpp:chat-markers:0'/></message>")
                        .arg(QString::fromLatin1(id)));
    }
    barrier(s("b1"));
    QVERIFY(server.listen());

    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.openFile(dir.filePath(s("alice.sqlite"))));
    HistoryStore store(&db);
    Client client;
    auto *messages = new MessageFeature(&store);
    auto *roster = new RosterFeature;
    client.addFeature(messages);
    client.addFeature(roster);
    AppSettings settings(dir.filePath(s("charla.ini")));
    settings.setSendDisplayedMarkers(markers);
    DesktopNotifier notifier(nullptr);
    const QString alice = s("alice@localhost");
    {
        ChatManager manager;
        manager.setSettingsFile(dir.filePath(s("charla.ini")));
        manager.setAppSettings(&settings);
        manager.addAccount(alice, messages, roster, nullptr);
        manager.setDesktopNotifier(&notifier);
        client.connectToServer(test::fakeServerConfig(*m_ca, server.port()));
        QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
        QTRY_COMPARE(manager.unreadCount(alice, s("bob@localhost")), 2);
        // One notification for the chat (the second replaced the first).
        QTRY_VERIFY(!notifications.calls().isEmpty());
        QTRY_COMPARE(notifications.calls().constLast().body, s("in-2"));
        const quint32 id = notifications.calls().constLast().id;

        // The marker names the newest message, which says the older one was read too
        // (XEP-0333 3); with the switch off, nothing at all goes out.
        if (markers) {
            server.expect(s("<message to='bob@localhost' type='chat' id='*'>"
                            "<displayed xmlns='urn:xmpp:chat-markers:0' id='in-2'/>"
                            "<store xmlns='urn:xmpp:hints'/></message>"));
        }
        barrier(s("b2"));
        notifications.invokeAction(id, s("mark-read"));
        QTRY_COMPARE(manager.unreadCount(alice, s("bob@localhost")), 0);
        QTRY_VERIFY(notifications.closedByClient().contains(id));
        QVERIFY(!manager.tab(alice, s("bob@localhost"))); // read without opening the chat
        QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    }
    client.disconnectFromServer();
}

void TestNotifications::slowServerDoesNotBlock()
{
    if (!haveBus())
        QSKIP("no D-Bus session bus");
    // A desktop whose server takes a second to say what it can: the window goes on meanwhile,
    // and the notifications posted before the answer go out after it, in order, with the
    // server's capabilities applied (escaped body, actions).
    FakeNotificationServer server(kFullServer);
    server.setCapabilitiesDelay(1000);
    QVERIFY(server.start());
    Fixture f;
    QElapsedTimer timer;
    timer.start();
    f.receive(s("alice@example.org"), s("a < b"));
    f.receive(s("bob@example.org"), s("second"));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(50);
    QTRY_COMPARE_WITH_TIMEOUT(server.calls().size(), 2, 5000);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the event loop ran meanwhile
    QCOMPARE(server.calls().at(0).summary, s("alice@example.org"));
    QCOMPARE(server.calls().at(0).body, s("a &lt; b"));
    QCOMPARE(server.calls().at(0).actions.size(), 6);
    QCOMPARE(server.calls().at(1).summary, s("bob@example.org"));
    QCOMPARE(server.capabilityCalls(), 1); // asked once, remembered
    QVERIFY(f.notifier->service()->capabilitiesKnown());
    // Later notifications go out at once.
    f.receive(s("carol@example.org"), s("third"));
    QTRY_COMPARE(server.calls().size(), 3);
    QCOMPARE(server.capabilityCalls(), 1);
}

void TestNotifications::trayWhenNoService()
{
    // No notification service on the bus: the tray's balloon shows it (as plain text; the
    // tray escapes it for the platform).
    QList<QStringList> balloons;
    DesktopNotifier notifier(nullptr);
    notifier.setTrayMessage([&balloons](const QString &title, const QString &text) {
        balloons.append({title, text});
        return true;
    });
    QCOMPARE(notifier.showMessage(kAccount, s("alice@example.org"), s("Alice"), s("<b>hi</b>")),
             DesktopNotifier::Channel::Tray);
    QCOMPARE(balloons, (QList<QStringList>{{s("Alice"), s("<b>hi</b>")}}));
    QCOMPARE(notifier.showNotice(s("Charla is still running"), s("In the tray")),
             DesktopNotifier::Channel::Tray);
    QCOMPARE(balloons.size(), 2);

    // No tray either (the balloon cannot be shown): nothing, and nothing claimed.
    notifier.setTrayMessage([](const QString &, const QString &) { return false; });
    QCOMPARE(notifier.showMessage(kAccount, s("alice@example.org"), s("Alice"), s("hi")),
             DesktopNotifier::Channel::None);

    // With a service, it is used and the tray is not.
    if (!haveBus())
        return;
    FakeNotificationServer server(kFullServer);
    QVERIFY(server.start());
    balloons.clear();
    notifier.setTrayMessage([&balloons](const QString &title, const QString &text) {
        balloons.append({title, text});
        return true;
    });
    QCOMPARE(notifier.showMessage(kAccount, s("alice@example.org"), s("Alice"), s("hi")),
             DesktopNotifier::Channel::Freedesktop);
    QTRY_COMPARE(server.calls().size(), 1);
    QVERIFY(balloons.isEmpty());
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
