// The desktop window logs in for real: an account stored in a profile (password in the real
// keychain) against a private Prosody, as ./scripts/demo does.
#include "MainWindow.h"
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
#include "stream/Client.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestGuiLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logsInFromProfile();
    void wrongPasswordIsSaidInWords();

private:
    test::ProsodyFixture m_prosody;
};

static Profile makeProfile(const QString &dir, const test::ProsodyFixture &prosody,
                           const QString &jid, const QString &password)
{
    const Profile profile(dir);
    profile.ensureExists();
    AccountConfig a;
    a.jid = jid;
    a.host = prosody.host();
    a.port = prosody.c2sPort();
    a.caFile = prosody.caFile();
    AccountStore(profile).save(a);
    PasswordStore(profile).writeBlocking(jid, password);
    return profile;
}

void TestGuiLogin::logsInFromProfile()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("demo"), QStringLiteral("demo-pw")));
    QTemporaryDir dir;
    const Profile profile =
        makeProfile(dir.path(), m_prosody, QStringLiteral("demo@localhost"), QStringLiteral("demo-pw"));
    MainWindow w(profile);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.client(QStringLiteral("demo@localhost")) &&
                                 w.client(QStringLiteral("demo@localhost"))->isConnected(),
                             15000);
    QTRY_VERIFY(w.accountStatusText().contains(QStringLiteral("online")));
    QCOMPARE(w.accountStatusText(), QStringLiteral("demo@localhost: online"));
    // The strongest mechanism that worked is remembered against downgrades.
    QCOMPARE(AccountStore(profile).find(QStringLiteral("demo@localhost")).saslMechanism,
             QStringLiteral("SCRAM-SHA-1"));
    QVERIFY(w.grab().save(test::outputDir() + QStringLiteral("/mainwindow-online.png")));
}

void TestGuiLogin::wrongPasswordIsSaidInWords()
{
    QTemporaryDir dir;
    const Profile profile =
        makeProfile(dir.path(), m_prosody, QStringLiteral("demo@localhost"), QStringLiteral("wrong"));
    MainWindow w(profile);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.accountStatusText().startsWith(
                                 QStringLiteral("Wrong password for demo@localhost.")),
                             15000);
    // Authentication failures are not retried in a loop.
    QTest::qWait(1500);
    QVERIFY(w.accountStatusText().startsWith(QStringLiteral("Wrong password")));
}

QTEST_MAIN(TestGuiLogin)
#include "tst_guilogin.moc"
