// Contact details against scripted servers: vCards (XEP-0054), avatars through PEP (XEP-0084)
// and vCards (XEP-0153) checked for who sent them and for their SHA-1, the avatar cache, the
// blocklist (XEP-0191) with its pushes, and last activity (XEP-0012).
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/LastActivityFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/VCardFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/AvatarCache.h"
#include "stream/Client.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace charla;
using namespace charla::test;

namespace {

// A 1x1 transparent PNG: the avatar bob publishes.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
const QString kBob = QStringLiteral("bob@localhost");

QString pngHash()
{
    return AvatarCache::hashOf(kPng);
}

QString pngBase64()
{
    return QString::fromLatin1(kPng.toBase64());
}

/// A PEP notification of new avatar metadata (XEP-0084 3.3), as the server sends it.
QString metadataEvent(const QString &from, const QString &hash, qint64 bytes = kPng.size())
{
    return QStringLiteral("<message from='%1' to='alice@localhost/charla' type='headline'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
                          "<items node='urn:xmpp:avatar:metadata'><item id='%2'>"
                          "<metadata xmlns='urn:xmpp:avatar:metadata'>"
                          "<info bytes='%3' id='%2' type='image/png' width='1' height='1'/>"
                          "</metadata></item></items></event></message>")
        .arg(from, hash)
        .arg(bytes);
}

/// The request for the data item @p hash at @p to (XEP-0084 3.4), with the id captured as $d.
QString dataRequest(const QString &to, const QString &hash)
{
    return QStringLiteral("<iq type='get' to='%1' id='$d'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='urn:xmpp:avatar:data'><item id='%2'/></items>"
                          "</pubsub></iq>")
        .arg(to, hash);
}

QString dataResult(const QString &from, const QString &hash, const QString &base64)
{
    return QStringLiteral("<iq type='result' id='$d' from='%1'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='urn:xmpp:avatar:data'><item id='%2'>"
                          "<data xmlns='urn:xmpp:avatar:data'>%3</data></item></items>"
                          "</pubsub></iq>")
        .arg(from, hash, base64);
}

QString photoPresence(const QString &from, const QString &hash)
{
    return QStringLiteral("<presence from='%1' to='alice@localhost/charla'>"
                          "<x xmlns='vcard-temp:x:update'><photo>%2</photo></x></presence>")
        .arg(from, hash);
}

/// An unknown request the client must refuse: when its error comes back, everything the
/// server sent before it has been handled, and anything else the client sent would have been
/// caught by an earlier expect.
void barrier(FakeServer &server, const QString &id)
{
    server
        .send(QStringLiteral("<iq type='get' id='%1' from='localhost'>"
                             "<query xmlns='urn:example:barrier'/></iq>")
                  .arg(id))
        .expect(QStringLiteral("<iq type='error' id='%1' to='localhost'><error type='cancel'>"
                               "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "</error></iq>")
                    .arg(id));
}

void rosterWith(FakeServer &server, const QStringList &contacts)
{
    QString items;
    for (const QString &c : contacts)
        items += QStringLiteral("<item jid='%1' subscription='both'/>").arg(c);
    server.expect(QStringLiteral("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>%1"
                             "</query></iq>")
                  .arg(items));
}

bool waitFor(QSignalSpy &spy, int count = 1)
{
    while (spy.size() < count) {
        if (!spy.wait(5000))
            return false;
    }
    return true;
}

/// The avatar side of an account: a cache in a temp dir with its database.
struct AvatarStore
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<AvatarCache> cache;

    AvatarStore()
    {
        db.openFile(dir.filePath(QStringLiteral("alice.sqlite")));
        cache = std::make_unique<AvatarCache>(dir.filePath(QStringLiteral("avatars")), &db);
    }
};

} // namespace

class TestContactDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void vcardRequestAndPublish();

    void pepAvatarIsFetchedVerifiedAndCached();
    void pepEventNotFromTheContactIsIgnored_data();
    void pepEventNotFromTheContactIsIgnored();
    void badAvatarDataIsRejected_data();
    void badAvatarDataIsRejected();
    void vcardPhotoHashFetchesVCardOnce();
    void publishOwnAvatar();

    void avatarCacheStoresOnlyVerifiedImages();
    void avatarMappingSurvivesRestartAndUpgrade();

    void blocklistPushesOnlyFromTheAccount();
    void blockingNotSupported();

    void lastActivity_data();
    void lastActivity();

private:
    /// Starts @p server (after the caller's script) and connects @p client to it.
    bool login(FakeServer &server, Client &client);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestContactDetails::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

bool TestContactDetails::login(FakeServer &server, Client &client)
{
    if (!server.listen())
        return false;
    QSignalSpy connected(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    return waitFor(connected);
}

// --- vCards ------------------------------------------------------------------------------------

void TestContactDetails::vcardRequestAndPublish()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    Client client;
    auto *vcards = new VCardFeature;
    client.addFeature(vcards);
    QVERIFY(login(server, client));

    // A contact's card is asked of the bare JID, and only the bare JID's answer counts.
    VCard bob;
    Error bobError;
    bool bobDone = false;
    vcards->request(Jid::parse(QStringLiteral("bob@localhost/phone")), this,
                    [&](const VCard &v, const Error &e) {
                        bob = v;
                        bobError = e;
                        bobDone = true;
                    });
    server
        .expect(QStringLiteral("<iq type='get' to='bob@localhost' id='$v'>"
                               "<vCard xmlns='vcard-temp'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$v' from='mallory@localhost'>"
                             "<vCard xmlns='vcard-temp'><FN>Your bank</FN></vCard></iq>"))
        .send(QStringLiteral("<iq type='result' id='$v' from='bob@localhost'>"
                             "<vCard xmlns='vcard-temp'><FN>Bob Builder</FN>"
                             "<NICKNAME>bob</NICKNAME>"
                             "<EMAIL><INTERNET/><USERID>bob@example.org</USERID></EMAIL>"
                             "<NOTE>Can we fix it?</NOTE></vCard></iq>"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(bobDone);
    QVERIFY(!bobError.isError());
    QCOMPARE(bob.fullName, QStringLiteral("Bob Builder"));
    QCOMPARE(bob.nickname, QStringLiteral("bob"));
    QCOMPARE(bob.emails, QStringList{QStringLiteral("bob@example.org")});
    QCOMPARE(bob.note, QStringLiteral("Can we fix it?"));

    // No vCard at all is an empty card, not an error (XEP-0054 3.1).
    VCard carol;
    Error carolError;
    bool carolDone = false;
    vcards->request(Jid::parse(QStringLiteral("carol@localhost")), this,
                    [&](const VCard &v, const Error &e) {
                        carol = v;
                        carolError = e;
                        carolDone = true;
                    });
    server
        .expect(QStringLiteral("<iq type='get' to='carol@localhost' id='$c'>"
                               "<vCard xmlns='vcard-temp'/></iq>"))
        .send(QStringLiteral("<iq type='error' id='$c' from='carol@localhost'><error "
                             "type='cancel'><item-not-found "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(carolDone);
    QVERIFY(!carolError.isError());
    QVERIFY(carol.isEmpty());

    // The own card: asked and set without 'to' (XEP-0054 3.1, 3.2).
    VCard own;
    bool ownDone = false;
    vcards->request(Jid(), this, [&](const VCard &v, const Error &) {
        own = v;
        ownDone = true;
    });
    server.expect(QStringLiteral("<iq type='get' id='$o'><vCard xmlns='vcard-temp'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$o'><vCard xmlns='vcard-temp'>"
                             "<FN>Alice</FN></vCard></iq>"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(ownDone);
    QCOMPARE(own.fullName, QStringLiteral("Alice"));

    VCard mine;
    mine.fullName = QStringLiteral("Alice Liddell");
    mine.nickname = QStringLiteral("alice");
    mine.phones = {QStringLiteral("+34 600 000 000")};
    QList<Error> published;
    vcards->publishOwn(mine, this, [&](const Error &e) { published << e; });
    server
        .expect(QStringLiteral("<iq type='set' id='$p'><vCard xmlns='vcard-temp'>"
                               "<FN>Alice Liddell</FN><NICKNAME>alice</NICKNAME>"
                               "<TEL><NUMBER>+34 600 000 000</NUMBER></TEL></vCard></iq>"))
        .send(QStringLiteral("<iq type='result' id='$p'/>"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(published.size(), 1);
    QVERIFY(!published.first().isError());
}

// --- Avatars -----------------------------------------------------------------------------------

void TestContactDetails::pepAvatarIsFetchedVerifiedAndCached()
{
    AvatarStore store;
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    rosterWith(server, {kBob});
    server.send(metadataEvent(kBob, pngHash()))
        .expect(dataRequest(kBob, pngHash()))
        // Right id, wrong sender: not the answer (the IqTracker matches the sender).
        .send(dataResult(QStringLiteral("bob@localhost/evil"), pngHash(),
                         QString::fromLatin1(QByteArray("evil").toBase64())))
        .send(dataResult(kBob, pngHash(), pngBase64()))
        // The same avatar announced again: cached, so not fetched again (XEP-0084 3.3).
        .send(metadataEvent(kBob, pngHash()));
    barrier(server, QStringLiteral("b1"));

    Client client;
    auto *roster = new RosterFeature;
    auto *avatars = new AvatarFeature(store.cache.get());
    client.addFeature(roster);
    client.addFeature(avatars);
    QSignalSpy changed(avatars, &AvatarFeature::avatarChanged);
    QSignalSpy rejected(avatars, &AvatarFeature::avatarRejected);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<Jid>().full(), kBob);
    QCOMPARE(changed.first().at(1).toString(), pngHash());
    QVERIFY(rejected.isEmpty());
    QCOMPARE(avatars->hashFor(Jid::parse(QStringLiteral("bob@localhost/any"))), pngHash());
    QCOMPARE(avatars->avatar(Jid::parse(kBob)), kPng);
    // On disk under its hash, and nowhere else.
    const QString file = store.dir.filePath(QStringLiteral("avatars/") + pngHash());
    QVERIFY(QFile::exists(file));
    QCOMPARE(store.cache->filePath(pngHash()), file);
    QCOMPARE(QDir(store.dir.filePath(QStringLiteral("avatars"))).entryList(QDir::Files),
             QStringList{pngHash()});
}

void TestContactDetails::pepEventNotFromTheContactIsIgnored_data()
{
    QTest::addColumn<QString>("event");
    const QString other = AvatarCache::hashOf("not bob's picture");
    QTest::newRow("from the contact's full JID")
        << metadataEvent(QStringLiteral("bob@localhost/evil"), other);
    QTest::newRow("from someone not in the roster")
        << metadataEvent(QStringLiteral("mallory@localhost"), other);
    QTest::newRow("from the server") << metadataEvent(QStringLiteral("localhost"), other);
    QTest::newRow("from another server's user with the contact's name")
        << metadataEvent(QStringLiteral("bob@evil.example"), other);
    QTest::newRow("announced larger than the limit") << metadataEvent(kBob, other, 5 * 1024 * 1024);
    QTest::newRow("an id that is not a SHA-1")
        << metadataEvent(kBob, QStringLiteral("../../../etc/passwd"));
}

void TestContactDetails::pepEventNotFromTheContactIsIgnored()
{
    QFETCH(QString, event);
    AvatarStore store;
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    rosterWith(server, {kBob});
    // The suspicious event, then a genuine one: the first thing the client asks for must be the
    // genuine avatar, so the suspicious one caused no request at all.
    server.send(event)
        .send(metadataEvent(kBob, pngHash()))
        .expect(dataRequest(kBob, pngHash()))
        .send(dataResult(kBob, pngHash(), pngBase64()));
    barrier(server, QStringLiteral("b1"));

    Client client;
    client.addFeature(new RosterFeature);
    auto *avatars = new AvatarFeature(store.cache.get());
    client.addFeature(avatars);
    QSignalSpy changed(avatars, &AvatarFeature::avatarChanged);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<Jid>().full(), kBob);
    QCOMPARE(store.cache->hashes().size(), 1);
    QCOMPARE(store.cache->hashFor(Jid::parse(kBob)), pngHash());
}

void TestContactDetails::badAvatarDataIsRejected_data()
{
    QTest::addColumn<QString>("hash");    ///< what the metadata announces
    QTest::addColumn<QString>("payload"); ///< the Base64 the data node returns
    QTest::addColumn<qint64>("limit");    ///< the cache's size limit

    QTest::newRow("data does not hash to its id")
        << AvatarCache::hashOf("the picture bob announced") << pngBase64()
        << AvatarCache::DefaultMaxBytes;
    QTest::newRow("larger than the limit, announced small")
        << pngHash() << pngBase64() << qint64(kPng.size() - 1);
    QTest::newRow("not Base64") << pngHash() << QStringLiteral("***not base64***")
                                << AvatarCache::DefaultMaxBytes;
}

void TestContactDetails::badAvatarDataIsRejected()
{
    QFETCH(QString, hash);
    QFETCH(QString, payload);
    QFETCH(qint64, limit);
    AvatarStore store;
    store.cache->setMaxBytes(limit);
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    rosterWith(server, {kBob});
    server.send(metadataEvent(kBob, hash, 10))
        .expect(dataRequest(kBob, hash))
        .send(dataResult(kBob, hash, payload))
        // Announced again in the same session: refused once, not asked again.
        .send(metadataEvent(kBob, hash, 10));
    barrier(server, QStringLiteral("b1"));

    Client client;
    client.addFeature(new RosterFeature);
    auto *avatars = new AvatarFeature(store.cache.get());
    client.addFeature(avatars);
    QSignalSpy changed(avatars, &AvatarFeature::avatarChanged);
    QSignalSpy rejected(avatars, &AvatarFeature::avatarRejected);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(changed.isEmpty());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(1).toString(), hash);
    QVERIFY(!store.cache->has(hash));
    QVERIFY(!store.cache->has(pngHash()));
    QVERIFY(avatars->hashFor(Jid::parse(kBob)).isEmpty());
    QVERIFY(QDir(store.cache->dir()).entryList(QDir::Files).isEmpty());
}

void TestContactDetails::vcardPhotoHashFetchesVCardOnce()
{
    AvatarStore store;
    const QString carol = QStringLiteral("carol@localhost");
    const QString carolClaim = AvatarCache::hashOf("what carol's presence claims");
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    rosterWith(server, {kBob, carol});
    // XEP-0153 4.1: our presence says we support vCard avatars; our own hash is not known yet.
    server
        .expect(QStringLiteral("<presence><x xmlns='vcard-temp:x:update'/></presence>"))
        // Two resources announce the same photo (one in upper case): one vCard request.
        .send(photoPresence(QStringLiteral("bob@localhost/phone"), pngHash()))
        .send(photoPresence(QStringLiteral("bob@localhost/laptop"), pngHash().toUpper()))
        .expect(QStringLiteral("<iq type='get' to='bob@localhost' id='$v'>"
                               "<vCard xmlns='vcard-temp'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$v' from='bob@localhost'>"
                             "<vCard xmlns='vcard-temp'><FN>Bob</FN><PHOTO><TYPE>image/png</TYPE>"
                             "<BINVAL>%1</BINVAL></PHOTO></vCard></iq>")
                  .arg(pngBase64()))
        // Once cached, a third resource with the same photo costs nothing.
        .send(photoPresence(QStringLiteral("bob@localhost/tablet"), pngHash()))
        // Carol's vCard photo is not the one her presence announced: refused, asked only once.
        .send(photoPresence(QStringLiteral("carol@localhost/home"), carolClaim))
        .expect(QStringLiteral("<iq type='get' to='carol@localhost' id='$w'>"
                               "<vCard xmlns='vcard-temp'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$w' from='carol@localhost'>"
                             "<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE>"
                             "<BINVAL>%1</BINVAL></PHOTO></vCard></iq>")
                  .arg(QString::fromLatin1(QByteArray("another picture").toBase64())))
        .send(photoPresence(QStringLiteral("carol@localhost/work"), carolClaim))
        // Presence not from a contact: nothing is fetched for it.
        .send(photoPresence(QStringLiteral("mallory@localhost/x"), carolClaim));
    barrier(server, QStringLiteral("b1"));

    Client client;
    client.addFeature(new RosterFeature);
    auto *avatars = new AvatarFeature(store.cache.get());
    client.addFeature(avatars);
    auto *presence = new PresenceFeature;
    client.addFeature(presence);
    QSignalSpy changed(avatars, &AvatarFeature::avatarChanged);
    QSignalSpy rejected(avatars, &AvatarFeature::avatarRejected);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<Jid>().full(), kBob);
    QCOMPARE(avatars->avatar(Jid::parse(kBob)), kPng);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).value<Jid>().full(), carol);
    QVERIFY(avatars->hashFor(Jid::parse(carol)).isEmpty());
    QVERIFY(!store.cache->has(carolClaim));
    // The presences still reached PresenceFeature.
    QCOMPARE(presence->resources(Jid::parse(kBob)).size(), 3);
    QCOMPARE(presence->resources(Jid::parse(carol)).size(), 2);
}

void TestContactDetails::publishOwnAvatar()
{
    AvatarStore store;
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(QStringLiteral("<presence><x xmlns='vcard-temp:x:update'/></presence>"));
    Client client;
    auto *avatars = new AvatarFeature(store.cache.get());
    client.addFeature(avatars);
    client.addFeature(new PresenceFeature);
    QSignalSpy changed(avatars, &AvatarFeature::avatarChanged);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    // Too large: refused at once, nothing sent (the next expect would see it).
    QList<Error> results;
    avatars->publishOwn(QByteArray(AvatarCache::DefaultMaxBytes + 1, 'x'),
                        QStringLiteral("image/png"), this, [&](const Error &e) { results << e; });
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().kind, Error::Policy);
    QVERIFY(!results.first().text.isEmpty());
    results.clear();

    // XEP-0084 3.1 and 3.2: data first, then metadata; then presence carries the new hash.
    avatars->publishOwn(
        kPng, QStringLiteral("image/png"), this, [&](const Error &e) { results << e; }, 1, 1);
    server
        .expect(QStringLiteral("<iq type='set' id='$d'>"
                               "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                               "<publish node='urn:xmpp:avatar:data'><item id='%1'>"
                               "<data xmlns='urn:xmpp:avatar:data'>%2</data></item></publish>"
                               "</pubsub></iq>")
                    .arg(pngHash(), pngBase64()))
        .send(QStringLiteral("<iq type='result' id='$d'/>"))
        .expect(QStringLiteral("<iq type='set' id='$m'>"
                               "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                               "<publish node='urn:xmpp:avatar:metadata'><item id='%1'>"
                               "<metadata xmlns='urn:xmpp:avatar:metadata'>"
                               "<info bytes='%2' id='%1' type='image/png' width='1' height='1'/>"
                               "</metadata></item></publish></pubsub></iq>")
                    .arg(pngHash())
                    .arg(kPng.size()))
        .send(QStringLiteral("<iq type='result' id='$m'/>"))
        .expect(QStringLiteral("<presence><x xmlns='vcard-temp:x:update'><photo>%1</photo></x>"
                               "</presence>")
                    .arg(pngHash()))
        // The server echoes our own event (from our bare JID): already known, no new presence.
        .send(metadataEvent(QStringLiteral("alice@localhost"), pngHash()));
    barrier(server, QStringLiteral("b1"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(results.size(), 1);
    QVERIFY(!results.first().isError());
    QCOMPARE(avatars->ownHash(), pngHash());
    QVERIFY(store.cache->has(pngHash()));
    QCOMPARE(changed.size(), 1);

    // XEP-0084 3.5: empty metadata; then presence says "no image" (XEP-0153 4.1 3).
    results.clear();
    avatars->removeOwn(this, [&](const Error &e) { results << e; });
    server
        .expect(QStringLiteral("<iq type='set' id='$n'>"
                               "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                               "<publish node='urn:xmpp:avatar:metadata'><item>"
                               "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></publish>"
                               "</pubsub></iq>"))
        .send(QStringLiteral("<iq type='result' id='$n'/>"))
        .expect(QStringLiteral("<presence><x xmlns='vcard-temp:x:update'><photo/></x>"
                               "</presence>"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(results.size(), 1);
    QVERIFY(!results.first().isError());
    QVERIFY(avatars->ownHash().isEmpty());
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.last().at(1).toString().isEmpty());
}

void TestContactDetails::avatarCacheStoresOnlyVerifiedImages()
{
    QTemporaryDir dir;
    AvatarCache cache(dir.filePath(QStringLiteral("avatars")), nullptr);
    cache.setMaxBytes(1024);
    const QByteArray big(1025, 'b');
    QVERIFY(!cache.store(AvatarCache::hashOf(big), big));
    QVERIFY(!cache.store(AvatarCache::hashOf("other"), kPng));
    QVERIFY(!cache.store(QStringLiteral("../") + pngHash().mid(3), kPng));
    QVERIFY(!cache.store(pngHash(), QByteArray()));
    QVERIFY(!cache.has(QStringLiteral("../../etc/passwd")));
    QVERIFY(cache.filePath(QStringLiteral("../../etc/passwd")).isEmpty());
    QVERIFY(!QDir(dir.filePath(QStringLiteral("avatars"))).exists() ||
            QDir(dir.filePath(QStringLiteral("avatars"))).isEmpty());

    QVERIFY(cache.store(pngHash().toUpper(), kPng)); // hex of either case names the same file
    QVERIFY(cache.has(pngHash()));
    QCOMPARE(cache.data(pngHash()), kPng);
    QCOMPARE(QFileInfo(cache.filePath(pngHash())).fileName(), pngHash());

    // A file damaged on disk is never handed out, and goes away.
    QFile f(cache.filePath(pngHash()));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("damaged");
    f.close();
    QVERIFY(cache.data(pngHash()).isEmpty());
    QVERIFY(!cache.has(pngHash()));
}

void TestContactDetails::avatarMappingSurvivesRestartAndUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A database from before avatars: schema version 1, as the first release wrote it.
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    {
        AccountDatabase db;
        QVERIFY(db.openFile(path));
        QCOMPARE(db.schemaVersion(), AccountDatabase::latestSchemaVersion());
        AvatarCache cache(dir.filePath(QStringLiteral("avatars")), &db);
        QVERIFY(cache.setHashFor(Jid::parse(QStringLiteral("bob@localhost/phone")), pngHash()));
        QVERIFY(cache.setHashFor(Jid::parse(QStringLiteral("carol@localhost")), pngHash()));
        QVERIFY(cache.setHashFor(Jid::parse(QStringLiteral("carol@localhost")), QString()));
        QVERIFY(!cache.setHashFor(Jid::parse(QStringLiteral("dave@localhost")),
                                  QStringLiteral("not-a-hash")));
    }
    AccountDatabase db;
    QVERIFY(db.openFile(path));
    AvatarCache cache(dir.filePath(QStringLiteral("avatars")), &db);
    QCOMPARE(cache.hashFor(Jid::parse(kBob)), pngHash());
    QCOMPARE(cache.hashes().size(), 1);
}

// --- Blocking ----------------------------------------------------------------------------------

void TestContactDetails::blocklistPushesOnlyFromTheAccount()
{
    const QString refused =
        QStringLiteral("<iq type='error' id='%1' to='%2'><error type='cancel'><service-unavailable "
                       "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='get' to='localhost' id='$i'>"
                               "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$i' from='localhost'>"
                             "<query xmlns='http://jabber.org/protocol/disco#info'>"
                             "<identity category='server' type='im'/>"
                             "<feature var='urn:xmpp:blocking'/></query></iq>"))
        .expect(
            QStringLiteral("<iq type='get' id='$b'><blocklist xmlns='urn:xmpp:blocking'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$b'><blocklist xmlns='urn:xmpp:blocking'>"
                             "<item jid='evil.example'/><item jid='spam@localhost'/>"
                             "</blocklist></iq>"))
        // From the account: no 'from' (as Prosody sends them), or the own bare JID.
        .send(QStringLiteral("<iq type='set' id='push1'><block xmlns='urn:xmpp:blocking'>"
                             "<item jid='bob@localhost'/></block></iq>"))
        .expect(QStringLiteral("<iq type='result' id='push1'/>"))
        .send(QStringLiteral("<iq type='set' id='push2' from='alice@localhost'>"
                             "<unblock xmlns='urn:xmpp:blocking'><item jid='spam@localhost'/>"
                             "</unblock></iq>"))
        .expect(QStringLiteral("<iq type='result' id='push2' to='alice@localhost'/>"))
        // Not from the account: refused, nothing changes.
        .send(QStringLiteral("<iq type='set' id='evil1' from='bob@localhost/x'>"
                             "<unblock xmlns='urn:xmpp:blocking'/></iq>"))
        .expect(refused.arg(QStringLiteral("evil1"), QStringLiteral("bob@localhost/x")))
        .send(QStringLiteral("<iq type='set' id='evil2' from='alice@localhost/other'>"
                             "<block xmlns='urn:xmpp:blocking'><item jid='carol@localhost'/>"
                             "</block></iq>"))
        .expect(refused.arg(QStringLiteral("evil2"), QStringLiteral("alice@localhost/other")))
        .send(QStringLiteral("<iq type='set' id='evil3' from='localhost'>"
                             "<unblock xmlns='urn:xmpp:blocking'><item jid='evil.example'/>"
                             "</unblock></iq>"))
        .expect(refused.arg(QStringLiteral("evil3"), QStringLiteral("localhost")));

    Client client;
    auto *blocking = new BlockingFeature;
    client.addFeature(blocking);
    QSignalSpy changed(blocking, &BlockingFeature::blocklistChanged);
    QSignalSpy rejected(blocking, &BlockingFeature::pushRejected);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    QVERIFY(blocking->isSupported());
    QVERIFY(blocking->isLoaded());
    QCOMPARE(changed.size(), 3); // loaded, bob blocked, spam unblocked
    QCOMPARE(rejected.size(), 3);
    QCOMPARE(blocking->blocklist(),
             (QList<Jid>{Jid::parse(kBob), Jid::parse(QStringLiteral("evil.example"))}));
    // XEP-0191 6: the bare JID covers every resource, the domain everyone at it.
    QVERIFY(blocking->isBlocked(Jid::parse(QStringLiteral("bob@localhost/phone"))));
    QVERIFY(blocking->isBlocked(Jid::parse(QStringLiteral("mallory@evil.example/x"))));
    QVERIFY(blocking->isBlocked(Jid::parse(QStringLiteral("evil.example"))));
    QVERIFY(!blocking->isBlocked(Jid::parse(QStringLiteral("spam@localhost"))));
    QVERIFY(!blocking->isBlocked(Jid::parse(QStringLiteral("carol@localhost"))));
    QVERIFY(!blocking->isBlocked(Jid::parse(QStringLiteral("localhost"))));

    // Editing: the list is current by the time the callback runs.
    bool carolBlocked = false;
    blocking->block(
        {Jid::parse(QStringLiteral("carol@localhost")), Jid()}, this, [&](const Error &e) {
            QVERIFY(!e.isError());
            carolBlocked = blocking->isBlocked(Jid::parse(QStringLiteral("carol@localhost")));
        });
    // An empty unblock would unblock everyone: it is not sent.
    bool nothingDone = false;
    blocking->unblock({Jid()}, this, [&](const Error &e) { nothingDone = !e.isError(); });
    QVERIFY(nothingDone);
    bool allUnblocked = false;
    blocking->unblockAll(this, [&](const Error &e) { allUnblocked = !e.isError(); });
    server
        .expect(QStringLiteral("<iq type='set' id='$k'><block xmlns='urn:xmpp:blocking'>"
                               "<item jid='carol@localhost'/></block></iq>"))
        .send(QStringLiteral("<iq type='result' id='$k'/>"))
        .expect(QStringLiteral("<iq type='set' id='$u'><unblock xmlns='urn:xmpp:blocking'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$u'/>"));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(allUnblocked);
    QVERIFY(carolBlocked);
    QVERIFY(blocking->blocklist().isEmpty());
    QVERIFY(!blocking->isBlocked(Jid::parse(kBob)));
}

void TestContactDetails::blockingNotSupported()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='get' to='localhost' id='$i'>"
                               "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$i' from='localhost'>"
                             "<query xmlns='http://jabber.org/protocol/disco#info'>"
                             "<identity category='server' type='im'/></query></iq>"));
    barrier(server, QStringLiteral("b1")); // no blocklist request before it
    Client client;
    auto *blocking = new BlockingFeature;
    client.addFeature(blocking);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(!blocking->isSupported());
    QVERIFY(!blocking->isLoaded());
}

