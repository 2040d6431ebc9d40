// SASL through the whole Session (RFC 6120 6): SCRAM-SHA-1/256/512 logins against a real
// server-side SCRAM, the choice of the strongest mechanism, a server that cannot prove it knows
// the password, and the failures a server reports. Each dialogue runs with the server's bytes in
// one piece and again cut into 1-byte pieces, with the same outcome.
#include "FakeServer.h"
#include "LoginScript.h"
#include "ScramServer.h"
#include "TestCa.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <tuple>

using namespace charla;
using charla::test::addChunkColumn;
using charla::test::addChunkRows;
using charla::test::firstErrorText;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::ScramServer;
using charla::test::TestCa;

namespace {
const QString kSaslNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
// \0alice\0secret
const QString kPlainAuth = QStringLiteral(
    "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>");

QString mechanisms(const QStringList &names)
{
    QString xml = QStringLiteral("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>");
    for (const QString &n : names)
        xml += QStringLiteral("<mechanism>") + n + QStringLiteral("</mechanism>");
    return xml + QStringLiteral("</mechanisms>");
}




/// How many stream headers the client sent: one per stream it opened.
int clientStreamHeaders(const FakeServer &server)
{
    int n = 0;
    for (const QString &line : server.transcript())
        if (line.startsWith(QLatin1String("C: <stream:stream")))
            ++n;
    return n;
}
} // namespace

class TestSessionAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void scramLogin_data();
    void scramLogin();
    void wrongServerSignature_data();
    void wrongServerSignature();
    void missingServerSignature_data();
    void missingServerSignature();
    void accountDisabledNamesAccountAndQuotesServer_data();
    void accountDisabledNamesAccountAndQuotesServer();
    void temporaryAuthFailureReconnects_data();
    void temporaryAuthFailureReconnects();

private:
    SessionConfig config(quint16 port) const;
    void scriptToAuth(FakeServer &server, const QString &mechanismsXml);
    /// The client's <auth/> and <response/> of a SCRAM exchange, answered by @p scram; the
    /// server-final message is left in the variable $serverFinal for the test to send.
    void scriptScram(FakeServer &server, const std::shared_ptr<ScramServer> &scram,
                     const QString &mechanism);
    void scriptBind(FakeServer &server);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestSessionAuth::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

SessionConfig TestSessionAuth::config(quint16 port) const
{
    return charla::test::fakeServerConfig(*m_ca, port);
}

void TestSessionAuth::scriptToAuth(FakeServer &server, const QString &mechanismsXml)
{
    server.setCertificate(m_leaf);
    LoginScript::addToSasl(server, mechanismsXml);
}

void TestSessionAuth::scriptScram(FakeServer &server, const std::shared_ptr<ScramServer> &scram,
                                  const QString &mechanism)
{
    FakeServer *s = &server;
    server
        .expectMatching(QStringLiteral("<auth mechanism='%1'> with client-first").arg(mechanism),
                        [s, scram, mechanism](const Element &e, QString *why) {
                            if (e.name() != QLatin1String("auth") || e.ns() != kSaslNs ||
                                e.attribute(QStringLiteral("mechanism")) != mechanism) {
                                *why = QStringLiteral("not an <auth/> for ") + mechanism;
                                return false;
                            }
                            const QByteArray first =
                                scram->serverFirst(QByteArray::fromBase64(e.text().toLatin1()));
                            if (first.isEmpty()) {
                                *why = scram->error();
                                return false;
                            }
                            s->setVariable(QStringLiteral("serverFirst"),
                                           QString::fromLatin1(first.toBase64()));
                            return true;
                        })
        .send(QStringLiteral(
            "<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>$serverFirst</challenge>"))
        .expectMatching(QStringLiteral("<response/> with the client's proof"),
                        [s, scram](const Element &e, QString *why) {
                            if (e.name() != QLatin1String("response") || e.ns() != kSaslNs) {
                                *why = QStringLiteral("not a SASL <response/>");
                                return false;
                            }
                            const QByteArray final =
                                scram->serverFinal(QByteArray::fromBase64(e.text().toLatin1()));
                            if (!scram->proofVerified()) {
                                *why = scram->error();
                                return false;
                            }
                            s->setVariable(QStringLiteral("serverFinal"),
                                           QString::fromLatin1(final.toBase64()));
                            return true;
                        });
}

void TestSessionAuth::scriptBind(FakeServer &server)
{
    LoginScript().addAfterAuth(server);
}

