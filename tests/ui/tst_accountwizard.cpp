// The account wizard and the account settings, offscreen: each page says what is wrong in
// words; "I have an account" stores the account (password only in the keychain) with its
// connection settings; "Create an account" renders a real Prosody's registration form, creates
// the account and brings it online, and a taken name is said next to the username. The
// settings dialog saves what it shows and disables an account. Grabs of every page are saved.
#include "AccountActions.h"
#include "AccountSettingsDialog.h"
#include "AccountWizard.h"
#include "BlockedContactsDialog.h"
#include "ChangePasswordDialog.h"
#include "ConnectionSettingsWidget.h"
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "MainWindow.h"
#include "desktop/DesktopActions.h"
#include "desktop/WelcomeScreen.h"
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/AccountSetup.h"
#include "forms/DataFormWidget.h"
#include "ContactActions.h"
#include "models/RosterFilterModel.h"
#include "models/RosterModel.h"
#include "storage/AccountDatabase.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QCryptographicHash>
#include <QCheckBox>
#include <QFile>
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
#include <QTreeView>

using namespace charla;

namespace {
constexpr int kTimeoutMs = 15000;

void grab(QWidget *w, const QString &name)
{
    QVERIFY(w->grab().save(test::outputDir() + QLatin1Char('/') + name));
}

// A CAPTCHA form as ejabberd sends it (XEP-0158 with XEP-0077): a one-colour picture in the
// query, challenge @p challenge, for the request captured as $@p id.
QString captchaForm(const QString &id, const QString &challenge, QColor colour)
{
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString cid = QStringLiteral("sha1+%1@bob.xmpp.org")
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex()));
    return QStringLiteral(
               "<iq type='result' id='$%1' from='localhost'><query xmlns='jabber:iq:register'>"
               "<x xmlns='jabber:x:data' type='form'><title>Creating a new account</title>"
               "<field type='hidden' var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>"
               "<field type='text-single' var='username' label='User'><required/></field>"
               "<field type='text-private' var='password' label='Password'><required/></field>"
               "<field type='hidden' var='challenge'><value>%2</value></field>"
               "<field var='ocr' label='Enter the text you see'><required/>"
               "<media xmlns='urn:xmpp:media-element' height='40' width='120'>"
               "<uri type='image/png'>cid:%3</uri></media></field></x>"
               "<data xmlns='urn:xmpp:bob' cid='%3' type='image/png' max-age='0'>%4</data>"
               "</query></iq>")
        .arg(id, challenge, cid, QString::fromLatin1(png.toBase64()));
}

