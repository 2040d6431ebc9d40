// XEP-0198 resumption across a dropped connection, with two FakeServers in sequence: the first
// one enables stream management and dies; the Client reconnects to the second, which resumes the
// stream (or refuses to). Each dialogue runs with the server's bytes in one piece and again cut
// into 1-byte pieces, with the same outcome.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <utility>

using namespace charla;
using charla::test::addChunkRows;
using charla::test::firstErrorText;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

namespace {
const QString kClientNs = QStringLiteral("jabber:client");
const QString kBindCharla =
    QStringLiteral("<iq type='set' id='$bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                   "<resource>charla</resource></bind></iq>");
const QString kBoundCharla =
    QStringLiteral("<iq type='result' id='$bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                   "<jid>alice@localhost/charla</jid></bind></iq>");
const QString kEnable = QStringLiteral("<enable xmlns='urn:xmpp:sm:3' resume='true'/>");
const QString kR = QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>");



/// A chat message to Bob as the client sends it; the server expects exactly this.
QString messageXml(const QString &id, const QString &body, const QString &extra = QString())
{
    return QStringLiteral("<message to='bob@localhost' id='%1' type='chat'><body>%2</body>%3"
                          "</message>")
        .arg(id, body, extra);
}

Element message(const QString &id, const QString &body)
{
    return Element::fromXml(messageXml(id, body).replace(
        QStringLiteral("<message "), QStringLiteral("<message xmlns='jabber:client' ")));
}

QStringList acknowledgedIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy)
        ids << args.first().toString();
    return ids;
}
} // namespace

class TestSessionResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void resumeResendsOnlyUnacked_data();
    void resumeResendsOnlyUnacked();
    void failedResumeRebindsAndResendsMessages_data();
    void failedResumeRebindsAndResendsMessages();

private:
    SessionConfig config(quint16 port) const;
    /// STARTTLS, PLAIN, success, and the features after SASL with bind and sm.
    void scriptToBind(FakeServer &server);
    /// The first server: SM enabled as 'X', two messages to the client, then the client's
    /// stanzas (@p clientStanzas), its <r/>, an ack of the first one only, and a dead link.
    void scriptFirstServer(FakeServer &server, const QStringList &clientStanzas);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestSessionResume::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

SessionConfig TestSessionResume::config(quint16 port) const
{
    return charla::test::fakeServerConfig(*m_ca, port);
}

void TestSessionResume::scriptToBind(FakeServer &server)
{
    server.setCertificate(m_leaf);
    LoginScript::addToSasl(server);
    LoginScript::addPlainAuth(server);
    LoginScript::addNewStream(server, LoginScript{QString(), true}.postAuthFeatures());
}

