// In-band registration (XEP-0077) against scripted servers: an account is created over an
// encrypted stream without any login, from the legacy fields or a data form with a CAPTCHA
// (XEP-0158, XEP-0221, XEP-0231); refusals become sentences; and nothing is ever sent without TLS.
// Then the logged-in part: changing the password and removing the account.
// Dialogues run with the server's bytes in one piece and cut into 1-byte pieces.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/RegistrationFeature.h"
#include "stream/Client.h"
#include "stream/Registration.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::addChunkRows;
using charla::test::FakeServer;
using charla::test::TestCa;

namespace {
const QString kStartTls =
    QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>");
const QString kRegisterFeature =
    QStringLiteral("<register xmlns='http://jabber.org/features/iq-register'/>");
const QString kPlainOnly = test::LoginScript::plainMechanisms();
const QString kFetch = QStringLiteral(
    "<iq type='get' id='$get' to='localhost'><query xmlns='jabber:iq:register'/></iq>");
const QString kLegacyForm = QStringLiteral(
    "<iq type='result' id='$get' from='localhost'><query xmlns='jabber:iq:register'>"
    "<instructions>Choose a username and password for use with this service.</instructions>"
    "<username/><password/><email/></query></iq>");
constexpr int kTimeoutMs = 10000;


QList<RegistrationForm::Field> legacy(const QString &username)
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("password"), QStringLiteral("secret")},
            {QStringLiteral("email"), QStringLiteral("alice@example.org")}};
}

QString legacySubmit(const QString &username)
{
    return QStringLiteral("<iq type='set' id='$set' to='localhost'>"
                          "<query xmlns='jabber:iq:register'><username>%1</username>"
                          "<password>secret</password><email>alice@example.org</email>"
                          "</query></iq>")
        .arg(username);
}

/// True when no XML console line (Session::xmlTraffic) shows @p secret.
bool consoleHides(const QSignalSpy &traffic, const QByteArray &secret)
{
    bool masked = false;
    for (const QList<QVariant> &t : traffic) {
        const QByteArray xml = t.at(1).toByteArray();
        if (xml.contains(secret))
            return false;
        masked = masked || xml.contains("[hidden]");
    }
    return masked;
}

Error errorAt(const QSignalSpy &spy, int i = 0)
{
    return spy.at(i).first().value<Error>();
}
} // namespace

class TestRegistration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void legacyFields_data();
    void legacyFields();
    void dataFormWithCaptcha_data();
    void dataFormWithCaptcha();
    void conflictThenAnotherName_data();
    void conflictThenAnotherName();
    void submitErrors_data();
    void submitErrors();
    void registrationNotOffered();
    void noStartTlsMeansNoRegistration_data();
    void noStartTlsMeansNoRegistration();
    void untrustedCertificateIsReported();
    void directTls();
    void parseRegisteredAndRedirect();

    void changePassword_data();
    void changePassword();
    void changePasswordAsksForForm();
    void refusedWithoutAsking();
    void removeAccount_data();
    void removeAccount();

private:
    void scriptToRegister(FakeServer &server, bool directTls = false);
    SessionConfig settings(quint16 port) const;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestRegistration::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

SessionConfig TestRegistration::settings(quint16 port) const
{
    // The account's jid and password are not what a registration uses.
    SessionConfig c = test::fakeServerConfig(*m_ca, port);
    c.jid = QStringLiteral("someone-else@localhost");
    c.password = QStringLiteral("not-this-one");
    return c;
}

/// STARTTLS (or Direct TLS), the stream restart, features with SASL and registration; then the
/// client is expected to ask for the form, not to log in.
void TestRegistration::scriptToRegister(FakeServer &server, bool directTls)
{
    if (directTls) {
        server.startTls()
            .expectStreamOpen(QStringLiteral("localhost"))
            .sendStreamOpen()
            .sendFeatures(kPlainOnly + kRegisterFeature);
    } else {
        test::LoginScript::addToSasl(server, kPlainOnly + kRegisterFeature);
    }
    server.expect(kFetch);
}

void TestRegistration::legacyFields_data()
{
    addChunkRows();
}

