#include "ScramServer.h"
#include "sasl/PlainMechanism.h"
#include "sasl/ScramMechanism.h"

#include <QTest>

using charla::PlainMechanism;
using charla::SaslMechanism;
using charla::ScramMechanism;
using charla::test::ScramServer;

namespace {

SaslMechanism::Credentials credentials(const QString &user, const QString &password,
                                       bool tls = true)
{
    SaslMechanism::Credentials c;
    c.username = user;
    c.password = password;
    c.tlsEncrypted = tls;
    return c;
}

// A data tag made of two parts; newRow() copies it.
const char *tag(const QByteArray &a, const char *b)
{
    static QByteArray storage;
    storage = a + b;
    return storage.constData();
}

// RFC 5802 5: the SCRAM-SHA-1 example, used to reach the server-final step.
const QByteArray kRfcNonce = "fyko+d2lbbFgONRv9qkxdawL";
const QByteArray kRfcServerFirst =
    "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray kRfcClientFinal = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                   "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
const QByteArray kRfcServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

// A SCRAM-SHA-1 client for user/pencil with the RFC nonce, its first message sent.
std::unique_ptr<ScramMechanism> startedRfcClient()
{
    auto m = std::make_unique<ScramMechanism>(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")));
    m->setClientNonceForTesting(kRfcNonce);
    m->initialResponse();
    return m;
}

} // namespace

class TestScram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testVectors_data();
    void testVectors();
    void serverFinalInChallenge();
    void passwordIsSaslPrepped();
    void usernameEncoding_data();
    void usernameEncoding();
    void roundTrip_data();
    void roundTrip();
    void badServerFirst_data();
    void badServerFirst();
    void badServerFinal_data();
    void badServerFinal();
    void outOfOrder();
    void randomNonce();
    void testNonceValidated();
    void badCredentials_data();
    void badCredentials();
    void unsupportedAlgorithm();
    void plain();
    void plainRejectsNul();
    void strength();
    void selection_data();
    void selection();
};

void TestScram::testVectors_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("clientFirst");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");

    QTest::newRow("rfc5802-sha1") << int(QCryptographicHash::Sha1) << kRfcNonce
                                  << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL")
                                  << kRfcServerFirst << kRfcClientFinal << kRfcServerFinal;
    QTest::newRow("rfc7677-sha256")
        << int(QCryptographicHash::Sha256) << QByteArray("rOprNGfwEbeRWgbNEkqO")
        << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    // No RFC has a SCRAM-SHA-512 example: the RFC 7677 exchange, computed independently with
    // Python's hashlib.pbkdf2_hmac and hmac (which reproduce both RFC vectors above).
    QTest::newRow("sha512-rfc7677-inputs")
        << int(QCryptographicHash::Sha512) << QByteArray("rOprNGfwEbeRWgbNEkqO")
        << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=gMGXRcevScNtxZ6/8lQYpGtnsNAc3mGcmNomv+xnoOMw+3R2xNJdMNnzMlTN8PPC6wdp6d"
                      "ybEmDYXYTxwnYPJQ==")
        << QByteArray("v=ZQnYEgWQMFmmsM8aQMF0nDDCy/AgCzkwk8CmMZYcMg0vSVlKDanekLtifDSeVGT4+5Zx"
                      "XnJq199RVG2rR7N7Zw==");
}

void TestScram::testVectors()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, clientFirst);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);

    ScramMechanism m(QCryptographicHash::Algorithm(algorithm),
                     credentials(QStringLiteral("user"), QStringLiteral("pencil")));
    QVERIFY(m.setClientNonceForTesting(nonce));
    QCOMPARE(m.initialResponse(), clientFirst);
    QCOMPARE(m.respond(serverFirst), std::optional<QByteArray>(clientFinal));
    QVERIFY2(m.verifyFinal(serverFinal), qPrintable(m.error()));
    QVERIFY(m.error().isEmpty());
}

void TestScram::serverFinalInChallenge()
{
    // RFC 6120 6.4.6: v= may come in a challenge; the client answers it with an empty response
    // and <success/> then carries no data.
    auto m = startedRfcClient();
    QVERIFY(m->respond(kRfcServerFirst));
    QCOMPARE(m->respond(kRfcServerFinal), std::optional<QByteArray>(QByteArray()));
    QVERIFY2(m->verifyFinal(QByteArray()), qPrintable(m->error()));
}

