// FakeServer is what every session test stands on: if it let a wrong element through, or cut the
// dialogue differently from what it claims, those tests would pass for the wrong reason. So it
// is tested here against a client written by hand on a raw QSslSocket, with none of our stream
// code, and every dialogue is played with the server's bytes in one piece and in 1-byte pieces.
#include "FakeServer.h"
#include "FakeServerMatch.h"
#include "TestCa.h"
#include "stanza/Element.h"

#include <QDeadlineTimer>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using charla::Element;
using charla::test::FakeServer;
using charla::test::TestCa;
namespace fakeserver = charla::test::fakeserver;

namespace {

const QByteArray kClientHeader =
    QByteArrayLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                      "xmlns:stream='http://etherx.jabber.org/streams' to='localhost' "
                      "version='1.0'>");
const auto kStartTls = QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
const auto kProceed = QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
constexpr int kTimeout = 10000;

/// Runs the event loop until @p done. Unlike QTest::qWaitFor (which sleeps 10 ms a turn in Qt
/// 6.4), it wakes on every event, so 1-byte replays take milliseconds, not seconds.
template<typename Predicate> bool waitUntil(Predicate done, int timeoutMs = kTimeout)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop to look at the deadline
    tick.start(10);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

QString randomId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

Element xml(const QString &text)
{
    return Element::fromXml(text);
}

/// A client that speaks XMPP by hand: it writes strings and reads what arrives as text.
class RawClient
{
public:
    explicit RawClient(const QSslCertificate &ca)
    {
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] {
            const QByteArray data = m_socket.readAll();
            ++m_readyReads;
            m_stream += data;
            m_all += data;
        });
        QObject::connect(&m_socket, &QAbstractSocket::disconnected, &m_socket,
                         [this] { m_disconnected = true; });
        QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket,
                         [this](const QList<QSslError> &errors) {
                             for (const QSslError &e : errors)
                                 m_sslErrors << e.errorString();
                         });
        // The test CA is the only trusted root, as for a person who pinned it.
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates({ca});
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(conf);
    }

    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return waitUntil([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                         kTimeout);
    }

    /// In 1-byte mode every byte is flushed on its own with an event-loop turn, so the server's
    /// incremental reader sees the client's elements cut at every position too.
    void setOneByteWrites(bool on) { m_oneByte = on; }

    void send(const QByteArray &bytes)
    {
        if (!m_oneByte) {
            m_socket.write(bytes);
            m_socket.flush();
            return;
        }
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            m_socket.write(bytes.constData() + i, 1);
            m_socket.flush();
            QCoreApplication::processEvents();
        }
    }
    void send(const QString &text) { send(text.toUtf8()); }

    /// The current stream as a tree: its header with the complete elements read so far.
    Element stream() const
    {
        QByteArray doc = m_stream;
        if (!doc.contains("</stream:stream>"))
            doc += "</stream:stream>";
        return Element::fromXml(doc);
    }
    QList<Element> elements() const { return stream().children(); }
    bool waitForElements(qsizetype n)
    {
        return waitUntil([&] { return elements().size() >= n; }, kTimeout);
    }

    bool startTls()
    {
        m_stream.clear();
        m_socket.setPeerVerifyName(QStringLiteral("localhost"));
        m_socket.startClientEncryption();
        return waitUntil(
                   [&] {
                       return m_socket.isEncrypted() || m_disconnected || !m_sslErrors.isEmpty();
                   },
                   kTimeout) &&
               m_socket.isEncrypted();
    }

    bool waitForDisconnect()
    {
        return waitUntil([&] { return m_disconnected; }, kTimeout);
    }

    QSslSocket m_socket;
    QByteArray m_stream; ///< bytes of the current stream (cleared for TLS)
    QByteArray m_all;    ///< every byte received
    QStringList m_sslErrors;
    int m_readyReads = 0;
    bool m_disconnected = false;
    bool m_oneByte = false;
};

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void patterns_data();
    void patterns();
    void substitution();

    void startTlsAndIqDialogue_data();
    void startTlsAndIqDialogue();
    void wrongElementFailsNamingTheStep_data();
    void wrongElementFailsNamingTheStep();
    void wildcardsAndCaptures_data();
    void wildcardsAndCaptures();
    void clientRejectsUntrustedCertificate_data();
    void clientRejectsUntrustedCertificate();
    void predicatesAndCalls_data();
    void predicatesAndCalls();
    void restartKeepsPipelinedBytes_data();
    void restartKeepsPipelinedBytes();
    void closeAbruptlyIsADisconnect_data();
    void closeAbruptlyIsADisconnect();
    void closeStreamBothWays_data();
    void closeStreamBothWays();
    void sendRawIsByteExact_data();
    void sendRawIsByteExact();
    void timeoutNamesTheWaitingStep_data();
    void timeoutNamesTheWaitingStep();
    void secondConnectionIsClosed();
    void listensOnLoopbackOnly();

