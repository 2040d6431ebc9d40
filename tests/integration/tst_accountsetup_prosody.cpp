// The account wizard's code path (AccountSetup) against a real Prosody: an account created
// through in-band registration (XEP-0077) is stored, its password put in the keychain, and it
// comes online; after a restart (a new AccountManager on the same profile) it logs in from the
// keychain. A disabled account is logged out and stays disabled across a restart. A password
// changed from the account is changed on the server and in the keychain.
#include "ProsodyFixture.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/AccountSetup.h"
#include "features/PresenceFeature.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
constexpr int kTimeoutMs = 15000;
}

class TestAccountSetupProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createAccountThenLogInAfterRestart();
    void takenNameIsSaidAndNothingIsStored();
    void existingAccountIsStoredAndComesOnline();
    void disabledAccountDisconnectsAndStaysDisabled();
    void changedPasswordGoesToTheKeychain();
    void newSettingsReconnectWithThem();

private:
    AccountConfig connection() const;
    /// Creates @p user through AccountSetup in @p manager; the account, or null.
    Account *create(AccountManager &manager, const QString &user, const QString &password);

    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
};

void TestAccountSetupProsody::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    // These tests need a reachable keychain (scripts/test runs them with one).
    const Profile profile(m_dir.filePath(QStringLiteral("probe")));
    QVERIFY(profile.ensureExists());
    const auto probe = PasswordStore(profile).writeBlocking(QStringLiteral("probe@localhost"),
                                                            QStringLiteral("x"));
    QVERIFY2(probe.ok, qPrintable(probe.error));
    PasswordStore(profile).removeBlocking(QStringLiteral("probe@localhost"));
}

AccountConfig TestAccountSetupProsody::connection() const
{
    AccountConfig c;
    c.host = m_prosody.host();
    c.port = m_prosody.c2sPort();
    c.caFile = m_prosody.caFile();
    return c;
}

Account *TestAccountSetupProsody::create(AccountManager &manager, const QString &user,
                                         const QString &password)
{
    AccountSetup setup(&manager);
    setup.setConnection(connection());
    QSignalSpy forms(&setup, &AccountSetup::formReady);
    QSignalSpy finished(&setup, &AccountSetup::finished);
    QSignalSpy failed(&setup, &AccountSetup::failed);
    setup.fetchForm(m_prosody.domain());
    if (!forms.wait(kTimeoutMs)) {
        qWarning() << "no form" << (failed.isEmpty() ? m_prosody.logTail()
                                                     : failed.first().first().value<Error>().text);
        return nullptr;
    }
    // What the wizard does with the form: fill in what DataFormWidget shows.
    DataForm form = forms.first().first().value<DataForm>();
    form.setValue(QStringLiteral("username"), user);
    form.setValue(QStringLiteral("password"), password);
    if (!validate(form).isEmpty()) {
        qWarning() << validate(form);
        return nullptr;
    }
    setup.submit(form);
    if (!finished.wait(kTimeoutMs)) {
        qWarning() << "not finished" << (failed.isEmpty() ? QString()
                                                          : failed.first().first().value<Error>().text);
        return nullptr;
    }
    if (!finished.first().at(1).toString().isEmpty())
        qWarning() << "keychain:" << finished.first().at(1).toString();
    return finished.first().first().value<Account *>();
}

void TestAccountSetupProsody::createAccountThenLogInAfterRestart()
{
    const Profile profile(m_dir.filePath(QStringLiteral("created")));
    QVERIFY(profile.ensureExists());
    const QString jid = QStringLiteral("wizard@localhost");
    {
        AccountManager manager(profile);
        QSignalSpy added(&manager, &AccountManager::accountAdded);
        Account *account = create(manager, QStringLiteral("wizard"), QStringLiteral("Wiz pass 1"));
        QVERIFY(account);
        QCOMPARE(added.size(), 1);
        QCOMPARE(account->jid().full(), jid);
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);
        QCOMPARE(account->client()->jid().bare().full(), jid);
        // Stored with the connection settings, the password only in the keychain.
        const AccountConfig stored = AccountStore(profile).find(jid);
        QCOMPARE(stored.jid, jid);
        QCOMPARE(stored.port, m_prosody.c2sPort());
        QCOMPARE(stored.caFile, m_prosody.caFile());
        QCOMPARE(PasswordStore(profile).readBlocking(jid).password, QStringLiteral("Wiz pass 1"));
        QFile settings(profile.settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("Wiz pass 1"));
    }
    // A restart: the stored account logs in with the password from the keychain.
    AccountManager again(profile);
    again.load();
    QCOMPARE(again.accounts().size(), 1);
    again.connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(again.accounts().first()->state(), Account::State::Online, kTimeoutMs);
}

