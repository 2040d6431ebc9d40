// The Prosody fixture is the ground every integration test stands on. Check it with a raw socket
// (not Charla's Session, which is under test elsewhere): STARTTLS is offered and required, the
// certificate verifies against the fixture's CA and nothing else, SCRAM-SHA-1 is offered after
// TLS, Direct TLS works, accounts made by createAccount() log in, and stop() leaves nothing behind.
#include "ProsodyFixture.h"
#include "TestCa.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

#include <cerrno>
#include <csignal>

using charla::test::ProsodyFixture;
using charla::test::TestCa;

namespace {

constexpr int kTimeoutMs = 10000;

const QString kUser = QStringLiteral("juliet");
const QString kPassword = QStringLiteral("balcony-Pa55 word");

/// What a client learns from the server's stream header and first <stream:features/>.
struct StreamHead
{
    bool complete = false; ///< the features element has ended
    QString from;
    QString version;
    bool starttls = false;
    bool starttlsRequired = false;
    QStringList mechanisms;
};

StreamHead parseHead(const QByteArray &bytes)
{
    StreamHead head;
    QXmlStreamReader r(bytes);
    int depth = 0;
    bool inFeatures = false;
    QString featureChildName;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth == 1 && r.name() == u"stream") {
                head.from = r.attributes().value(QLatin1String("from")).toString();
                head.version = r.attributes().value(QLatin1String("version")).toString();
            } else if (depth == 2 && r.name() == u"features") {
                inFeatures = true;
            } else if (inFeatures && depth == 3) {
                featureChildName = r.name().toString();
                if (r.name() == u"starttls" &&
                    r.namespaceUri() == u"urn:ietf:params:xml:ns:xmpp-tls")
                    head.starttls = true;
            } else if (inFeatures && depth == 4 && featureChildName == u"starttls" &&
                       r.name() == u"required") {
                head.starttlsRequired = true;
            } else if (inFeatures && depth == 4 && featureChildName == u"mechanisms" &&
                       r.name() == u"mechanism") {
                head.mechanisms << r.readElementText(); // consumes the end element
                --depth;
            }
        } else if (r.isEndElement()) {
            if (inFeatures && depth == 2) {
                head.complete = true;
                break;
            }
            --depth;
        }
    }
    return head;
}

/// Reads from @p socket until @p done accepts what has arrived, or the timeout.
QByteArray readUntil(QAbstractSocket &socket, const std::function<bool(const QByteArray &)> &done)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (!done(data) && timer.elapsed() < kTimeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100) &&
            socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
    }
    return data;
}

StreamHead readHead(QAbstractSocket &socket)
{
    const QByteArray data =
        readUntil(socket, [](const QByteArray &d) { return parseHead(d).complete; });
    return parseHead(data);
}

void openStream(QAbstractSocket &socket)
{
    socket.write("<?xml version='1.0'?><stream:stream to='localhost' version='1.0' xml:lang='en' "
                 "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
}

bool contains(const QByteArray &data, const char *text)
{
    return data.contains(text);
}

QString describe(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors)
        parts << e.errorString();
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void plainC2sRequiresStartTls();
    void startTlsVerifiesAgainstTheFixtureCa();
    void directTlsSpeaksTlsImmediately();
    void tlsFailsWithAnotherCaOrName();
    void createdAccountLogsIn();
    void uploadServiceAnswersOnHttpPort();
    void restartKeepsPortsAndAccounts();
    void stopEndsProcessAndClosesPorts();
    void badConfigFailsWithTheReason();
    void missingProsodyFailsWithTheFix();

private:
    QSslConfiguration trusting(const QString &caFile) const;
    /// Connects to the Direct TLS port trusting only the fixture's CA; @p why says why not.
    bool connectDirectTls(QSslSocket &socket, QString *why);
    /// SASL PLAIN over an encrypted stream whose features were read; the server's answer.
    QByteArray authenticate(QSslSocket &socket, const QString &user, const QString &password);

    ProsodyFixture m_prosody;
};

QSslConfiguration TestProsody::trusting(const QString &caFile) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Replaces the system store: the fixture's CA is the only trust anchor.
    config.setCaCertificates(QSslCertificate::fromPath(caFile));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

bool TestProsody::connectDirectTls(QSslSocket &socket, QString *why)
{
    socket.setSslConfiguration(trusting(m_prosody.caFile()));
    socket.connectToHostEncrypted(m_prosody.host(), m_prosody.directTlsPort(), m_prosody.domain());
    if (socket.waitForEncrypted(kTimeoutMs))
        return true;
    *why = socket.errorString() + QStringLiteral(": ") + describe(socket.sslHandshakeErrors());
    return false;
}

QByteArray TestProsody::authenticate(QSslSocket &socket, const QString &user,
                                     const QString &password)
{
    const QByteArray plain =
        QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    socket.write("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" +
                 plain.toBase64() + "</auth>");
    return readUntil(socket, [](const QByteArray &d) {
        return contains(d, "</success>") || contains(d, "<success") || contains(d, "</failure>");
    });
}

