// Resource binding and the rest of negotiation around it (RFC 6120 4.9, 5, 7; RFC 3921 3):
// a server-assigned resource, the legacy session, bind errors, a server that never answers
// STARTTLS, see-other-host and system-shutdown. Each dialogue runs with the server's bytes in one
// piece and again cut into 1-byte pieces, with the same outcome.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::addChunkColumn;
using charla::test::addChunkRows;
using charla::test::firstErrorText;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

namespace {
const QString kClientNs = QStringLiteral("jabber:client");
const QString kStartTls =
    QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>");
const QString kBind = QStringLiteral("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>");
const QString kBindCharla =
    QStringLiteral("<iq type='set' id='$bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                   "<resource>charla</resource></bind></iq>");
const QString kBoundCharla =
    QStringLiteral("<iq type='result' id='$bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                   "<jid>alice@localhost/charla</jid></bind></iq>");
const QString kMarker = QStringLiteral("<message to='bob@localhost' id='after-negotiation'/>");




/// Once established, the session sends kMarker: the server expecting it next proves that
/// nothing else (such as a session request) was sent in between.
void sendMarkerWhenEstablished(Session *session)
{
    QObject::connect(session, &Session::established, session, [session] {
        Element m(QStringLiteral("message"), kClientNs);
        m.setAttribute(QStringLiteral("to"), QStringLiteral("bob@localhost"));
        m.setAttribute(QStringLiteral("id"), QStringLiteral("after-negotiation"));
        session->send(m);
    });
}
} // namespace

class TestSessionBind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void serverAssignedResource_data();
    void serverAssignedResource();
    void legacySession_data();
    void legacySession();
    void bindError_data();
    void bindError();
    void proceedNeverComes_data();
    void proceedNeverComes();
    void seeOtherHost_data();
    void seeOtherHost();
    void systemShutdownReconnects_data();
    void systemShutdownReconnects();

private:
    SessionConfig config(quint16 port) const;
    /// Up to the features after SASL: STARTTLS, a new stream, PLAIN, success, a new stream.
    void scriptToBind(FakeServer &server, const QString &features);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
    TestCa::Leaf m_addressOnly;
};

void TestSessionBind::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
    // Valid for the address see-other-host names, not for the JID's domain.
    m_addressOnly = m_ca->issue({QStringLiteral("127.0.0.1")});
    QVERIFY(!m_addressOnly.certFile.isEmpty());
}

SessionConfig TestSessionBind::config(quint16 port) const
{
    return charla::test::fakeServerConfig(*m_ca, port);
}

// The stream errors below are not followed by </stream:stream>: the client may (rightly) drop the
// connection as soon as the error is complete, and a closing tag still on its way would make the
// server's script fail on a closed connection in the 1-byte replay.

void TestSessionBind::scriptToBind(FakeServer &server, const QString &features)
{
    server.setCertificate(m_leaf);
    LoginScript::addToSasl(server);
    LoginScript::addPlainAuth(server);
    LoginScript::addNewStream(server, features);
}

void TestSessionBind::serverAssignedResource_data()
{
    addChunkRows();
}

void TestSessionBind::serverAssignedResource()
{
    // RFC 6120 7.6: no resource asked for, an empty <bind/>; the server's choice is the JID.
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToBind(server, kBind);
    server
        .expect(QStringLiteral(
            "<iq type='set' id='$bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$bind'><bind "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>alice@localhost/"
                             "4db06f06-1ea4-11dc-aca3-000bcd821bfb</jid></bind></iq>"));
    QVERIFY(server.listen());

    Client client;
    SessionConfig c = config(server.port());
    c.resource.clear();
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    client.connectToServer(c);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(connected.size() == 1 || connected.wait(5000));
    QVERIFY2(errors.isEmpty(), qPrintable(firstErrorText(errors)));
    const QString bound = QStringLiteral("alice@localhost/4db06f06-1ea4-11dc-aca3-000bcd821bfb");
    QCOMPARE(client.session()->boundJid(), bound);
    QCOMPARE(client.jid().full(), bound);
}

