// Reconnection policy: jittered exponential backoff, capped, and reset by a successful login.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TcpProxy.h"
#include "TestCa.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace charla;
using namespace charla::test;

class TestReconnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultCapIsFiveMinutes();
    void backoffGrowsWithJitterUpToTheCap();
    void successResetsTheBackoff();
};

void TestReconnect::defaultCapIsFiveMinutes()
{
    Client client;
    QCOMPARE(client.reconnectCap(), 5 * 60 * 1000);
    QCOMPARE(client.nextReconnectDelay(), 1000); // the first retry waits about a second
}

void TestReconnect::backoffGrowsWithJitterUpToTheCap()
{
    TestCa ca;
    QVERIFY(ca.isValid());
    // A loopback proxy that refuses every connection: each attempt fails at once.
    QTcpServer nothing;
    QVERIFY(nothing.listen(QHostAddress::LocalHost, 0));
    TcpProxy proxy(nothing.serverPort());
    proxy.setRefuseNew(true);
    QVERIFY(proxy.listen());
    Client client;
    client.setReconnectBase(10);
    client.setReconnectCap(80);
    QList<int> delays;
    connect(&client, &Client::reconnecting, &client, [&](int ms) { delays << ms; });
    client.connectToServer(fakeServerConfig(ca, proxy.port()));
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 7, 10000);
    client.disconnectFromServer();
    for (int i = 0; i < 7; ++i) {
        const int expected = std::min(10 << i, 80);
        // About +-25% jitter (in whole milliseconds), never above the cap.
        const int low = expected - expected / 4;
        const int high = std::min(expected + (expected / 2 - expected / 4), 80);
        QVERIFY2(delays.at(i) >= low && delays.at(i) <= high,
                 qPrintable(QStringLiteral("attempt %1 waited %2 ms").arg(i).arg(delays.at(i))));
    }
}

void TestReconnect::successResetsTheBackoff()
{
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue({QStringLiteral("localhost")});
    FakeServer server;
    server.setCertificate(leaf);
    LoginScript{}.addTo(server);
    QVERIFY(server.listen());
    TcpProxy proxy(server.port());
    proxy.setRefuseNew(true);
    QVERIFY(proxy.listen());
    Client client;
    client.setReconnectBase(20);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    QSignalSpy connected(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(ca, proxy.port()));
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.size() >= 3, 10000);
    QVERIFY(client.nextReconnectDelay() >= 20 * 8); // three failures: 20, 40, 80, next 160
    proxy.setRefuseNew(false); // the network is back
    QVERIFY(connected.wait(10000));
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(client.nextReconnectDelay(), 20);
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