void TestRegistration::legacyFields()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToRegister(server);
    server.send(kLegacyForm)
        .expect(legacySubmit(QStringLiteral("alice")))
        .send(QStringLiteral("<iq type='result' id='$set' from='localhost'/>"))
        .expectStreamClose();
    QVERIFY(server.listen());

    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy registered(&reg, &Registration::registered);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    QSignalSpy traffic(reg.session(), &Session::xmlTraffic);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(reg.session()->state(), Session::State::Registering);
    QVERIFY(reg.session()->lastFeatures().hasChild(QStringLiteral("register"),
                                                   RegistrationForm::FeatureNamespace));

    const auto form = forms.first().first().value<RegistrationForm>();
    QCOMPARE(form.instructions,
             QStringLiteral("Choose a username and password for use with this service."));
    QVERIFY(!form.form);
    QVERIFY(!form.registered);
    QVERIFY(!form.isRedirectOnly());
    QStringList names;
    for (const RegistrationForm::Field &f : form.fields)
        names << f.name;
    QCOMPARE(names, (QStringList{QStringLiteral("username"), QStringLiteral("password"),
                                 QStringLiteral("email")}));

    reg.submit(legacy(QStringLiteral("alice")));
    QVERIFY2(registered.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(registered.first().first().toString(), QStringLiteral("alice@localhost"));
    QVERIFY2(server.waitForScript(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QVERIFY(errors.isEmpty());
    // No login happened, and the stream named no account (RFC 6120 4.7.1: nobody to be yet).
    for (const Element &e : server.received())
        QVERIFY2(e.ns() != QLatin1String("urn:ietf:params:xml:ns:xmpp-sasl"),
                 e.toXml().constData());
    QVERIFY(server.clientStreamHeader().attribute(QStringLiteral("from")).isEmpty());
    QVERIFY2(consoleHides(traffic, "secret"), "the XML console shows the new password");
}

void TestRegistration::dataFormWithCaptcha_data()
{
    addChunkRows();
}

void TestRegistration::dataFormWithCaptcha()
{
    QFETCH(int, chunk);
    const QByteArray image = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\x07');
    const QString cid = QStringLiteral("sha1+%1@bob.xmpp.org")
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex()));
    const QString forged = QStringLiteral("sha1+%1@bob.xmpp.org").arg(QString(40, u'0'));

    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToRegister(server);
    // ejabberd's shape (XEP-0158 with XEP-0077): the CAPTCHA form and its image in the query.
    server
        .send(QStringLiteral(
                  "<iq type='result' id='$get' from='localhost'>"
                  "<query xmlns='jabber:iq:register'>"
                  "<instructions>Use the form to register.</instructions>"
                  "<x xmlns='jabber:x:data' type='form'>"
                  "<title>Creating a new account</title>"
                  "<field type='hidden' var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>"
                  "<field type='text-single' var='username' label='User'><required/></field>"
                  "<field type='text-private' var='password' label='Password'><required/>"
                  "</field>"
                  "<field type='fixed'><value>If you don't see the CAPTCHA image here, visit "
                  "the web page.</value></field>"
                  "<field type='hidden' var='challenge'><value>F3A6292C</value></field>"
                  "<field var='ocr' label='Enter the text you see'><required/>"
                  "<media xmlns='urn:xmpp:media-element' height='80' width='290'>"
                  "<uri type='image/png'>cid:%1</uri></media></field>"
                  "</x>"
                  "<data xmlns='urn:xmpp:bob' cid='%1' type='image/png' max-age='0'>%2</data>"
                  "<data xmlns='urn:xmpp:bob' cid='%3' type='image/png'>%2</data>"
                  "</query></iq>")
                  .arg(cid, QString::fromLatin1(image.toBase64()), forged))
        .expect(QStringLiteral(
            "<iq type='set' id='$set' to='localhost'><query xmlns='jabber:iq:register'>"
            "<x xmlns='jabber:x:data' type='submit'>"
            "<field var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>"
            "<field var='username'><value>juliet</value></field>"
            "<field var='password'><value>R0m30 and more</value></field>"
            "<field var='challenge'><value>F3A6292C</value></field>"
            "<field var='ocr'><value>7Xk2</value></field>"
            "</x></query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$set' from='localhost'/>"))
        .expectStreamClose();
    QVERIFY(server.listen());

    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy registered(&reg, &Registration::registered);
    QSignalSpy traffic(reg.session(), &Session::xmlTraffic);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    const auto answer = forms.first().first().value<RegistrationForm>();
    QVERIFY(answer.form);
    DataForm form = *answer.form;
    QCOMPARE(form.formType(), QStringLiteral("urn:xmpp:captcha"));
    QCOMPARE(form.title, QStringLiteral("Creating a new account"));
    const DataFormField *ocr = form.field(QStringLiteral("ocr"));
    QVERIFY(ocr && ocr->media);
    QCOMPARE(ocr->media->width, 290);
    QCOMPARE(ocr->media->height, 80);
    QCOMPARE(ocr->media->uris.size(), 1);
    // The image the ui shows is the one the form points at; data not matching its cid is gone.
    const BobData *png = answer.dataFor(ocr->media->uris.first().uri);
    QVERIFY(png);
    QCOMPARE(png->bytes, image);
    QCOMPARE(png->type, QStringLiteral("image/png"));
    QCOMPARE(png->maxAge, 0);
    QCOMPARE(answer.data.size(), 1);
    QVERIFY(!answer.dataFor(QStringLiteral("cid:") + forged));

    // An empty form is not sent as is: the person is told what is missing.
    QCOMPARE(charla::validate(form),
             (QStringList{QStringLiteral("\"User\" is required."),
                          QStringLiteral("\"Password\" is required."),
                          QStringLiteral("\"Enter the text you see\" is required.")}));
    form.setValue(QStringLiteral("username"), QStringLiteral("juliet"));
    form.setValue(QStringLiteral("password"), QStringLiteral("R0m30 and more"));
    form.setValue(QStringLiteral("ocr"), QStringLiteral("7Xk2"));
    QVERIFY(charla::validate(form).isEmpty());
    reg.submit(form);
    QVERIFY2(registered.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(registered.first().first().toString(), QStringLiteral("juliet@localhost"));
    QVERIFY2(server.waitForScript(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QVERIFY2(consoleHides(traffic, "R0m30"), "the XML console shows the new password");
}

void TestRegistration::conflictThenAnotherName_data()
{
    addChunkRows();
}

void TestRegistration::conflictThenAnotherName()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    scriptToRegister(server);
    server.send(kLegacyForm)
        .expect(legacySubmit(QStringLiteral("alice")))
        .send(QStringLiteral("<iq type='error' id='$set' from='localhost'><error type='cancel'>"
                             "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>The requested "
                             "username already exists.</text></error></iq>"))
        // XEP-0077 3.1: the person picks another name, on the same stream.
        .expect(legacySubmit(QStringLiteral("alice2")))
        .send(QStringLiteral("<iq type='result' id='$set' from='localhost'/>"))
        .expectStreamClose();
    QVERIFY(server.listen());

    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy registered(&reg, &Registration::registered);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    reg.submit(legacy(QStringLiteral("alice")));
    QVERIFY2(errors.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    const Error error = errorAt(errors);
    QCOMPARE(error.kind, Error::Stanza);
    QCOMPARE(error.condition, QStringLiteral("conflict"));
    QCOMPARE(error.text, QStringLiteral("The name alice is already taken on localhost."));
    QVERIFY(registered.isEmpty());
    QCOMPARE(reg.session()->state(), Session::State::Registering);

    reg.submit(legacy(QStringLiteral("alice2")));
    QVERIFY2(registered.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(registered.first().first().toString(), QStringLiteral("alice2@localhost"));
    QVERIFY2(server.waitForScript(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(errors.size(), 1);
}

void TestRegistration::submitErrors_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("sentence");
    const auto stanzaError = [](const char *type, const char *condition,
                                const char *text) -> QString {
        QString xml = QStringLiteral("<error type='%1'><%2 "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>")
                          .arg(QLatin1String(type), QLatin1String(condition));
        if (*text)
            xml += QStringLiteral("<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>%1</text>")
                       .arg(QString::fromUtf8(text));
        return xml + QStringLiteral("</error>");
    };
    QTest::newRow("conflict-without-text") << stanzaError("cancel", "conflict", "") << "conflict"
                                           << "The name alice is already taken on localhost.";
    QTest::newRow("not-acceptable-with-text")
        << stanzaError("modify", "not-acceptable", "Password: Required value missing")
        << "not-acceptable"
        << "The server did not accept the form: Password: Required value "
           "missing";
    QTest::newRow("not-acceptable-without-text")
        << stanzaError("modify", "not-acceptable", "") << "not-acceptable"
        << "The server did not accept the form: a required field is empty or a value is not "
           "valid.";
    QTest::newRow("not-allowed") << stanzaError("cancel", "not-allowed", "") << "not-allowed"
                                 << "This server does not allow creating accounts here.";
    QTest::newRow("throttled")
        << stanzaError("wait", "policy-violation",
                       "Too many registrations from this IP address recently")
        << "policy-violation"
        << "The server localhost refused to create an account right now. Try again later. The "
           "server said: \"Too many registrations from this IP address recently\"";
}

void TestRegistration::submitErrors()
{
    QFETCH(QString, error);
    QFETCH(QString, condition);
    QFETCH(QString, sentence);
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToRegister(server);
    server.send(kLegacyForm)
        .expect(legacySubmit(QStringLiteral("alice")))
        .send(QStringLiteral("<iq type='error' id='$set' from='localhost'>") + error +
              QStringLiteral("</iq>"));
    QVERIFY(server.listen());
    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    reg.submit(legacy(QStringLiteral("alice")));
    QVERIFY2(errors.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(errorAt(errors).condition, condition);
    QCOMPARE(errorAt(errors).text, sentence);
}

void TestRegistration::registrationNotOffered()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToRegister(server);
    server.send(QStringLiteral("<iq type='error' id='$get' from='localhost'><error type='cancel'>"
                               "<service-unavailable "
                               "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QVERIFY(server.listen());
    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(errors.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(errorAt(errors).condition, QStringLiteral("service-unavailable"));
    QCOMPARE(errorAt(errors).text,
             QStringLiteral("The server localhost does not let you create an account from "
                            "Charla. Its web site may explain how to get one."));
    QVERIFY(forms.isEmpty());
}

void TestRegistration::noStartTlsMeansNoRegistration_data()
{
    addChunkRows();
}

void TestRegistration::noStartTlsMeansNoRegistration()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    // A server (or someone in the middle) that offers registration in plaintext only.
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kPlainOnly + kRegisterFeature)
        .expectDisconnect();
    QVERIFY(server.listen());
    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy forms(&reg, &Registration::formReceived);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(errors.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QVERIFY2(server.waitForScript(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(errorAt(errors).kind, Error::Tls);
    QCOMPARE(errorAt(errors).condition, QStringLiteral("encryption-unavailable"));
    QCOMPARE(errorAt(errors).text,
             QStringLiteral("The server localhost does not offer encryption (STARTTLS), so "
                            "Charla did not create an account there."));
    QCOMPARE(errors.size(), 1);
    QVERIFY(forms.isEmpty());
    QVERIFY(!reg.isBusy());
    for (const Element &e : server.received())
        QVERIFY2(e.name() != QLatin1String("iq"), "a registration request went out without TLS");
}

void TestRegistration::untrustedCertificateIsReported()
{
    FakeServer server;
    server.setCertificate(m_ca->selfSigned({QStringLiteral("localhost")}));
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(kStartTls)
        .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .startTlsExpectingRejection();
    QVERIFY(server.listen());
    Registration reg;
    reg.setConnectionSettings(settings(server.port()));
    QSignalSpy untrusted(&reg, &Registration::certificateUntrusted);
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY(errors.wait(kTimeoutMs));
    QCOMPARE(errorAt(errors).condition, QStringLiteral("certificate-untrusted"));
    QCOMPARE(untrusted.size(), 1);
    server.waitForScript(kTimeoutMs);
    for (const Element &e : server.received())
        QVERIFY(e.name() != QLatin1String("iq"));
}

void TestRegistration::directTls()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    scriptToRegister(server, true);
    server.send(kLegacyForm);
    QVERIFY(server.listen());
    Registration reg;
    SessionConfig c = settings(server.port());
    c.directTls = true;
    reg.setConnectionSettings(c);
    QSignalSpy forms(&reg, &Registration::formReceived);
    reg.fetchForm(QStringLiteral("localhost"));
    QVERIFY2(forms.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(forms.first().first().value<RegistrationForm>().fields.size(), 3);
}

void TestRegistration::parseRegisteredAndRedirect()
{
    // XEP-0077 3.1 "Host Informs Entity of Current Registration".
    auto registered = RegistrationForm::fromQuery(Element::fromXml(
        QStringLiteral("<query xmlns='jabber:iq:register'><registered/><username>juliet</username>"
                       "<password>R0m30</password><email>juliet@capulet.com</email></query>")));
    QVERIFY(registered);
    QVERIFY(registered->registered);
    QCOMPARE(registered->fields.first(),
             (RegistrationForm::Field{QStringLiteral("username"), QStringLiteral("juliet")}));
    // XEP-0077 5: instructions and a web page only.
    auto redirect = RegistrationForm::fromQuery(Element::fromXml(QStringLiteral(
        "<query xmlns='jabber:iq:register'><instructions>To register, visit "
        "http://www.shakespeare.lit/contests.php</instructions><x xmlns='jabber:x:oob'>"
        "<url>http://www.shakespeare.lit/contests.php</url></x></query>")));
    QVERIFY(redirect);
    QVERIFY(redirect->isRedirectOnly());
    QCOMPARE(redirect->redirectUrl, QStringLiteral("http://www.shakespeare.lit/contests.php"));
    QVERIFY(!RegistrationForm::fromQuery(
        Element::fromXml(QStringLiteral("<query xmlns='jabber:iq:roster'/>"))));

    Registration reg;
    QSignalSpy errors(&reg, &Registration::errorOccurred);
    reg.fetchForm(QStringLiteral("alice@localhost"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errorAt(errors).text,
             QStringLiteral("\"alice@localhost\" is not a server name such as example.org."));
}

void TestRegistration::changePassword_data()
{
    addChunkRows();
}

void TestRegistration::changePassword()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    test::LoginScript().addTo(server);
    // XEP-0077 3.3, to the server, with the localpart.
    server
        .expect(QStringLiteral("<iq type='set' id='$pw' to='localhost'>"
                               "<query xmlns='jabber:iq:register'><username>alice</username>"
                               "<password>n3w pass</password></query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$pw' from='localhost'/>"));
    QVERIFY(server.listen());
    Client client;
    auto *feature = new RegistrationFeature;
    client.addFeature(feature);
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy changed(feature, &RegistrationFeature::passwordChanged);
    QSignalSpy traffic(client.session(), &Session::xmlTraffic);
    client.connectToServer(test::fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(connected.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    std::optional<RegistrationFeature::Result> result;
    feature->changePassword(QStringLiteral("n3w pass"), this,
                            [&](const RegistrationFeature::Result &r) { result = r; });
    QVERIFY2(changed.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error.text));
    // The next login (a reconnection) uses the new password.
    QCOMPARE(client.session()->config().password, QStringLiteral("n3w pass"));
    QVERIFY2(consoleHides(traffic, "n3w pass"), "the XML console shows the new password");
}

void TestRegistration::changePasswordAsksForForm()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    test::LoginScript().addTo(server);
    // XEP-0077 3.3 "Server Returns Password Change Form With Error", then the filled form.
    server
        .expect(QStringLiteral("<iq type='set' id='$pw' to='localhost'>"
                               "<query xmlns='jabber:iq:register'><username>alice</username>"
                               "<password>n3w</password></query></iq>"))
        .send(QStringLiteral(
            "<iq type='error' id='$pw' from='localhost'><query xmlns='jabber:iq:register'>"
            "<x xmlns='jabber:x:data' type='form'><title>Password Change</title>"
            "<field type='hidden' var='FORM_TYPE'>"
            "<value>jabber:iq:register:changepassword</value></field>"
            "<field type='text-single' label='Username' var='username'><required/></field>"
            "<field type='text-private' label='Old Password' var='old_password'><required/>"
            "</field>"
            "<field type='text-private' label='New Password' var='password'><required/>"
            "</field></x></query>"
            "<error type='modify'><not-authorized "
            "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"))
        .expect(QStringLiteral(
            "<iq type='set' id='$pw2' to='localhost'><query xmlns='jabber:iq:register'>"
            "<x xmlns='jabber:x:data' type='submit'>"
            "<field var='FORM_TYPE'><value>jabber:iq:register:changepassword</value></field>"
            "<field var='username'><value>alice</value></field>"
            "<field var='old_password'><value>secret</value></field>"
            "<field var='password'><value>n3w</value></field></x></query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$pw2' from='localhost'/>"));
    QVERIFY(server.listen());
    Client client;
    auto *feature = new RegistrationFeature;
    client.addFeature(feature);
    QSignalSpy connected(&client, &Client::connected);
    client.connectToServer(test::fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(connected.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));

    QList<RegistrationFeature::Result> results;
    QSignalSpy changed(feature, &RegistrationFeature::passwordChanged);
    const auto collect = [&](const RegistrationFeature::Result &r) { results.append(r); };
    feature->changePassword(QStringLiteral("n3w"), this, collect);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, kTimeoutMs);
    QCOMPARE(results.first().error.condition, QStringLiteral("not-authorized"));
    QCOMPARE(results.first().error.text,
             QStringLiteral("The server localhost asks for more before it changes the password."));
    QVERIFY(results.first().form);
    DataForm form = *results.first().form;
    QCOMPARE(form.formType(), QStringLiteral("jabber:iq:register:changepassword"));
    form.setValue(QStringLiteral("username"), QStringLiteral("alice"));
    form.setValue(QStringLiteral("old_password"), QStringLiteral("secret"));
    form.setValue(QStringLiteral("password"), QStringLiteral("n3w"));
    feature->changePassword(form, this, collect);
    QVERIFY2(changed.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(results.size(), 2);
    QVERIFY(results.last().ok());
    QCOMPARE(client.session()->config().password, QStringLiteral("n3w"));
}

void TestRegistration::refusedWithoutAsking()
{
    Client client;
    auto *feature = new RegistrationFeature;
    client.addFeature(feature);
    std::optional<RegistrationFeature::Result> result;
    feature->changePassword(QString(), this,
                            [&](const RegistrationFeature::Result &r) { result = r; });
    QTRY_VERIFY(result);
    QCOMPARE(result->error.kind, Error::Policy);
    QCOMPARE(result->error.text, QStringLiteral("The new password is empty. Type the password "
                                                "you want."));
    // Offline, nothing is queued for a login that may never come.
    result.reset();
    feature->removeAccount(this, [&](const RegistrationFeature::Result &r) { result = r; });
    QTRY_VERIFY(result);
    QCOMPARE(result->error.condition, QStringLiteral("not-connected"));
    QCOMPARE(result->error.text,
             QStringLiteral("The account is not connected. Connect it, then try again."));
    QCOMPARE(client.iqTracker()->pendingCount(), 0);
}

void TestRegistration::removeAccount_data()
{
    addChunkRows();
}

void TestRegistration::removeAccount()
{
    QFETCH(int, chunk);
    FakeServer server;
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    test::LoginScript().addTo(server);
    // XEP-0077 3.2: neither 'to' nor 'from' for the home server; it answers, then the client
    // closes the stream itself and stays away.
    server
        .expect(QStringLiteral("<iq type='set' id='$rm'><query xmlns='jabber:iq:register'>"
                               "<remove/></query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$rm'/>"))
        .expectStreamClose();
    QVERIFY(server.listen());
    Client client;
    client.setReconnectBase(10);
    auto *feature = new RegistrationFeature;
    client.addFeature(feature);
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy removed(feature, &RegistrationFeature::accountRemoved);
    QSignalSpy reconnecting(&client, &Client::reconnecting);
    client.connectToServer(test::fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(connected.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    std::optional<RegistrationFeature::Result> result;
    feature->removeAccount(this, [&](const RegistrationFeature::Result &r) { result = r; });
    QVERIFY2(removed.wait(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QVERIFY(result && result->ok());
    QVERIFY2(server.waitForScript(kTimeoutMs), qPrintable(server.failures().join(u'\n')));
    QVERIFY(!client.isConnected());
    QTest::qWait(100);
    QVERIFY(reconnecting.isEmpty());
    QCOMPARE(server.rejectedConnections(), 0);
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
