// The account wizard on a system without a reachable keychain: "I have an account" still adds
// the account and brings it online (the password stays in memory for this run), the last page
// says in a sentence that the password could not be saved and that Charla will ask for it, and
// the password is written nowhere: not in the settings file nor any file of the profile.
#include "AccountWizard.h"
#include "ConnectionSettingsWidget.h"
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/AccountSetup.h"
#include "storage/AccountStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestAccountWizardNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordUnsavedIsSaidAndWrittenNowhere();

private:
    test::ProsodyFixture m_prosody;
};

void TestAccountWizardNoKeychain::passwordUnsavedIsSaidAndWrittenNowhere()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    const QString password = QStringLiteral("only-in-memory-9f3c");
    QVERIFY(m_prosody.createAccount(QStringLiteral("nokey"), password));
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    AccountManager manager(profile);
    AccountWizard wizard(&manager);
    AccountConfig base;
    base.caFile = m_prosody.caFile();
    base.host = m_prosody.host();
    base.port = m_prosody.c2sPort();
    wizard.setup()->setConnection(base);
    wizard.existingConnection()->setConfig(base);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTest::keyClicks(wizard.jidField(), QStringLiteral("nokey@localhost"));
    QTest::keyClicks(wizard.passwordField(), password);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::DonePage), 15000);
    QVERIFY(wizard.grab().save(test::outputDir() + QStringLiteral("/wizard-5-done-no-keychain.png")));

    // Said in words: the keychain's sentence, after the account's.
    QVERIFY2(wizard.doneText().contains(
                 QStringLiteral("This time Charla uses the password you typed. The keychain")),
             qPrintable(wizard.doneText()));
    QVERIFY(wizard.doneText().contains(QStringLiteral("Charla will ask for the password")));
    // Used anyway for this run.
    Account *account = wizard.account();
    QVERIFY(account);
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, 15000);
    QCOMPARE(AccountStore(profile).find(QStringLiteral("nokey@localhost")).jid,
             QStringLiteral("nokey@localhost"));
    // And written nowhere.
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

int main(int argc, char *argv[])
{
    // No Secret Service: a session bus that does not exist, and no X11 to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/charla-test-bus");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestAccountWizardNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountwizard_nokeychain.moc"
