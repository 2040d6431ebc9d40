// Presence (RFC 6121 4) and subscriptions (RFC 6121 3): the codec, and the feature against a
// scripted server with several resources per contact.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/PresenceFeature.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTest>

using namespace charla;
using namespace charla::test;

class TestPresence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void codec_data();
    void codec();
    void ownPresenceAndSeveralResources();
    void subscriptionsBothWays();
    void resumedStreamKeepsContactsPresence();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestPresence::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestPresence::codec_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("show");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("priority");
    using T = Presence::Type;
    QTest::newRow("available") << "<presence xmlns='jabber:client' from='a@b/r'/>" << true
                               << int(T::Available) << "online" << "" << 0;
    QTest::newRow("away-status-priority")
        << "<presence xmlns='jabber:client' from='a@b/r'><show>away</show><status>Lunch</status>"
           "<priority>5</priority></presence>"
        << true << int(T::Available) << "away" << "Lunch" << 5;
    QTest::newRow("dnd") << "<presence xmlns='jabber:client' from='a@b/r'><show>dnd</show></presence>"
                         << true << int(T::Available) << "dnd" << "" << 0;
    QTest::newRow("xa") << "<presence xmlns='jabber:client' from='a@b/r'><show>xa</show></presence>"
                        << true << int(T::Available) << "xa" << "" << 0;
    QTest::newRow("chat") << "<presence xmlns='jabber:client' from='a@b/r'><show>chat</show></presence>"
                          << true << int(T::Available) << "chat" << "" << 0;
    QTest::newRow("unknown-show-is-online")
        << "<presence xmlns='jabber:client' from='a@b/r'><show>sleepy</show></presence>" << true
        << int(T::Available) << "online" << "" << 0;
    QTest::newRow("priority-out-of-range")
        << "<presence xmlns='jabber:client' from='a@b/r'><priority>500</priority></presence>"
        << true << int(T::Available) << "online" << "" << 0;
    QTest::newRow("negative-priority")
        << "<presence xmlns='jabber:client' from='a@b/r'><priority>-1</priority></presence>" << true
        << int(T::Available) << "online" << "" << -1;
    QTest::newRow("unavailable")
        << "<presence xmlns='jabber:client' from='a@b/r' type='unavailable'><status>Bye</status></presence>"
        << true << int(T::Unavailable) << "offline" << "Bye" << 0;
    QTest::newRow("subscribe") << "<presence xmlns='jabber:client' from='a@b' type='subscribe'/>"
                               << true << int(T::Subscribe) << "online" << "" << 0;
    QTest::newRow("error") << "<presence xmlns='jabber:client' from='a@b' type='error'/>" << true
                           << int(T::Error) << "online" << "" << 0;
    QTest::newRow("unknown-type") << "<presence xmlns='jabber:client' from='a@b' type='bogus'/>"
                                  << false << 0 << "" << "" << 0;
    QTest::newRow("invalid-from") << "<presence xmlns='jabber:client' from='a@@b'/>" << false << 0
                                  << "" << "" << 0;
}

void TestPresence::codec()
{
    QFETCH(QString, xml);
    QFETCH(bool, valid);
    const auto p = Presence::fromElement(Element::fromXml(xml));
    QCOMPARE(p.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, type);
    QFETCH(QString, show);
    QFETCH(QString, status);
    QFETCH(int, priority);
    QCOMPARE(int(p->type), type);
    QCOMPARE(Presence::showName(p->show), show);
    QCOMPARE(p->status, status);
    QCOMPARE(p->priority, priority);
    // Written and read back, the same presence.
    const auto again = Presence::fromElement(p->toElement());
    QVERIFY(again);
    QCOMPARE(int(again->type), type);
    QCOMPARE(again->show, p->show);
    QCOMPARE(again->status, p->status);
    QCOMPARE(again->priority, p->priority);
}

