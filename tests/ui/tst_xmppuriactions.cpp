// xmpp: links acted on in the main window (XEP-0147). Anyone can send a link, so every action
// that changes something first shows a question saying exactly what will happen, and nothing
// reaches the server before the person accepts: an account logged in to a FakeServer records
// every stanza it sends after login, and the script then expects exactly the accepted action.
// ?message opens the chat with the text prefilled and sends nothing; with several accounts the
// person picks one; a link naming an unknown account is refused. ?join (from a link, a second
// launch or a message) and the service browser's Join open the Join Room dialog filled in,
// asking for the nickname; a link clicked in a chat goes through the same handler (no other
// question first), and the browser's "Add to contacts" opens the Add Contact dialog.
#include "AccountWizard.h"
#include "AddContactDialog.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "LoginScript.h"
#include "RosterViewFixture.h"
#include "TestCa.h"
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/LinkOpener.h"
#include "desktop/DesktopActions.h"
#include "desktop/XmppUriDialog.h"
#include "desktop/XmppUriHandler.h"
#include "features/AdHocCommands.h"
#include "features/MessageFeature.h"
#include "features/MucFeature.h"
#include "rooms/JoinRoomDialog.h"
#include "rooms/RoomActions.h"
#include "rooms/RoomManager.h"
#include "services/DiscoBrowser.h"
#include "services/ServiceActions.h"
#include "services/CommandWizard.h"
#include "storage/AccountDatabase.h"
#include "storage/AccountStore.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace charla;
using namespace charla::test;

namespace {

// One account with what links act on: roster, presence, chats (with history), rooms.
struct LinkAccount : FakeAccount
{
    explicit LinkAccount(const char *jid, const QString &dir) : FakeAccount(jid)
    {
        QString error;
        if (!db.openFile(dir + QLatin1Char('/') + this->jid.toString() + s(".sqlite"), &error))
            qFatal("%s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        messages->setAccountJid(this->jid);
        client.addFeature(messages);
        muc = new MucFeature;
        client.addFeature(muc);
        client.addFeature(new AdHocCommands);
    }
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    MessageFeature *messages = nullptr;
    MucFeature *muc = nullptr;
};

} // namespace

class TestXmppUriActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void asksBeforeSending_data();
    void asksBeforeSending();
    void cancelSendsNothing();
    void joinOpensTheJoinRoomDialog();
    void linkInAChatAsksLikeOneFromOutside();
    void secondLaunchJoinOpensTheDialog();
    void serviceBrowserUsesTheDialogs();
    void messagePrefillsAndSendsNothing();
    void severalAccountsLetThePersonChoose();
    void linkNamingAnUnknownAccountIsRefused();
    void registerOpensTheWizardOnTheServer();
    void garbageIsRefusedWithAReason();

private:
    /// A window whose account alice@localhost is logged in to @p server; every stanza sent
    /// after the login is appended to @p sent.
    std::unique_ptr<MainWindow> loggedIn(FakeServer &server, LinkAccount &account,
                                         QList<Element> *sent);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestXmppUriActions::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({s("localhost")});
}

