// Session negotiation against scripted servers: every path of RFC 6120 negotiation Charla takes,
// and the hostile inputs it must refuse. Each dialogue runs with the server's bytes in one piece
// and again cut into 1-byte pieces, with the same outcome.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::addChunkRows;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

namespace {
const QString kStartTls = QStringLiteral(
    "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>");
const QString kPlainOnly = LoginScript::plainMechanisms();
// \0alice\0secret
const QString kPlainAuth = QStringLiteral(
    "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>");
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void startTlsPlainBind_data();
    void startTlsPlainBind();
    void directTls_data();
    void directTls();
    void noStartTlsMeansNoCredentials_data();
    void noStartTlsMeansNoCredentials();
    void plaintextAfterProceedIsDiscarded_data();
    void plaintextAfterProceedIsDiscarded();
    void certificateForSrvTargetOnlyIsRejected();
    void untrustedCertificateIsReportedThenPinned();
    void changedPinnedCertificateIsHardFailure();
    void hostileXml_data();
    void hostileXml();
    void wrongPassword_data();
    void wrongPassword();
    void downgradeIsRefused();
    void handledCountTooHigh_data();
    void handledCountTooHigh();
    void conflictDoesNotReconnect();
    void unhandledIqGetsServiceUnavailable();
    void iqResultFromWrongSenderIsIgnored();

private:
    SessionConfig config(const QString &caFile = QString()) const;
    void scriptToAuth(FakeServer &server, const QString &mechanisms = kPlainOnly);
    void scriptBind(FakeServer &server, bool sm = true);
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
    TestCa::Leaf m_selfSigned;
    TestCa::Leaf m_otherName;
};

void TestSession::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
    m_selfSigned = m_ca->selfSigned({QStringLiteral("localhost")});
    QVERIFY(!m_selfSigned.certFile.isEmpty());
    // Valid for the SRV target's name, not for the JID's domain.
    m_otherName = m_ca->issue({QStringLiteral("xmpp.hosting.example")});
    QVERIFY(!m_otherName.certFile.isEmpty());
}

void TestSession::init() {}

SessionConfig TestSession::config(const QString &) const
{
    SessionConfig c;
    c.jid = QStringLiteral("alice@localhost");
    c.password = QStringLiteral("secret");
    c.resource = QStringLiteral("charla");
    c.host = QStringLiteral("127.0.0.1");
    c.caCertificates = {m_ca->caCertificate()};
    c.negotiationTimeoutMs = 10000;
    return c;
}


void TestSession::scriptToAuth(FakeServer &server, const QString &mechanisms)
{
    LoginScript::addToSasl(server, mechanisms);
}

void TestSession::scriptBind(FakeServer &server, bool sm)
{
    LoginScript{QString(), sm}.addAfterAuth(server);
}

void TestSession::startTlsPlainBind_data()
{
    addChunkRows();
}

void TestSession::startTlsPlainBind()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server);
    server.send(QStringLiteral("<message from='bob@localhost/x' to='alice@localhost/charla' "
                               "id='m1' type='chat'><body>hola</body></message>"));
    QVERIFY(server.listen());

    Session session;
    SessionConfig c = config();
    c.port = server.port();
    session.setConfig(c);
    QSignalSpy established(&session, &Session::established);
    QSignalSpy stanzas(&session, &Session::stanzaReceived);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(stanzas.size(), 1, 10000);
    QCOMPARE(established.size(), 1);
    QCOMPARE(established.first().first().toBool(), false);
    QVERIFY(errors.isEmpty());
    QCOMPARE(session.boundJid(), QStringLiteral("alice@localhost/charla"));
    QCOMPARE(session.saslMechanism(), QStringLiteral("PLAIN"));
    QVERIFY(session.streamManagementEnabled());
    QVERIFY(session.tlsProtocol().startsWith(QStringLiteral("TLSv1.")));
    const auto msg = stanzas.first().first().value<Element>();
    QCOMPARE(msg.childText(QStringLiteral("body")), QStringLiteral("hola"));
}

void TestSession::directTls_data()
{
    addChunkRows();
}

void TestSession::directTls()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    server.startTls()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kPlainOnly)
        .expect(kPlainAuth)
        .send(QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    scriptBind(server, false);
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    c.directTls = true;
    session.setConfig(c);
    QSignalSpy established(&session, &Session::established);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    QVERIFY(!session.streamManagementEnabled());
}

void TestSession::noStartTlsMeansNoCredentials_data()
{
    addChunkRows();
}

void TestSession::noStartTlsMeansNoCredentials()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kPlainOnly)
        .expectDisconnect();
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Tls);
    QCOMPARE(error.condition, QStringLiteral("encryption-unavailable"));
    for (const Element &e : server.received())
        QVERIFY2(e.name() != QLatin1String("auth"), "credentials sent without TLS");
}

