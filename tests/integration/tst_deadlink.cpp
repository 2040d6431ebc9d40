// Staying connected against a real Prosody: a link that silently stops carrying bytes (a
// black hole in a loopback proxy, as when a NAT forgets the connection) is noticed by XEP-0199
// keepalive pings, the client reconnects, XEP-0198 resumes the session, and what a peer sent
// during the outage arrives exactly once. XEP-0352 state survives the resumption.
#include "ProsodyFixture.h"
#include "TcpProxy.h"
#include "features/CsiFeature.h"
#include "features/PingFeature.h"
#include "stream/Client.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;
using charla::test::TcpProxy;

namespace {
constexpr int kIdleMs = 500;
constexpr int kPingTimeoutMs = 1000;
/// Time for timers and Prosody to do their part beyond idle + timeout.
constexpr int kMarginMs = 1000;
} // namespace

class TestDeadLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void blackHoleIsNoticedAndResumed();
    void inactiveClientKeepsItsLinkAndState();

private:
    SessionConfig config(const QString &user, quint16 port) const;
    static Element chat(const Jid &to, const QString &body);
    ProsodyFixture m_prosody;
};

void TestDeadLink::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("bob"), QStringLiteral("bob-pw")));
}

SessionConfig TestDeadLink::config(const QString &user, quint16 port) const
{
    return m_prosody.sessionConfig(user, QStringLiteral("deadlink"), port);
}

Element TestDeadLink::chat(const Jid &to, const QString &body)
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), to.full());
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    m.setAttribute(QStringLiteral("id"), Client::newId());
    m.addChild(QStringLiteral("body"), QStringLiteral("jabber:client")).setText(body);
    return m;
}

void TestDeadLink::blackHoleIsNoticedAndResumed()
{
    Client bob;
    QSignalSpy bobUp(&bob, &Client::connected);
    bob.connectToServer(config(QStringLiteral("bob"), m_prosody.c2sPort()));
    QVERIFY(bobUp.wait(15000));

    TcpProxy proxy(m_prosody.c2sPort());
    QVERIFY(proxy.listen());
    Client alice;
    alice.setReconnectBase(50);
    auto *ping = new PingFeature;
    ping->setIdleInterval(kIdleMs);
    ping->setPingTimeout(kPingTimeoutMs);
    alice.addFeature(ping);
    QStringList received;
    connect(alice.session(), &Session::stanzaReceived, &alice, [&](const Element &e) {
        if (e.name() == QLatin1String("message") && e.hasChild(QStringLiteral("body")))
            received << e.childText(QStringLiteral("body"));
    });
    QSignalSpy aliceUp(&alice, &Client::connected);
    QSignalSpy pongs(ping, &PingFeature::pong);
    QSignalSpy dead(ping, &PingFeature::deadLinkDetected);
    alice.connectToServer(config(QStringLiteral("alice"), proxy.port()));
    QVERIFY(aliceUp.wait(15000));
    QCOMPARE(aliceUp.first().first().toBool(), false);
    QVERIFY(alice.session()->streamManagementEnabled());
    const Jid aliceJid = alice.jid();

    // A healthy but quiet link: Prosody answers every keepalive, nothing is torn down.
    QTest::qWait(3 * kIdleMs + 300);
    QVERIFY2(pongs.size() >= 2, qPrintable(QString::number(pongs.size())));
    qInfo("healthy link: %d keepalive pings in %d ms, first round trip %lld ms", int(pongs.size()),
          3 * kIdleMs + 300, pongs.first().first().toLongLong());
    QVERIFY(dead.isEmpty());
    QCOMPARE(aliceUp.size(), 1);

    bob.send(chat(aliceJid, QStringLiteral("before")));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);

    // The network goes silent: the sockets stay open, bytes vanish both ways.
    QElapsedTimer outage;
    qint64 noticedAt = -1;
    connect(ping, &PingFeature::deadLinkDetected, &proxy, [&] {
        noticedAt = outage.elapsed();
        proxy.setBlackHole(false); // the network is back for the new connection
    });
    proxy.setBlackHole(true);
    outage.start();
    for (int i = 1; i <= 3; ++i)
        bob.send(chat(aliceJid, QStringLiteral("during %1").arg(i)));

    QVERIFY(dead.wait(kIdleMs + kPingTimeoutMs + kMarginMs + 2000));
    const qint64 silent = dead.first().first().toLongLong();
    qInfo("dead link noticed %lld ms after the black hole began (nothing received for %lld ms; "
          "idle %d ms + ping timeout %d ms)",
          noticedAt, silent, kIdleMs, kPingTimeoutMs);
    QVERIFY2(noticedAt <= kIdleMs + kPingTimeoutMs + kMarginMs,
             qPrintable(QString::number(noticedAt)));

    QVERIFY(aliceUp.wait(15000));
    QCOMPARE(aliceUp.at(1).first().toBool(), true); // resumed, not a new session
    qInfo("session resumed %lld ms after the black hole began", outage.elapsed());
    QCOMPARE(dead.size(), 1);

    // What bob sent into the black hole arrives once, in order; nothing is repeated.
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 4, 10000);
    QTest::qWait(500);
    QCOMPARE(received, (QStringList{QStringLiteral("before"), QStringLiteral("during 1"),
                                    QStringLiteral("during 2"), QStringLiteral("during 3")}));
    QVERIFY(proxy.connectionCount() >= 2);
}

void TestDeadLink::inactiveClientKeepsItsLinkAndState()
{
    TcpProxy proxy(m_prosody.c2sPort());
    QVERIFY(proxy.listen());
    Client alice;
    alice.setReconnectBase(50);
    auto *ping = new PingFeature;
    ping->setIdleInterval(kIdleMs);
    ping->setPingTimeout(kPingTimeoutMs);
    alice.addFeature(ping);
    auto *csi = new CsiFeature;
    alice.addFeature(csi);
    QStringList csiSent;
    connect(alice.session(), &Session::xmlTraffic, &alice,
            [&](bool incoming, const QByteArray &xml) {
                if (!incoming && xml.contains("urn:xmpp:csi:0"))
                    csiSent << QString::fromUtf8(xml);
            });
    QSignalSpy up(&alice, &Client::connected);
    QSignalSpy pongs(ping, &PingFeature::pong);
    QSignalSpy dead(ping, &PingFeature::deadLinkDetected);
    alice.connectToServer(config(QStringLiteral("alice"), proxy.port()));
    QVERIFY(up.wait(15000));
    QVERIFY(csi->isSupported()); // Prosody's mod_csi_simple advertises it
    csi->setActive(false);
    QCOMPARE(csiSent.size(), 1);
    QVERIFY(csiSent.first().contains(QStringLiteral("<inactive")));

    // While inactive, Prosody may hold back unimportant traffic; keepalives must still work.
    QTest::qWait(3 * kIdleMs + 300);
    QVERIFY2(pongs.size() >= 2, qPrintable(QString::number(pongs.size())));
    QVERIFY(dead.isEmpty());

    // XEP-0352 5.2: a resumed stream starts active, so inactive is said again.
    proxy.cutAll();
    QVERIFY(up.wait(15000));
    QCOMPARE(up.at(1).first().toBool(), true);
    QCOMPARE(csiSent.size(), 2);
    QVERIFY(csiSent.at(1).contains(QStringLiteral("<inactive")));
}

QTEST_GUILESS_MAIN(TestDeadLink)
#include "tst_deadlink.moc"
