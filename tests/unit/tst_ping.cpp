// Staying connected, against scripted servers: XEP-0199 pings answered and sent as keepalives,
// a dead link noticed and handed to reconnection, and XEP-0352 client state indication sent only
// where the server offers it and only when it changes.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/CsiFeature.h"
#include "features/PingFeature.h"
#include "stream/Client.h"

#include <QElapsedTimer>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::addChunkRows;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

namespace {
const QString kCsi = QStringLiteral("<csi xmlns='urn:xmpp:csi:0'/>");
const QString kPing =
    QStringLiteral("<iq type='get' to='localhost' id='$p'><ping xmlns='urn:xmpp:ping'/></iq>");
} // namespace

class TestPing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // First: it needs a process where no QNetworkInformation backend was loaded yet.
    void reconnectsWithoutNetworkInformation();
    void answersPing_data();
    void answersPing();
    void idleKeepalive_data();
    void idleKeepalive();
    void trafficPostponesKeepalive();
    void deadLinkReconnects_data();
    void deadLinkReconnects();
    void csiSentOnlyWhenOfferedAndChanged_data();
    void csiSentOnlyWhenOfferedAndChanged();
    void csiInactiveRestoredOnNewAndResumedStream();

private:
    SessionConfig config(quint16 port) const;
    /// Login and bind (LoginScript) with @p extraFeatures, XEP-0198 enabled when @p sm.
    void scriptSession(FakeServer &server, const QString &extraFeatures = QString(),
                       bool sm = false);
    /// Login up to the post-authentication features (bind, sm, csi), for a resumption.
    void scriptResumeLogin(FakeServer &server);
    /// A Client with a PingFeature that pings after @p idleMs of silence, waits @p timeoutMs.
    static PingFeature *addPing(Client &client, int idleMs, int timeoutMs);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestPing::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

SessionConfig TestPing::config(quint16 port) const
{
    return charla::test::fakeServerConfig(*m_ca, port);
}

void TestPing::scriptSession(FakeServer &server, const QString &extraFeatures, bool sm)
{
    server.setCertificate(m_leaf);
    LoginScript login;
    login.extraFeatures = extraFeatures;
    login.streamManagement = sm;
    login.addTo(server);
}

void TestPing::scriptResumeLogin(FakeServer &server)
{
    // LoginScript's dialogue up to the post-authentication features, which offer resumption.
    server.setCertificate(m_leaf);
    LoginScript::addToSasl(server);
    LoginScript::addPlainAuth(server);
    LoginScript::addNewStream(server, LoginScript{kCsi, true}.postAuthFeatures());
}

PingFeature *TestPing::addPing(Client &client, int idleMs, int timeoutMs)
{
    auto *ping = new PingFeature;
    ping->setIdleInterval(idleMs);
    ping->setPingTimeout(timeoutMs);
    client.addFeature(ping);
    return ping;
}

void TestPing::reconnectsWithoutNetworkInformation()
{
    if (QNetworkInformation::instance())
        QSKIP("a network information backend was loaded earlier in this process");
    // No plugin directory: no backend (as on a system without NetworkManager or GLib's).
    QTemporaryDir empty;
    const QStringList paths = QCoreApplication::libraryPaths();
    QCoreApplication::setLibraryPaths({empty.path()});
    auto client = std::make_unique<Client>();
    QCoreApplication::setLibraryPaths(paths);
    QVERIFY(!QNetworkInformation::instance());
    qInfo("network information backends on this system: %s",
          qPrintable(QNetworkInformation::availableBackends().join(QStringLiteral(", "))));

    // Without "the network is back", reconnection still runs on its timer.
    FakeServer server;
    scriptSession(server);
    server.closeAbruptly();
    QVERIFY(server.listen());
    client->setReconnectBase(50);
    QSignalSpy up(client.get(), &Client::connected);
    QSignalSpy reconnecting(client.get(), &Client::reconnecting);
    client->connectToServer(config(server.port()));
    QVERIFY(up.wait(10000));
    QVERIFY(reconnecting.wait(5000)); // the drop
    QVERIFY(reconnecting.wait(5000)); // the retry reached the server (which turns it away)
    QVERIFY(server.rejectedConnections() >= 1);
}


