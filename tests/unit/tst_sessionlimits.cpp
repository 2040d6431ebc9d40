// A hostile or broken server cannot make Charla's memory grow without bound (DESIGN.md,
// "Security defaults"; RFC 6120 13.12 on resource exhaustion): a 20 MB stanza and a stanza
// nested 100,000 deep end the stream with policy-violation while they are still arriving.
// Each dialogue runs with the server's bytes in one piece and again with the start of the
// hostile stanza cut into 1-byte pieces (20 MB byte by byte would take hours), same outcome.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "stream/Session.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::addChunkRows;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kMaxGrowthKb = 100 * 1024; // 100 MiB


/// A "VmRSS:"-style line of /proc/self/status, in kB; -1 if unreadable.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Watches the peak resident memory of the process from now on: VmHWM after resetting it
/// through /proc/self/clear_refs (Linux 4.0+), else the highest VmRSS seen every 5 ms.
class MemoryWatch
{
public:
    MemoryWatch()
    {
        m_before = statusKb("VmRSS");
        QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
        m_hwmReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
        m_peak = m_before;
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { sample(); });
        m_timer.start(5);
    }
    /// Growth of the peak over the starting RSS, in kB.
    qint64 peakGrowthKb()
    {
        sample();
        if (m_hwmReset)
            m_peak = std::max(m_peak, statusKb("VmHWM"));
        return m_peak - m_before;
    }
    bool valid() const { return m_before > 0; }

private:
    void sample() { m_peak = std::max(m_peak, statusKb("VmRSS")); }
    QTimer m_timer;
    qint64 m_before = -1;
    qint64 m_peak = -1;
    bool m_hwmReset = false;
};

/// The client's stream error, if it sent one: its condition.
QString clientStreamError(const FakeServer &server)
{
    for (const Element &e : server.received()) {
        if (e.name() == QLatin1String("error") &&
            e.ns() == QLatin1String("http://etherx.jabber.org/streams") && !e.children().isEmpty())
            return e.children().first().name();
    }
    return QString();
}
} // namespace

class TestSessionLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void hugeStanza_data();
    void hugeStanza();
    void deepNesting_data();
    void deepNesting();

private:
    void scriptEstablished(FakeServer &server);
    /// Runs the session against @p server until the client gives up, and checks that it did so
    /// with policy-violation, without delivering anything and without its memory exploding.
    void expectPolicyViolation(FakeServer &server);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestSessionLimits::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

void TestSessionLimits::scriptEstablished(FakeServer &server)
{
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
}

void TestSessionLimits::expectPolicyViolation(FakeServer &server)
{
    QVERIFY(server.listen());
    Session session;
    SessionConfig c;
    c.jid = QStringLiteral("alice@localhost");
    c.password = QStringLiteral("secret");
    c.resource = QStringLiteral("charla");
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.caCertificates = {m_ca->caCertificate()};
    session.setConfig(c);
    QSignalSpy established(&session, &Session::established);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy stanzas(&session, &Session::stanzaReceived);

    // The parser logs the stream error it raises; here it is the expected outcome.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "^stream error policy-violation near byte \\d+$")));
    MemoryWatch memory;
    QVERIFY(memory.valid());
    session.connectToServer();
    // The script ends either with the expected stream error, or (when the client hangs up
    // before the server could push every byte into the socket) with "the connection closed
    // while the server was sending": both mean the client stopped reading. Which one depends on
    // the kernel's socket buffers, so the outcome is checked on what the client did instead.
    if (!server.waitForScript(30000)) {
        const QString failure = server.failures().join(u'\n');
        QVERIFY2(failure.contains(QLatin1String("connection")) &&
                     failure.contains(QLatin1String("closed")),
                 qPrintable(failure));
    }
    QVERIFY(errors.size() == 1 || errors.wait(10000));
    QCOMPARE(established.size(), 1);
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Stream);
    QCOMPARE(error.condition, QStringLiteral("policy-violation"));
    QVERIFY(stanzas.isEmpty());
    QCOMPARE(session.state(), Session::State::Disconnected);
    // RFC 6120 4.9.1.1: the client says why before it closes.
    QCOMPARE(clientStreamError(server), QStringLiteral("policy-violation"));
    const qint64 growth = memory.peakGrowthKb();
    QVERIFY2(growth < kMaxGrowthKb,
             qPrintable(QStringLiteral("memory grew by %1 MiB").arg(growth / 1024)));
    qInfo("peak memory growth: %lld MiB", growth / 1024);
}

void TestSessionLimits::hugeStanza_data()
{
    QTest::addColumn<int>("mebibytes");
    QTest::addColumn<int>("chunk");
    // 20 MiB: just over the 16 MiB stanza limit. 200 MiB: what a client without a limit would
    // try to hold (several times that in memory), so the memory bound below could not hold.
    for (int mebibytes : {20, 200}) {
        QTest::addRow("%dMiB/one-piece", mebibytes) << mebibytes << 0;
        QTest::addRow("%dMiB/1-byte", mebibytes) << mebibytes << 1;
    }
}

void TestSessionLimits::hugeStanza()
{
    QFETCH(int, mebibytes);
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptEstablished(server);
    // The body goes in 256 KiB steps that share one buffer, so the server holds one piece and
    // the only memory that could grow is the client's.
    const QByteArray piece(256 * 1024, 'a');
    server.sendRaw("<message from='bob@localhost/x' to='alice@localhost/charla' id='big'><body>")
        .sendRaw(QByteArray(4096, 'a'))
        .call([&server] { server.setChunkSize(0); });
    for (qint64 sent = 0; sent < mebibytes * kMiB; sent += piece.size())
        server.sendRaw(piece);
    server.sendRaw("</body></message>")
        .expectMatching(QStringLiteral("stream error"), [](const Element &e, QString *why) {
            *why = QStringLiteral("expected <stream:error/>");
            return e.name() == QLatin1String("error");
        });
    expectPolicyViolation(server);
}

void TestSessionLimits::deepNesting_data()
{
    addChunkRows();
}

void TestSessionLimits::deepNesting()
{
    // 100,000 open elements in 300 KB: far below the size limit, so only the depth limit can
    // stop it (a recursive reader or an unbounded element stack would not).
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    scriptEstablished(server);
    QByteArray deep("<message from='bob@localhost/x' to='alice@localhost/charla' id='deep'>");
    deep.reserve(deep.size() + 300000);
    for (int i = 0; i < 100000; ++i)
        deep += "<a>";
    server.sendRaw(deep).expectMatching(QStringLiteral("stream error"),
                                        [](const Element &e, QString *why) {
                                            *why = QStringLiteral("expected <stream:error/>");
                                            return e.name() == QLatin1String("error");
                                        });
    expectPolicyViolation(server);
}

QTEST_GUILESS_MAIN(TestSessionLimits)
#include "tst_sessionlimits.moc"