void TestScram::passwordIsSaslPrepped()
{
    // RFC 5802 2.2: Normalize(password); a soft hyphen maps to nothing (RFC 4013 2.1), so
    // "pen<U+00AD>cil" proves the same as "pencil".
    ScramMechanism m(QCryptographicHash::Sha1,
                     credentials(QStringLiteral("user"), QStringLiteral("pen\u00ADcil")));
    QVERIFY(m.setClientNonceForTesting(kRfcNonce));
    m.initialResponse();
    QCOMPARE(m.respond(kRfcServerFirst), std::optional<QByteArray>(kRfcClientFinal));
    QVERIFY(m.verifyFinal(kRfcServerFinal));
}

void TestScram::usernameEncoding_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QByteArray>("onTheWire");
    QTest::newRow("plain") << QStringLiteral("user") << QByteArray("user");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("a=2Cb");
    QTest::newRow("equals") << QStringLiteral("a=b") << QByteArray("a=3Db");
    QTest::newRow("both") << QStringLiteral("=,x,=") << QByteArray("=3D=2Cx=2C=3D");
    QTest::newRow("already-looks-escaped") << QStringLiteral("=2C") << QByteArray("=3D2C");
    QTest::newRow("saslprep") << QStringLiteral("I\u00ADX") << QByteArray("IX");
    QTest::newRow("utf8") << QStringLiteral("ñandú")
                          << QByteArray("\xc3\xb1"
                                        "and\xc3\xba");
}

void TestScram::usernameEncoding()
{
    QFETCH(QString, username);
    QFETCH(QByteArray, onTheWire);
    ScramMechanism m(QCryptographicHash::Sha256, credentials(username, QStringLiteral("x")));
    QVERIFY(m.setClientNonceForTesting("abc"));
    QCOMPARE(m.initialResponse(), QByteArray("n,,n=" + onTheWire + ",r=abc"));
}

void TestScram::roundTrip_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("serverPassword"); // as the server stored it: SASLprep'd

    for (auto algorithm :
         {QCryptographicHash::Sha1, QCryptographicHash::Sha256, QCryptographicHash::Sha512}) {
        const QByteArray name = ScramMechanism::mechanismName(algorithm).toLatin1();
        QTest::newRow(tag(name, "-ascii")) << int(algorithm) << QStringLiteral("user")
                                           << QStringLiteral("pencil") << QStringLiteral("pencil");
        QTest::newRow(tag(name, "-escaped-user"))
            << int(algorithm) << QStringLiteral("us,er=x") << QStringLiteral("pässwörd")
            << QStringLiteral("pässwörd");
        QTest::newRow(tag(name, "-mapped-password"))
            << int(algorithm) << QStringLiteral("ñandú")
            << QStringLiteral("pa\u00A0ss\u2168\U0001F600") << QStringLiteral("pa ssIX\U0001F600");
    }
}

void TestScram::roundTrip()
{
    QFETCH(int, algorithm);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, serverPassword);
    const auto algo = QCryptographicHash::Algorithm(algorithm);

    ScramServer server(algo, username, serverPassword);
    ScramMechanism m(algo, credentials(username, password));
    const QByteArray serverFirst = server.serverFirst(m.initialResponse());
    QVERIFY(!serverFirst.isEmpty());
    const std::optional<QByteArray> clientFinal = m.respond(serverFirst);
    QVERIFY2(clientFinal, qPrintable(m.error()));
    const QByteArray serverFinal = server.serverFinal(*clientFinal);
    QVERIFY2(serverFinal.startsWith("v="), serverFinal.constData());
    QVERIFY2(m.verifyFinal(serverFinal), qPrintable(m.error()));

    // The same exchange with a wrong password: the server refuses the proof.
    ScramServer other(algo, username, serverPassword + QLatin1Char('!'));
    ScramMechanism wrong(algo, credentials(username, password));
    const std::optional<QByteArray> wrongFinal =
        wrong.respond(other.serverFirst(wrong.initialResponse()));
    QVERIFY(wrongFinal);
    const QByteArray refusal = other.serverFinal(*wrongFinal);
    QCOMPARE(refusal, QByteArray("e=invalid-proof"));
    QVERIFY(!wrong.verifyFinal(refusal));
    QVERIFY(wrong.error().contains(QLatin1String("invalid-proof")));
}