void TestSessionBind::legacySession_data()
{
    QTest::addColumn<bool>("optional");
    addChunkColumn();
    QTest::newRow("required/one-piece") << false << 0;
    QTest::newRow("required/1-byte") << false << 1;
    QTest::newRow("optional/one-piece") << true << 0;
    QTest::newRow("optional/1-byte") << true << 1;
}

void TestSessionBind::legacySession()
{
    // RFC 3921 3 (kept for old servers by RFC 6121 and draft-cridland-xmpp-session): a session
    // request after binding where the server lists <session/>, unless it is <optional/>.
    QFETCH(bool, optional);
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToBind(server,
                 kBind + (optional ? QStringLiteral("<session xmlns='urn:ietf:params:xml:ns:"
                                                    "xmpp-session'><optional/></session>")
                                   : QStringLiteral("<session xmlns='urn:ietf:params:xml:ns:"
                                                    "xmpp-session'/>")));
    server.expect(kBindCharla).send(kBoundCharla);
    if (!optional)
        server
            .expect(QStringLiteral("<iq type='set' id='$session'><session "
                                   "xmlns='urn:ietf:params:xml:ns:xmpp-session'/></iq>"))
            .send(QStringLiteral("<iq type='result' id='$session'/>"));
    server.expect(kMarker);
    QVERIFY(server.listen());

    Session session;
    session.setConfig(config(server.port()));
    sendMarkerWhenEstablished(&session);
    QSignalSpy established(&session, &Session::established);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(established.size(), 1);
    QVERIFY2(errors.isEmpty(), qPrintable(firstErrorText(errors)));
    QCOMPARE(session.boundJid(), QStringLiteral("alice@localhost/charla"));
}

void TestSessionBind::bindError_data()
{
    addChunkRows();
}

void TestSessionBind::bindError()
{
    // RFC 6120 7.6.2: the server may refuse the resource; the session cannot go on without one.
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToBind(server, kBind);
    server.expect(kBindCharla)
        .send(QStringLiteral("<iq type='error' id='$bind'><error type='cancel'><not-allowed "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"))
        .expectDisconnect();
    QVERIFY(server.listen());

    Session session;
    session.setConfig(config(server.port()));
    QSignalSpy established(&session, &Session::established);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(errors.size() == 1 || errors.wait(5000));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Stanza);
    QCOMPARE(error.condition, QStringLiteral("not-allowed"));
    QVERIFY2(error.text.contains(QLatin1String("bind")), qPrintable(error.text));
    QVERIFY(established.isEmpty());
    QCOMPARE(session.state(), Session::State::Disconnected);
}

void TestSessionBind::proceedNeverComes_data()
{
    addChunkRows();
}

void TestSessionBind::proceedNeverComes()
{
    // A server (or a middlebox) that swallows <starttls/>: the negotiation timer gives up
    // instead of leaving the account "connecting" forever.
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kStartTls)
        .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .expectDisconnect();
    QVERIFY(server.listen());

    Session session;
    SessionConfig c = config(server.port());
    c.negotiationTimeoutMs = 500;
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QElapsedTimer clock;
    clock.start();
    session.connectToServer();
    QVERIFY(errors.wait(5000));
    const qint64 elapsed = clock.elapsed();
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Timeout);
    QVERIFY2(error.text.contains(QLatin1String("localhost")), qPrintable(error.text));
    // Not before its time (a coarse QTimer may fire about 5% early, so 10% is allowed), and
    // within the configured timeout plus a generous margin for a loaded machine.
    QVERIFY2(elapsed >= 450 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(session.state(), Session::State::Disconnected);
}

void TestSessionBind::seeOtherHost_data()
{
    QTest::addColumn<bool>("certificateForDomain");
    addChunkColumn();
    QTest::newRow("domain-certificate/one-piece") << true << 0;
    QTest::newRow("domain-certificate/1-byte") << true << 1;
    QTest::newRow("address-certificate/one-piece") << false << 0;
    QTest::newRow("address-certificate/1-byte") << false << 1;
}