void TestProsody::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    const qint64 started = timer.elapsed();
    QVERIFY2(m_prosody.createAccount(kUser, kPassword, &error), qPrintable(error));
    qInfo("Prosody %lld up on c2s %u, direct TLS %u, http %u in %lld ms (account +%lld ms)",
          m_prosody.pid(), m_prosody.c2sPort(), m_prosody.directTlsPort(), m_prosody.httpPort(),
          started, timer.elapsed() - started);
    QVERIFY(m_prosody.c2sPort() != m_prosody.directTlsPort());
    QVERIFY(m_prosody.c2sPort() != m_prosody.httpPort());
}

void TestProsody::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("Prosody log (tail):\n%s", qPrintable(m_prosody.logTail(60)));
}

void TestProsody::plainC2sRequiresStartTls()
{
    QTcpSocket socket;
    socket.connectToHost(m_prosody.host(), m_prosody.c2sPort());
    QVERIFY2(socket.waitForConnected(kTimeoutMs), qPrintable(socket.errorString()));
    openStream(socket);
    const StreamHead head = readHead(socket);
    QVERIFY2(head.complete, "no <stream:features/> on the plain c2s port");
    QCOMPARE(head.from, m_prosody.domain());
    QCOMPARE(head.version, QStringLiteral("1.0"));
    QVERIFY(head.starttls);
    QVERIFY(head.starttlsRequired);
    // RFC 6120 5.3.1 + c2s_require_encryption: no way to authenticate before TLS.
    QVERIFY2(head.mechanisms.isEmpty(), qPrintable(head.mechanisms.join(QLatin1Char(' '))));
}

void TestProsody::startTlsVerifiesAgainstTheFixtureCa()
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(m_prosody.caFile()));
    socket.connectToHost(m_prosody.host(), m_prosody.c2sPort());
    QVERIFY2(socket.waitForConnected(kTimeoutMs), qPrintable(socket.errorString()));
    openStream(socket);
    QVERIFY(readHead(socket).starttls);

    socket.write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    const QByteArray answer =
        readUntil(socket, [](const QByteArray &d) { return contains(d, "<proceed"); });
    QVERIFY2(answer.contains("<proceed"), answer.constData());

    // RFC 6120 13.7.2: the certificate is checked against the domain, not the address dialled.
    socket.setPeerVerifyName(m_prosody.domain());
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(kTimeoutMs),
             qPrintable(socket.errorString() + QStringLiteral(": ") +
                        describe(socket.sslHandshakeErrors())));
    QVERIFY(socket.sslHandshakeErrors().isEmpty());
    QVERIFY(socket.peerCertificate()
                .subjectAlternativeNames()
                .values(QSsl::DnsEntry)
                .contains(m_prosody.domain()));

    // RFC 6120 5.4.3.3: a new stream over TLS.
    openStream(socket);
    const StreamHead head = readHead(socket);
    QVERIFY2(head.complete, "no <stream:features/> after STARTTLS");
    QCOMPARE(head.from, m_prosody.domain());
    QVERIFY(!head.starttls);
    QVERIFY2(head.mechanisms.contains(QStringLiteral("SCRAM-SHA-1")),
             qPrintable(head.mechanisms.join(QLatin1Char(' '))));
}

void TestProsody::directTlsSpeaksTlsImmediately()
{
    QSslSocket socket;
    QString why;
    QVERIFY2(connectDirectTls(socket, &why), qPrintable(why));
    QCOMPARE(socket.peerCertificate().issuerInfo(QSslCertificate::CommonName),
             QSslCertificate::fromPath(m_prosody.caFile())
                 .value(0)
                 .subjectInfo(QSslCertificate::CommonName));
    // XEP-0368: no STARTTLS step, the stream starts over TLS.
    openStream(socket);
    const StreamHead head = readHead(socket);
    QVERIFY2(head.complete, "no <stream:features/> on the Direct TLS port");
    QCOMPARE(head.from, m_prosody.domain());
    QVERIFY(!head.starttls);
    QVERIFY2(head.mechanisms.contains(QStringLiteral("SCRAM-SHA-1")),
             qPrintable(head.mechanisms.join(QLatin1Char(' '))));
}

