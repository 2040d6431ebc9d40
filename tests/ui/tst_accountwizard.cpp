// The account wizard and the account settings, offscreen: each page says what is wrong in
// words; "I have an account" stores the account (password only in the keychain) with its
// connection settings; "Create an account" renders a real Prosody's registration form, creates
// the account and brings it online, and a taken name is said next to the username. The
// settings dialog saves what it shows and disables an account. Grabs of every page are saved.
#include "AccountActions.h"
#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "ConnectionSettingsWidget.h"
#include "MainWindow.h"
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/AccountSetup.h"
#include "forms/DataFormWidget.h"
#include "models/RosterModel.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace charla;

namespace {
constexpr int kTimeoutMs = 15000;

void grab(QWidget *w, const QString &name)
{
    QVERIFY(w->grab().save(test::outputDir() + QLatin1Char('/') + name));
}

void clickNext(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

// Opens the folded connection settings of the current page.
void unfoldConnection(QWizard &wizard)
{
    auto *group = wizard.currentPage()->findChild<QGroupBox *>();
    QVERIFY(group);
    group->setChecked(true);
}
} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void choiceLeadsToEachWay();
    void existingAccountPageSaysWhatIsWrong();
    void existingAccountIsStoredWithItsConnection();
    void createAccountOnARealServer();
    void takenNameIsSaidNextToTheUsername();
    void settingsDialogSavesAndDisables();
    void mainWindowAccountMenuAddsAndRemoves();

private:
    Profile newProfile(const QString &name);

    QTemporaryDir m_dir;
    test::ProsodyFixture m_prosody;
};

void TestAccountWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
}

Profile TestAccountWizard::newProfile(const QString &name)
{
    const Profile profile(m_dir.filePath(name));
    profile.ensureExists();
    return profile;
}

void TestAccountWizard::choiceLeadsToEachWay()
{
    AccountManager manager(newProfile(QStringLiteral("choice")));
    AccountWizard wizard(&manager);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ChoicePage));
    QVERIFY(wizard.haveAccountButton()->isChecked());
    grab(&wizard, QStringLiteral("wizard-1-choice.png"));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(AccountWizard::ExistingPage));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    wizard.createAccountButton()->setChecked(true);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPage));
    grab(&wizard, QStringLiteral("wizard-3-server.png"));
    // No server named: said, and no request made.
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPage));
    QCOMPARE(wizard.messageText(), QStringLiteral("Enter the name of a server, such as example.org."));
    QTest::keyClicks(wizard.serverField(), QStringLiteral("me@example.org"));
    clickNext(wizard);
    QCOMPARE(wizard.messageText(),
             QStringLiteral("Enter only the server's name (the part after the @)."));
    QVERIFY(!wizard.isBusy());
}

void TestAccountWizard::existingAccountPageSaysWhatIsWrong()
{
    AccountManager manager(newProfile(QStringLiteral("wrong")));
    AccountWizard wizard(&manager);
    wizard.show();
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(AccountWizard::ExistingPage));
    clickNext(wizard);
    QCOMPARE(wizard.messageText(), QStringLiteral("Enter your address, such as name@example.org."));
    QTest::keyClicks(wizard.jidField(), QStringLiteral("alice at example"));
    clickNext(wizard);
    QCOMPARE(wizard.messageText(),
             QStringLiteral("\"alice at example\" is not an address such as name@example.org."));
    wizard.jidField()->setText(QStringLiteral("alice@example.org"));
    clickNext(wizard);
    QCOMPARE(wizard.messageText(), QStringLiteral("Enter the password of your account."));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ExistingPage));
    unfoldConnection(wizard);
    wizard.existingConnection()->proxyTypeBox()->setCurrentIndex(2); // SOCKS5, no host
    QTest::keyClicks(wizard.passwordField(), QStringLiteral("pw"));
    clickNext(wizard);
    QCOMPARE(wizard.messageText(), QStringLiteral("Enter the proxy's host, or choose “No proxy”."));
    QVERIFY(manager.accounts().isEmpty());
    grab(&wizard, QStringLiteral("wizard-2-existing-problem.png"));
}