private:
    void chunkRows();
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestFakeServer::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY2(!m_leaf.certFile.isEmpty(), qPrintable(m_ca->error()));
}

void TestFakeServer::chunkRows()
{
    QTest::addColumn<int>("chunkSize");
    QTest::newRow("one piece") << 0;
    QTest::newRow("1-byte pieces") << 1;
}

// --- The matching rules, without a socket ------------------------------------------------------

void TestFakeServer::patterns_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("capture"); // name=value, or why it does not match
    QTest::newRow("attribute order and quotes")
        << "<iq type='get' id='1'/>"
        << "<iq id=\"1\" type=\"get\"/>" << true << QString();
    QTest::newRow("star attribute") << "<iq type='get' id='*'/>"
                                    << "<iq type='get' id='x9'/>" << true << QString();
    QTest::newRow("star needs the attribute")
        << "<iq type='get' id='*'/>"
        << "<iq type='get'/>" << false << "attribute id is missing";
    QTest::newRow("capture attribute") << "<iq type='set' id='$id'/>"
                                       << "<iq type='set' id='b-7'/>" << true << "id=b-7";
    QTest::newRow("capture text")
        << "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>$creds</auth>"
        << "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGEAYg==</auth>"
        << true << "creds=AGEAYg==";
    QTest::newRow("capture nested")
        << "<iq type='set' id='*'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
           "<resource>$res</resource></bind></iq>"
        << "<iq type='set' id='1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
           "<resource>laptop</resource></bind></iq>"
        << true << "res=laptop";
    QTest::newRow("wrong value") << "<iq type='get'/>"
                                 << "<iq type='set'/>" << false
                                 << "attribute type is 'set', expected 'get'";
    QTest::newRow("extra attribute")
        << "<presence/>"
        << "<presence type='unavailable'/>" << false << "unexpected attribute type";
    QTest::newRow("namespace") << kStartTls << "<starttls/>" << false << "expected <starttls";
    QTest::newRow("child") << "<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq>"
                           << "<iq type='get'><pong xmlns='urn:xmpp:ping'/></iq>" << false
                           << "expected <ping";
    QTest::newRow("missing child") << "<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq>"
                                   << "<iq type='get'/>" << false << "child <ping> is missing";
    QTest::newRow("text") << "<message><body>hi</body></message>"
                          << "<message><body>ho</body></message>" << false
                          << "text is 'ho', expected 'hi'";
}

void TestFakeServer::patterns()
{
    QFETCH(QString, expected);
    QFETCH(QString, actual);
    QFETCH(bool, matches);
    QFETCH(QString, capture);
    QString error;
    const Element pattern = fakeserver::parseExpectation(expected, &error);
    QVERIFY2(!pattern.isNull(), qPrintable(error));
    // What the client sends is read inside its stream, where jabber:client is the default.
    const Element element = fakeserver::parseExpectation(actual, &error);
    QVERIFY2(!element.isNull(), qPrintable(error));
    fakeserver::Variables captures;
    QString difference;
    QCOMPARE(fakeserver::matchExpectation(pattern, element, &captures, &difference), matches);
    if (matches) {
        if (!capture.isEmpty()) {
            const QStringList kv = capture.split(QLatin1Char('='));
            QCOMPARE(captures.value(kv.at(0)), capture.mid(kv.at(0).size() + 1));
        }
    } else {
        QVERIFY2(difference.contains(capture), qPrintable(difference));
        QVERIFY(captures.isEmpty());
    }
}

