// Where Charla connects for a domain: DNS SRV records (RFC 2782, RFC 6120 3.2.1, XEP-0368) read
// from a local FakeDns on 127.0.0.1:53, and a Session with no manual host that finds its server
// through them. No query ever leaves the machine: every lookup names FakeDns as its server.
#include "FakeDns.h"
#include "FakeServer.h"
#include "TestCa.h"
#include "stream/ServerResolver.h"
#include "stream/Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::FakeDns;
using charla::test::FakeServer;
using charla::test::TestCa;

using SrvList = QList<FakeDns::Srv>;
using TargetList = QList<ServerTarget>;
Q_DECLARE_METATYPE(SrvList)
Q_DECLARE_METATYPE(TargetList)

namespace charla {
// For QCOMPARE's failure message: host:port and the kind of connection.
char *toString(const ServerTarget &t)
{
    return QTest::toString(
        t.host + QLatin1Char(':') + QString::number(t.port) +
        (t.directTls ? QStringLiteral(" (Direct TLS)") : QStringLiteral(" (STARTTLS)")));
}
} // namespace charla

namespace {
const QString kDomain = QStringLiteral("example.test"); // RFC 2606: never a real domain
const QString kDirectName = QStringLiteral("_xmpps-client._tcp.example.test");
const QString kStartTlsName = QStringLiteral("_xmpp-client._tcp.example.test");

ServerTarget direct(const QString &host, quint16 port)
{
    return ServerTarget{host, port, true};
}

ServerTarget startTls(const QString &host, quint16 port)
{
    return ServerTarget{host, port, false};
}
} // namespace

class TestServerResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void order_data();
    void order();
    void heavierWeightIsTriedFirstMoreOften();
    void sessionWithoutHostConnectsThroughSrv_data();
    void sessionWithoutHostConnectsThroughSrv();
    void sessionReportsDomainWithoutService();