void TestScram::badServerFirst_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QString>("errorContains");
    const QByteArray tail = ",s=QSXCR+Q6sek8bf92,i=4096";
    const QString tampering = QStringLiteral("tampering");
    const QString malformed = QStringLiteral("malformed");
    const QString rounds = QStringLiteral("rounds");

    QTest::newRow("nonce-not-extended") << QByteArray("r=" + kRfcNonce + tail) << tampering;
    QTest::newRow("nonce-other") << QByteArray("r=AAAAd2lbbFgONRv9qkxdawL3rfc" + tail) << tampering;
    QTest::newRow("nonce-truncated") << QByteArray("r=fyko+d2lbbFgONRv9qkxdaw" + tail) << tampering;
    QTest::newRow("nonce-empty") << QByteArray("r=" + tail) << tampering;
    QTest::newRow("nonce-control-char")
        << QByteArray("r=" + kRfcNonce + "x\x01y" + tail) << tampering;
    QTest::newRow("i=0") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=0") << rounds;
    QTest::newRow("i=1") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=1") << rounds;
    QTest::newRow("i=4095") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=4095")
                            << rounds;
    QTest::newRow("i=1000001") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=1000001")
                               << rounds;
    QTest::newRow("i-huge") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=9999999999")
                            << rounds;
    QTest::newRow("i-overflow") << QByteArray("r=" + kRfcNonce +
                                              "x,s=QSXCR+Q6sek8bf92,i=99999999999999999999")
                                << malformed;
    QTest::newRow("i-negative") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=-4096")
                                << malformed;
    QTest::newRow("i-text") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=many")
                            << malformed;
    QTest::newRow("i-empty") << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=")
                             << malformed;
    QTest::newRow("salt-not-base64")
        << QByteArray("r=" + kRfcNonce + "x,s=QSX*R+Q6,i=4096") << malformed;
    QTest::newRow("salt-empty") << QByteArray("r=" + kRfcNonce + "x,s=,i=4096") << malformed;
    QTest::newRow("no-salt") << QByteArray("r=" + kRfcNonce + "x,i=4096") << malformed;
    QTest::newRow("no-iterations")
        << QByteArray("r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92") << malformed;
    QTest::newRow("out-of-order") << QByteArray("s=QSXCR+Q6sek8bf92,r=" + kRfcNonce + "x,i=4096")
                                  << malformed;
    QTest::newRow("mandatory-extension")
        << QByteArray("m=foo,r=" + kRfcNonce + "x,s=QSXCR+Q6sek8bf92,i=4096")
        << QStringLiteral("extension");
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("garbage") << QByteArray("hello") << malformed;
    QTest::newRow("trailing-comma") << QByteArray(kRfcServerFirst + ',') << malformed;
    QTest::newRow("server-error-instead") << QByteArray("e=other-error") << malformed;
}

void TestScram::badServerFirst()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QString, errorContains);
    auto m = startedRfcClient();
    QCOMPARE(m->respond(serverFirst), std::nullopt);
    QVERIFY2(m->error().contains(errorContains), qPrintable(m->error()));
    // Aborted for good: nothing that follows can make it succeed.
    QCOMPARE(m->respond(kRfcServerFirst), std::nullopt);
    QVERIFY(!m->verifyFinal(kRfcServerFinal));
}