std::unique_ptr<MainWindow> TestXmppUriActions::loggedIn(FakeServer &server, LinkAccount &account,
                                                         QList<Element> *sent)
{
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(s("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(s("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>"
                "<item jid='bob@localhost' name='Bob' subscription='both'/></query></iq>"))
        .expect(s("<presence/>"))
        // The chats ask what the account's server keeps (XEP-0359 stanza-ids).
        .expect(s("<iq type='get' to='alice@localhost' id='$disco'>"
                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(s("<iq type='result' id='$disco' from='alice@localhost'>"
                "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
    if (!server.listen())
        return nullptr;
    QTemporaryDir *dir = new QTemporaryDir;
    auto w = makeWindow(dir->path(), account);
    connect(w.get(), &QObject::destroyed, [dir] { delete dir; });
    w->show();
    account.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    if (!server.waitForScript(10000))
        return nullptr;
    server.onReceived([sent](const Element &e) { sent->append(e); });
    return w;
}

void TestXmppUriActions::asksBeforeSending_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("expected"); // what the server then receives, exactly

    QTest::newRow("subscribe")
        << "xmpp:carol@localhost?subscribe"
        << "Ask to see when carol@localhost is online?"
        << "alice@localhost sends carol@localhost a request to see their online status; they "
           "may accept or decline."
        << "<presence to='carol@localhost' type='subscribe'/>";
    QTest::newRow("unsubscribe")
        << "xmpp:bob@localhost?unsubscribe"
        << "Stop seeing when bob@localhost is online?"
        << "alice@localhost tells bob@localhost that it no longer wants to see their online "
           "status. The contact stays in the list."
        << "<presence to='bob@localhost' type='unsubscribe'/>";
    QTest::newRow("remove")
        << "xmpp:bob@localhost?remove"
        << "Remove bob@localhost from your contacts?"
        << "bob@localhost is removed from the contacts of alice@localhost; neither of you sees "
           "the other's online status any more."
        << "<iq type='set' id='*'><query xmlns='jabber:iq:roster'><item jid='bob@localhost' "
           "subscription='remove'/></query></iq>";
    QTest::newRow("roster")
        << "xmpp:carol@localhost?roster;name=Carol%20C;group=Work"
        << "Add carol@localhost to your contacts?"
        << "carol@localhost is added to the contacts of alice@localhost as “Carol C” in the "
           "group “Work”. They are asked to let you see when they are online."
        << "<iq type='set' id='*'><query xmlns='jabber:iq:roster'><item jid='carol@localhost' "
           "name='Carol C'><group>Work</group></item></query></iq>";
    QTest::newRow("command")
        << "xmpp:bot@localhost/svc?command;node=status"
        << "Run a command offered by bot@localhost/svc?"
        << "alice@localhost asks bot@localhost/svc to start the command “status”. Each step is "
           "shown to you before anything is submitted."
        << "<iq type='set' id='*' to='bot@localhost/svc'><command "
           "xmlns='http://jabber.org/protocol/commands' node='status' action='execute'/></iq>";
}

void TestXmppUriActions::asksBeforeSending()
{
    QFETCH(QString, link);
    QFETCH(QString, headline);
    QFETCH(QString, summary);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    LinkAccount account("alice@localhost", dir.path());
    FakeServer server;
    QList<Element> sent;
    auto w = loggedIn(server, account, &sent);
    QVERIFY2(w, qPrintable(server.failures().join(u'\n')));
    XmppUriHandler *links = w->desktopActions()->links();
    QSignalSpy acted(links, &XmppUriHandler::acted);

    QVERIFY(links->open(link));
    XmppUriDialog *dialog = links->pendingDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(s("uriHeadline"))->text(), headline);
    QCOMPARE(dialog->summaryText(), summary);
    QCOMPARE(dialog->findChild<QLabel *>(s("uriSummary"))->textFormat(), Qt::PlainText);
    // One account: it is named, not offered as a choice.
    QVERIFY(!dialog->accountBox()->isVisible());
    QVERIFY(dialog->grab().save(test::outputDir() + s("/xmppuri-") +
                                QString::fromLatin1(QTest::currentDataTag()) + s(".png")));

    // The question is up and nothing went out.
    QTest::qWait(300);
    QVERIFY2(sent.isEmpty(), sent.value(0).toXml().constData());
    QCOMPARE(acted.count(), 0);

    server.expect(expected);
    dialog->acceptButton()->click();
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(acted.count(), 1);
    QCOMPARE(acted.at(0).at(1).toString(), s("alice@localhost"));
    if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("roster")) {
        // The roster action also asks for the contact's status, as the checkbox said.
        server.expect(s("<presence to='carol@localhost' type='subscribe'/>"));
        QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
    }
    if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("command"))
        QTRY_VERIFY(w->findChild<CommandWizard *>() &&
                    w->findChild<CommandWizard *>()->isVisible());
}

void TestXmppUriActions::cancelSendsNothing()
{
    QTemporaryDir dir;
    LinkAccount account("alice@localhost", dir.path());
    FakeServer server;
    QList<Element> sent;
    auto w = loggedIn(server, account, &sent);
    QVERIFY2(w, qPrintable(server.failures().join(u'\n')));
    XmppUriHandler *links = w->desktopActions()->links();
    QSignalSpy acted(links, &XmppUriHandler::acted);

    for (const QString &link :
         {s("xmpp:bob@localhost?remove"), s("xmpp:carol@localhost?roster;name=Carol")}) {
        QVERIFY(links->open(link));
        QPointer<XmppUriDialog> dialog = links->pendingDialog();
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape); // Escape closes the question, as Cancel
        QTRY_VERIFY(!dialog);
    }
    QTest::qWait(300);
    QVERIFY2(sent.isEmpty(), sent.value(0).toXml().constData());
    QCOMPARE(acted.count(), 0);
}