void TestPresence::ownPresenceAndSeveralResources()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(QStringLiteral("<presence><show>away</show><status>En una reunión</status>"
                                 "<priority>3</priority></presence>"))
        .send(QStringLiteral("<presence from='bob@localhost/phone'><show>xa</show><priority>0</priority></presence>"))
        .send(QStringLiteral("<presence from='bob@localhost/laptop'><show>chat</show><status>Aquí</status>"
                             "<priority>0</priority></presence>"))
        .send(QStringLiteral("<presence from='bob@localhost/desk'><show>dnd</show><priority>10</priority></presence>"))
        .wait(50)
        .send(QStringLiteral("<presence from='bob@localhost/desk' type='unavailable'/>"))
        .wait(50)
        .send(QStringLiteral("<presence from='carol@localhost' type='error'><error type='cancel'>"
                             "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></presence>"))
        .expect(QStringLiteral("<presence><show>dnd</show><status>Ocupada</status></presence>"));
    QVERIFY(server.listen());
    Client client;
    auto *presence = new PresenceFeature;
    client.addFeature(presence);
    presence->setPresence(Presence::Show::Away, QStringLiteral("En una reunión"), 3);
    QSignalSpy changed(presence, &PresenceFeature::presenceChanged);
    QSignalSpy errors(presence, &PresenceFeature::presenceError);
    const Jid bob = Jid::parse(QStringLiteral("bob@localhost"));
    bool sawDeskFirst = false;
    connect(presence, &PresenceFeature::presenceChanged, this, [&](const Jid &j) {
        if (j == bob && presence->resources(bob).size() == 3)
            sawDeskFirst = presence->best(bob).from.resource() == QLatin1String("desk");
    });
    connect(presence, &PresenceFeature::presenceError, this, [&] {
        presence->setPresence(Presence::Show::DoNotDisturb, QStringLiteral("Ocupada"));
    });
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    // The highest priority wins while it is there...
    QVERIFY(sawDeskFirst);
    // ...then, at equal priority, the most available show.
    QCOMPARE(presence->resources(bob).size(), 2);
    QCOMPARE(presence->best(bob).from.resource(), QStringLiteral("laptop"));
    QCOMPARE(presence->best(bob).status, QStringLiteral("Aquí"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(presence->lastError(Jid::parse(QStringLiteral("carol@localhost"))).condition,
             QStringLiteral("remote-server-not-found"));
    QCOMPARE(presence->best(Jid::parse(QStringLiteral("carol@localhost"))).show, Presence::Show::Offline);
    QCOMPARE(presence->ownShow(), Presence::Show::DoNotDisturb);
}

void TestPresence::subscriptionsBothWays()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(QStringLiteral("<presence/>"))
        .send(QStringLiteral("<presence from='dave@localhost' type='subscribe'><nick "
                             "xmlns='http://jabber.org/protocol/nick'>Dave the Builder</nick></presence>"))
        .expect(QStringLiteral("<presence to='dave@localhost' type='subscribed'/>"))
        .expect(QStringLiteral("<presence to='erin@localhost' type='subscribe'><nick "
                               "xmlns='http://jabber.org/protocol/nick'>Alice</nick></presence>"))
        .send(QStringLiteral("<presence from='erin@localhost' type='unsubscribed'/>"))
        .expect(QStringLiteral("<presence to='frank@localhost' type='unsubscribed'/>"))
        .expect(QStringLiteral("<presence to='gina@localhost' type='unsubscribe'/>"));
    QVERIFY(server.listen());
    Client client;
    auto *presence = new PresenceFeature;
    client.addFeature(presence);
    QSignalSpy revoked(presence, &PresenceFeature::subscriptionRevoked);
    connect(presence, &PresenceFeature::subscriptionRequested, this,
            [&](const Jid &from, const QString &nick) {
                QCOMPARE(nick, QStringLiteral("Dave the Builder"));
                presence->approve(from);
                presence->subscribe(Jid::parse(QStringLiteral("erin@localhost/ignored")),
                                    QStringLiteral("Alice"));
            });
    connect(presence, &PresenceFeature::subscriptionRevoked, this, [&] {
        presence->deny(Jid::parse(QStringLiteral("frank@localhost")));
        presence->unsubscribe(Jid::parse(QStringLiteral("gina@localhost")));
    });
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(revoked.size(), 1);
}

void TestPresence::resumedStreamKeepsContactsPresence()
{
    // XEP-0198 5: the server does not send presence again on a resumed stream, only what
    // changed meanwhile; contacts shown offline while the link was down come back as they were.
    const LoginScript withSm{QString(), true};
    FakeServer first;
    first.setCertificate(m_leaf);
    withSm.addTo(first);
    first.expect(QStringLiteral("<presence/>"))
        .send(QStringLiteral("<presence from='bob@localhost/phone'><show>away</show></presence>"))
        .send(QStringLiteral("<presence from='carol@localhost/desk'/>"))
        .send(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .expect(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='2'/>"))
        .closeAbruptly();
    QVERIFY(first.listen());
    FakeServer second;
    second.setCertificate(m_leaf);
    withSm.addResume(second, 2, 1);
    second
        // What changed while the link was down: Carol left.
        .send(QStringLiteral("<presence from='carol@localhost/desk' type='unavailable'/>"))
        .send(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .expect(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='3'/>"));
    QVERIFY(second.listen());

    Client client;
    client.setReconnectBase(10);
    auto *presence = new PresenceFeature;
    client.addFeature(presence);
    QSignalSpy reset(presence, &PresenceFeature::presenceReset);
    QSignalSpy connected(&client, &Client::connected);
    const Jid bob = Jid::parse(QStringLiteral("bob@localhost"));
    const Jid carol = Jid::parse(QStringLiteral("carol@localhost"));
    Presence::Show bobWhileDown = Presence::Show::Online;
    connect(&client, &Client::disconnected, &client,
            [&] { bobWhileDown = presence->best(bob).show; });
    connect(&client, &Client::reconnecting, &client,
            [&] { client.session()->setConfig(fakeServerConfig(*m_ca, second.port())); });
    client.connectToServer(fakeServerConfig(*m_ca, first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    QCOMPARE(connected.size(), 2);
    QCOMPARE(connected.at(1).first().toBool(), true);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(bobWhileDown, Presence::Show::Offline);
    QCOMPARE(presence->best(bob).show, Presence::Show::Away);
    QCOMPARE(presence->best(carol).show, Presence::Show::Offline);
}

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
