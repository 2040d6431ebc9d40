// In-band registration (XEP-0077) against a real Prosody (mod_register, allow_registration):
// a person creates "newuser" from the server's form and logs in with it; the same name is then
// taken; the password is changed and only the new one works; the account is removed and no
// password works any more. Logins are made with an in-process Client, as the app does.
#include "ProsodyFixture.h"
#include "features/RegistrationFeature.h"
#include "stream/Client.h"
#include "stream/Registration.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kUser = QStringLiteral("newuser");
const QString kFirstPassword = QStringLiteral("first Pa55word");
const QString kSecondPassword = QStringLiteral("second Pa55word");
} // namespace

class TestRegistrationProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registerFetchesFormThenLogsIn();
    void sameNameAgainIsTaken();
    void changePasswordThenOnlyTheNewOneWorks();
    void removeAccountThenLoginFails();

private:
    SessionConfig settings(const QString &user = QString(),
                           const QString &password = QString()) const;
    /// Logs in; true when established, false with @p error set when the login failed.
    bool login(Client &client, const QString &password, Error *error);

    ProsodyFixture m_prosody;
};

void TestRegistrationProsody::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QFile config(m_prosody.configFile());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY2(config.readAll().contains("allow_registration = true"),
             "the fixture must allow in-band registration");
}

SessionConfig TestRegistrationProsody::settings(const QString &user, const QString &password) const
{
    SessionConfig c;
    c.jid = user.isEmpty() ? m_prosody.domain() : user + QLatin1Char('@') + m_prosody.domain();
    c.password = password;
    c.resource = QStringLiteral("registration-test");
    c.host = m_prosody.host();
    c.port = m_prosody.c2sPort();
    c.caCertificates = QSslCertificate::fromPath(m_prosody.caFile());
    return c;
}

bool TestRegistrationProsody::login(Client &client, const QString &password, Error *error)
{
    client.setAutoReconnect(false);
    QEventLoop loop;
    bool up = false;
    const auto onUp = connect(&client, &Client::connected, &loop, [&] {
        up = true;
        loop.quit();
    });
    const auto onError = connect(&client, &Client::errorOccurred, &loop, [&](const Error &e) {
        *error = e;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    client.connectToServer(settings(kUser, password));
    loop.exec();
    disconnect(onUp);
    disconnect(onError);
    return up;
}

void TestRegistrationProsody::registerFetchesFormThenLogsIn()
{
    Registration reg;
    reg.setConnectionSettings(settings());
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy registered(&reg, &Registration::registered);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(m_prosody.domain());
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(m_prosody.logTail()));
    QVERIFY(errors.isEmpty());

    // Prosody sends both the legacy fields and a data form; the form takes precedence
    // (XEP-0077 6).
    const auto answer = forms.first().first().value<RegistrationForm>();
    QVERIFY(!answer.registered);
    QVERIFY(!answer.instructions.isEmpty());
    QVERIFY(answer.form);
    DataForm form = *answer.form;
    QCOMPARE(form.formType(), QStringLiteral("jabber:iq:register"));
    QVERIFY(form.field(QStringLiteral("username")) &&
            form.field(QStringLiteral("username"))->required);
    QCOMPARE(form.field(QStringLiteral("password"))->type, DataFormField::Type::TextPrivate);
    QVERIFY(!charla::validate(form).isEmpty()); // nothing filled in yet
    form.setValue(QStringLiteral("username"), kUser);
    form.setValue(QStringLiteral("password"), kFirstPassword);
    QVERIFY(charla::validate(form).isEmpty());

    reg.submit(form);
    QVERIFY2(registered.wait(kTimeoutMs),
             qPrintable(errors.isEmpty() ? m_prosody.logTail()
                                         : errors.first().first().value<Error>().text));
    QCOMPARE(registered.first().first().toString(), QStringLiteral("newuser@localhost"));

    Client client;
    Error error;
    QVERIFY2(login(client, kFirstPassword, &error), qPrintable(error.text));
    QCOMPARE(client.jid().bare().full(), QStringLiteral("newuser@localhost"));
    client.disconnectFromServer();
}

void TestRegistrationProsody::sameNameAgainIsTaken()
{
    Registration reg;
    reg.setConnectionSettings(settings());
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(m_prosody.domain());
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(m_prosody.logTail()));
    // This time through the legacy fields, as an old form-less client would.
    reg.submit(QList<RegistrationForm::Field>{
        {QStringLiteral("username"), kUser},
        {QStringLiteral("password"), QStringLiteral("another one")}});
    QVERIFY2(errors.wait(kTimeoutMs), qPrintable(m_prosody.logTail()));
    const auto error = errors.first().first().value<Error>();
    QCOMPARE(error.condition, QStringLiteral("conflict"));
    QCOMPARE(error.text, QStringLiteral("The name newuser is already taken on localhost."));
    reg.close();

    // The first password still works: the failed attempt changed nothing.
    Client client;
    Error loginError;
    QVERIFY2(login(client, kFirstPassword, &loginError), qPrintable(loginError.text));
    client.disconnectFromServer();
}

void TestRegistrationProsody::changePasswordThenOnlyTheNewOneWorks()
{
    {
        Client client;
        auto *feature = new RegistrationFeature;
        client.addFeature(feature);
        Error error;
        QVERIFY2(login(client, kFirstPassword, &error), qPrintable(error.text));
        std::optional<RegistrationFeature::Result> result;
        QSignalSpy changed(feature, &RegistrationFeature::passwordChanged);
        feature->changePassword(kSecondPassword, this,
                                [&](const RegistrationFeature::Result &r) { result = r; });
        QVERIFY2(changed.wait(kTimeoutMs),
                 qPrintable(result ? result->error.text : m_prosody.logTail()));
        QVERIFY(result && result->ok());
        client.disconnectFromServer();
    }
    {
        Client client;
        Error error;
        QVERIFY2(login(client, kSecondPassword, &error), qPrintable(error.text));
        client.disconnectFromServer();
    }
    {
        Client client;
        Error error;
        QVERIFY(!login(client, kFirstPassword, &error));
        QCOMPARE(error.kind, Error::Auth);
        QCOMPARE(error.condition, QStringLiteral("not-authorized"));
    }
}

void TestRegistrationProsody::removeAccountThenLoginFails()
{
    {
        Client client;
        auto *feature = new RegistrationFeature;
        client.addFeature(feature);
        Error error;
        QVERIFY2(login(client, kSecondPassword, &error), qPrintable(error.text));
        std::optional<RegistrationFeature::Result> result;
        QSignalSpy removed(feature, &RegistrationFeature::accountRemoved);
        feature->removeAccount(this, [&](const RegistrationFeature::Result &r) { result = r; });
        QVERIFY2(removed.wait(kTimeoutMs),
                 qPrintable(result ? result->error.text : m_prosody.logTail()));
        QVERIFY(result && result->ok());
        QVERIFY(!client.isConnected());
    }
    Client client;
    Error error;
    QVERIFY(!login(client, kSecondPassword, &error));
    QCOMPARE(error.kind, Error::Auth);
    QCOMPARE(error.condition, QStringLiteral("not-authorized"));
    QCOMPARE(error.text, QStringLiteral("Wrong password for newuser@localhost."));
}

QTEST_GUILESS_MAIN(TestRegistrationProsody)
#include "tst_registration_prosody.moc"