void TestPing::answersPing_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<QString>("ping");
    QTest::addColumn<QString>("pong");
    // XEP-0199 4.1: from the server.
    const QString fromServer =
        QStringLiteral("<iq type='get' id='s2c1' from='localhost' to='alice@localhost/charla'>"
                       "<ping xmlns='urn:xmpp:ping'/></iq>");
    const QString toServer = QStringLiteral("<iq type='result' id='s2c1' to='localhost'/>");
    QTest::newRow("server/one-piece") << 0 << fromServer << toServer;
    QTest::newRow("server/1-byte") << 1 << fromServer << toServer;
    // XEP-0199 4.4: from another client.
    QTest::newRow("peer/one-piece")
        << 0
        << QStringLiteral("<iq type='get' id='e2e1' from='bob@localhost/x'>"
                          "<ping xmlns='urn:xmpp:ping'/></iq>")
        << QStringLiteral("<iq type='result' id='e2e1' to='bob@localhost/x'/>");
    // RFC 6120 8.1.2.1: no 'from' means the server on behalf of the account: no 'to' back.
    QTest::newRow("no-from/one-piece")
        << 0 << QStringLiteral("<iq type='get' id='s2c2'><ping xmlns='urn:xmpp:ping'/></iq>")
        << QStringLiteral("<iq type='result' id='s2c2'/>");
}