void TestFakeServer::substitution()
{
    const fakeserver::Variables vars{{QStringLiteral("id"), QStringLiteral("a'b&<c>")}};
    QString error;
    QCOMPARE(
        fakeserver::substituteVariables(QStringLiteral("<iq id='$id' x='$$5'/>"), vars, &error),
        QStringLiteral("<iq id='a&apos;b&amp;&lt;c&gt;' x='$5'/>"));
    QVERIFY(
        fakeserver::substituteVariables(QStringLiteral("<iq id='$nope'/>"), vars, &error).isNull());
    QVERIFY2(error.contains(QLatin1String("$nope")), qPrintable(error));
    QString broken;
    QVERIFY(fakeserver::parseExpectation(QStringLiteral("<iq>"), &broken).isNull());
    QVERIFY(!broken.isEmpty());
}

// --- Dialogues over a socket -------------------------------------------------------------------

void TestFakeServer::startTlsAndIqDialogue_data()
{
    chunkRows();
}

void TestFakeServer::startTlsAndIqDialogue()
{
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.setCertificate(m_leaf);
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral(
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"))
        .expect(kStartTls)
        .send(kProceed)
        .startTls()
        .restartStream()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"))
        .expect(QStringLiteral("<iq type='get' id='$id'><ping xmlns='urn:xmpp:ping'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$id' from='localhost'/>"));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);

    RawClient client(m_ca->caCertificate());
    client.setOneByteWrites(chunkSize == 1);
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    const Element header = client.stream();
    QCOMPARE(header.attribute(QStringLiteral("from")), QStringLiteral("localhost"));
    QCOMPARE(header.attribute(QStringLiteral("version")), QStringLiteral("1.0"));
    QCOMPARE(header.attribute(QStringLiteral("id")), server.streamId());
    QCOMPARE(client.elements().at(0),
             xml(QStringLiteral("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
                                "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/>"
                                "</starttls></stream:features>")));

    client.send(kStartTls);
    QVERIFY(client.waitForElements(2));
    QCOMPARE(client.elements().at(1), xml(kProceed));
    QVERIFY2(client.startTls(), qPrintable(client.m_sslErrors.join(QLatin1Char('\n')) +
                                           server.failures().join(QLatin1Char('\n'))));
    QVERIFY(client.m_socket.peerCertificate() == m_leaf.certificate);
    const QString firstStreamId = server.streamId();

    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    QCOMPARE(client.stream().attribute(QStringLiteral("id")), server.streamId());
    QVERIFY(server.streamId() != firstStreamId);
    const QString id = randomId();
    client.send(
        QStringLiteral("<iq type='get' id='%1'><ping xmlns='urn:xmpp:ping'/></iq>").arg(id));
    QVERIFY(client.waitForElements(2));
    const Element result = client.elements().at(1);
    QCOMPARE(result.name(), QStringLiteral("iq"));
    QCOMPARE(result.ns(), QStringLiteral("jabber:client"));
    QCOMPARE(result.attribute(QStringLiteral("type")), QStringLiteral("result"));
    QCOMPARE(result.attribute(QStringLiteral("id")), id);

    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QVERIFY(server.failures().isEmpty());
    QCOMPARE(server.variable(QStringLiteral("id")), id);
    QCOMPARE(server.received().size(), 2);
    QCOMPARE(server.received().at(0), xml(kStartTls));
    QCOMPARE(server.clientStreamHeader().attribute(QStringLiteral("to")),
             QStringLiteral("localhost"));
    QVERIFY(!server.clientDisconnected());
    QCOMPARE(server.rejectedConnections(), 0);
    if (chunkSize == 1) {
        // 2 headers and 4 elements reached the client; 1-byte pieces must arrive as many reads.
        const int elements = 6;
        QVERIFY2(client.m_readyReads > elements * 10,
                 qPrintable(QString::number(client.m_readyReads)));
    }
}

void TestFakeServer::wrongElementFailsNamingTheStep_data()
{
    chunkRows();
}