void TestScram::badServerFinal_data()
{
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<bool>("asChallenge");
    QTest::addColumn<QString>("errorContains");
    const QString impersonating = QStringLiteral("impersonating");

    for (bool challenge : {false, true}) {
        const QByteArray how = challenge ? "challenge-" : "success-";
        QTest::newRow(tag(how, "wrong-v"))
            << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5n") << challenge << impersonating;
        QTest::newRow(tag(how, "v-one-bit-off"))
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKU=") << challenge << impersonating;
        QTest::newRow(tag(how, "v-truncated"))
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkF") << challenge << impersonating;
        QTest::newRow(tag(how, "v-empty")) << QByteArray("v=") << challenge << impersonating;
        QTest::newRow(tag(how, "v-not-base64"))
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ*") << challenge << impersonating;
        QTest::newRow(tag(how, "no-v"))
            << QByteArray("x=rmF9pqV8S7suAoZWja4dJRkFsKQ=") << challenge << impersonating;
        QTest::newRow(tag(how, "invalid-proof"))
            << QByteArray("e=invalid-proof") << challenge << QStringLiteral("(invalid-proof)");
        QTest::newRow(tag(how, "other-error"))
            << QByteArray("e=other-error") << challenge << QStringLiteral("(other-error)");
        QTest::newRow(tag(how, "error-sanitized"))
            << QByteArray("e=bad\x01\n<b>") << challenge << QStringLiteral("(badb)");
        QTest::newRow(tag(how, "malformed"))
            << QByteArray("rmF9pqV8") << challenge << QStringLiteral("malformed");
    }
    QTest::newRow("success-missing-v") << QByteArray() << false << impersonating;
}

void TestScram::badServerFinal()
{
    QFETCH(QByteArray, serverFinal);
    QFETCH(bool, asChallenge);
    QFETCH(QString, errorContains);
    auto m = startedRfcClient();
    QCOMPARE(m->respond(kRfcServerFirst), std::optional<QByteArray>(kRfcClientFinal));
    if (asChallenge)
        QCOMPARE(m->respond(serverFinal), std::nullopt);
    else
        QVERIFY(!m->verifyFinal(serverFinal));
    QVERIFY2(m->error().contains(errorContains), qPrintable(m->error()));
    // Once aborted, even the right signature is not accepted.
    QVERIFY(!m->verifyFinal(kRfcServerFinal));
}

void TestScram::outOfOrder()
{
    {
        ScramMechanism m(QCryptographicHash::Sha1,
                         credentials(QStringLiteral("user"), QStringLiteral("pencil")));
        QCOMPARE(m.respond(kRfcServerFirst), std::nullopt);
        QVERIFY(!m.error().isEmpty());
    }
    {
        // <success/> before the proof was even sent: a server that does not check passwords.
        auto m = startedRfcClient();
        QVERIFY(!m->verifyFinal(QByteArray()));
        QVERIFY(m->error().contains(QLatin1String("impersonating")));
    }
    {
        auto m = startedRfcClient();
        QVERIFY(m->initialResponse().isEmpty());
        QVERIFY(!m->error().isEmpty());
    }
    {
        auto m = startedRfcClient();
        QVERIFY(m->respond(kRfcServerFirst));
        QVERIFY(m->verifyFinal(kRfcServerFinal));
        QCOMPARE(m->respond(QByteArray("more")), std::nullopt);
    }
    {
        // Signature in a challenge, then repeated (correctly, then wrongly) in <success/>.
        auto m = startedRfcClient();
        QVERIFY(m->respond(kRfcServerFirst));
        QVERIFY(m->respond(kRfcServerFinal));
        QVERIFY(m->verifyFinal(kRfcServerFinal));
        QVERIFY(!m->verifyFinal(QByteArray("v=AAAA")));
    }
}

void TestScram::randomNonce()
{
    const auto creds = credentials(QStringLiteral("user"), QStringLiteral("pencil"));
    ScramMechanism a(QCryptographicHash::Sha256, creds);
    ScramMechanism b(QCryptographicHash::Sha256, creds);
    const QByteArray firstA = a.initialResponse();
    const QByteArray firstB = b.initialResponse();
    // RFC 5802 6: "n" (no channel binding support), never "y" nor "p".
    QVERIFY(firstA.startsWith("n,,n=user,r="));
    const QByteArray nonce = firstA.mid(firstA.indexOf(",r=") + 3);
    QVERIFY(nonce.size() >= 32); // 24 random bytes in base64
    for (char c : nonce)
        QVERIFY(c > 0x20 && c < 0x7F && c != ',');
    QVERIFY(firstA != firstB);
}