void TestPing::answersPing()
{
    QFETCH(int, chunk);
    QFETCH(QString, ping);
    QFETCH(QString, pong);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptSession(server);
    server.send(ping).expect(pong); // compared as elements: an empty result, nothing inside
    QVERIFY(server.listen());
    Client client;
    PingFeature *feature = addPing(client, 60000, 30000);
    QCOMPARE(feature->discoFeatures(), QStringList{QStringLiteral("urn:xmpp:ping")});
    QCOMPARE(client.discoFeatures(), QStringList{QStringLiteral("urn:xmpp:ping")});
    client.connectToServer(config(server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(!feature->isPinging()); // a minute of silence has not passed
}

void TestPing::idleKeepalive_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<QString>("answer");
    const QString result = QStringLiteral("<iq type='result' id='$%1' from='localhost'/>");
    // XEP-0199 4.2: a server without ping says service-unavailable; the link is alive anyway.
    const QString error = QStringLiteral(
        "<iq type='error' id='$%1' from='localhost'><ping xmlns='urn:xmpp:ping'/><error "
        "type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
        "</iq>");
    QTest::newRow("result/one-piece") << 0 << result;
    QTest::newRow("result/1-byte") << 1 << result;
    QTest::newRow("service-unavailable/one-piece") << 0 << error;
}

void TestPing::idleKeepalive()
{
    QFETCH(int, chunk);
    QFETCH(QString, answer);
    const int idleMs = 200;
    FakeServer server;
    server.setChunkSize(chunk);
    QElapsedTimer clock;
    clock.start();
    qint64 answeredAt = 0;
    qint64 secondPingAt = 0;
    scriptSession(server);
    server.expect(kPing)
        .send(answer.arg(QStringLiteral("p")))
        .call([&] { answeredAt = clock.elapsed(); })
        .expect(QString(kPing).replace(QStringLiteral("$p"), QStringLiteral("$q")))
        .call([&] { secondPingAt = clock.elapsed(); })
        .send(answer.arg(QStringLiteral("q")));
    QVERIFY(server.listen());
    Client client;
    client.setReconnectBase(10);
    PingFeature *ping = addPing(client, idleMs, 300);
    QSignalSpy pongs(ping, &PingFeature::pong);
    QSignalSpy dead(ping, &PingFeature::deadLinkDetected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    client.connectToServer(config(server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    if (pongs.size() < 2)
        QVERIFY(pongs.wait(2000));
    QCOMPARE(pongs.size(), 2);
    const qint64 gap = secondPingAt - answeredAt;
    qInfo("silence before the next keepalive ping: %lld ms (idle interval %d ms)", gap, idleMs);
    QVERIFY2(gap >= idleMs - 5, qPrintable(QString::number(gap)));
    QVERIFY2(gap < idleMs + 1500, qPrintable(QString::number(gap)));
    QTest::qWait(100); // past the ping timeout of the second ping, had it gone unanswered
    QVERIFY(client.isConnected());
    QVERIFY(dead.isEmpty());
    QVERIFY(errors.isEmpty());
    QVERIFY(reconnecting.isEmpty());
    QCOMPARE(server.rejectedConnections(), 0);
}

void TestPing::trafficPostponesKeepalive()
{
    const int idleMs = 300;
    FakeServer server;
    QElapsedTimer clock;
    clock.start();
    qint64 lastMessageAt = 0;
    qint64 pingAt = 0;
    scriptSession(server);
    // A message every 100 ms for half a second: never 300 ms of silence, so no ping.
    for (int i = 0; i < 5; ++i)
        server.wait(100).send(
            QStringLiteral("<message from='bob@localhost/x' id='m%1' type='chat'><body>%1</body>"
                           "</message>")
                .arg(i));
    server.call([&] { lastMessageAt = clock.elapsed(); })
        .expect(kPing)
        .call([&] { pingAt = clock.elapsed(); })
        .send(QStringLiteral("<iq type='result' id='$p' from='localhost'/>"));
    QVERIFY(server.listen());
    Client client;
    PingFeature *ping = addPing(client, idleMs, 1000);
    QSignalSpy pongs(ping, &PingFeature::pong);
    client.connectToServer(config(server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    const qint64 silence = pingAt - lastMessageAt;
    qInfo("first keepalive ping %lld ms after the last message (idle interval %d ms)", silence,
          idleMs);
    QVERIFY2(silence >= idleMs - 5, qPrintable(QString::number(silence)));
    QVERIFY(pongs.wait(2000));
}

void TestPing::deadLinkReconnects_data()
{
    addChunkRows();
}

void TestPing::deadLinkReconnects()
{
    QFETCH(int, chunk);
    const int idleMs = 200;
    const int timeoutMs = 300;
    FakeServer server;
    server.setChunkSize(chunk);
    QElapsedTimer clock;
    clock.start();
    qint64 pingAt = 0;
    scriptSession(server);
    // The server hears the ping and never answers, as when the way back is gone.
    server.expect(kPing).call([&] { pingAt = clock.elapsed(); }).expectDisconnect();
    QVERIFY(server.listen());
    Client client;
    client.setReconnectBase(60000); // the retry itself is not part of this test
    PingFeature *ping = addPing(client, idleMs, timeoutMs);
    QSignalSpy up(&client, &Client::connected);
    QSignalSpy dead(ping, &PingFeature::deadLinkDetected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy down(&client, &Client::disconnected);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    qint64 upAt = 0;
    qint64 deadAt = 0;
    connect(&client, &Client::connected, this, [&] { upAt = clock.elapsed(); });
    connect(ping, &PingFeature::deadLinkDetected, this, [&] { deadAt = clock.elapsed(); });
    client.connectToServer(config(server.port()));
    QVERIFY(up.wait(10000));
    QVERIFY(reconnecting.wait(5000));
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));

    QCOMPARE(dead.size(), 1);
    const qint64 silent = dead.first().first().toLongLong();
    qInfo("dead link noticed %lld ms after the session was up, %lld ms after the ping; "
          "silent for %lld ms (idle %d ms + timeout %d ms)",
          deadAt - upAt, deadAt - pingAt, silent, idleMs, timeoutMs);
    // The IQ timeout is a coarse QTimer, which may fire up to 5% early.
    QVERIFY2(silent >= idleMs + timeoutMs * 95 / 100 - 5, qPrintable(QString::number(silent)));
    QVERIFY2(deadAt - upAt < idleMs + timeoutMs + 1500, qPrintable(QString::number(deadAt - upAt)));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Socket);
    QCOMPARE(down.size(), 1);
    QVERIFY(!client.isConnected());
    QVERIFY(server.clientDisconnected());
    QVERIFY(reconnecting.first().first().toInt() > 0);

    // Disconnected: no timer runs, so nothing more is sent nor detected.
    const int sent = int(server.received().size());
    QTest::qWait(idleMs + timeoutMs + 100);
    QCOMPARE(dead.size(), 1);
    QVERIFY(!ping->isPinging());
    QCOMPARE(int(server.received().size()), sent);
    QCOMPARE(reconnecting.size(), 1);
}

void TestPing::csiSentOnlyWhenOfferedAndChanged_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<bool>("offered");
    QTest::newRow("offered/one-piece") << 0 << true;
    QTest::newRow("offered/1-byte") << 1 << true;
    QTest::newRow("not-offered/one-piece") << 0 << false;
}

void TestPing::csiSentOnlyWhenOfferedAndChanged()
{
    QFETCH(int, chunk);
    QFETCH(bool, offered);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptSession(server, offered ? kCsi : QString(), true);
    if (offered) {
        // XEP-0352 4.2: one element per change; a repeated state sends nothing (else the
        // next expectation would see a second <inactive/>).
        server.expect(QStringLiteral("<inactive xmlns='urn:xmpp:csi:0'/>"))
            .expect(QStringLiteral("<active xmlns='urn:xmpp:csi:0'/>"));
    }
    // Then a message: the only stanza. The server's count of 1 covers it, so the nonzas were
    // not counted (XEP-0198 4), and no <r/> came after them.
    server
        .expect(QStringLiteral("<message to='bob@localhost' id='marker' type='chat'>"
                               "<body>after</body></message>"))
        .expect(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='1'/>"));
    QVERIFY(server.listen());
    Client client;
    auto *csi = new CsiFeature;
    client.addFeature(csi);
    QVERIFY(csi->discoFeatures().isEmpty()); // a stream feature, not a disco one
    QSignalSpy acked(client.session(), &Session::messageAcknowledged);
    connect(&client, &Client::connected, this, [&] {
        QCOMPARE(csi->isSupported(), offered);
        csi->setActive(false);
        csi->setActive(false);
        QVERIFY(!csi->isActive());
        csi->setActive(true);
        Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
        m.setAttribute(QStringLiteral("to"), QStringLiteral("bob@localhost"));
        m.setAttribute(QStringLiteral("id"), QStringLiteral("marker"));
        m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        m.addChild(QStringLiteral("body"), QStringLiteral("jabber:client"))
            .setText(QStringLiteral("after"));
        client.send(m);
    });
    client.connectToServer(config(server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    if (acked.isEmpty())
        QVERIFY(acked.wait(5000));
    QCOMPARE(acked.first().first().toString(), QStringLiteral("marker"));
    const int sent = int(server.received().size());
    QTest::qWait(200);
    QCOMPARE(int(server.received().size()), sent); // nothing left unacknowledged to ask about
}

void TestPing::csiInactiveRestoredOnNewAndResumedStream()
{
    // First stream: inactive was chosen before connecting; XEP-0352 5: a stream starts
    // active, so it is said right after the session is up. Then the server vanishes.
    FakeServer first;
    scriptSession(first, kCsi, true);
    first.expect(QStringLiteral("<inactive xmlns='urn:xmpp:csi:0'/>")).closeAbruptly();
    QVERIFY(first.listen());
    // Second stream: XEP-0198 resumption, and XEP-0352 5.2: the state is not kept across it.
    FakeServer second;
    scriptResumeLogin(second);
    second.expect(QStringLiteral("<resume xmlns='urn:xmpp:sm:3' previd='sm-1' h='0'/>"))
        .send(QStringLiteral("<resumed xmlns='urn:xmpp:sm:3' previd='sm-1' h='0'/>"))
        .expect(QStringLiteral("<inactive xmlns='urn:xmpp:csi:0'/>"));
    QVERIFY(second.listen());

    Client client;
    client.setReconnectBase(60000); // the test reconnects by hand, to the second server
    auto *csi = new CsiFeature;
    client.addFeature(csi);
    csi->setActive(false);
    QSignalSpy up(&client, &Client::connected);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    client.connectToServer(config(first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QCOMPARE(up.size(), 1);
    QCOMPARE(up.first().first().toBool(), false);
    QVERIFY(reconnecting.wait(5000));
    QVERIFY(!csi->isSupported());

    client.connectToServer(config(second.port()));
    QVERIFY(up.wait(10000));
    QCOMPARE(up.at(1).first().toBool(), true); // resumed
    QVERIFY2(second.waitForScript(5000), qPrintable(second.failures().join(u'\n')));
    QVERIFY(csi->isSupported());
    QVERIFY(!csi->isActive());
}

QTEST_GUILESS_MAIN(TestPing)
#include "tst_ping.moc"
