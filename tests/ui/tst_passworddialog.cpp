// Asking for a password when the keychain cannot give it: the reason is shown as given, the
// password is masked and said not to be saved, and OK connects with it.
#include "PasswordDialog.h"
#include "TestEnv.h"
#include "account/Account.h"
#include "storage/AccountStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestPasswordDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asksAndConnects();
    void cancelDoesNotConnect();

private:
    std::unique_ptr<Account> makeAccount(const Profile &profile);
};

std::unique_ptr<Account> TestPasswordDialog::makeAccount(const Profile &profile)
{
    // A loopback port nothing listens on: the connection attempt fails at once.
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    AccountConfig config;
    config.jid = QStringLiteral("alice@localhost");
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.serverPort();
    server.close();
    AccountStore(profile).save(config);
    return std::make_unique<Account>(profile, config);
}

void TestPasswordDialog::asksAndConnects()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    auto account = makeAccount(profile);
    const QString reason = QStringLiteral(
        "No keychain is available on this system, so the password for alice@localhost cannot be "
        "saved. Charla will ask for it each time it connects.");
    PasswordDialog dialog(account.get(), reason);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.reasonText(), reason);
    auto *reasonLabel = dialog.findChild<QLabel *>(QStringLiteral("reason"));
    QVERIFY(reasonLabel->isVisible());
    QCOMPARE(reasonLabel->textFormat(), Qt::PlainText);
    auto *notSaved = dialog.findChild<QLabel *>(QStringLiteral("notSaved"));
    QVERIFY(notSaved->isVisible());
    QVERIFY(notSaved->text().contains(QStringLiteral("will not save it")));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("alice@localhost")));

    QLineEdit *field = dialog.passwordField();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(field->hasFocus());
    QVERIFY(!dialog.okButton()->isEnabled()); // nothing to connect with yet
    QTest::keyClicks(field, QStringLiteral("correct horse"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.grab().save(test::outputDir() + QStringLiteral("/passworddialog.png")));
    // The masked field does not show the password in the picture either.
    QVERIFY(!field->displayText().contains(QStringLiteral("horse")));

    QSignalSpy states(account.get(), &Account::stateChanged);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.first().first().value<Account::State>(), Account::State::Connecting);
    QVERIFY(account->stateText().contains(QStringLiteral("connecting")));
    QVERIFY(field->text().isEmpty()); // not left in the widget
    // Nothing listens on that port: the attempt ends in an error sentence (then the account
    // tries again later), not a hang.
    const auto sawError = [&] {
        for (const QList<QVariant> &args : std::as_const(states))
            if (args.first().value<Account::State>() == Account::State::Error)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawError(), 15000);
    account->disconnectFromServer();
}

void TestPasswordDialog::cancelDoesNotConnect()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    auto account = makeAccount(profile);
    PasswordDialog dialog(account.get(),
                          QStringLiteral("No password is saved for alice@localhost."));
    dialog.show();
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("secret"));
    QSignalSpy states(account.get(), &Account::stateChanged);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(states.isEmpty());
    QCOMPARE(account->state(), Account::State::Offline);
}

QTEST_MAIN(TestPasswordDialog)
#include "tst_passworddialog.moc"