void TestScram::testNonceValidated()
{
    const auto creds = credentials(QStringLiteral("user"), QStringLiteral("pencil"));
    ScramMechanism m(QCryptographicHash::Sha1, creds);
    QVERIFY(!m.setClientNonceForTesting(QByteArray()));
    QVERIFY(!m.setClientNonceForTesting("a,b"));
    QVERIFY(!m.setClientNonceForTesting("a b"));
    QVERIFY(m.setClientNonceForTesting(kRfcNonce));
    m.initialResponse();
    QVERIFY(!m.setClientNonceForTesting("late"));
}

void TestScram::badCredentials_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty-user") << QString() << QStringLiteral("pencil")
                                << QStringLiteral("user name");
    QTest::newRow("empty-password")
        << QStringLiteral("user") << QString() << QStringLiteral("password");
    QTest::newRow("password-only-ignorable")
        << QStringLiteral("user") << QStringLiteral("\u00AD") << QStringLiteral("password");
    QTest::newRow("password-control")
        << QStringLiteral("user") << QStringLiteral("pen\u0007cil") << QStringLiteral("password");
    QTest::newRow("password-bidi") << QStringLiteral("user") << QStringLiteral("\u0627\u0031")
                                   << QStringLiteral("right-to-left");
    QTest::newRow("user-private-use")
        << QStringLiteral("u\uE000") << QStringLiteral("pencil") << QStringLiteral("user name");
}

void TestScram::badCredentials()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, errorContains);
    const auto creds = credentials(username, password);
    ScramMechanism m(QCryptographicHash::Sha256, creds);
    QVERIFY(m.hasFailed());
    QVERIFY2(m.error().contains(errorContains), qPrintable(m.error()));
    QVERIFY(m.initialResponse().isEmpty());

    QString error;
    QVERIFY(!SaslMechanism::create({QStringLiteral("SCRAM-SHA-256")}, creds, QString(), &error));
    QCOMPARE(error, m.error());
}

void TestScram::unsupportedAlgorithm()
{
    ScramMechanism m(QCryptographicHash::Md5,
                     credentials(QStringLiteral("user"), QStringLiteral("pencil")));
    QVERIFY(m.hasFailed());
    QVERIFY(m.name().isEmpty());
    QVERIFY(m.initialResponse().isEmpty());
}

void TestScram::plain()
{
    PlainMechanism m(credentials(QStringLiteral("user"), QStringLiteral("pässwörd")));
    QCOMPARE(m.name(), QStringLiteral("PLAIN"));
    // RFC 4616 2: [authzid] NUL authcid NUL passwd, UTF-8, no authzid.
    QCOMPARE(m.initialResponse(), QByteArray("\0user\0p\xc3\xa4ssw\xc3\xb6rd", 16));
    QVERIFY(m.verifyFinal(QByteArray()));
    QVERIFY(m.error().isEmpty());
    QVERIFY(m.initialResponse().isEmpty()); // only once
    QVERIFY(!m.error().isEmpty());

    PlainMechanism challenged(credentials(QStringLiteral("user"), QStringLiteral("pencil")));
    QCOMPARE(challenged.initialResponse(), QByteArray("\0user\0pencil", 12));
    QCOMPARE(challenged.respond(QByteArray()), std::nullopt);
    QVERIFY(!challenged.error().isEmpty());
}

void TestScram::plainRejectsNul()
{
    PlainMechanism m(credentials(QStringLiteral("user"),
                                 QStringLiteral("pen") + QChar(0) + QStringLiteral("user2")));
    QVERIFY(m.hasFailed());
    QVERIFY(m.initialResponse().isEmpty());
    QVERIFY(!m.verifyFinal(QByteArray()));
}

void TestScram::strength()
{
    const int plain = SaslMechanism::strength(QStringLiteral("PLAIN"));
    const int sha1 = SaslMechanism::strength(QStringLiteral("SCRAM-SHA-1"));
    const int sha256 = SaslMechanism::strength(QStringLiteral("SCRAM-SHA-256"));
    const int sha512 = SaslMechanism::strength(QStringLiteral("SCRAM-SHA-512"));
    QVERIFY(0 < plain);
    QVERIFY(plain < sha1);
    QVERIFY(sha1 < sha256);
    QVERIFY(sha256 < sha512);
    QCOMPARE(SaslMechanism::strength(QString()), 0);
    QCOMPARE(SaslMechanism::strength(QStringLiteral("SCRAM-SHA-1-PLUS")), 0);
    QCOMPARE(SaslMechanism::strength(QStringLiteral("DIGEST-MD5")), 0);
    QCOMPARE(SaslMechanism::supportedMechanisms(),
             QStringList({QStringLiteral("SCRAM-SHA-512"), QStringLiteral("SCRAM-SHA-256"),
                          QStringLiteral("SCRAM-SHA-1"), QStringLiteral("PLAIN")}));
}