void TestAccountSetupProsody::takenNameIsSaidAndNothingIsStored()
{
    QVERIFY(m_prosody.createAccount(QStringLiteral("taken"), QStringLiteral("secret")));
    const Profile profile(m_dir.filePath(QStringLiteral("taken")));
    QVERIFY(profile.ensureExists());
    AccountManager manager(profile);
    AccountSetup setup(&manager);
    setup.setConnection(connection());
    QSignalSpy forms(&setup, &AccountSetup::formReady);
    QSignalSpy failed(&setup, &AccountSetup::failed);
    setup.fetchForm(m_prosody.domain());
    QVERIFY(forms.wait(kTimeoutMs));
    DataForm form = forms.first().first().value<DataForm>();
    form.setValue(QStringLiteral("username"), QStringLiteral("taken"));
    form.setValue(QStringLiteral("password"), QStringLiteral("other"));
    setup.submit(form);
    QVERIFY(failed.wait(kTimeoutMs));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.condition, QStringLiteral("conflict"));
    QCOMPARE(error.text, QStringLiteral("The name taken is already taken on localhost."));
    QVERIFY(manager.accounts().isEmpty());
    QVERIFY(AccountStore(profile).accounts().isEmpty());
}

void TestAccountSetupProsody::existingAccountIsStoredAndComesOnline()
{
    QVERIFY(m_prosody.createAccount(QStringLiteral("have"), QStringLiteral("have pw")));
    const Profile profile(m_dir.filePath(QStringLiteral("existing")));
    QVERIFY(profile.ensureExists());
    AccountManager manager(profile);
    AccountSetup setup(&manager);
    setup.setConnection(connection());
    QVERIFY(!setup.checkJid(QStringLiteral("not an address")).isEmpty());
    QVERIFY(setup.checkJid(QStringLiteral("have@localhost")).isEmpty());
    QSignalSpy finished(&setup, &AccountSetup::finished);
    setup.addExisting(QStringLiteral(" have@localhost "), QStringLiteral("have pw"));
    QVERIFY(finished.wait(kTimeoutMs));
    Account *account = finished.first().first().value<Account *>();
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);
    QCOMPARE(setup.checkJid(QStringLiteral("have@localhost")),
             QStringLiteral("have@localhost is already one of your accounts."));
}

void TestAccountSetupProsody::disabledAccountDisconnectsAndStaysDisabled()
{
    QVERIFY(m_prosody.createAccount(QStringLiteral("toggle"), QStringLiteral("toggle pw")));
    const Profile profile(m_dir.filePath(QStringLiteral("toggle")));
    QVERIFY(profile.ensureExists());
    const QString jid = QStringLiteral("toggle@localhost");
    AccountConfig config = connection();
    config.jid = jid;
    AccountStore(profile).save(config);
    QVERIFY(PasswordStore(profile).writeBlocking(jid, QStringLiteral("toggle pw")).ok);

    {
        AccountManager manager(profile);
        manager.load();
        manager.connectAll();
        Account *account = manager.account(jid);
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);
        // The server lists its session...
        QString output;
        QVERIFY(m_prosody.shell(QStringLiteral("c2s:show()"), &output));
        QVERIFY2(output.contains(jid), qPrintable(output));
        account->setEnabled(false);
        QCOMPARE(account->state(), Account::State::Disabled);
        QCOMPARE(account->stateText(), QStringLiteral("toggle@localhost: disabled"));
        QVERIFY(!account->client()->isConnected());
        QVERIFY(!AccountStore(profile).find(jid).enabled);
        // ...and no longer once it is disabled.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_prosody.shell(QStringLiteral("c2s:show()"), &output) && !output.contains(jid),
            kTimeoutMs);
        // Nothing reconnects it behind the person's back.
        manager.connectAll();
        QTest::qWait(1000);
        QCOMPARE(account->state(), Account::State::Disabled);
    }
    // After a restart it is still disabled and connectAll() leaves it alone.
    {
        AccountManager manager(profile);
        manager.load();
        Account *account = manager.account(jid);
        QVERIFY(account);
        QVERIFY(!account->isEnabled());
        QCOMPARE(account->state(), Account::State::Disabled);
        manager.connectAll();
        QTest::qWait(1000);
        QCOMPARE(account->state(), Account::State::Disabled);
        QVERIFY(!account->client()->isConnected());
        // Enabled again, it connects at once and is remembered so.
        account->setEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);
        QVERIFY(AccountStore(profile).find(jid).enabled);
    }
}