void TestSessionResume::scriptFirstServer(FakeServer &server, const QStringList &clientStanzas)
{
    scriptToBind(server);
    server.expect(kBindCharla)
        .send(kBoundCharla)
        .expect(kEnable)
        .send(QStringLiteral("<enabled xmlns='urn:xmpp:sm:3' id='X' resume='true'/>"))
        // Two stanzas the client handles: its h is 2 from now on.
        .send(QStringLiteral("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                             "id='in1' type='chat'><body>hi</body></message>"))
        .send(QStringLiteral("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                             "id='in2' type='chat'><body>there?</body></message>"));
    for (const QString &xml : clientStanzas)
        server.expect(xml);
    // XEP-0198 4: the client asks for an ack of what it sent; only the first is acknowledged
    // before the link dies. The server's own <r/> makes sure the client read everything before.
    server.expect(kR)
        .send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='1'/>"))
        .send(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .expect(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='2'/>"))
        .closeAbruptly();
}

void TestSessionResume::resumeResendsOnlyUnacked_data()
{
    addChunkRows();
}

void TestSessionResume::resumeResendsOnlyUnacked()
{
    QFETCH(int, chunk);
    FakeServer first;
    first.setChunkSize(chunk);
    scriptFirstServer(first, {messageXml(QStringLiteral("m1"), QStringLiteral("one")),
                              messageXml(QStringLiteral("m2"), QStringLiteral("two")),
                              messageXml(QStringLiteral("m3"), QStringLiteral("three"))});
    QVERIFY(first.listen());

    FakeServer second;
    second.setChunkSize(chunk);
    scriptToBind(second);
    // XEP-0198 5: h is what the client handled (the two messages), previd the id of 'enabled'.
    second
        .expect(QStringLiteral("<resume xmlns='urn:xmpp:sm:3' h='2' previd='X'/>"))
        // The server got m1 and m2 before the link died, but could ack only m1 in time.
        .send(QStringLiteral("<resumed xmlns='urn:xmpp:sm:3' h='2' previd='X'/>"))
        // Exactly m3 again, unchanged: it belongs to the same, resumed stream.
        .expect(messageXml(QStringLiteral("m3"), QStringLiteral("three")))
        .expect(kR)
        .send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='3'/>"));
    QVERIFY(second.listen());

    Client client;
    client.setReconnectBase(10);
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy acknowledged(client.session(), &Session::messageAcknowledged);
    QSignalSpy received(client.session(), &Session::stanzaReceived);
    bool sent = false;
    connect(&client, &Client::connected, &client, [&] {
        if (std::exchange(sent, true))
            return;
        client.send(message(QStringLiteral("m1"), QStringLiteral("one")));
        client.send(message(QStringLiteral("m2"), QStringLiteral("two")));
        client.send(message(QStringLiteral("m3"), QStringLiteral("three")));
    });
    connect(&client, &Client::reconnecting, &client,
            [&] { client.session()->setConfig(config(second.port())); });
    client.connectToServer(config(first.port()));

    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QCOMPARE(received.size(), 2);
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    while (acknowledged.size() < 3 && acknowledged.wait(5000)) {
    }
    QCOMPARE(acknowledgedIds(acknowledged),
             QStringList({QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")}));
    QCOMPARE(connected.size(), 2);
    QCOMPARE(connected.at(0).first().toBool(), false);
    QCOMPARE(connected.at(1).first().toBool(), true); // resumed: no new bind, nothing lost
    QCOMPARE(errors.size(), 1);                       // the lost connection, nothing else
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Socket);
    QVERIFY(client.session()->streamManagementEnabled());
    QCOMPARE(client.jid().full(), QStringLiteral("alice@localhost/charla"));
    QCOMPARE(received.size(), 2); // nothing delivered twice
    QCOMPARE(first.rejectedConnections(), 0);
}

void TestSessionResume::failedResumeRebindsAndResendsMessages_data()
{
    addChunkRows();
}

void TestSessionResume::failedResumeRebindsAndResendsMessages()
{
    QFETCH(int, chunk);
    const QString presenceXml = QStringLiteral("<presence><show>away</show></presence>");
    const QString pingXml = QStringLiteral(
        "<iq type='get' id='ping1' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>");
    FakeServer first;
    first.setChunkSize(chunk);
    scriptFirstServer(first, {messageXml(QStringLiteral("m1"), QStringLiteral("one")), presenceXml,
                              messageXml(QStringLiteral("m2"), QStringLiteral("two")), pingXml,
                              messageXml(QStringLiteral("m3"), QStringLiteral("three"))});
    QVERIFY(first.listen());

    // XEP-0198 4 (unacknowledged stanzas): a client SHOULD resend them on a new session, with
    // XEP-0203 <delay/> carrying the original send time, so the peer shows when it was written.
    const QString delay =
        QStringLiteral("<delay xmlns='urn:xmpp:delay' stamp='*' from='alice@localhost'/>");
    FakeServer second;
    second.setChunkSize(chunk);
    scriptToBind(second);
    second.expect(QStringLiteral("<resume xmlns='urn:xmpp:sm:3' h='2' previd='X'/>"))
        .send(QStringLiteral("<failed xmlns='urn:xmpp:sm:3'><item-not-found "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>"))
        .expect(kBindCharla)
        .send(kBoundCharla)
        .expect(kEnable)
        .send(QStringLiteral("<enabled xmlns='urn:xmpp:sm:3' id='Y' resume='true'/>"))
        // In their original order and with their original ids (so receipts and corrections
        // still refer to them); the presence and the IQ are not replayed: presence is sent
        // afresh by its feature and the IQ's answer is gone with the old session.
        .expect(messageXml(QStringLiteral("m2"), QStringLiteral("two"), delay))
        .expect(messageXml(QStringLiteral("m3"), QStringLiteral("three"), delay))
        // Written while offline: after the older ones, and never sent before, so no <delay/>.
        .expect(messageXml(QStringLiteral("m4"), QStringLiteral("four")))
        .expect(kR)
        .send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='3'/>"));
    QVERIFY(second.listen());

    Client client;
    client.setReconnectBase(10);
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy acknowledged(client.session(), &Session::messageAcknowledged);
    QDateTime sentAt;
    bool sent = false;
    connect(&client, &Client::connected, &client, [&] {
        if (std::exchange(sent, true))
            return;
        sentAt = QDateTime::currentDateTimeUtc();
        client.send(message(QStringLiteral("m1"), QStringLiteral("one")));
        client.send(Element::fromXml(QStringLiteral("<presence xmlns='jabber:client'><show>away"
                                                    "</show></presence>")));
        client.send(message(QStringLiteral("m2"), QStringLiteral("two")));
        client.send(Element::fromXml(
            QStringLiteral("<iq xmlns='jabber:client' type='get' id='ping1' to='localhost'><ping "
                           "xmlns='urn:xmpp:ping'/></iq>")));
        client.send(message(QStringLiteral("m3"), QStringLiteral("three")));
    });
    connect(&client, &Client::reconnecting, &client, [&] {
        client.session()->setConfig(config(second.port()));
        client.send(message(QStringLiteral("m4"), QStringLiteral("four")));
    });
    client.connectToServer(config(first.port()));

    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    const QDateTime droppedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    while (acknowledged.size() < 4 && acknowledged.wait(5000)) {
    }
    QCOMPARE(acknowledgedIds(acknowledged),
             QStringList({QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"),
                          QStringLiteral("m4")}));
    QCOMPARE(connected.size(), 2);
    QCOMPARE(connected.at(1).first().toBool(), false); // a new session, not a resumed one
    QVERIFY2(errors.size() == 1, qPrintable(firstErrorText(errors)));
    QVERIFY(client.session()->streamManagementEnabled());
    // The stamps say when the messages were first sent, not when they were sent again.
    const QList<Element> again = second.received();
    int stamped = 0;
    for (const Element &e : again) {
        if (e.name() != QLatin1String("message") ||
            e.attribute(QStringLiteral("id")) == QLatin1String("m4"))
            continue;
        const QString stamp =
            e.firstChild(QStringLiteral("delay"), QStringLiteral("urn:xmpp:delay"))
                .attribute(QStringLiteral("stamp"));
        const QDateTime when = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        QVERIFY2(when.isValid() && stamp.endsWith(QLatin1Char('Z')), qPrintable(stamp));
        QVERIFY2(when >= sentAt.addMSecs(-1) && when <= droppedAt, qPrintable(stamp));
        ++stamped;
    }
    QCOMPARE(stamped, 2);
}

QTEST_GUILESS_MAIN(TestSessionResume)
#include "tst_sessionresume.moc"