void TestXmppUriActions::joinOpensTheJoinRoomDialog()
{
    QTemporaryDir dir;
    LinkAccount account("alice@localhost", dir.path());
    FakeServer server;
    QList<Element> sent;
    auto w = loggedIn(server, account, &sent);
    QVERIFY2(w, qPrintable(server.failures().join(u'\n')));
    auto *roomActions = w->findChild<RoomActions *>();
    QVERIFY(roomActions);
    roomActions->rooms()->addAccount(s("alice@localhost"), account.muc, nullptr);
    XmppUriHandler *links = w->desktopActions()->links();

    // ?join: no question of its own, the Join Room dialog with the room and the link's
    // password filled in and the nickname (the account's name, editable) focused.
    QVERIFY(links->open(s("xmpp:room@conference.localhost?join;password=pw")));
    QVERIFY(!links->pendingDialog());
    QPointer<JoinRoomDialog> dialog = w->findChild<JoinRoomDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->account(), s("alice@localhost"));
    QCOMPARE(dialog->roomEdit()->text(), s("room@conference.localhost"));
    QCOMPARE(dialog->passwordEdit()->text(), s("pw"));
    QCOMPARE(dialog->nick(), s("alice"));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->nickEdit());
    QVERIFY(dialog->grab().save(test::outputDir() + s("/xmppuri-join.png")));
    // Cancelled: nothing sent, no room.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QTest::qWait(300);
    QVERIFY2(sent.isEmpty(), sent.value(0).toXml().constData());
    QVERIFY(account.muc->rooms().isEmpty());

    // Again, with the nickname chosen: the room is joined as "Ali" with the link's password.
    QVERIFY(links->open(s("xmpp:room@conference.localhost?join;password=pw")));
    dialog = w->findChild<JoinRoomDialog *>();
    QVERIFY(dialog);
    dialog->nickEdit()->setText(s("Ali"));
    server.expectMatching(s("join presence"), [](const Element &e, QString *why) {
        *why = QString::fromUtf8(e.toXml());
        return e.name() == QLatin1String("presence") &&
               e.attribute(s("to")) == QLatin1String("room@conference.localhost/Ali") &&
               e.toXml().contains("<password>pw</password>");
    });
    dialog->accept();
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
}

void TestXmppUriActions::linkInAChatAsksLikeOneFromOutside()
{
    QTemporaryDir dir;
    LinkAccount account("alice@localhost", dir.path());
    FakeServer server;
    QList<Element> sent;
    auto w = loggedIn(server, account, &sent);
    QVERIFY2(w, qPrintable(server.failures().join(u'\n')));
    auto *roomActions = w->findChild<RoomActions *>();
    roomActions->rooms()->addAccount(s("alice@localhost"), account.muc, nullptr);
    XmppUriHandler *links = w->desktopActions()->links();
    QSignalSpy acted(links, &XmppUriHandler::acted);
    ChatTab *tab = w->chats()->openChat(s("alice@localhost"), s("bob@localhost"));
    QVERIFY(tab);

    // A link clicked in Bob's message: the handler's own question (what exactly will be sent),
    // not a generic "Open this address?" first.
    Q_EMIT tab->view()->linkActivated(QUrl(s("xmpp:carol@localhost?subscribe")));
    QVERIFY(!tab->findChild<QMessageBox *>(s("xmppLinkQuestion")));
    XmppUriDialog *dialog = links->pendingDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(s("uriHeadline"))->text(),
             s("Ask to see when carol@localhost is online?"));
    QTest::qWait(300);
    QVERIFY2(sent.isEmpty(), sent.value(0).toXml().constData());
    server.expect(s("<presence to='carol@localhost' type='subscribe'/>"));
    dialog->acceptButton()->click();
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(acted.count(), 1);
    QCOMPARE(acted.at(0).at(1).toString(), s("alice@localhost"));
    sent.clear();

    // ?message opens the chat, text in the composer, nothing sent; ?join the Join Room dialog.
    QVERIFY(tab->linkOpener()->open(QUrl(s("xmpp:dave@localhost?message;body=hello")), tab));
    QVERIFY(!links->pendingDialog());
    ChatTab *dave = w->chats()->tab(s("alice@localhost"), s("dave@localhost"));
    QVERIFY(dave);
    QCOMPARE(dave->composer()->text(), s("hello"));
    QVERIFY(tab->linkOpener()->open(QUrl(s("xmpp:lounge@conference.localhost?join")), tab));
    auto *join = w->findChild<JoinRoomDialog *>();
    QVERIFY(join);
    QCOMPARE(join->roomEdit()->text(), s("lounge@conference.localhost"));
    join->reject();
    QTest::qWait(300);
    QVERIFY2(sent.isEmpty(), sent.value(0).toXml().constData());
}

