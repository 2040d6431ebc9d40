// The question about an untrusted certificate: what a person needs to decide (who it claims to
// be, who signed it, when it is valid, the fingerprint in readable groups), Cancel as the
// default, Trust pinning the certificate in the profile, and certificate fields kept as text.
#include "CertificateDialog.h"
#include "TestCa.h"
#include "TestEnv.h"
#include "account/Account.h"
#include "storage/AccountStore.h"
#include "stream/Session.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestCertificateDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhatToDecideOn();
    void trustPinsTheCertificate();
    void cancelIsTheDefault();
    void validityInWords();
    void hostileFieldsStayText();

private:
    QString labelText(const QDialog &dialog, const char *name) const;
    std::unique_ptr<test::TestCa> m_ca;
    test::TestCa::Leaf m_selfSigned;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Account> m_account;
};

void TestCertificateDialog::initTestCase()
{
    m_ca = std::make_unique<test::TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_selfSigned = m_ca->selfSigned({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    QVERIFY2(!m_selfSigned.certFile.isEmpty(), qPrintable(m_ca->error()));
}

void TestCertificateDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<Profile>(m_dir->path());
    QVERIFY(m_profile->ensureExists());
    AccountConfig config;
    config.jid = QStringLiteral("alice@localhost");
    config.host = QStringLiteral("127.0.0.1");
    config.port = 1; // never reached: there is no password in the keychain
    AccountStore(*m_profile).save(config);
    m_account = std::make_unique<Account>(*m_profile, config);
}

void TestCertificateDialog::cleanup()
{
    // Trusting reconnects, which reads the keychain first; QtKeychain crashes when its job dies
    // (with the account) before the answer.
    QTRY_VERIFY(m_account->state() != Account::State::Connecting);
    m_account.reset();
    m_profile.reset();
    m_dir.reset();
}

QString TestCertificateDialog::labelText(const QDialog &dialog, const char *name) const
{
    auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

void TestCertificateDialog::showsWhatToDecideOn()
{
    const QSslCertificate cert = m_selfSigned.certificate;
    const QString fingerprint = Session::fingerprint(cert);
    CertificateDialog dialog(m_account.get(), {cert}, fingerprint);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The fingerprint in pairs, as an administrator would read it out: AB:CD:…, 16 to a line.
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256);
    QStringList pairs;
    for (char byte : digest)
        pairs << QStringLiteral("%1").arg(quint8(byte), 2, 16, QLatin1Char('0')).toUpper();
    const QString expected = pairs.mid(0, 16).join(u':') + u'\n' + pairs.mid(16).join(u':');
    QCOMPARE(labelText(dialog, "fingerprint"), expected);
    QCOMPARE(CertificateDialog::groupedFingerprint(QStringLiteral("abcdef01")),
             QStringLiteral("AB:CD:EF:01"));

    QCOMPARE(labelText(dialog, "subject"), QStringLiteral("localhost"));
    QCOMPARE(labelText(dialog, "issuer"), QStringLiteral("localhost (signed by itself)"));
    QCOMPARE(labelText(dialog, "names"), QStringLiteral("localhost, 127.0.0.1"));
    QVERIFY(labelText(dialog, "heading").contains(QStringLiteral("localhost")));
    QVERIFY(
        labelText(dialog, "explanation").contains(QStringLiteral("not signed by an authority")));
    QVERIFY(labelText(dialog, "advice").contains(QStringLiteral("alice@localhost")));
    // Valid now: both dates, and no warning about validity.
    const QString validity = labelText(dialog, "validity");
    QVERIFY2(validity.contains(
                 QLocale().toString(cert.expiryDate().toLocalTime(), QLocale::ShortFormat)),
             qPrintable(validity));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("validityProblem")));

    // Nothing is cut off: every label gets at least the height its text needs.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().isEmpty())
            continue;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()) ||
                     label->heightForWidth(label->width()) < 0,
                 qPrintable(label->text()));
        QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }
    QVERIFY(dialog.grab().save(test::outputDir() + QStringLiteral("/certificatedialog.png")));
}

void TestCertificateDialog::trustPinsTheCertificate()
{
    const QString fingerprint = Session::fingerprint(m_selfSigned.certificate);
    CertificateDialog dialog(m_account.get(), {m_selfSigned.certificate}, fingerprint);
    dialog.show();
    QCOMPARE(dialog.trustButton()->text(), QStringLiteral("Trust this certificate"));
    QVERIFY(AccountStore(*m_profile)
                .find(QStringLiteral("alice@localhost"))
                .pinnedCertificate.isEmpty());
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AccountStore(*m_profile).find(QStringLiteral("alice@localhost")).pinnedCertificate,
             fingerprint);
    QCOMPARE(m_account->config().pinnedCertificate, fingerprint);
}

void TestCertificateDialog::cancelIsTheDefault()
{
    CertificateDialog dialog(m_account.get(), {m_selfSigned.certificate},
                             Session::fingerprint(m_selfSigned.certificate));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.trustButton()->isDefault());
    // Enter, the reflex, does not trust.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(AccountStore(*m_profile)
                .find(QStringLiteral("alice@localhost"))
                .pinnedCertificate.isEmpty());
    QCOMPARE(m_account->state(), Account::State::Offline);
}

void TestCertificateDialog::validityInWords()
{
    const QSslCertificate cert = m_selfSigned.certificate;
    QCOMPARE(CertificateDialog::validityProblem(cert, QDateTime::currentDateTimeUtc()), QString());
    QVERIFY(CertificateDialog::validityProblem(cert, cert.expiryDate().addDays(1))
                .startsWith(QStringLiteral("Expired on ")));
    QVERIFY(CertificateDialog::validityProblem(cert, cert.effectiveDate().addDays(-1))
                .startsWith(QStringLiteral("Not valid yet")));
}

void TestCertificateDialog::hostileFieldsStayText()
{
    // openssl's -subj lets the test CA's name carry markup and an organisation.
    // ("/" separates fields there, so the markup has no closing tags.)
    test::TestCa hostile(QStringLiteral("<b>Totally <i>Legit <img src=x> CA/O=Evil & Co"));
    QVERIFY2(hostile.isValid(), qPrintable(hostile.error()));
    const QSslCertificate cert = hostile.caCertificate();
    CertificateDialog dialog(m_account.get(), {cert}, Session::fingerprint(cert));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(labelText(dialog, "subject"),
             QStringLiteral("<b>Totally <i>Legit <img src=x> CA, Evil & Co"));
    for (const char *name :
         {"subject", "issuer", "heading", "explanation", "advice", "fingerprint", "validity"})
        QCOMPARE(dialog.findChild<QLabel *>(QString::fromLatin1(name))->textFormat(),
                 Qt::PlainText);
    QVERIFY(
        dialog.grab().save(test::outputDir() + QStringLiteral("/certificatedialog-hostile.png")));

    // Direction overrides and control characters cannot disguise a name; endless names end.
    const QString disguised = QStringLiteral("example.org\u202Emoc.live\n");
    const QString shown = CertificateDialog::displayable(disguised);
    QVERIFY(!shown.contains(QChar(0x202E)));
    QVERIFY(!shown.contains(u'\n'));
    QVERIFY(shown.startsWith(QStringLiteral("example.org")));
    QVERIFY(CertificateDialog::displayable(QString(5000, u'a')).size() < 300);
}

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
