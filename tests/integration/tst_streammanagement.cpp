// XEP-0198 against a real Prosody: the TCP link is cut in the middle of a burst of 500 messages
// (through a loopback proxy), the client resumes, and the peer receives every message exactly
// once, in order.
#include "ProsodyFixture.h"
#include "TcpProxy.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;
using charla::test::TcpProxy;

class TestStreamManagement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void burstSurvivesCutLink();

private:
    SessionConfig config(const QString &user, quint16 port) const;
    ProsodyFixture m_prosody;
};

void TestStreamManagement::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("bob"), QStringLiteral("bob-pw")));
}

SessionConfig TestStreamManagement::config(const QString &user, quint16 port) const
{
    return m_prosody.sessionConfig(user, QStringLiteral("sm-test"), port);
}

void TestStreamManagement::burstSurvivesCutLink()
{
    const int count = 500;
    Client bob;
    QStringList received;
    connect(bob.session(), &Session::stanzaReceived, &bob, [&](const Element &e) {
        if (e.name() == QLatin1String("message") && e.hasChild(QStringLiteral("body")))
            received << e.childText(QStringLiteral("body"));
    });
    QSignalSpy bobUp(&bob, &Client::connected);
    bob.connectToServer(config(QStringLiteral("bob"), m_prosody.c2sPort()));
    QVERIFY(bobUp.wait(15000));
    bob.send(Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));

    TcpProxy proxy(m_prosody.c2sPort());
    QVERIFY(proxy.listen());
    Client alice;
    alice.setReconnectBase(50);
    QSignalSpy aliceUp(&alice, &Client::connected);
    QStringList acked;
    connect(alice.session(), &Session::messageAcknowledged, &alice,
            [&](const QString &id) { acked << id; });
    alice.connectToServer(config(QStringLiteral("alice"), proxy.port()));
    QVERIFY(aliceUp.wait(15000));
    QCOMPARE(aliceUp.first().first().toBool(), false);
    QVERIFY(alice.session()->streamManagementEnabled());

    // Cut the link once a third of the burst has gone through.
    const qint64 before = proxy.bytesToTarget();
    bool cut = false;
    connect(&proxy, &TcpProxy::forwardedToTarget, &proxy, [&](qint64 total) {
        if (!cut && total - before > 30000) {
            cut = true;
            proxy.cutAll();
        }
    });
    for (int i = 0; i < count; ++i) {
        Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
        m.setAttribute(QStringLiteral("to"), QStringLiteral("bob@localhost"));
        m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        m.setAttribute(QStringLiteral("id"), QStringLiteral("burst-%1").arg(i));
        m.addChild(QStringLiteral("body"), QStringLiteral("jabber:client"))
            .setText(QStringLiteral("burst %1 %2").arg(i).arg(QString(160, QLatin1Char('x'))));
        QVERIFY(alice.send(m));
    }
    QTRY_VERIFY_WITH_TIMEOUT(cut, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(aliceUp.size(), 2, 20000);
    QCOMPARE(aliceUp.at(1).first().toBool(), true); // resumed, not a new session
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), count, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), count, 10000);
    QTest::qWait(500); // nothing more arrives: no duplicates
    QCOMPARE(received.size(), count);
    for (int i = 0; i < count; ++i)
        QVERIFY2(received.at(i).startsWith(QStringLiteral("burst %1 ").arg(i)),
                 qPrintable(received.at(i).left(20)));
    QVERIFY(proxy.connectionCount() >= 2);
}

QTEST_GUILESS_MAIN(TestStreamManagement)
#include "tst_streammanagement.moc"