void TestAccountWizard::existingAccountIsStoredWithItsConnection()
{
    const Profile profile = newProfile(QStringLiteral("existing"));
    AccountManager manager(profile);
    AccountWizard wizard(&manager);
    wizard.show();
    clickNext(wizard);
    QTest::keyClicks(wizard.jidField(), QStringLiteral("Alice@Example.org"));
    QTest::keyClicks(wizard.passwordField(), QStringLiteral("s3cret pw"));
    unfoldConnection(wizard);
    ConnectionSettingsWidget *c = wizard.existingConnection();
    QTest::keyClicks(c->hostField(), QStringLiteral("127.0.0.1"));
    c->portField()->setValue(1); // nothing listens there: it fails fast, offline
    c->proxyTypeBox()->setCurrentIndex(c->proxyTypeBox()->findData(int(ProxySettings::Http)));
    QTest::keyClicks(c->proxyHostField(), QStringLiteral("proxy.example"));
    c->proxyPortField()->setValue(3128);
    grab(&wizard, QStringLiteral("wizard-2-existing.png"));
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::DonePage), kTimeoutMs);
    grab(&wizard, QStringLiteral("wizard-5-done-existing.png"));

    const QString jid = QStringLiteral("alice@example.org");
    QVERIFY(wizard.account());
    QCOMPARE(manager.accounts().size(), 1);
    const AccountConfig stored = AccountStore(profile).find(jid);
    QCOMPARE(stored.jid, jid);
    QCOMPARE(stored.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(stored.port, quint16(1));
    QCOMPARE(stored.proxy.type, ProxySettings::Http);
    QCOMPARE(stored.proxy.host, QStringLiteral("proxy.example"));
    QCOMPARE(stored.proxy.port, quint16(3128));
    QVERIFY(wizard.doneText().startsWith(QStringLiteral("alice@example.org is added.")));
    // The password is in the keychain (or, without one, the page says so), never in a file.
    const auto read = PasswordStore(profile).readBlocking(jid);
    QVERIFY2(read.ok ? read.password == QStringLiteral("s3cret pw")
                     : wizard.doneText().contains(read.error),
             qPrintable(wizard.doneText()));
    QFile settings(profile.settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("s3cret"));
    QVERIFY(wizard.passwordField()->text().isEmpty());
}

void TestAccountWizard::createAccountOnARealServer()
{
    const Profile profile = newProfile(QStringLiteral("create"));
    AccountManager manager(profile);
    AccountWizard wizard(&manager);
    // The test server's CA, as a private server's would be configured; the rest is typed.
    AccountConfig base;
    base.caFile = m_prosody.caFile();
    wizard.setup()->setConnection(base);
    wizard.show();
    wizard.createAccountButton()->setChecked(true);
    clickNext(wizard);
    QTest::keyClicks(wizard.serverField(), m_prosody.domain());
    unfoldConnection(wizard);
    QTest::keyClicks(wizard.serverConnection()->hostField(), m_prosody.host());
    wizard.serverConnection()->portField()->setValue(m_prosody.c2sPort());
    clickNext(wizard);
    QVERIFY(wizard.isBusy());
    QVERIFY(wizard.messageText().startsWith(QStringLiteral("Asking localhost")));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::FormPage), kTimeoutMs);

    // Prosody's form: a username and a password, both required.
    DataFormWidget *form = wizard.formWidget();
    QVERIFY(form->editor(QStringLiteral("username")));
    QVERIFY(form->editor(QStringLiteral("password")));
    clickNext(wizard); // nothing filled in
    QCOMPARE(wizard.currentId(), int(AccountWizard::FormPage));
    QVERIFY(!form->fieldError(QStringLiteral("username")).isEmpty());
    QCOMPARE(wizard.messageText(), QStringLiteral("Some fields need your attention."));
    QTest::keyClicks(form->editor(QStringLiteral("username")), QStringLiteral("fresh"));
    QTest::keyClicks(form->editor(QStringLiteral("password")), QStringLiteral("Fresh pw 1"));
    grab(&wizard, QStringLiteral("wizard-4-form.png"));
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::DonePage), kTimeoutMs);
    grab(&wizard, QStringLiteral("wizard-5-done-created.png"));

    Account *account = wizard.account();
    QVERIFY(account);
    QCOMPARE(account->jid().full(), QStringLiteral("fresh@localhost"));
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);
    QCOMPARE(AccountStore(profile).find(QStringLiteral("fresh@localhost")).port,
             m_prosody.c2sPort());
}

void TestAccountWizard::takenNameIsSaidNextToTheUsername()
{
    QVERIFY(m_prosody.createAccount(QStringLiteral("occupied"), QStringLiteral("pw")));
    AccountManager manager(newProfile(QStringLiteral("taken")));
    AccountWizard wizard(&manager);
    AccountConfig base;
    base.caFile = m_prosody.caFile();
    base.host = m_prosody.host();
    base.port = m_prosody.c2sPort();
    wizard.setup()->setConnection(base);
    wizard.serverConnection()->setConfig(base);
    wizard.show();
    wizard.createAccountButton()->setChecked(true);
    clickNext(wizard);
    QTest::keyClicks(wizard.serverField(), m_prosody.domain());
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::FormPage), kTimeoutMs);
    DataFormWidget *form = wizard.formWidget();
    QTest::keyClicks(form->editor(QStringLiteral("username")), QStringLiteral("occupied"));
    QTest::keyClicks(form->editor(QStringLiteral("password")), QStringLiteral("another"));
    clickNext(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!form->fieldError(QStringLiteral("username")).isEmpty(), kTimeoutMs);
    QCOMPARE(form->fieldError(QStringLiteral("username")),
             QStringLiteral("The name occupied is already taken on localhost."));
    QCOMPARE(wizard.messageText(), QStringLiteral("Choose another username."));
    QCOMPARE(wizard.currentId(), int(AccountWizard::FormPage));
    QVERIFY(!wizard.isBusy());
    QVERIFY(manager.accounts().isEmpty());
    grab(&wizard, QStringLiteral("wizard-4-form-taken.png"));
}