void TestSession::plaintextAfterProceedIsDiscarded_data()
{
    addChunkRows();
}

void TestSession::plaintextAfterProceedIsDiscarded()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    // A man in the middle appends a forged stanza to <proceed/> in the same plaintext segment.
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kStartTls)
        .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .sendRaw("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                 "<message from='evil@localhost' id='forged'><body>injected</body></message>")
        .startTls()
        .restartStream()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kPlainOnly)
        .expect(kPlainAuth)
        .send(QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    scriptBind(server);
    server.send(QStringLiteral("<message from='bob@localhost/x' id='real'><body>ok</body></message>"));
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    session.setConfig(c);
    QSignalSpy stanzas(&session, &Session::stanzaReceived);
    QSignalSpy traffic(&session, &Session::xmlTraffic);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(stanzas.size(), 1, 10000);
    QCOMPARE(stanzas.first().first().value<Element>().attribute(QStringLiteral("id")),
             QStringLiteral("real"));
    for (const auto &t : traffic)
        QVERIFY2(!t.at(1).toByteArray().contains("injected"), "plaintext after proceed parsed");
}

void TestSession::certificateForSrvTargetOnlyIsRejected()
{
    FakeServer server;
    server.setCertificate(m_otherName);
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kStartTls)
        .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .startTlsExpectingRejection();
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    // The manual host stands for an SRV target; the JID's domain is what must be certified.
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy untrusted(&session, &Session::certificateUntrusted);
    session.connectToServer();
    server.waitForScript(10000);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Tls);
    QCOMPARE(error.condition, QStringLiteral("certificate-invalid"));
    QVERIFY(untrusted.isEmpty()); // a wrong name is not something to "trust anyway"
    for (const Element &e : server.received())
        QVERIFY(e.name() != QLatin1String("auth"));
}

void TestSession::untrustedCertificateIsReportedThenPinned()
{
    QString pin;
    {
        FakeServer server;
        server.setCertificate(m_selfSigned);
        scriptToAuth(server);
        server.expectDisconnect();
        // The server's script cannot complete past TLS: the client refuses the certificate.
        QVERIFY(server.listen());
        Session session;
        SessionConfig c = config();
        c.port = server.port();
        session.setConfig(c);
        QSignalSpy untrusted(&session, &Session::certificateUntrusted);
        QSignalSpy errors(&session, &Session::errorOccurred);
        session.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(untrusted.size(), 1, 10000);
        pin = untrusted.first().at(1).toString();
        QCOMPARE(pin, Session::fingerprint(m_selfSigned.certificate));
        QCOMPARE(errors.first().first().value<Error>().condition,
                 QStringLiteral("certificate-untrusted"));
        QVERIFY(errors.first().first().value<Error>().text.contains(pin));
    }
    // The person trusted it: the same certificate now logs in.
    FakeServer server;
    server.setCertificate(m_selfSigned);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server);
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    c.pinnedCertificate = pin;
    session.setConfig(c);
    QSignalSpy established(&session, &Session::established);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
}

void TestSession::changedPinnedCertificateIsHardFailure()
{
    FakeServer server;
    server.setCertificate(m_selfSigned);
    scriptToAuth(server);
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    c.pinnedCertificate = QString(64, QLatin1Char('a')); // some other certificate
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy untrusted(&session, &Session::certificateUntrusted);
    session.connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().condition, QStringLiteral("certificate-changed"));
    QVERIFY(untrusted.isEmpty()); // not offered for trust again
    for (const Element &e : server.received())
        QVERIFY(e.name() != QLatin1String("auth"));
}

void TestSession::hostileXml_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("chunk");
    const QList<QPair<const char *, QByteArray>> cases = {
        {"doctype", "<!DOCTYPE foo [<!ENTITY a 'b'>]><message/>"},
        {"billion-laughs",
         "<!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;'>"
         "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;'>]><message><body>&lol3;</body></message>"},
        {"comment", "<!-- hello --><message/>"},
        {"processing-instruction", "<?evil data?><message/>"},
        {"custom-entity", "<message><body>&custom;</body></message>"},
    };
    for (const auto &c : cases) {
        QTest::addRow("%s/one-piece", c.first)
            << c.second << QStringLiteral("restricted-xml") << 0;
        QTest::addRow("%s/1-byte", c.first)
            << c.second << QStringLiteral("restricted-xml") << 1;
    }
    QTest::newRow("invalid-utf8") << QByteArray("<message><body>\xC3\x28</body></message>")
                                  << QStringLiteral("not-well-formed") << 0;
}

void TestSession::hostileXml()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, condition);
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server);
    server.sendRaw(payload);
    server.expect(QStringLiteral("<stream:error><%1 xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                                 "</stream:error>")
                      .arg(condition));
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy stanzas(&session, &Session::stanzaReceived);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().condition, condition);
    QVERIFY(stanzas.isEmpty());
    QCOMPARE(session.state(), Session::State::Disconnected);
}

