// The privacy switches of the Settings dialog, on the wire: with typing notifications, read
// markers and idle time off, the server receives no XEP-0085 state (not even <active/> on a
// message), no XEP-0333 displayed marker and no XEP-0319 <idle/>; with them on (the control
// run of the same script) it receives each of them. Anything unexpected fails the script.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/MessageFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using namespace charla::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kStates = s("http://jabber.org/protocol/chatstates");

// Everything the client sent before the barrier's error came back has been checked.
void barrier(FakeServer &server, const QString &id)
{
    server
        .send(s("<iq type='get' id='%1' from='localhost'><query xmlns='urn:example:barrier'/>"
                "</iq>")
                  .arg(id))
        .expect(s("<iq type='error' id='%1' to='localhost'><error type='cancel'>"
                  "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                  "</error></iq>")
                    .arg(id));
}

bool hasChild(const Element &e, const QString &ns)
{
    for (const Element &c : e.children()) {
        if (c.ns() == ns)
            return true;
    }
    return false;
}

} // namespace

class TestPrivacySwitches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chatStatesAndMarkers_data();
    void chatStatesAndMarkers();
    void idleTime_data();
    void idleTime();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestPrivacySwitches::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({s("localhost")});
}

void TestPrivacySwitches::chatStatesAndMarkers_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("switched off") << false;
    QTest::newRow("switched on (control)") << true;
}

void TestPrivacySwitches::chatStatesAndMarkers()
{
    QFETCH(bool, on);
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server
        .expect(s("<iq type='get' to='alice@localhost' id='$disco'>"
                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(s("<iq type='result' id='$disco' from='alice@localhost'>"
                "<query xmlns='http://jabber.org/protocol/disco#info'>"
                "<identity category='account' type='registered'/></query></iq>"))
        .expect(s("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(s("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>"
                "<item jid='bob@localhost' subscription='both'/></query></iq>"))
        // bob types, then writes a markable message: he understands states and markers.
        .send(s("<message from='bob@localhost/phone' to='alice@localhost/charla' type='chat' "
                "id='in-1'><body>hi</body><active xmlns='%1'/>"
                "<markable xmlns='urn:xmpp:chat-markers:0'/></message>")
                  .arg(kStates));
    barrier(server, s("b1"));
    QVERIFY(server.listen());

    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.openFile(dir.filePath(s("alice.sqlite"))));
    HistoryStore store(&db);
    Client client;
    auto *messages = new MessageFeature(&store);
    client.addFeature(messages);
    client.addFeature(new RosterFeature);
    messages->setSendsChatStates(on);
    messages->setSendsDisplayedMarkers(on);
    QSignalSpy received(messages, &MessageFeature::messageReceived);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(received.count() == 1 || received.wait(5000));
    const qint64 incoming = received.at(0).at(0).value<ChatMessage>().id;

    const Jid bob = Jid::parse(s("bob@localhost"));
    if (on) {
        server
            .expect(s("<message to='bob@localhost' type='chat' id='*'><composing xmlns='%1'/>"
                      "<no-store xmlns='urn:xmpp:hints'/></message>")
                        .arg(kStates))
            .expect(s("<message to='bob@localhost' type='chat' id='*'>"
                      "<displayed xmlns='urn:xmpp:chat-markers:0' id='in-1'/>"
                      "<store xmlns='urn:xmpp:hints'/></message>"));
    }
    server.expectMatching(
        s("the message, with <active/> only when on"), [on](const Element &e, QString *why) {
            *why = QString::fromUtf8(e.toXml());
            return e.name() == QLatin1String("message") &&
                   e.childText(s("body")) == QLatin1String("one") && hasChild(e, kStates) == on;
        });
    barrier(server, s("b2"));
    messages->setChatState(bob, MessageFeature::ChatState::Composing);
    messages->markDisplayed(incoming);
    messages->send(bob, s("one"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    // Read here all the same: only the sender is not told.
    QCOMPARE(store.message(incoming)->state, ChatMessage::State::Displayed);
}

void TestPrivacySwitches::idleTime_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("switched off") << false;
    QTest::newRow("switched on (control)") << true;
}

void TestPrivacySwitches::idleTime()
{
    QFETCH(bool, on);
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(s("<presence/>"));
    // Going away: the presence says so, and the idle time follows only when allowed.
    server.expectMatching(s("away presence"), [](const Element &e, QString *why) {
        *why = QString::fromUtf8(e.toXml());
        return e.name() == QLatin1String("presence") &&
               e.childText(s("show")) == QLatin1String("away") &&
               !hasChild(e, s("urn:xmpp:idle:1"));
    });
    if (on) {
        server.expectMatching(s("away presence with idle"), [](const Element &e, QString *why) {
            *why = QString::fromUtf8(e.toXml());
            return e.name() == QLatin1String("presence") &&
                   e.childText(s("show")) == QLatin1String("away") &&
                   hasChild(e, s("urn:xmpp:idle:1"));
        });
    }
    barrier(server, s("b1"));
    QVERIFY(server.listen());
    Client client;
    auto *presence = new PresenceFeature;
    client.addFeature(presence);
    presence->setSendsIdleTime(on);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QTRY_VERIFY(client.isConnected());
    QTest::qWait(100);
    presence->setPresence(Presence::Show::Away);
    presence->setIdleSince(QDateTime::currentDateTimeUtc().addSecs(-600));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    // Switching it on while idle tells at once; off again sends a presence without it.
    if (!on) {
        server.expectMatching(s("idle now allowed"), [](const Element &e, QString *why) {
            *why = QString::fromUtf8(e.toXml());
            return hasChild(e, s("urn:xmpp:idle:1"));
        });
        server.expectMatching(s("idle withdrawn"), [](const Element &e, QString *why) {
            *why = QString::fromUtf8(e.toXml());
            return e.name() == QLatin1String("presence") && !hasChild(e, s("urn:xmpp:idle:1"));
        });
        barrier(server, s("b2"));
        presence->setSendsIdleTime(true);
        presence->setSendsIdleTime(false);
        QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestPrivacySwitches)
#include "tst_privacyswitches.moc"