void TestAccountWizard::settingsDialogSavesAndDisables()
{
    const Profile profile = newProfile(QStringLiteral("settings"));
    AccountManager manager(profile);
    AccountConfig config;
    config.jid = QStringLiteral("carol@example.org");
    config.host = QStringLiteral("xmpp.example.org");
    config.resource = QStringLiteral("laptop");
    config.priority = 5;
    Account *account = manager.addAccount(config);
    QVERIFY(account);
    QCOMPARE(account->state(), Account::State::Offline);

    AccountSettingsDialog dialog(&manager, account);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.connection()->hostField()->text(), QStringLiteral("xmpp.example.org"));
    QCOMPARE(dialog.resourceField()->text(), QStringLiteral("laptop"));
    QCOMPARE(dialog.priorityField()->value(), 5);
    QVERIFY(dialog.enabledBox()->isChecked());
    // The blocklist and the password live on the server: not while offline.
    QVERIFY(!dialog.blockedButton()->isEnabled());
    QVERIFY(!dialog.passwordButton()->isEnabled());
    grab(&dialog, QStringLiteral("account-settings.png"));

    dialog.connection()->portField()->setValue(5299);
    dialog.resourceField()->setText(QStringLiteral("desk"));
    dialog.priorityField()->setValue(-1);
    dialog.enabledBox()->setChecked(false);
    dialog.resourceField()->setText(QStringLiteral("a/b"));
    dialog.accept();
    QCOMPARE(dialog.messageText(), QStringLiteral("The resource cannot contain “/”."));
    QVERIFY(dialog.isVisible());
    dialog.resourceField()->setText(QStringLiteral("desk"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());

    const AccountConfig stored = AccountStore(profile).find(config.jid);
    QCOMPARE(stored.port, quint16(5299));
    QCOMPARE(stored.resource, QStringLiteral("desk"));
    QCOMPARE(stored.priority, -1);
    QVERIFY(!stored.enabled);
    QCOMPARE(account->state(), Account::State::Disabled);
    QCOMPARE(account->config().host, QStringLiteral("xmpp.example.org"));
}

void TestAccountWizard::mainWindowAccountMenuAddsAndRemoves()
{
    const Profile profile = newProfile(QStringLiteral("window"));
    MainWindow window(profile);
    window.show();
    QVERIFY(window.emptyStateText().contains(QStringLiteral("Account > Add account…")));
    // The Account menu is in the menu bar, with Add account…
    QMenu *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("accountMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(window.accountActions()->addAccountAction()));
    // A first start opens the wizard.
    window.accountActions()->openWizardIfNoAccount();
    auto *wizard = window.findChild<AccountWizard *>();
    QVERIFY(wizard && wizard->isVisible());
    wizard->close();

    AccountConfig config;
    config.jid = QStringLiteral("dave@example.org");
    config.host = QStringLiteral("127.0.0.1");
    config.port = 1;
    Account *account = window.accounts()->addAccount(config);
    QVERIFY(account);
    QCOMPARE(window.rosterModel()->accountCount(), 1);
    // Its entry in the Account menu: enabled, with settings and removal.
    Q_EMIT menu->aboutToShow();
    auto *sub = menu->findChild<QMenu *>(QStringLiteral("accountMenu:dave@example.org"));
    QVERIFY(sub);
    auto *enabled = sub->findChild<QAction *>(QStringLiteral("enabledAction"));
    QVERIFY(enabled && enabled->isChecked());
    enabled->setChecked(false);
    QCOMPARE(account->state(), Account::State::Disabled);
    QTRY_VERIFY(window.accountStatusText().contains(QStringLiteral("dave@example.org: disabled")));
    QVERIFY(!AccountStore(profile).find(config.jid).enabled);

    // Removing asks first; "Remove" forgets the account everywhere.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("dave@example.org")));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    window.accountActions()->confirmRemove(account);
    QCOMPARE(window.rosterModel()->accountCount(), 0);
    QVERIFY(window.accounts()->accounts().isEmpty());
    QVERIFY(AccountStore(profile).accounts().isEmpty());
    QTRY_COMPARE(window.accountStatusText(), QStringLiteral("No account"));
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