private:
    /// Resolves @p domain against FakeDns; fails the test when no answer comes.
    TargetList resolve(const QString &domain, bool *ok);

    FakeDns m_dns;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestServerResolver::initTestCase()
{
    qRegisterMetaType<TargetList>();
    if (!m_dns.listen())
        QSKIP(qPrintable(m_dns.errorString()));
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    // Valid for the JID's domain only: not for 127.0.0.1, which the SRV records point at.
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

void TestServerResolver::init()
{
    m_dns.clear();
}

TargetList TestServerResolver::resolve(const QString &domain, bool *ok)
{
    ServerResolver resolver;
    resolver.setNameserver(m_dns.address());
    QSignalSpy finished(&resolver, &ServerResolver::finished);
    resolver.resolve(domain);
    // Both lookups go to FakeDns at once; a missing answer would take glibc's 5 s timeout.
    *ok = finished.wait(15000);
    return *ok ? finished.first().first().value<TargetList>() : TargetList();
}

void TestServerResolver::order_data()
{
    QTest::addColumn<SrvList>("directRecords");
    QTest::addColumn<SrvList>("startTlsRecords");
    QTest::addColumn<TargetList>("expected");

    // Priorities differ within a set, so the order is fixed (RFC 2782: lowest first).
    QTest::newRow("both sets: Direct TLS first, each by priority")
        << SrvList{{20, 0, 443, QStringLiteral("tls2.example.test")},
                   {10, 0, 5223, QStringLiteral("tls1.example.test")}}
        << SrvList{{30, 0, 5222, QStringLiteral("xmpp3.example.test")},
                   {5, 0, 5222, QStringLiteral("xmpp1.example.test")},
                   {15, 5, 5269, QStringLiteral("xmpp2.example.test")}}
        << TargetList{direct(QStringLiteral("tls1.example.test"), 5223),
                      direct(QStringLiteral("tls2.example.test"), 443),
                      startTls(QStringLiteral("xmpp1.example.test"), 5222),
                      startTls(QStringLiteral("xmpp2.example.test"), 5269),
                      startTls(QStringLiteral("xmpp3.example.test"), 5222)};
    QTest::newRow("only _xmpp-client")
        << SrvList{}
        << SrvList{{10, 0, 5333, QStringLiteral("b.example.test")},
                   {0, 0, 5222, QStringLiteral("a.example.test")}}
        << TargetList{startTls(QStringLiteral("a.example.test"), 5222),
                      startTls(QStringLiteral("b.example.test"), 5333)};
    QTest::newRow("only _xmpps-client")
        << SrvList{{0, 0, 5223, QStringLiteral("tls.example.test")}} << SrvList{}
        << TargetList{direct(QStringLiteral("tls.example.test"), 5223)};
    // RFC 6120 3.2.2: no SRV records at all: the domain itself on 5222.
    QTest::newRow("no records: fallback to the domain")
        << SrvList{} << SrvList{} << TargetList{startTls(kDomain, 5222)};
    // XEP-0368 5: "." for _xmpps-client means no Direct TLS; _xmpp-client still counts.
    QTest::newRow("'.' for Direct TLS is skipped")
        << SrvList{{0, 0, 0, QStringLiteral(".")}}
        << SrvList{{0, 0, 5222, QStringLiteral("xmpp.example.test")}}
        << TargetList{startTls(QStringLiteral("xmpp.example.test"), 5222)};
    QTest::newRow("'.' for STARTTLS is skipped")
        << SrvList{{0, 0, 5223, QStringLiteral("tls.example.test")}}
        << SrvList{{0, 0, 0, QStringLiteral(".")}}
        << TargetList{direct(QStringLiteral("tls.example.test"), 5223)};
    // RFC 2782 / XEP-0368 5: "." says the domain publishes SRV and offers no service: the
    // domain is not tried on 5222 behind the operator's back.
    QTest::newRow("'.' only: no server, no fallback")
        << SrvList{{0, 0, 0, QStringLiteral(".")}} << SrvList{} << TargetList{};
    QTest::newRow("'.' in both: no server")
        << SrvList{{0, 0, 0, QStringLiteral(".")}} << SrvList{{0, 0, 0, QStringLiteral(".")}}
        << TargetList{};
}

void TestServerResolver::order()
{
    QFETCH(SrvList, directRecords);
    QFETCH(SrvList, startTlsRecords);
    QFETCH(TargetList, expected);
    if (!directRecords.isEmpty())
        m_dns.setSrv(kDirectName, directRecords);
    if (!startTlsRecords.isEmpty())
        m_dns.setSrv(kStartTlsName, startTlsRecords);

    bool ok = false;
    const TargetList targets = resolve(kDomain, &ok);
    QVERIFY2(ok, "no answer from the resolver");
    QCOMPARE(targets, expected);
    // Both record sets were asked for, of FakeDns and nothing else.
    QStringList queries = m_dns.queries();
    queries.sort();
    QCOMPARE(queries, (QStringList{QStringLiteral("SRV ") + kStartTlsName,
                                   QStringLiteral("SRV ") + kDirectName}));
}

void TestServerResolver::heavierWeightIsTriedFirstMoreOften()
{
    // RFC 2782: within a priority the chance of being first is proportional to the weight; a
    // lower priority number always wins, whatever the weights.
    m_dns.setSrv(kStartTlsName, {{20, 10, 5222, QStringLiteral("light.example.test")},
                                 {20, 90, 5222, QStringLiteral("heavy.example.test")},
                                 {10, 0, 5222, QStringLiteral("primary.example.test")},
                                 {30, 65535, 5222, QStringLiteral("last.example.test")}});
    const int rounds = 60;
    int heavyFirst = 0;
    for (int i = 0; i < rounds; ++i) {
        bool ok = false;
        const TargetList targets = resolve(kDomain, &ok);
        QVERIFY2(ok, "no answer from the resolver");
        QCOMPARE(targets.size(), 4);
        QCOMPARE(targets.at(0).host, QStringLiteral("primary.example.test"));
        QCOMPARE(targets.at(3).host, QStringLiteral("last.example.test"));
        const QStringList middle{targets.at(1).host, targets.at(2).host};
        QVERIFY(middle.contains(QStringLiteral("heavy.example.test")));
        QVERIFY(middle.contains(QStringLiteral("light.example.test")));
        if (targets.at(1).host == QLatin1String("heavy.example.test"))
            ++heavyFirst;
    }
    // Expected about 90%; fewer than half would take odds below 1 in 10^15.
    QVERIFY2(
        heavyFirst > rounds / 2,
        qPrintable(
            QStringLiteral("weight 90 came first %1 times of %2").arg(heavyFirst).arg(rounds)));
}

void TestServerResolver::sessionWithoutHostConnectsThroughSrv_data()
{
    QTest::addColumn<bool>("directTls");
    QTest::newRow("_xmpp-client (STARTTLS)") << false;
    QTest::newRow("_xmpps-client (Direct TLS)") << true;
}

void TestServerResolver::sessionWithoutHostConnectsThroughSrv()
{
    QFETCH(bool, directTls);
    FakeServer server;
    server.setCertificate(m_leaf);
    if (directTls) {
        server.startTls();
    } else {
        server.expectStreamOpen(QStringLiteral("localhost"))
            .sendStreamOpen()
            .sendFeatures(QStringLiteral(
                "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"))
            .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
            .send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
            .startTls()
            .restartStream();
    }
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                     "<mechanism>PLAIN</mechanism></mechanisms>"))
        .expect(QStringLiteral("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' "
                               "mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>"))
        .send(QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"))
        .restartStream()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"))
        .expect(QStringLiteral("<iq type='set' id='$bind'><bind "
                               "xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$bind'><bind "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>alice@localhost/"
                             "srv</jid></bind></iq>"));
    QVERIFY(server.listen());

    // The JID's domain is "localhost", so the records stay on this machine. The target is an
    // address, so connecting needs no further name lookup; the certificate names only
    // "localhost", so success also shows it was checked against the domain, not the target.
    m_dns.setSrv(directTls ? QStringLiteral("_xmpps-client._tcp.localhost")
                           : QStringLiteral("_xmpp-client._tcp.localhost"),
                 {{0, 0, server.port(), QStringLiteral("127.0.0.1")}});

    Session session;
    auto *resolver = session.findChild<ServerResolver *>();
    QVERIFY(resolver);
    resolver->setNameserver(m_dns.address());
    SessionConfig c;
    c.jid = QStringLiteral("alice@localhost");
    c.password = QStringLiteral("secret");
    c.caCertificates = {m_ca->caCertificate()};
    c.negotiationTimeoutMs = 20000;
    QVERIFY(c.host.isEmpty()); // DNS SRV decides
    session.setConfig(c);
    QSignalSpy established(&session, &Session::established);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(20000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(established.size() + errors.size(), 1, 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).value<Error>().text));
    QCOMPARE(session.boundJid(), QStringLiteral("alice@localhost/srv"));
    QVERIFY(m_dns.queries().contains(QStringLiteral("SRV _xmpp-client._tcp.localhost")));
    QVERIFY(m_dns.queries().contains(QStringLiteral("SRV _xmpps-client._tcp.localhost")));
    session.disconnectFromServer();
}

void TestServerResolver::sessionReportsDomainWithoutService()
{
    // "." for both services: nothing is tried, and the person reads why.
    m_dns.setSrv(QStringLiteral("_xmpps-client._tcp.localhost"), {{0, 0, 0, QStringLiteral(".")}});
    m_dns.setSrv(QStringLiteral("_xmpp-client._tcp.localhost"), {{0, 0, 0, QStringLiteral(".")}});
    Session session;
    session.findChild<ServerResolver *>()->setNameserver(m_dns.address());
    SessionConfig c;
    c.jid = QStringLiteral("alice@localhost");
    c.password = QStringLiteral("secret");
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY(errors.wait(15000));
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Socket);
    QCOMPARE(e.text, QStringLiteral("Could not find a server for localhost."));
}

QTEST_GUILESS_MAIN(TestServerResolver)
#include "tst_serverresolver.moc"