void TestSession::wrongPassword_data()
{
    addChunkRows();
}

void TestSession::wrongPassword()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    server.expect(kPlainAuth).send(QStringLiteral(
        "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>"));
    QVERIFY(server.listen());
    Client client;
    SessionConfig c = config();
    c.port = server.port();
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    client.connectToServer(c);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Auth);
    QCOMPARE(error.text, QStringLiteral("Wrong password for alice@localhost."));
    QTest::qWait(100);
    QVERIFY(reconnecting.isEmpty()); // a wrong password is not retried
}

void TestSession::downgradeIsRefused()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    server.expectDisconnect();
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    c.minimumMechanism = QStringLiteral("SCRAM-SHA-256");
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Auth);
    QVERIFY2(error.text.contains(QStringLiteral("SCRAM-SHA-256")), qPrintable(error.text));
    for (const Element &e : server.received())
        QVERIFY(e.name() != QLatin1String("auth"));
}

void TestSession::handledCountTooHigh_data()
{
    addChunkRows();
}

void TestSession::handledCountTooHigh()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server);
    server.expect(QStringLiteral("<message to='bob@localhost' id='one' type='chat'><body>1</body>"
                                 "</message>"))
        .expect(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='5'/>"))
        .expectMatching(QStringLiteral("stream error handled-count-too-high"),
                        [](const Element &e, QString *why) {
                            const bool ok = e.name() == QLatin1String("error") &&
                                            e.hasChild(QStringLiteral("handled-count-too-high"),
                                                       QStringLiteral("urn:xmpp:sm:3"));
                            if (!ok)
                                *why = QString::fromUtf8(e.toXml());
                            return ok;
                        });
    QVERIFY(server.listen());
    Session session;
    SessionConfig c = config();
    c.port = server.port();
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    connect(&session, &Session::established, &session, [&] {
        Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
        m.setAttribute(QStringLiteral("to"), QStringLiteral("bob@localhost"));
        m.setAttribute(QStringLiteral("id"), QStringLiteral("one"));
        m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        m.addChild(QStringLiteral("body"), QStringLiteral("jabber:client")).setText(QStringLiteral("1"));
        session.send(m);
    });
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().condition,
             QStringLiteral("handled-count-too-high"));
}

void TestSession::conflictDoesNotReconnect()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server);
    server.send(QStringLiteral("<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                               "</stream:error>"))
        .closeStream();
    QVERIFY(server.listen());
    Client client;
    client.setReconnectBase(10);
    SessionConfig c = config();
    c.port = server.port();
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    client.connectToServer(c);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().condition, QStringLiteral("conflict"));
    QTest::qWait(300);
    QVERIFY(reconnecting.isEmpty());
    QCOMPARE(server.rejectedConnections(), 0);
}

void TestSession::unhandledIqGetsServiceUnavailable()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server, false);
    server.send(QStringLiteral("<iq type='get' id='q1' from='bob@localhost/x'><query "
                               "xmlns='urn:example:unknown'/></iq>"))
        .expect(QStringLiteral("<iq type='error' id='q1' to='bob@localhost/x'><error "
                               "type='cancel'><service-unavailable "
                               "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QVERIFY(server.listen());
    Client client;
    SessionConfig c = config();
    c.port = server.port();
    client.connectToServer(c);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
}

void TestSession::iqResultFromWrongSenderIsIgnored()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToAuth(server);
    LoginScript::addPlainAuth(server);
    scriptBind(server, false);
    server.expect(QStringLiteral("<iq type='get' id='$q' to='bob@localhost/x'><ping "
                                 "xmlns='urn:xmpp:ping'/></iq>"))
        // Same id, wrong sender: a spoof that must not complete the request.
        .send(QStringLiteral("<iq type='result' id='$q' from='mallory@localhost/x'/>"))
        .send(QStringLiteral("<iq type='result' id='$q' from='alice@localhost'/>"))
        .send(QStringLiteral("<iq type='result' id='$q' from='bob@localhost/x'/>"));
    QVERIFY(server.listen());
    Client client;
    SessionConfig c = config();
    c.port = server.port();
    QList<IqResult> answers;
    connect(&client, &Client::connected, &client, [&] {
        Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttribute(QStringLiteral("to"), QStringLiteral("bob@localhost/x"));
        iq.addChild(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping"));
        client.sendIq(iq, &client, [&](const IqResult &r) { answers.append(r); });
    });
    client.connectToServer(c);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10000);
    QVERIFY(answers.first().ok());
    QCOMPARE(answers.first().iq.attribute(QStringLiteral("from")), QStringLiteral("bob@localhost/x"));
    QTest::qWait(50);
    QCOMPARE(answers.size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