QString captchaAnswer(const QString &id, const QString &challenge, const QString &ocr)
{
    return QStringLiteral("<iq type='set' id='$%1' to='localhost'><query xmlns='jabber:iq:register'>"
                          "<x xmlns='jabber:x:data' type='submit'>"
                          "<field var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>"
                          "<field var='username'><value>juliet</value></field>"
                          "<field var='password'><value>R0m30 pw</value></field>"
                          "<field var='challenge'><value>%2</value></field>"
                          "<field var='ocr'><value>%3</value></field>"
                          "</x></query></iq>")
        .arg(id, challenge, ocr);
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
    void refusedCaptchaBringsANewPicture();
    void untrustedCertificateIsAskedAndPinned();
    void settingsDialogSavesAndDisables();
    void mainWindowAccountMenuAddsAndRemoves();
    void removingKeepsHistoryUnlessAsked_data();
    void removingKeepsHistoryUnlessAsked();

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

    // Online, its settings offer the blocked list and a password change.
    AccountSettingsDialog settings(&manager, account);
    settings.show();
    QVERIFY(settings.blockedButton()->isEnabled());
    QVERIFY(settings.passwordButton()->isEnabled());
    QTest::mouseClick(settings.blockedButton(), Qt::LeftButton);
    QTRY_VERIFY(settings.findChild<BlockedContactsDialog *>());
    settings.findChild<BlockedContactsDialog *>()->close();
    QTest::mouseClick(settings.passwordButton(), Qt::LeftButton);
    ChangePasswordDialog *change = nullptr;
    QTRY_VERIFY((change = settings.findChild<ChangePasswordDialog *>()));
    QTest::keyClicks(change->newField(), QStringLiteral("Fresh pw 2"));
    QTest::keyClicks(change->repeatField(), QStringLiteral("Fresh pw 2"));
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(change->messageText().contains(QStringLiteral("is changed")),
                             kTimeoutMs);
    grab(change, QStringLiteral("change-password-done.png"));
    const auto stored = PasswordStore(profile).readBlocking(QStringLiteral("fresh@localhost"));
    QVERIFY2(stored.ok ? stored.password == QStringLiteral("Fresh pw 2")
                       : change->messageText().contains(stored.error),
             qPrintable(change->messageText()));
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

void TestAccountWizard::refusedCaptchaBringsANewPicture()
{
    test::TestCa ca;
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    test::FakeServer server;
    server.setCertificate(ca.issue({QStringLiteral("localhost")}));
    test::LoginScript::addToSasl(server, test::LoginScript::plainMechanisms() +
                                             QStringLiteral("<register xmlns='http://jabber.org/"
                                                            "features/iq-register'/>"));
    const auto fetch = [](const QString &id) {
        return QStringLiteral("<iq type='get' id='$%1' to='localhost'>"
                              "<query xmlns='jabber:iq:register'/></iq>")
            .arg(id);
    };
    // A wrong answer is refused, and the used-up challenge is replaced by asking again.
    server.expect(fetch(QStringLiteral("get1")))
        .send(captchaForm(QStringLiteral("get1"), QStringLiteral("AAAA"), Qt::red))
        .expect(captchaAnswer(QStringLiteral("set1"), QStringLiteral("AAAA"), QStringLiteral("wrong")))
        .send(QStringLiteral("<iq type='error' id='$set1' from='localhost'><error type='modify'>"
                             "<not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></iq>"))
        .expect(fetch(QStringLiteral("get2")))
        .send(captchaForm(QStringLiteral("get2"), QStringLiteral("BBBB"), Qt::blue))
        .expect(captchaAnswer(QStringLiteral("set2"), QStringLiteral("BBBB"), QStringLiteral("right")))
        .send(QStringLiteral("<iq type='result' id='$set2' from='localhost'/>"))
        .expectStreamClose();
    QVERIFY(server.listen());

    const Profile profile = newProfile(QStringLiteral("captcha"));
    AccountManager manager(profile);
    AccountWizard wizard(&manager);
    AccountConfig base;
    base.caFile = ca.caFile();
    base.host = QStringLiteral("127.0.0.1");
    base.port = server.port();
    wizard.setup()->setConnection(base);
    wizard.serverConnection()->setConfig(base);
    wizard.show();
    wizard.createAccountButton()->setChecked(true);
    clickNext(wizard);
    QTest::keyClicks(wizard.serverField(), QStringLiteral("localhost"));
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::FormPage), kTimeoutMs);
    DataFormWidget *form = wizard.formWidget();
    QVERIFY(form->mediaLabel(QStringLiteral("ocr")));
    QCOMPARE(form->mediaLabel(QStringLiteral("ocr"))->pixmap().toImage().pixelColor(5, 5),
             QColor(Qt::red));
    QTest::keyClicks(form->editor(QStringLiteral("username")), QStringLiteral("juliet"));
    QTest::keyClicks(form->editor(QStringLiteral("password")), QStringLiteral("R0m30 pw"));
    QTest::keyClicks(form->editor(QStringLiteral("ocr")), QStringLiteral("wrong"));
    clickNext(wizard);

    // The refusal is said, and the new picture replaces the old one; what was typed stays but
    // the answer to the old picture.
    QTRY_VERIFY_WITH_TIMEOUT(form->mediaLabel(QStringLiteral("ocr")) &&
                                 form->mediaLabel(QStringLiteral("ocr"))
                                         ->pixmap()
                                         .toImage()
                                         .pixelColor(5, 5) == QColor(Qt::blue),
                             kTimeoutMs);
    QCOMPARE(wizard.messageText(),
             QStringLiteral("The server did not accept the form: a required field is empty or a "
                            "value is not valid. Here is a new picture: type what it shows."));
    QVERIFY(!wizard.isBusy());
    QCOMPARE(wizard.currentId(), int(AccountWizard::FormPage));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("username")))->text(),
             QStringLiteral("juliet"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("ocr")))->text(), QString());
    grab(&wizard, QStringLiteral("wizard-4-captcha-again.png"));
    QTest::keyClicks(form->editor(QStringLiteral("ocr")), QStringLiteral("right"));
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::DonePage), kTimeoutMs);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(wizard.account()->jid().full(), QStringLiteral("juliet@localhost"));
}