void TestSessionAuth::scramLogin_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("expected");
    addChunkColumn();
    const QString sha1 = QStringLiteral("SCRAM-SHA-1");
    const QString sha256 = QStringLiteral("SCRAM-SHA-256");
    const QString sha512 = QStringLiteral("SCRAM-SHA-512");
    const QString plain = QStringLiteral("PLAIN");
    const QList<std::tuple<const char *, QStringList, QString>> rows = {
        {"sha1", {sha1}, sha1},
        {"sha256", {sha256}, sha256},
        {"sha512", {sha512}, sha512},
        // RFC 6120 6.3.3: the client picks; Charla picks the strongest, whatever the order.
        {"all-three", {sha1, sha256, sha512}, sha512},
        {"plain-listed-first", {plain, sha1}, sha1},
        {"plain-and-all", {plain, sha256, sha1, sha512}, sha512},
    };
    for (const auto &[name, offered, expected] : rows) {
        QTest::addRow("%s/one-piece", name) << offered << expected << 0;
        QTest::addRow("%s/1-byte", name) << offered << expected << 1;
    }
}

void TestSessionAuth::scramLogin()
{
    QFETCH(QStringList, offered);
    QFETCH(QString, expected);
    QFETCH(int, chunk);
    QCryptographicHash::Algorithm algorithm;
    QVERIFY(ScramServer::algorithmFor(expected, &algorithm));
    auto scram =
        std::make_shared<ScramServer>(algorithm, QStringLiteral("alice"), QStringLiteral("secret"));
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToAuth(server, mechanisms(offered));
    scriptScram(server, scram, expected);
    server.send(
        QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>$serverFinal</success>"));
    scriptBind(server);
    QVERIFY(server.listen());

    Session session;
    session.setConfig(config(server.port()));
    QSignalSpy established(&session, &Session::established);
    QSignalSpy authenticated(&session, &Session::authenticated);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(established.size() == 1 || established.wait(5000));
    QVERIFY2(errors.isEmpty(), qPrintable(firstErrorText(errors)));
    QVERIFY(scram->proofVerified());
    QCOMPARE(session.saslMechanism(), expected);
    QCOMPARE(authenticated.size(), 1);
    QCOMPARE(authenticated.first().first().toString(), expected);
    QCOMPARE(session.boundJid(), QStringLiteral("alice@localhost/charla"));
}

void TestSessionAuth::wrongServerSignature_data()
{
    addChunkRows();
}

void TestSessionAuth::wrongServerSignature()
{
    // RFC 5802 9: a server that cannot produce ServerSignature does not know the password; it
    // may be an impostor that relayed the proof. The client stops before binding anything.
    QFETCH(int, chunk);
    auto scram = std::make_shared<ScramServer>(QCryptographicHash::Sha256, QStringLiteral("alice"),
                                               QStringLiteral("secret"));
    scram->setWrongServerSignature(true);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToAuth(server, mechanisms({QStringLiteral("SCRAM-SHA-256")}));
    scriptScram(server, scram, QStringLiteral("SCRAM-SHA-256"));
    server.send(
        QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>$serverFinal</success>"));
    server.expectDisconnect();
    QVERIFY(server.listen());

    Session session;
    session.setConfig(config(server.port()));
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy established(&session, &Session::established);
    QSignalSpy authenticated(&session, &Session::authenticated);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(errors.size() == 1 || errors.wait(5000));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Auth);
    QCOMPARE(error.condition, QStringLiteral("server-signature"));
    QVERIFY(established.isEmpty());
    QVERIFY(authenticated.isEmpty());
    QVERIFY(session.shouldNotReconnect());
    // Nothing after the proof: no new stream, no bind, no stream close.
    const QList<Element> received = server.received();
    QCOMPARE(received.size(), 3); // <starttls/>, <auth/>, <response/>
    QCOMPARE(received.last().name(), QStringLiteral("response"));
    QCOMPARE(clientStreamHeaders(server), 2); // the plaintext one and the one over TLS
}

void TestSessionAuth::missingServerSignature_data()
{
    QTest::addColumn<bool>("inChallenge");
    QTest::addColumn<QString>("textContains");
    addChunkColumn();
    const QString impersonating = QStringLiteral("impersonating");
    const QString malformed = QStringLiteral("malformed");
    QTest::newRow("success/one-piece") << false << impersonating << 0;
    QTest::newRow("success/1-byte") << false << impersonating << 1;
    QTest::newRow("challenge/one-piece") << true << malformed << 0;
    QTest::newRow("challenge/1-byte") << true << malformed << 1;
}

void TestSessionAuth::missingServerSignature()
{
    // RFC 5802 5.1: the server-final message carries v=; without it the server proved nothing.
    // In <success/> the client just stops; in a <challenge/> it aborts the exchange
    // (RFC 6120 6.4.4) so the server does not wait for a response.
    QFETCH(bool, inChallenge);
    QFETCH(QString, textContains);
    QFETCH(int, chunk);
    auto scram = std::make_shared<ScramServer>(QCryptographicHash::Sha1, QStringLiteral("alice"),
                                               QStringLiteral("secret"));
    scram->setOmitServerSignature(true);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToAuth(server, mechanisms({QStringLiteral("SCRAM-SHA-1")}));
    scriptScram(server, scram, QStringLiteral("SCRAM-SHA-1"));
    if (inChallenge) {
        server
            .send(QStringLiteral(
                "<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>$serverFinal</challenge>"))
            .expect(QStringLiteral("<abort xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    } else {
        server.send(QStringLiteral(
            "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>$serverFinal</success>"));
    }
    server.expectDisconnect();
    QVERIFY(server.listen());

    Session session;
    session.setConfig(config(server.port()));
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy established(&session, &Session::established);
    session.connectToServer();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(errors.size() == 1 || errors.wait(5000));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Auth);
    QVERIFY2(error.text.contains(textContains), qPrintable(error.text));
    QVERIFY(established.isEmpty());
    QCOMPARE(server.received().size(), inChallenge ? 4 : 3);
    QCOMPARE(clientStreamHeaders(server), 2);
}

void TestSessionAuth::accountDisabledNamesAccountAndQuotesServer_data()
{
    addChunkRows();
}

void TestSessionAuth::accountDisabledNamesAccountAndQuotesServer()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptToAuth(server, mechanisms({QStringLiteral("PLAIN")}));
    server.expect(kPlainAuth)
        .send(QStringLiteral("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><account-disabled/>"
                             "<text xml:lang='en'>Suspended until 2030 for sending spam.</text>"
                             "</failure>"));
    QVERIFY(server.listen());

    Client client;
    client.setReconnectBase(10);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    client.connectToServer(config(server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(errors.size() == 1 || errors.wait(5000));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Auth);
    QCOMPARE(error.condition, QStringLiteral("account-disabled"));
    QCOMPARE(error.text, QStringLiteral("The account alice@localhost is disabled on its server. "
                                        "The server said: \"Suspended until 2030 for sending "
                                        "spam.\""));
    // Retrying cannot enable the account: no reconnection loop against the server.
    QVERIFY(!reconnecting.wait(200));
    QCOMPARE(server.rejectedConnections(), 0);
}

void TestSessionAuth::temporaryAuthFailureReconnects_data()
{
    addChunkRows();
}

void TestSessionAuth::temporaryAuthFailureReconnects()
{
    // RFC 6120 6.5.13: temporary-auth-failure is the server's problem (its user database is
    // down), not the password's: unlike not-authorized, it is worth trying again later.
    QFETCH(int, chunk);
    FakeServer first;
    first.setChunkSize(chunk);
    scriptToAuth(first, mechanisms({QStringLiteral("PLAIN")}));
    first.expect(kPlainAuth)
        .send(QStringLiteral(
            "<failure "
            "xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><temporary-auth-failure/></failure>"));
    QVERIFY(first.listen());
    FakeServer second;
    second.setChunkSize(chunk);
    scriptToAuth(second, mechanisms({QStringLiteral("PLAIN")}));
    LoginScript::addPlainAuth(second);
    scriptBind(second);
    QVERIFY(second.listen());

    Client client;
    client.setReconnectBase(10);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    QSignalSpy connected(&client, &Client::connected);
    connect(&client, &Client::reconnecting, &client,
            [&] { client.session()->setConfig(config(second.port())); });
    client.connectToServer(config(first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY(errors.size() == 1 || errors.wait(5000));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Auth);
    QCOMPARE(error.condition, QStringLiteral("temporary-auth-failure"));
    QVERIFY2(error.text.contains(QLatin1String("alice@localhost")), qPrintable(error.text));
    QVERIFY(error.text.contains(QLatin1String("Try again later")));
    QVERIFY(reconnecting.size() == 1 || reconnecting.wait(2000));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    QVERIFY(connected.size() == 1 || connected.wait(5000));
    QCOMPARE(client.jid().full(), QStringLiteral("alice@localhost/charla"));
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionAuth)
#include "tst_sessionauth.moc"