void TestXmppUriActions::secondLaunchJoinOpensTheDialog()
{
    QTemporaryDir dir;
    LinkAccount alice("alice@localhost", dir.path());
    LinkAccount bob("bob@example.org", dir.path());
    auto w = makeWindow(dir.path(), alice);
    w->addRoster(bob.jid, bob.roster, bob.presence);
    auto *rooms = w->findChild<RoomActions *>()->rooms();
    rooms->addAccount(s("alice@localhost"), alice.muc, nullptr);
    rooms->addAccount(s("bob@example.org"), bob.muc, nullptr);

    // What a second `charla xmpp:...?join` hands over; the account named by the link is chosen.
    w->desktopActions()->handleArguments(
        {s("xmpp://bob@example.org/room@conference.example.org?join")});
    auto *dialog = w->findChild<JoinRoomDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->account(), s("bob@example.org"));
    QCOMPARE(dialog->roomEdit()->text(), s("room@conference.example.org"));
    QCOMPARE(dialog->nick(), s("bob"));
    QVERIFY(bob.muc->rooms().isEmpty());
    dialog->reject();
}

void TestXmppUriActions::serviceBrowserUsesTheDialogs()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    AccountConfig config;
    config.jid = s("alice@localhost");
    config.enabled = false;
    Account *account = w.accounts()->addAccount(config);
    QVERIFY(account);
    account->roster()->applyResult(Element::fromXml(
        s("<iq xmlns='jabber:client' type='result'><query xmlns='jabber:iq:roster'>"
          "<item jid='bob@localhost'><group>Friends</group></item></query></iq>")));
    auto *services = w.findChild<ServiceActions *>();
    QVERIFY(services);
    DiscoBrowser *browser = services->openDiscovery(account, s("conference.localhost"));
    QVERIFY(browser);

    // Join: the Join Room dialog, filled in, asking for the nickname.
    Q_EMIT browser->joinRoomRequested(s("lounge@conference.localhost"));
    auto *join = w.findChild<JoinRoomDialog *>();
    QVERIFY(join);
    QTRY_VERIFY(join->isVisible());
    QCOMPARE(join->account(), s("alice@localhost"));
    QCOMPARE(join->roomEdit()->text(), s("lounge@conference.localhost"));
    QCOMPARE(join->nick(), s("alice"));
    join->reject();
    QTRY_VERIFY(!w.findChild<JoinRoomDialog *>());

    // Add to contacts: the Add Contact dialog with the address and the name filled in, and the
    // account's groups offered.
    Q_EMIT browser->addContactRequested(s("bot@localhost"), s("The Bot"));
    auto *add = w.findChild<AddContactDialog *>();
    QVERIFY(add);
    QTRY_VERIFY(add->isVisible());
    QCOMPARE(add->addressEdit()->text(), s("bot@localhost"));
    QCOMPARE(add->nameEdit()->text(), s("The Bot"));
    QCOMPARE(add->jid().full(), s("bot@localhost"));
    QVERIFY(add->groupBox()->findText(s("Friends")) >= 0);
    QVERIFY(add->grab().save(test::outputDir() + s("/services-add-contact.png")));
    add->reject();
    browser->close();
}

void TestXmppUriActions::messagePrefillsAndSendsNothing()
{
    QTemporaryDir dir;
    LinkAccount account("alice@localhost", dir.path());
    FakeServer server;
    QList<Element> sent;
    auto w = loggedIn(server, account, &sent);
    QVERIFY2(w, qPrintable(server.failures().join(u'\n')));
    XmppUriHandler *links = w->desktopActions()->links();

    // Opening a chat changes nothing: no question, the chat opens with the text in the composer.
    QVERIFY(links->open(s("xmpp:bob@localhost?message;body=%C2%A1Hola%20Bob!")));
    QVERIFY(!links->pendingDialog());
    ChatTab *tab = w->chats()->tab(s("alice@localhost"), s("bob@localhost"));
    QVERIFY(tab);
    QCOMPARE(tab->composer()->text(), s("¡Hola Bob!"));
    QTest::qWait(300);
    QVERIFY2(sent.isEmpty(), sent.value(0).toXml().constData());

    // A second link does not overwrite what the person is writing.
    tab->composer()->setText(s("my own words"));
    QVERIFY(links->open(s("xmpp:bob@localhost?message;body=other")));
    QCOMPARE(tab->composer()->text(), s("my own words"));
}