void TestFakeServer::wrongElementFailsNamingTheStep()
{
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen()
        .sendStreamOpen()
        .sendFeatures()
        .expect(QStringLiteral("<iq type='get' id='*'><ping xmlns='urn:xmpp:ping'/></iq>"))
        .send(QStringLiteral("<never-sent xmlns='urn:x'/>"));
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    client.send(QByteArrayLiteral("<iq type='set' id='a1'><ping xmlns='urn:xmpp:ping'/></iq>"));

    QVERIFY(!server.waitForScript(kTimeout));
    QVERIFY(server.hasFailed());
    QVERIFY(!server.isFinished());
    const QStringList failures = server.failures();
    QCOMPARE(failures.size(), 1);
    const QString f = failures.first();
    QVERIFY2(f.startsWith(QLatin1String("step 4 of 5, expect(<iq type='get' id='*'>")),
             qPrintable(f));
    QVERIFY2(f.contains(QLatin1String("attribute type is 'set', expected 'get'")), qPrintable(f));
    QVERIFY2(f.contains(QLatin1String("received:\n<iq xmlns=\"jabber:client\"")), qPrintable(f));
    QVERIFY2(f.contains(QLatin1String("type=\"set\"")), qPrintable(f));
    // The script stopped: the step after the mismatch never ran.
    QTest::qWait(100);
    QVERIFY(!client.m_all.contains("never-sent"));
    QVERIFY(!server.waitForScript(10)); // still failed, no second failure
    QCOMPARE(server.failures().size(), 1);
}

void TestFakeServer::wildcardsAndCaptures_data()
{
    chunkRows();
}

void TestFakeServer::wildcardsAndCaptures()
{
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    QList<Element> hooked;
    server.onReceived([&](const Element &e) { hooked.append(e); });
    server.expectStreamOpen()
        .sendStreamOpen()
        .sendFeatures()
        .expect(QStringLiteral("<message to='$peer' id='$mid' type='*'><body>*</body></message>"))
        .send(QStringLiteral("<message from='$peer' id='$mid'><body>seen $mid</body></message>"));
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    const QString mid = randomId();
    // Captured values are unescaped, and escaped again when substituted.
    client.send(QStringLiteral("<message to=\"o'neil@localhost\" id='%1' type='chat'>"
                               "<body>any &amp; every</body></message>")
                    .arg(mid));
    QVERIFY(client.waitForElements(2));
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    const Element echo = client.elements().at(1);
    QCOMPARE(echo.attribute(QStringLiteral("from")), QStringLiteral("o'neil@localhost"));
    QCOMPARE(echo.attribute(QStringLiteral("id")), mid);
    QCOMPARE(echo.childText(QStringLiteral("body")), QStringLiteral("seen ") + mid);
    QCOMPARE(server.variable(QStringLiteral("peer")), QStringLiteral("o'neil@localhost"));
    QVERIFY(hooked == server.received());
    QCOMPARE(hooked.size(), 1);
    QCOMPARE(hooked.first().childText(QStringLiteral("body")), QStringLiteral("any & every"));

    // The dialogue goes on with steps added after the first wait.
    server.expect(QStringLiteral("<presence/>")).send(QStringLiteral("<presence from='$peer'/>"));
    client.send(QByteArrayLiteral("<presence/>"));
    QVERIFY(client.waitForElements(3));
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
}

void TestFakeServer::clientRejectsUntrustedCertificate_data()
{
    chunkRows();
}

void TestFakeServer::clientRejectsUntrustedCertificate()
{
    QFETCH(int, chunkSize);
    const TestCa::Leaf untrusted = m_ca->selfSigned({QStringLiteral("localhost")});
    QVERIFY2(!untrusted.certFile.isEmpty(), qPrintable(m_ca->error()));
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.setCertificate(untrusted);
    server.expectStreamOpen()
        .sendStreamOpen()
        .sendFeatures(kStartTls)
        .expect(kStartTls)
        .send(kProceed)
        .startTlsExpectingRejection();
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    client.send(kStartTls);
    QVERIFY(client.waitForElements(2));
    QVERIFY(!client.startTls());
    QVERIFY(!client.m_sslErrors.isEmpty());
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QVERIFY(server.clientDisconnected());
}

void TestFakeServer::predicatesAndCalls_data()
{
    chunkRows();
}

