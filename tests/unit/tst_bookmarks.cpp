// Bookmarks against a scripted server: without urn:xmpp:bookmarks:1#compat the XEP-0048 private
// storage is used (and what it holds besides rooms is kept), autojoin rooms are joined after
// login, notifications are only believed from the account itself; codec round trips.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/BookmarksFeature.h"
#include "features/DiscoInfoFeature.h"
#include "features/MucFeature.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

class TestBookmarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void codecRoundTrip_data();
    void codecRoundTrip();
    void codecRefuses();
    void legacyStorageWithoutCompat();
    void pepNotificationsOnlyFromOwnAccount();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestBookmarks::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestBookmarks::codecRoundTrip_data()
{
    QTest::addColumn<bool>("autojoin");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << false << QString() << QString();
    QTest::newRow("autojoin with nick") << true << QStringLiteral("Ana <3 & co") << QString();
    QTest::newRow("password") << true << QString() << QStringLiteral("s3cr3t");
}

void TestBookmarks::codecRoundTrip()
{
    QFETCH(bool, autojoin);
    QFETCH(QString, nick);
    QFETCH(QString, password);
    Bookmark b;
    b.room = Jid::parse(QStringLiteral("room@conference.example.org"));
    b.name = QStringLiteral("Sala");
    b.autojoin = autojoin;
    b.nick = nick;
    b.password = password;
    const Element pep = Element::fromXml(b.toPep().toXml());
    QCOMPARE(Bookmark::fromPep(b.room.full(), pep), std::optional<Bookmark>(b));
    const Element legacy = Element::fromXml(b.toLegacy().toXml());
    QCOMPARE(Bookmark::fromLegacy(legacy), std::optional<Bookmark>(b));
}

void TestBookmarks::codecRefuses()
{
    // XEP-0402: the item id must be a room's bare JID.
    const Element c = Element::fromXml(
        QStringLiteral("<conference xmlns='urn:xmpp:bookmarks:1' autojoin='1'/>"));
    QVERIFY(Bookmark::fromPep(QStringLiteral("room@conference.example.org"), c)->autojoin);
    QVERIFY(!Bookmark::fromPep(QStringLiteral("room@conference.example.org/nick"), c));
    QVERIFY(!Bookmark::fromPep(QStringLiteral("conference.example.org"), c));
    QVERIFY(!Bookmark::fromPep(QString(), c));
    QVERIFY(!Bookmark::fromLegacy(Element::fromXml(
        QStringLiteral("<conference xmlns='storage:bookmarks' autojoin='true'/>"))));
}

void TestBookmarks::legacyStorageWithoutCompat()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript().addTo(server);
    server
        .expect(QStringLiteral("<iq type='get' to='alice@localhost' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$d' from='alice@localhost'><query "
                             "xmlns='http://jabber.org/protocol/disco#info'><identity "
                             "category='account' type='registered'/><feature "
                             "var='http://jabber.org/protocol/pubsub#publish'/></query></iq>"))
        .expect(QStringLiteral("<iq type='get' id='$p'><query xmlns='jabber:iq:private'><storage "
                               "xmlns='storage:bookmarks'/></query></iq>"))
        .send(QStringLiteral(
            "<iq type='result' id='$p'><query xmlns='jabber:iq:private'><storage "
            "xmlns='storage:bookmarks'><conference jid='room@conference.localhost' "
            "autojoin='true' name='Sala'><nick>Ali</nick></conference><conference "
            "jid='quiet@conference.localhost' autojoin='false'/><url name='Site' "
            "url='https://example.org/'/></storage></query></iq>"))
        // Autojoin: MucFeature asks the room what it supports first.
        .expect(QStringLiteral("<iq type='get' to='room@conference.localhost' id='$r'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
    QVERIFY(server.listen());
    Client client;
    client.setAutoReconnect(false);
    client.addFeature(new DiscoInfoFeature);
    auto *muc = new MucFeature;
    client.addFeature(muc);
    auto *bookmarks = new BookmarksFeature(muc);
    client.addFeature(bookmarks);
    QSignalSpy loaded(bookmarks, &BookmarksFeature::loaded);
    client.connectToServer(charla::test::fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(bookmarks->storage(), BookmarksFeature::Storage::PrivateXml);
    QCOMPARE(bookmarks->bookmarks().size(), 2);
    QCOMPARE(bookmarks->bookmark(Jid::parse(QStringLiteral("room@conference.localhost")))->nick,
             QStringLiteral("Ali"));
    QVERIFY(muc->room(Jid::parse(QStringLiteral("room@conference.localhost"))));
    QCOMPARE(muc->room(Jid::parse(QStringLiteral("room@conference.localhost")))->nick,
             QStringLiteral("Ali"));
    QVERIFY(!muc->room(Jid::parse(QStringLiteral("quiet@conference.localhost"))));

    // Removing one rewrites the storage without it, keeping the <url/> bookmark.
    server
        .expect(QStringLiteral(
            "<iq type='set' id='$s'><query xmlns='jabber:iq:private'><storage "
            "xmlns='storage:bookmarks'><conference jid='room@conference.localhost' "
            "autojoin='true' name='Sala'><nick>Ali</nick></conference><url name='Site' "
            "url='https://example.org/'/></storage></query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$s'/>"));
    bool done = false;
    bookmarks->remove(Jid::parse(QStringLiteral("quiet@conference.localhost")), this,
                      [&](const Error &e) {
                          QVERIFY(!e.isError());
                          done = true;
                      });
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(done);
    QCOMPARE(bookmarks->bookmarks().size(), 1);
}

void TestBookmarks::pepNotificationsOnlyFromOwnAccount()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript().addTo(server);
    const QString event = QStringLiteral(
        "<message from='%1' to='alice@localhost/charla'><event "
        "xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'><item "
        "id='%2'><conference xmlns='urn:xmpp:bookmarks:1' name='%2'/></item></items></event>"
        "</message>");
    server
        .expect(QStringLiteral("<iq type='get' to='alice@localhost' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$d' from='alice@localhost'><query "
                             "xmlns='http://jabber.org/protocol/disco#info'><feature "
                             "var='urn:xmpp:bookmarks:1#compat'/></query></iq>"))
        .expect(QStringLiteral("<iq type='get' id='$p'><pubsub "
                               "xmlns='http://jabber.org/protocol/pubsub'><items "
                               "node='urn:xmpp:bookmarks:1'/></pubsub></iq>"))
        .send(QStringLiteral("<iq type='error' id='$p'><error type='cancel'><item-not-found "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"))
        .send(event.arg(QStringLiteral("mallory@localhost"),
                        QStringLiteral("trap@conference.localhost")))
        .send(event.arg(QStringLiteral("alice@localhost"),
                        QStringLiteral("real@conference.localhost")));
    QVERIFY(server.listen());
    Client client;
    client.setAutoReconnect(false);
    client.addFeature(new DiscoInfoFeature);
    auto *bookmarks = new BookmarksFeature;
    client.addFeature(bookmarks);
    QSignalSpy errors(bookmarks, &BookmarksFeature::errorOccurred);
    client.connectToServer(charla::test::fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(bookmarks->bookmarks().size(), 1);
    QCOMPARE(bookmarks->storage(), BookmarksFeature::Storage::Pep);
    QCOMPARE(bookmarks->bookmarks().first().room.full(), QStringLiteral("real@conference.localhost"));
    QCOMPARE(errors.count(), 0); // no node yet is not an error
}

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