void TestSessionBind::seeOtherHost()
{
    // RFC 6120 4.9.3.19: the server sends the client elsewhere. The new host is only a place to
    // connect to: its certificate must still be valid for the JID's domain (RFC 6120 13.7.2.1),
    // or anyone able to inject one stream error could take the session.
    QFETCH(bool, certificateForDomain);
    QFETCH(int, chunk);
    FakeServer second;
    second.setChunkSize(chunk);
    if (certificateForDomain) {
        scriptToBind(second, kBind);
        second.expect(kBindCharla).send(kBoundCharla);
    } else {
        second.setCertificate(m_addressOnly);
        second.expectStreamOpen(QStringLiteral("localhost"))
            .sendStreamOpen()
            .sendFeatures(kStartTls)
            .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
            .send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
            .startTlsExpectingRejection();
    }
    QVERIFY(second.listen());

    FakeServer first;
    first.setChunkSize(chunk);
    first.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .send(QStringLiteral("<stream:error><see-other-host "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>127.0.0.1:%1"
                             "</see-other-host></stream:error>")
                  .arg(second.port()))
        .expectDisconnect();
    QVERIFY(first.listen());

    Client client;
    client.setReconnectBase(10);
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    client.connectToServer(config(first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    QVERIFY(first.received().isEmpty()); // nothing, and surely no credentials, went to the first
    if (certificateForDomain) {
        QVERIFY(connected.size() == 1 || connected.wait(5000));
        QCOMPARE(client.jid().full(), QStringLiteral("alice@localhost/charla"));
        // Whatever was reported on the way was the redirection, nothing else.
        for (const QList<QVariant> &args : std::as_const(errors))
            QCOMPARE(args.first().value<Error>().condition, QStringLiteral("see-other-host"));
    } else {
        const auto lastKind = [&errors] {
            return errors.isEmpty() ? Error::None : errors.last().first().value<Error>().kind;
        };
        while (lastKind() != Error::Tls && errors.wait(5000)) {
        }
        QVERIFY(!errors.isEmpty());
        const auto error = errors.last().first().value<Error>();
        QCOMPARE(error.kind, Error::Tls);
        QCOMPARE(error.condition, QStringLiteral("certificate-invalid"));
        QVERIFY(connected.isEmpty());
        for (const Element &e : second.received())
            QVERIFY(e.name() != QLatin1String("auth"));
    }
    // The account's own settings are untouched: the redirection was for this connection.
    QCOMPARE(client.session()->config().port, first.port());
    QCOMPARE(first.rejectedConnections(), 0);
    QCOMPARE(second.rejectedConnections(), 0);
}

void TestSessionBind::systemShutdownReconnects_data()
{
    addChunkRows();
}

void TestSessionBind::systemShutdownReconnects()
{
    // RFC 6120 4.9.3.17: the server is going down; unlike conflict, coming back later is right.
    QFETCH(int, chunk);
    FakeServer first;
    first.setChunkSize(chunk);
    scriptToBind(first, kBind);
    first.expect(kBindCharla)
        .send(kBoundCharla)
        .send(QStringLiteral("<stream:error><system-shutdown "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-streams' xml:lang='en'>Upgrading "
                             "to 13.0, back in a minute</text></stream:error>"))
        .expectDisconnect();
    QVERIFY(first.listen());
    FakeServer second;
    second.setChunkSize(chunk);
    scriptToBind(second, kBind);
    second.expect(kBindCharla).send(kBoundCharla);
    QVERIFY(second.listen());

    Client client;
    client.setReconnectBase(10);
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    // The restarted server is elsewhere only because each FakeServer has its own port.
    connect(&client, &Client::reconnecting, &client,
            [&] { client.session()->setConfig(config(second.port())); });
    client.connectToServer(config(first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY(errors.size() == 1 || errors.wait(5000));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Stream);
    QCOMPARE(error.condition, QStringLiteral("system-shutdown"));
    QCOMPARE(error.text, QStringLiteral("The server localhost is shutting down. The server said: "
                                        "\"Upgrading to 13.0, back in a minute\""));
    QVERIFY(reconnecting.size() == 1 || reconnecting.wait(2000));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    QVERIFY(connected.size() == 2 || connected.wait(5000));
    QCOMPARE(connected.at(1).first().toBool(), false);
    QCOMPARE(first.rejectedConnections(), 0);
}

QTEST_GUILESS_MAIN(TestSessionBind)
#include "tst_sessionbind.moc"