void TestProsody::tlsFailsWithAnotherCaOrName()
{
    {
        // The system store does not know the test CA.
        QSslSocket socket;
        socket.connectToHostEncrypted(m_prosody.host(), m_prosody.directTlsPort(),
                                      m_prosody.domain());
        QVERIFY(!socket.waitForEncrypted(kTimeoutMs));
        QVERIFY(!socket.sslHandshakeErrors().isEmpty());
    }
    {
        // Another throw-away CA does not vouch for this server either.
        TestCa other(QStringLiteral("Some Other CA"));
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        QSslSocket socket;
        socket.setSslConfiguration(trusting(other.caFile()));
        socket.connectToHostEncrypted(m_prosody.host(), m_prosody.directTlsPort(),
                                      m_prosody.domain());
        QVERIFY(!socket.waitForEncrypted(kTimeoutMs));
        QVERIFY(!socket.sslHandshakeErrors().isEmpty());
    }
    {
        // The right CA, the wrong name. Prosody 0.12 ends the handshake itself with a fatal
        // "unrecognized_name" alert when the SNI is none of its hosts, before our name check
        // can run; either way the stream must not become encrypted.
        QSslSocket socket;
        socket.setSslConfiguration(trusting(m_prosody.caFile()));
        socket.connectToHostEncrypted(m_prosody.host(), m_prosody.directTlsPort(),
                                      QStringLiteral("example.org"));
        QVERIFY(!socket.waitForEncrypted(kTimeoutMs));
        bool refused = socket.errorString().contains(QLatin1String("unrecognized name"));
        for (const QSslError &e : socket.sslHandshakeErrors())
            refused |= e.error() == QSslError::HostNameMismatch;
        QVERIFY2(refused, qPrintable(socket.errorString() + QStringLiteral(" | ") +
                                     describe(socket.sslHandshakeErrors())));
    }
    {
        // The name check itself, on the chain Prosody really serves.
        QSslSocket socket;
        QString why;
        QVERIFY2(connectDirectTls(socket, &why), qPrintable(why));
        const QList<QSslCertificate> chain =
            socket.peerCertificateChain() + QSslCertificate::fromPath(m_prosody.caFile());
        bool mismatch = false;
        for (const QSslError &e : QSslCertificate::verify(chain, QStringLiteral("example.org")))
            mismatch |= e.error() == QSslError::HostNameMismatch;
        QVERIFY(mismatch);
    }
}

void TestProsody::createdAccountLogsIn()
{
    {
        QSslSocket socket;
        QString why;
        QVERIFY2(connectDirectTls(socket, &why), qPrintable(why));
        openStream(socket);
        QVERIFY(readHead(socket).mechanisms.contains(QStringLiteral("PLAIN")));
        const QByteArray answer = authenticate(socket, kUser, kPassword);
        QVERIFY2(answer.contains("<success"), answer.constData());
    }
    {
        QSslSocket socket;
        QString why;
        QVERIFY2(connectDirectTls(socket, &why), qPrintable(why));
        openStream(socket);
        QVERIFY(readHead(socket).complete);
        const QByteArray answer = authenticate(socket, kUser, QStringLiteral("wrong"));
        QVERIFY2(answer.contains("<not-authorized"), answer.constData());
    }
}

void TestProsody::uploadServiceAnswersOnHttpPort()
{
    QTcpSocket socket;
    socket.connectToHost(m_prosody.host(), m_prosody.httpPort());
    QVERIFY2(socket.waitForConnected(kTimeoutMs), qPrintable(socket.errorString()));
    socket.write("GET /file_share/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const QByteArray answer =
        readUntil(socket, [](const QByteArray &d) { return contains(d, "\r\n\r\n"); });
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
}

void TestProsody::restartKeepsPortsAndAccounts()
{
    const qint64 before = m_prosody.pid();
    const quint16 port = m_prosody.directTlsPort();
    QString error;
    QVERIFY2(m_prosody.restart(&error), qPrintable(error));
    QVERIFY(m_prosody.pid() > 0);
    QVERIFY(m_prosody.pid() != before);
    QCOMPARE(m_prosody.directTlsPort(), port);

    QSslSocket socket;
    QString why;
    QVERIFY2(connectDirectTls(socket, &why), qPrintable(why));
    openStream(socket);
    QVERIFY(readHead(socket).complete);
    const QByteArray answer = authenticate(socket, kUser, kPassword);
    QVERIFY2(answer.contains("<success"), answer.constData());
}

void TestProsody::stopEndsProcessAndClosesPorts()
{
    const qint64 pid = m_prosody.pid();
    QVERIFY(pid > 0);
    QVERIFY(::kill(pid_t(pid), 0) == 0);
    m_prosody.stop();
    QVERIFY(!m_prosody.isRunning());
    QCOMPARE(m_prosody.pid(), qint64(0));
    // Reaped, not a zombie: the PID no longer exists.
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
    for (const quint16 port :
         {m_prosody.c2sPort(), m_prosody.directTlsPort(), m_prosody.httpPort()}) {
        QTcpSocket socket;
        socket.connectToHost(m_prosody.host(), port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(QString::number(port)));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
    m_prosody.stop(); // idempotent
}

void TestProsody::badConfigFailsWithTheReason()
{
    ProsodyFixture broken;
    broken.setExtraConfig(QStringLiteral("modules_enabled = { -- unterminated"));
    QString error;
    QVERIFY(!broken.start(&error));
    QVERIFY(!broken.isRunning());
    // The reason is Prosody's own words about the config, not just "it failed".
    QVERIFY2(error.contains(broken.configFile()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("config"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("expected")), qPrintable(error));
}

void TestProsody::missingProsodyFailsWithTheFix()
{
    const QByteArray path = qgetenv("PATH");
    const QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    ProsodyFixture fixture;
    QString error;
    const bool started = fixture.start(&error);
    qputenv("PATH", path);
    QVERIFY(!started);
    QCOMPARE(error, QStringLiteral("prosody is not installed; run ./scripts/setup"));
}

QTEST_GUILESS_MAIN(TestProsody)
#include "tst_prosody.moc"
