// The test CA is the root of every TLS test: check that what it issues verifies as a person's
// client would verify it (chain to the CA, right host name), and that a self-signed one does not.
#include "TestCa.h"

#include <QSslCertificate>
#include <QTest>

using charla::test::TestCa;

class TestTestCa : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issuedCertificateVerifiesForItsName();
    void selfSignedDoesNotVerify();
};

void TestTestCa::issuedCertificateVerifiesForItsName()
{
    TestCa ca;
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const TestCa::Leaf leaf = ca.issue({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    QVERIFY2(!leaf.certFile.isEmpty(), qPrintable(ca.error()));
    QVERIFY(!leaf.key.isNull());
    const QList<QSslCertificate> chain{leaf.certificate, ca.caCertificate()};
    // QSslCertificate::verify uses the system store plus the chain's own root when it is given as
    // a trusted CA; here we check the name and the issuer relationship directly.
    QCOMPARE(leaf.certificate.issuerInfo(QSslCertificate::CommonName),
             ca.caCertificate().subjectInfo(QSslCertificate::CommonName));
    const auto sans = leaf.certificate.subjectAlternativeNames();
    QVERIFY(sans.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    const auto errors = QSslCertificate::verify(chain, QStringLiteral("localhost"));
    // Our CA is not in the system store, so the only complaint allowed is about trust.
    for (const QSslError &e : errors)
        QVERIFY2(e.error() == QSslError::SelfSignedCertificateInChain ||
                     e.error() == QSslError::UnableToGetLocalIssuerCertificate,
                 qPrintable(e.errorString()));
    const auto wrongName = QSslCertificate::verify(chain, QStringLiteral("example.org"));
    bool mismatch = false;
    for (const QSslError &e : wrongName)
        mismatch |= e.error() == QSslError::HostNameMismatch;
    QVERIFY(mismatch);
}

void TestTestCa::selfSignedDoesNotVerify()
{
    TestCa ca;
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const TestCa::Leaf leaf = ca.selfSigned({QStringLiteral("localhost")});
    QVERIFY(!leaf.certFile.isEmpty());
    QVERIFY(leaf.certificate.isSelfSigned());
    QVERIFY(!QSslCertificate::verify({leaf.certificate}, QStringLiteral("localhost")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTestCa)
#include "tst_testca.moc"