void TestAccountSetupProsody::changedPasswordGoesToTheKeychain()
{
    QVERIFY(m_prosody.createAccount(QStringLiteral("changer"), QStringLiteral("old pw")));
    const Profile profile(m_dir.filePath(QStringLiteral("changer")));
    QVERIFY(profile.ensureExists());
    const QString jid = QStringLiteral("changer@localhost");
    AccountConfig config = connection();
    config.jid = jid;
    AccountStore(profile).save(config);
    QVERIFY(PasswordStore(profile).writeBlocking(jid, QStringLiteral("old pw")).ok);
    AccountManager manager(profile);
    manager.load();
    manager.connectAll();
    Account *account = manager.account(jid);
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);

    std::optional<std::pair<bool, QString>> result;
    account->changePassword(QStringLiteral("new pw"), this,
                            [&](bool ok, const QString &sentence) { result = {ok, sentence}; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
    QVERIFY2(result->first, qPrintable(result->second));
    QCOMPARE(result->second, QStringLiteral("The password of changer@localhost is changed."));
    QCOMPARE(PasswordStore(profile).readBlocking(jid).password, QStringLiteral("new pw"));

    // A restart logs in with the new password from the keychain.
    manager.account(jid)->disconnectFromServer();
    AccountManager again(profile);
    again.load();
    again.connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(again.account(jid)->state(), Account::State::Online, kTimeoutMs);
}

void TestAccountSetupProsody::newSettingsReconnectWithThem()
{
    QVERIFY(m_prosody.createAccount(QStringLiteral("tuner"), QStringLiteral("tuner pw")));
    const Profile profile(m_dir.filePath(QStringLiteral("tuner")));
    QVERIFY(profile.ensureExists());
    const QString jid = QStringLiteral("tuner@localhost");
    AccountConfig config = connection();
    config.jid = jid;
    config.resource = QStringLiteral("first");
    AccountStore(profile).save(config);
    QVERIFY(PasswordStore(profile).writeBlocking(jid, QStringLiteral("tuner pw")).ok);
    AccountManager manager(profile);
    manager.load();
    manager.connectAll();
    Account *account = manager.account(jid);
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, kTimeoutMs);
    QCOMPARE(account->client()->jid().resource(), QStringLiteral("first"));

    // A new resource and priority, as the settings dialog saves them.
    AccountConfig changed = account->config();
    changed.resource = QStringLiteral("second");
    changed.priority = 7;
    account->setConfig(changed);
    QCOMPARE(account->presence()->ownPriority(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(account->state() == Account::State::Online &&
                                 account->client()->jid().resource() == QStringLiteral("second"),
                             kTimeoutMs);
    const AccountConfig stored = AccountStore(profile).find(jid);
    QCOMPARE(stored.resource, QStringLiteral("second"));
    QCOMPARE(stored.priority, 7);
    // What the account learnt stays.
    QCOMPARE(stored.saslMechanism, QStringLiteral("SCRAM-SHA-1"));
}

QTEST_MAIN(TestAccountSetupProsody)
#include "tst_accountsetup_prosody.moc"