void TestAccountWizard::untrustedCertificateIsAskedAndPinned()
{
    // No CA given this time: the test server's certificate is signed by nobody the system
    // knows, as a self-hosted server's may be.
    const Profile profile = newProfile(QStringLiteral("pinned"));
    AccountManager manager(profile);
    AccountWizard wizard(&manager);
    AccountConfig base;
    base.host = m_prosody.host();
    base.port = m_prosody.c2sPort();
    wizard.serverConnection()->setConfig(base);
    wizard.show();
    wizard.createAccountButton()->setChecked(true);
    clickNext(wizard);
    QTest::keyClicks(wizard.serverField(), m_prosody.domain());

    // The question shows the fingerprint; the person trusts it.
    QString question;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        grab(box, QStringLiteral("wizard-certificate-question.png"));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    answer.start();
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::FormPage), kTimeoutMs);
    QVERIFY2(question.contains(QStringLiteral("SHA-256 fingerprint:\n")), qPrintable(question));
    const QString pin = wizard.setup()->connection().pinnedCertificate;
    QCOMPARE(pin.size(), 64);
    QVERIFY(question.contains(pin.left(2).toUpper() + QLatin1Char(':')));

    DataFormWidget *form = wizard.formWidget();
    QTest::keyClicks(form->editor(QStringLiteral("username")), QStringLiteral("pinned"));
    QTest::keyClicks(form->editor(QStringLiteral("password")), QStringLiteral("Pinned pw 1"));
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::DonePage), kTimeoutMs);
    // The account keeps the pin and logs in with it, without being asked again.
    QCOMPARE(AccountStore(profile).find(QStringLiteral("pinned@localhost")).pinnedCertificate, pin);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.account()->state(), Account::State::Online, kTimeoutMs);
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

    // The password dialog checks what was typed before asking the server.
    ChangePasswordDialog password(account);
    password.newField()->setText(QStringLiteral("one"));
    password.repeatField()->setText(QStringLiteral("two"));
    password.accept();
    QCOMPARE(password.messageText(), QStringLiteral("The two passwords are not the same."));
    password.repeatField()->setText(QStringLiteral("one"));
    password.accept();
    QCOMPARE(password.messageText(),
             QStringLiteral("carol@example.org must be online to change its password."));

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
    // No account: the welcome screen with its two ways in, instead of the contact list.
    QVERIFY(window.desktopActions()->welcomeScreen()->isVisible());
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

    // With two accounts each has a row; its context menu is the account's, with Add contact….
    AccountConfig second;
    second.jid = QStringLiteral("erin@example.org");
    QVERIFY(window.accounts()->addAccount(second));
    QTRY_COMPARE(window.rosterFilter()->rowCount(), 2);
    QTreeView *view = window.rosterView();
    QModelIndex row;
    for (int i = 0; i < view->model()->rowCount(); ++i)
        if (view->model()->index(i, 0).data(RosterModel::AccountRole) == config.jid)
            row = view->model()->index(i, 0);
    QVERIFY(row.isValid());
    Q_EMIT view->customContextMenuRequested(view->visualRect(row).center());
    QMenu *popup = nullptr;
    QTRY_VERIFY((popup = window.findChild<QMenu *>(QStringLiteral("accountContextMenu"))));
    QVERIFY(popup->actions().contains(window.contactActions()->addContactAction()));
    QVERIFY(popup->findChild<QAction *>(QStringLiteral("settingsAction")));
    popup->close();
    window.accounts()->removeAccount(window.accounts()->account(second.jid));

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

void TestAccountWizard::removingKeepsHistoryUnlessAsked_data()
{
    QTest::addColumn<bool>("tick");
    QTest::newRow("box left unticked: history kept") << false;
    QTest::newRow("box ticked: history deleted") << true;
}

void TestAccountWizard::removingKeepsHistoryUnlessAsked()
{
    QFETCH(bool, tick);
    const Profile profile = newProfile(QStringLiteral("remove-history"));
    MainWindow window(profile);
    AccountConfig config;
    config.jid = QStringLiteral("frank@example.org");
    config.host = QStringLiteral("127.0.0.1");
    config.port = 1;
    Account *account = window.accounts()->addAccount(config);
    QVERIFY(account);
    const QString db = AccountDatabase::pathFor(profile, config.jid);
    QVERIFY2(QFile::exists(db), qPrintable(db)); // the account keeps its history there

    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        auto *check = box->findChild<QCheckBox *>(QStringLiteral("deleteHistory"));
        QVERIFY(check);
        offered = !check->isChecked(); // never ticked for the person
        check->setChecked(tick);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    window.accountActions()->confirmRemove(account);
    QVERIFY(offered);
    QVERIFY(window.accounts()->accounts().isEmpty());
    if (tick)
        QTRY_VERIFY(!QFile::exists(db));
    else {
        QTest::qWait(100); // the account is deleted later: give a deletion the chance to happen
        QVERIFY(QFile::exists(db));
    }
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
