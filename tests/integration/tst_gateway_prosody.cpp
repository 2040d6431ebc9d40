// Gateways (XEP-0100) against a real Prosody with a fake transport: a small XEP-0114 component
// (gw.localhost) written here that offers legacy jabber:iq:register and, once registered, asks
// for the account's presence and lets two of its "IRC" contacts ask too. The account finds it
// among the server's items (identity gateway/irc), registers through its form, its contacts
// land in the roster in the gateway's own group (a stranger's request is left to the person),
// a new login knows the registration from the roster, and unregistering removes the gateway
// and its contacts.
#include "ProsodyFixture.h"

#include "features/CoreFeatures.h"
#include "features/DiscoClient.h"
#include "features/GatewayFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/ServiceRegistration.h"
#include "stanza/Element.h"
#include "stream/Client.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QXmlStreamReader>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
const QString kGateway = QStringLiteral("gw.localhost");
const QString kSecret = QStringLiteral("gw-secret");
const QString kComponentNs = QStringLiteral("jabber:component:accept");

/// A transport on the component protocol (XEP-0114): handshake, disco#info, jabber:iq:register.
class FakeGateway : public QObject
{
public:
    QTcpSocket socket;
    QXmlStreamReader reader;
    QList<Element> stack;
    int depth = 0;
    bool ready = false;
    QString registeredUser;
    QStringList log;

    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, this, [this] { read(); });
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000))
            return false;
        send(QStringLiteral("<stream:stream xmlns='jabber:component:accept' "
                            "xmlns:stream='http://etherx.jabber.org/streams' to='%1'>")
                 .arg(kGateway));
        return QTest::qWaitFor([this] { return ready; }, 10000);
    }
    void send(const QString &xml) { socket.write(xml.toUtf8()); }
    void send(const Element &e) { socket.write(e.toXml(kComponentNs)); }

    void read()
    {
        reader.addData(socket.readAll());
        while (!reader.atEnd()) {
            const auto t = reader.readNext();
            if (t == QXmlStreamReader::Invalid)
                break; // wait for more bytes (PrematureEndOfDocument)
            if (t == QXmlStreamReader::StartElement) {
                ++depth;
                if (depth == 1) {
                    // XEP-0114 3: handshake = hex(SHA-1(stream id + secret)).
                    const QString id = reader.attributes().value(QStringLiteral("id")).toString();
                    const QByteArray digest = QCryptographicHash::hash(
                        (id + kSecret).toUtf8(), QCryptographicHash::Sha1);
                    send(QStringLiteral("<handshake>%1</handshake>")
                             .arg(QString::fromLatin1(digest.toHex())));
                    continue;
                }
                Element e(reader.name().toString(), reader.namespaceUri().toString());
                for (const auto &a : reader.attributes())
                    if (a.namespaceUri().isEmpty())
                        e.setAttribute(a.name().toString(), a.value().toString());
                stack.append(e);
            } else if (t == QXmlStreamReader::Characters && !stack.isEmpty()) {
                stack.last().setText(stack.last().text() + reader.text().toString());
            } else if (t == QXmlStreamReader::EndElement) {
                --depth;
                if (stack.isEmpty())
                    continue;
                const Element done = stack.takeLast();
                if (!stack.isEmpty())
                    stack.last().appendChild(done);
                else
                    handle(done);
            }
        }
    }

    void handle(const Element &s)
    {
        if (s.name() == QLatin1String("handshake")) {
            ready = true;
            return;
        }
        const QString from = s.attribute(QStringLiteral("from"));
        const QString to = s.attribute(QStringLiteral("to"));
        const QString userBare = from.section(QLatin1Char('/'), 0, 0);
        if (s.name() == QLatin1String("presence")) {
            log << QStringLiteral("presence %1 %2 %3").arg(s.attribute(QStringLiteral("type")), from, to);
            // A contact asked for: the legacy network says yes.
            if (s.attribute(QStringLiteral("type")) == QLatin1String("subscribe")) {
                Element ok(QStringLiteral("presence"), kComponentNs);
                ok.setAttribute(QStringLiteral("type"), QStringLiteral("subscribed"));
                ok.setAttribute(QStringLiteral("from"), to);
                ok.setAttribute(QStringLiteral("to"), userBare);
                send(ok);
            }
            return;
        }
        if (s.name() != QLatin1String("iq"))
            return;
        Element reply(QStringLiteral("iq"), kComponentNs);
        reply.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
        reply.setAttribute(QStringLiteral("id"), s.attribute(QStringLiteral("id")));
        reply.setAttribute(QStringLiteral("from"), to);
        reply.setAttribute(QStringLiteral("to"), from);
        const QString type = s.attribute(QStringLiteral("type"));
        const Element info = s.firstChild(QStringLiteral("query"), QStringLiteral("http://jabber.org/protocol/disco#info"));
        const Element reg = s.firstChild(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
        if (!info.isNull()) {
            Element &q = reply.addChild(QStringLiteral("query"), info.ns());
            q.addChild(QStringLiteral("identity"), info.ns())
                .setAttribute(QStringLiteral("category"), QStringLiteral("gateway"))
                .setAttribute(QStringLiteral("type"), QStringLiteral("irc"))
                .setAttribute(QStringLiteral("name"), QStringLiteral("IRC gateway"));
            for (const QString &f : {info.ns(), QStringLiteral("jabber:iq:register")})
                q.addChild(QStringLiteral("feature"), info.ns()).setAttribute(QStringLiteral("var"), f);
            send(reply);
            return;
        }
        if (!reg.isNull() && type == QLatin1String("get")) {
            Element &q = reply.addChild(QStringLiteral("query"), reg.ns());
            q.addChild(QStringLiteral("instructions"), reg.ns()).setText(QStringLiteral("Your IRC nick and password."));
            q.addChild(QStringLiteral("username"), reg.ns());
            q.addChild(QStringLiteral("password"), reg.ns());
            send(reply);
            return;
        }
        if (!reg.isNull() && type == QLatin1String("set")) {
            if (reg.hasChild(QStringLiteral("remove"), reg.ns())) {
                registeredUser.clear();
                log << QStringLiteral("removed");
                send(reply);
                return;
            }
            registeredUser = reg.childText(QStringLiteral("username"), reg.ns());
            log << QStringLiteral("registered ") + registeredUser;
            send(reply);
            // XEP-0100 6.3: the gateway asks for the user's presence, then its contacts do.
            const auto subscribe = [this, userBare](const QString &contact, const QString &nick) {
                Element p(QStringLiteral("presence"), kComponentNs);
                p.setAttribute(QStringLiteral("type"), QStringLiteral("subscribe"));
                p.setAttribute(QStringLiteral("from"), contact);
                p.setAttribute(QStringLiteral("to"), userBare);
                if (!nick.isEmpty())
                    p.addChild(QStringLiteral("nick"), QStringLiteral("http://jabber.org/protocol/nick")).setText(nick);
                send(p);
            };
            subscribe(kGateway, QString());
            subscribe(QStringLiteral("alice%irc.example@") + kGateway, QStringLiteral("Alice"));
            subscribe(QStringLiteral("bob%irc.example@") + kGateway, QStringLiteral("Bob"));
            return;
        }
        reply.setAttribute(QStringLiteral("type"), QStringLiteral("error"));
        reply.addChild(QStringLiteral("error"), kComponentNs)
            .setAttribute(QStringLiteral("type"), QStringLiteral("cancel"))
            .addChild(QStringLiteral("service-unavailable"), QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas"));
        send(reply);
    }
};

struct Peer
{
    Client client;
    RosterFeature *roster = nullptr;
    PresenceFeature *presence = nullptr;
    GatewayFeature *gateways = nullptr;
};
} // namespace

class TestGatewayProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registerSeeContactsUnregister();

private:
    bool login(Peer &p, const QString &user);
    ProsodyFixture m_prosody;
    quint16 m_componentPort = 0;
};

void TestGatewayProsody::initTestCase()
{
    {
        QTcpServer probe; // a free port for the component listener, released before Prosody binds it
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_componentPort = probe.serverPort();
    }
    m_prosody.setExtraConfig(QStringLiteral("component_ports = { %1 }\n"
                                            "component_interfaces = { \"127.0.0.1\" }\n"
                                            "Component \"%2\"\n"
                                            "    component_secret = \"%3\"\n")
                                 .arg(m_componentPort)
                                 .arg(kGateway, kSecret));
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("gwuser"), QStringLiteral("gwuser-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("stranger"), QStringLiteral("stranger-pw")));
}

bool TestGatewayProsody::login(Peer &p, const QString &user)
{
    installCoreFeatures(p.client);
    auto *disco = new DiscoClient(&p.client);
    p.roster = new RosterFeature(nullptr, &p.client);
    p.presence = new PresenceFeature(&p.client);
    p.gateways = new GatewayFeature(p.roster, p.presence, disco, &p.client);
    p.client.addFeature(disco);
    p.client.addFeature(p.roster);
    p.client.addFeature(p.gateways); // before PresenceFeature, as in Account
    p.client.addFeature(p.presence);
    p.client.setAutoReconnect(false);
    const SessionConfig c = m_prosody.sessionConfig(user);
    QSignalSpy up(&p.client, &Client::connected);
    QSignalSpy roster(p.roster, &RosterFeature::rosterReset);
    p.client.connectToServer(c);
    if (!up.wait(15000))
        return false;
    p.presence->setPresence(Presence::Show::Online);
    return roster.count() > 0 || roster.wait(10000);
}

void TestGatewayProsody::registerSeeContactsUnregister()
{
    FakeGateway gateway;
    QVERIFY2(gateway.connectTo(m_componentPort), qPrintable(m_prosody.logTail()));

    Peer user;
    QVERIFY(login(user, QStringLiteral("gwuser")));
    // Found among the server's items by its identity.
    std::optional<QList<GatewayFeature::Gateway>> found;
    user.gateways->findGateways(this, [&](const QList<GatewayFeature::Gateway> &g, const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        found = g;
    });
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
    QCOMPARE(found->size(), 1);
    const GatewayFeature::Gateway gw = found->first();
    QCOMPARE(gw.jid, kGateway);
    QCOMPARE(gw.type, QStringLiteral("irc"));
    QCOMPARE(gw.group(), QStringLiteral("IRC gateway"));
    QVERIFY(!gw.registered);

    // Its form: legacy fields, shown through the one form renderer's model.
    std::optional<RegistrationForm> form;
    ServiceRegistration::requestForm(user.client, Jid::parse(kGateway), this,
                                     [&](const RegistrationForm &f, const Error &e) {
                                         QVERIFY2(!e.isError(), qPrintable(e.text));
                                         form = f;
                                     });
    QTRY_VERIFY_WITH_TIMEOUT(form.has_value(), 10000);
    DataForm asForm = ServiceRegistration::legacyAsForm(*form);
    QCOMPARE(asForm.field(QStringLiteral("password"))->type, DataFormField::Type::TextPrivate);
    QVERIFY(!validate(asForm).isEmpty()); // required and empty
    asForm.setValue(QStringLiteral("username"), QStringLiteral("gwnick"));
    asForm.setValue(QStringLiteral("password"), QStringLiteral("irc-secret"));
    QVERIFY(validate(asForm).isEmpty());

    QSignalSpy added(user.gateways, &GatewayFeature::contactAdded);
    QSignalSpy strangerAsks(user.presence, &PresenceFeature::subscriptionRequested);
    std::optional<Error> registered;
    ServiceRegistration::submit(user.client, Jid::parse(kGateway),
                                ServiceRegistration::legacyFromForm(*form, asForm), this,
                                [&](const Error &e) {
                                    registered = e;
                                    if (!e.isError())
                                        user.gateways->registered(gw);
                                });
    QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 10000);
    QVERIFY2(!registered->isError(), qPrintable(registered->text));
    QCOMPARE(gateway.registeredUser, QStringLiteral("gwnick"));

    // The contacts are let in, in the gateway's group; the gateway is in the roster too.
    const Jid alice = Jid::parse(QStringLiteral("alice%irc.example@") + kGateway);
    const Jid bob = Jid::parse(QStringLiteral("bob%irc.example@") + kGateway);
    QTRY_VERIFY_WITH_TIMEOUT(user.roster->item(alice).jid.isValid() && user.roster->item(bob).jid.isValid(),
                             10000);
    QCOMPARE(user.roster->item(alice).groups, QStringList{QStringLiteral("IRC gateway")});
    QCOMPARE(user.roster->item(alice).name, QStringLiteral("Alice"));
    QTRY_VERIFY_WITH_TIMEOUT(user.roster->item(Jid::parse(kGateway)).jid.isValid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(user.roster->item(alice).subscription, RosterItem::Subscription::Both, 10000);
    QVERIFY(added.count() >= 2);
    // None of this went to the person as a question...
    QCOMPARE(strangerAsks.count(), 0);
    // ...but a request from anyone else still does.
    Peer stranger;
    QVERIFY(login(stranger, QStringLiteral("stranger")));
    stranger.presence->subscribe(Jid::parse(QStringLiteral("gwuser@localhost")));
    QVERIFY(strangerAsks.wait(10000));
    QCOMPARE(strangerAsks.at(0).at(0).value<Jid>().full(), QStringLiteral("stranger@localhost"));
    QVERIFY(!user.roster->item(Jid::parse(QStringLiteral("stranger@localhost"))).groups.contains(
        QStringLiteral("IRC gateway")));

    // A new login learns the registration from the roster.
    {
        Peer again;
        QVERIFY(login(again, QStringLiteral("gwuser")));
        QTRY_COMPARE_WITH_TIMEOUT(again.gateways->registeredGateways().size(), 1, 10000);
        QCOMPARE(again.gateways->registeredGateways().first().jid, kGateway);
        QVERIFY(again.gateways->isGatewayContact(alice));
        QVERIFY(!again.gateways->isGatewayContact(Jid::parse(QStringLiteral("stranger@localhost"))));
    }

    // Unregistering removes the gateway and its contacts.
    std::optional<Error> unregistered;
    user.gateways->unregister(Jid::parse(kGateway), this, [&](const Error &e) { unregistered = e; });
    QTRY_VERIFY_WITH_TIMEOUT(unregistered.has_value(), 10000);
    QVERIFY2(!unregistered->isError(), qPrintable(unregistered->text));
    QVERIFY(gateway.log.contains(QStringLiteral("removed")));
    QTRY_VERIFY_WITH_TIMEOUT(!user.roster->item(alice).jid.isValid() && !user.roster->item(bob).jid.isValid() &&
                                 !user.roster->item(Jid::parse(kGateway)).jid.isValid(),
                             10000);
    QVERIFY(user.gateways->registeredGateways().isEmpty());

    // charla-cli register: the form's fields from --field (stdin is not a terminal).
    const QString cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cli));
    QTemporaryDir dir;
    const QString pwFile = dir.filePath(QStringLiteral("pw"));
    QFile pw(pwFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("stranger-pw\n");
    pw.close();
    const QStringList login{QStringLiteral("--jid"), QStringLiteral("stranger@localhost"),
                            QStringLiteral("--password-file"), pwFile,
                            QStringLiteral("--host"), m_prosody.host(),
                            QStringLiteral("--port"), QString::number(m_prosody.c2sPort()),
                            QStringLiteral("--ca-file"), m_prosody.caFile()};
    // A missing required field: a usage error naming it, nothing sent.
    QProcess incomplete;
    incomplete.start(cli, login + QStringList{QStringLiteral("register"), kGateway,
                                               QStringLiteral("--field"), QStringLiteral("username=clinick")});
    incomplete.closeWriteChannel();
    // The fake gateway lives in this event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(incomplete.state() == QProcess::NotRunning, 30000);
    QCOMPARE(incomplete.exitCode(), 1);
    QVERIFY2(incomplete.readAllStandardError().contains("Password"), "the missing field is named");
    QCOMPARE(gateway.registeredUser, QString());

    QProcess cliRegister;
    cliRegister.start(cli, login + QStringList{QStringLiteral("register"), kGateway,
                                                QStringLiteral("--field"), QStringLiteral("username=clinick"),
                                                QStringLiteral("--field"), QStringLiteral("password=pw2")});
    cliRegister.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(cliRegister.state() == QProcess::NotRunning, 30000);
    QVERIFY2(cliRegister.exitCode() == 0, cliRegister.readAllStandardError().constData());
    QCOMPARE(QJsonDocument::fromJson(cliRegister.readAllStandardOutput()).object()
                 .value(QStringLiteral("registered")).toString(), kGateway);
    QCOMPARE(gateway.registeredUser, QStringLiteral("clinick"));
}

QTEST_MAIN(TestGatewayProsody)
#include "tst_gateway_prosody.moc"