// --- Last activity -----------------------------------------------------------------------------

void TestContactDetails::lastActivity_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("condition"); ///< empty: no error

    QTest::newRow("offline contact with a status")
        << QStringLiteral("<iq type='result' id='$l' from='bob@localhost'>"
                          "<query xmlns='jabber:iq:last' seconds='903'>Heading Home</query></iq>")
        << qint64(903) << QStringLiteral("Heading Home") << QString();
    QTest::newRow("online contact")
        << QStringLiteral("<iq type='result' id='$l' from='bob@localhost'>"
                          "<query xmlns='jabber:iq:last' seconds='0'/></iq>")
        << qint64(0) << QString() << QString();
    QTest::newRow("not subscribed: forbidden")
        << QStringLiteral("<iq type='error' id='$l' from='bob@localhost'><error type='auth'>"
                          "<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")
        << qint64(0) << QString() << QStringLiteral("forbidden");
    QTest::newRow("seconds missing")
        << QStringLiteral("<iq type='result' id='$l' from='bob@localhost'>"
                          "<query xmlns='jabber:iq:last'>Heading Home</query></iq>")
        << qint64(0) << QString() << QStringLiteral("malformed-reply");
    QTest::newRow("negative seconds")
        << QStringLiteral("<iq type='result' id='$l' from='bob@localhost'>"
                          "<query xmlns='jabber:iq:last' seconds='-5'/></iq>")
        << qint64(0) << QString() << QStringLiteral("malformed-reply");
}

void TestContactDetails::lastActivity()
{
    QFETCH(QString, reply);
    QFETCH(qint64, seconds);
    QFETCH(QString, status);
    QFETCH(QString, condition);
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    Client client;
    auto *last = new LastActivityFeature;
    client.addFeature(last);
    QVERIFY(login(server, client));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    bool done = false;
    LastActivity got;
    Error error;
    last->requestLastActivity(Jid::parse(kBob), this, [&](const LastActivity &a, const Error &e) {
        got = a;
        error = e;
        done = true;
    });
    server
        .expect(QStringLiteral("<iq type='get' to='bob@localhost' id='$l'>"
                               "<query xmlns='jabber:iq:last'/></iq>"))
        .send(reply);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(done);
    QCOMPARE(error.condition, condition);
    QCOMPARE(error.isError(), !condition.isEmpty());
    if (!error.isError()) {
        QCOMPARE(got.seconds, seconds);
        QCOMPARE(got.status, status);
    } else {
        QVERIFY(!error.text.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestContactDetails)
#include "tst_contactdetails.moc"