void TestFakeServer::predicatesAndCalls()
{
    // What a SASL script needs: look inside the client's message, compute the answer, send it.
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen()
        .sendStreamOpen()
        .sendFeatures(QStringLiteral("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                     "<mechanism>SCRAM-SHA-1</mechanism></mechanisms>"))
        .expectMatching(
            QStringLiteral("SCRAM client-first"),
            [&](const Element &auth, QString *why) {
                const QByteArray first = QByteArray::fromBase64(auth.text().toLatin1());
                if (auth.name() != QLatin1String("auth") || !first.startsWith("n,,n=alice,r=")) {
                    *why = QStringLiteral("not a client-first for alice");
                    return false;
                }
                server.setVariable(QStringLiteral("cnonce"), QString::fromLatin1(first.mid(13)));
                return true;
            })
        .call([&] {
            const QByteArray challenge =
                QByteArray("r=" + server.variable(QStringLiteral("cnonce")).toLatin1() +
                           "srv,s=c2FsdA==,i=4096");
            server.setVariable(QStringLiteral("challenge"),
                               QString::fromLatin1(challenge.toBase64()));
        })
        .send(QStringLiteral("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>$challenge"
                             "</challenge>"))
        .expectMatching(QStringLiteral("anything"), [](const Element &, QString *why) {
            *why = QStringLiteral("deliberately refused");
            return false;
        });
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    const QByteArray nonce = randomId().toLatin1();
    client.send(
        QByteArray("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>" +
                   QByteArray("n,,n=alice,r=" + nonce).toBase64() + "</auth>"));
    QVERIFY(client.waitForElements(2));
    QCOMPARE(QByteArray::fromBase64(client.elements().at(1).text().toLatin1()),
             QByteArray("r=" + nonce + "srv,s=c2FsdA==,i=4096"));
    client.send(QByteArrayLiteral("<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    QVERIFY(!server.waitForScript(kTimeout));
    const QString f = server.failures().first();
    QVERIFY2(
        f.startsWith(QLatin1String("step 7 of 7, expectMatching(anything): deliberately refused")),
        qPrintable(f));
    QVERIFY2(f.contains(QLatin1String("<response xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"/>")),
             qPrintable(f));
}

void TestFakeServer::restartKeepsPipelinedBytes_data()
{
    chunkRows();
}

void TestFakeServer::restartKeepsPipelinedBytes()
{
    // The end of one stream and the start of the next in one read: the restart must hand the
    // exact rest to the fresh reader.
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen()
        .sendStreamOpen()
        .sendFeatures(QStringLiteral("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                     "<mechanism>PLAIN</mechanism></mechanisms>"))
        .expect(QStringLiteral("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' "
                               "mechanism='PLAIN'>$creds</auth>"))
        .send(QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"))
        .restartStream()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"));
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    client.setOneByteWrites(chunkSize == 1);
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForElements(1));
    client.send(QByteArray(QByteArrayLiteral("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' "
                                             "mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>\n") +
                           kClientHeader));
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QCOMPARE(server.variable(QStringLiteral("creds")), QStringLiteral("AGFsaWNlAHNlY3JldA=="));
    QCOMPARE(server.clientStreamHeader().attribute(QStringLiteral("to")),
             QStringLiteral("localhost"));
    QVERIFY(waitUntil(
        [&] {
            return client.m_all.count("<stream:stream") == 2 &&
                   client.m_all.endsWith("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                                         "</stream:features>");
        },
        kTimeout));

    // Without a restart step the new header is a failure that says so, not a parse error.
    FakeServer strict;
    strict.expectStreamOpen()
        .sendStreamOpen()
        .expect(QStringLiteral("<a xmlns='urn:x'/>"))
        .expect(QStringLiteral("<b xmlns='urn:x'/>"));
    QVERIFY(strict.listen());
    RawClient other(m_ca->caCertificate());
    QVERIFY(other.connectTo(strict.port()));
    other.send(QByteArray(kClientHeader + "<a xmlns='urn:x'/>" + kClientHeader));
    QVERIFY(!strict.waitForScript(kTimeout));
    QVERIFY2(strict.failures().first().contains(QLatin1String("step 4 of 4")) &&
                 strict.failures().first().contains(QLatin1String("began a new stream")),
             qPrintable(strict.failures().first()));
}

void TestFakeServer::closeAbruptlyIsADisconnect_data()
{
    chunkRows();
}

void TestFakeServer::closeAbruptlyIsADisconnect()
{
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen().sendStreamOpen().sendFeatures().closeAbruptly();
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(client.waitForDisconnect());
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QVERIFY(!client.m_all.contains("</stream:stream>"));
    QVERIFY(!server.clientDisconnected()); // the server hung up, not the client
}

void TestFakeServer::closeStreamBothWays_data()
{
    chunkRows();
}

void TestFakeServer::closeStreamBothWays()
{
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen()
        .sendStreamOpen()
        .sendFeatures()
        .closeStream()
        .expectStreamClose()
        .expectDisconnect();
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(waitUntil([&] { return client.m_all.endsWith("</stream:stream>"); }, kTimeout));
    client.send(QByteArrayLiteral("</stream:stream>"));
    client.m_socket.disconnectFromHost();
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QVERIFY(server.clientDisconnected());
    QVERIFY(server.received().isEmpty());
}

void TestFakeServer::sendRawIsByteExact_data()
{
    chunkRows();
}

void TestFakeServer::sendRawIsByteExact()
{
    // Hostile input is sent exactly as written, including a multi-byte character that 1-byte
    // pieces cut in the middle.
    QFETCH(int, chunkSize);
    const QByteArray hostile = QStringLiteral("<message><body>\u00bfQu\u00e9? \U0001F600</body>"
                                              "<!-- comment --><x>&undeclared;")
                                   .toUtf8();
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen().sendStreamOpen().sendRaw(hostile);
    QVERIFY(server.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(server.port()));
    client.send(kClientHeader);
    QVERIFY(waitUntil([&] { return client.m_all.endsWith(hostile); }, kTimeout));
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    if (chunkSize == 1)
        QVERIFY(client.m_readyReads > 10);
}

void TestFakeServer::timeoutNamesTheWaitingStep_data()
{
    chunkRows();
}

void TestFakeServer::timeoutNamesTheWaitingStep()
{
    QFETCH(int, chunkSize);
    FakeServer server;
    server.setChunkSize(chunkSize);
    server.expectStreamOpen().sendStreamOpen().expect(QStringLiteral("<x xmlns='urn:x'/>"));
    QVERIFY(!server.waitForScript(50)); // nobody connected yet
    QVERIFY2(server.failures().first().contains(QLatin1String("listen() was not called")),
             qPrintable(server.failures().first()));

    FakeServer waiting;
    waiting.setChunkSize(chunkSize);
    waiting.expectStreamOpen().sendStreamOpen().expect(QStringLiteral("<x xmlns='urn:x'/>"));
    QVERIFY(waiting.listen());
    RawClient client(m_ca->caCertificate());
    QVERIFY(client.connectTo(waiting.port()));
    client.send(QByteArray(kClientHeader + "<x xmlns='urn:x'"));
    QVERIFY(!waiting.waitForScript(300));
    const QString f = waiting.failures().first();
    QVERIFY2(f.startsWith(
                 QLatin1String("step 3 of 3, expect(<x xmlns='urn:x'/>): timed out after 300 ms")),
             qPrintable(f));
    QVERIFY2(f.contains(QLatin1String("incomplete data from the client")), qPrintable(f));
}

void TestFakeServer::secondConnectionIsClosed()
{
    FakeServer server;
    server.expectStreamOpen().sendStreamOpen().sendFeatures();
    QVERIFY(server.listen());
    RawClient first(m_ca->caCertificate());
    QVERIFY(first.connectTo(server.port()));
    // The kernel completes the second handshake; the server then closes it at once.
    RawClient second(m_ca->caCertificate());
    second.m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    QVERIFY(second.waitForDisconnect());
    first.send(kClientHeader);
    QVERIFY2(server.waitForScript(kTimeout), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QVERIFY(first.waitForElements(1));
    QVERIFY(second.m_all.isEmpty());
    QCOMPARE(server.rejectedConnections(), 1);
}

void TestFakeServer::listensOnLoopbackOnly()
{
    FakeServer server;
    QCOMPARE(server.port(), quint16(0));
    QVERIFY(server.listen());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
    // Any other address of this machine must refuse the port.
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket probe;
        probe.connectToHost(address, server.port());
        QVERIFY(waitUntil([&] { return probe.state() == QAbstractSocket::UnconnectedState; },
                          kTimeout));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    }
    QCOMPARE(server.rejectedConnections(), 0);
    QVERIFY(!server.clientConnected());
}

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