void TestXmppUriActions::severalAccountsLetThePersonChoose()
{
    QTemporaryDir dir;
    LinkAccount alice("alice@localhost", dir.path());
    LinkAccount bob("bob@example.org", dir.path());
    auto w = makeWindow(dir.path(), alice);
    w->addRoster(bob.jid, bob.roster, bob.presence);
    XmppUriHandler *links = w->desktopActions()->links();
    QSignalSpy acted(links, &XmppUriHandler::acted);

    // Even opening a chat asks which account, with the accounts to pick from.
    QVERIFY(links->open(s("xmpp:carol@localhost?message;body=hi")));
    XmppUriDialog *dialog = links->pendingDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->accountBox()->isVisible());
    QCOMPARE(dialog->accountBox()->count(), 2);
    dialog->accountBox()->setCurrentIndex(1);
    QVERIFY(dialog->summaryText().contains(s("bob@example.org")));
    QVERIFY(dialog->grab().save(test::outputDir() + s("/xmppuri-choose-account.png")));
    dialog->acceptButton()->click();
    QCOMPARE(acted.count(), 1);
    QCOMPARE(acted.at(0).at(0).toString(), s("chat"));
    QCOMPARE(acted.at(0).at(1).toString(), s("bob@example.org"));
    QVERIFY(w->chats()->tab(s("bob@example.org"), s("carol@localhost")));
    QVERIFY(!w->chats()->tab(s("alice@localhost"), s("carol@localhost")));

    // A link naming one of the accounts (RFC 5122 authority) needs no choice.
    QVERIFY(links->open(s("xmpp://alice@localhost/dave@localhost?message")));
    QVERIFY(!links->pendingDialog());
    QVERIFY(w->chats()->tab(s("alice@localhost"), s("dave@localhost")));

    // Clicked in a chat of bob@example.org: that account acts, no question for a chat.
    QVERIFY(links->open(s("xmpp:erin@localhost?message"), s("bob@example.org")));
    QVERIFY(!links->pendingDialog());
    QVERIFY(w->chats()->tab(s("bob@example.org"), s("erin@localhost")));
    QVERIFY(!w->chats()->tab(s("alice@localhost"), s("erin@localhost")));
    // An action from there still asks, with that account chosen.
    QVERIFY(links->open(s("xmpp:erin@localhost?subscribe"), s("bob@example.org")));
    QVERIFY(links->pendingDialog());
    QCOMPARE(links->pendingDialog()->account(), s("bob@example.org"));
    links->pendingDialog()->reject();
}

void TestXmppUriActions::linkNamingAnUnknownAccountIsRefused()
{
    QTemporaryDir dir;
    LinkAccount alice("alice@localhost", dir.path());
    auto w = makeWindow(dir.path(), alice);
    XmppUriHandler *links = w->desktopActions()->links();
    QSignalSpy refused(links, &XmppUriHandler::refused);
    QVERIFY(!links->open(s("xmpp://mallory@evil.example/bob@localhost?remove")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(s("mallory@evil.example")));
    QVERIFY(!links->pendingDialog());
}

void TestXmppUriActions::registerOpensTheWizardOnTheServer()
{
    QTemporaryDir dir;
    LinkAccount alice("alice@localhost", dir.path());
    auto w = makeWindow(dir.path(), alice);
    QVERIFY(w->desktopActions()->links()->open(s("xmpp:example.net?register")));
    auto *wizard = w->findChild<AccountWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPage));
    QCOMPARE(wizard->serverField()->text(), s("example.net"));
    // Only filled in: nothing is asked of the server before the person goes on.
    QVERIFY(!wizard->isBusy());
    wizard->close();
}

void TestXmppUriActions::garbageIsRefusedWithAReason()
{
    QTemporaryDir dir;
    LinkAccount alice("alice@localhost", dir.path());
    auto w = makeWindow(dir.path(), alice);
    XmppUriHandler *links = w->desktopActions()->links();
    QSignalSpy refused(links, &XmppUriHandler::refused);
    QVERIFY(!links->open(s("xmpp:@@?join")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.at(0).at(0).toString().isEmpty());
}

QTEST_MAIN(TestXmppUriActions)
#include "tst_xmppuriactions.moc"