void TestScram::selection_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<QString>("errorContains");

    const QString sha1 = QStringLiteral("SCRAM-SHA-1");
    const QString sha256 = QStringLiteral("SCRAM-SHA-256");
    const QString sha512 = QStringLiteral("SCRAM-SHA-512");
    const QString plain = QStringLiteral("PLAIN");

    QTest::newRow("scram-over-plain")
        << QStringList{sha1, plain} << true << QString() << sha1 << QString();
    QTest::newRow("strongest") << QStringList{sha1, sha256, sha512} << true << QString() << sha512
                               << QString();
    QTest::newRow("order-irrelevant")
        << QStringList{sha512, plain, sha1} << true << QString() << sha512 << QString();
    QTest::newRow("sha256") << QStringList{plain, sha256, sha1} << true << QString() << sha256
                            << QString();
    QTest::newRow("scram-without-tls")
        << QStringList{sha1} << false << QString() << sha1 << QString();
    QTest::newRow("plus-ignored") << QStringList{QStringLiteral("SCRAM-SHA-256-PLUS"), sha1} << true
                                  << QString() << sha1 << QString();
    QTest::newRow("lower-case") << QStringList{QStringLiteral("scram-sha-256")} << true << QString()
                                << sha256 << QString();
    QTest::newRow("plain-without-tls")
        << QStringList{plain} << false << QString() << QString() << QStringLiteral("encrypted");
    QTest::newRow("plain-with-tls")
        << QStringList{plain} << true << QString() << plain << QString();
    QTest::newRow("downgrade")
        << QStringList{sha1, plain} << true << sha256 << QString()
        << QStringLiteral("The server offered only SCRAM-SHA-1, weaker than SCRAM-SHA-256 used "
                          "before for this account. This can mean someone is tampering with the "
                          "connection.");
    QTest::newRow("downgrade-to-plain")
        << QStringList{plain} << true << sha1 << QString() << QStringLiteral("tampering");
    QTest::newRow("downgrade-to-nothing-known")
        << QStringList{QStringLiteral("DIGEST-MD5")} << true << sha1 << QString()
        << QStringLiteral("DIGEST-MD5");
    QTest::newRow("same-as-before")
        << QStringList{sha256, sha1} << true << sha256 << sha256 << QString();
    QTest::newRow("stronger-than-before")
        << QStringList{sha512} << true << sha1 << sha512 << QString();
    QTest::newRow("plain-as-before") << QStringList{plain} << true << plain << plain << QString();
    QTest::newRow("unknown-minimum-ignored")
        << QStringList{sha1} << true << QStringLiteral("X-FUTURE") << sha1 << QString();
    QTest::newRow("none-offered") << QStringList() << true << QString() << QString()
                                  << QStringLiteral("no way to log in");
    QTest::newRow("unknown-only") << QStringList{QStringLiteral("X-UNKNOWN")} << true << QString()
                                  << QString() << QStringLiteral("(X-UNKNOWN)");
    QTest::newRow("plus-only") << QStringList{QStringLiteral("SCRAM-SHA-1-PLUS")} << true
                               << QString() << QString() << QStringLiteral("SCRAM-SHA-1-PLUS");
}

void TestScram::selection()
{
    QFETCH(QStringList, offered);
    QFETCH(bool, tls);
    QFETCH(QString, minimum);
    QFETCH(QString, expected);
    QFETCH(QString, errorContains);

    QString error = QStringLiteral("stale");
    const std::unique_ptr<SaslMechanism> m = SaslMechanism::create(
        offered, credentials(QStringLiteral("user"), QStringLiteral("pencil"), tls), minimum,
        &error);
    if (expected.isEmpty()) {
        QVERIFY(!m);
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    } else {
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->name(), expected);
        QVERIFY(error.isEmpty());
        QVERIFY(!m->initialResponse().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
