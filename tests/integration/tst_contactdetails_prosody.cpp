// Contact details against a real Prosody, with two accounts as Charla builds them (Account):
// bob's avatar reaches alice through PEP and lands verified in her cache, bob's vCard reads
// back as he wrote it, and alice's blocklist stops bob's messages until she unblocks him.
#include "ProsodyFixture.h"
#include "account/Account.h"
#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/VCardFeature.h"
#include "storage/AvatarCache.h"
#include "stream/Client.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {

// A 1x1 transparent PNG.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

Element chat(const QString &to, const QString &body)
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), to);
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    m.setAttribute(QStringLiteral("id"), Client::newId());
    m.addChild(QStringLiteral("body"), QStringLiteral("jabber:client")).setText(body);
    return m;
}

bool subscribedBothWays(const Account &account, const Jid &contact)
{
    return account.roster()->item(contact).subscription == RosterItem::Subscription::Both;
}

} // namespace

class TestContactDetailsProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void avatarReachesSubscribedContact();
    void vcardReadsBackAsWritten();
    void blockingStopsMessages();
    void cleanupTestCase();

private:
    std::unique_ptr<Account> makeAccount(const QString &user, QTemporaryDir &dir);
    bool connectAccount(Account &account, const QString &password);

    ProsodyFixture m_prosody;
    QTemporaryDir m_aliceDir;
    QTemporaryDir m_bobDir;
    std::unique_ptr<Account> m_alice;
    std::unique_ptr<Account> m_bob;
    QStringList m_aliceReceived; ///< bodies of the messages that reached alice
    const Jid m_aliceJid = Jid::parse(QStringLiteral("alice@localhost"));
    const Jid m_bobJid = Jid::parse(QStringLiteral("bob@localhost"));
};

std::unique_ptr<Account> TestContactDetailsProsody::makeAccount(const QString &user,
                                                                QTemporaryDir &dir)
{
    AccountConfig config;
    config.jid = user + QStringLiteral("@localhost");
    config.host = m_prosody.host();
    config.port = m_prosody.c2sPort();
    config.caFile = m_prosody.caFile();
    config.resource = QStringLiteral("details");
    return std::make_unique<Account>(Profile(dir.path()), config);
}

bool TestContactDetailsProsody::connectAccount(Account &account, const QString &password)
{
    QSignalSpy connected(account.client(), &Client::connected);
    account.connectWithPassword(password);
    return connected.wait(15000);
}

void TestContactDetailsProsody::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("bob"), QStringLiteral("bob-pw")));

    m_alice = makeAccount(QStringLiteral("alice"), m_aliceDir);
    m_bob = makeAccount(QStringLiteral("bob"), m_bobDir);
    connect(m_alice->client()->session(), &Session::stanzaReceived, this, [this](const Element &e) {
        if (e.name() == QLatin1String("message") && e.hasChild(QStringLiteral("body")))
            m_aliceReceived << e.childText(QStringLiteral("body"));
    });
    QVERIFY(connectAccount(*m_alice, QStringLiteral("alice-pw")));
    QVERIFY(connectAccount(*m_bob, QStringLiteral("bob-pw")));

    // The subscription handshake both ways (RFC 6121 3.1), as two people would do it: alice
    // asks, bob approves and asks back, alice approves.
    connect(m_bob->presence(), &PresenceFeature::subscriptionRequested, this,
            [this](const Jid &from) {
                m_bob->presence()->approve(from);
                m_bob->presence()->subscribe(from);
            });
    connect(m_alice->presence(), &PresenceFeature::subscriptionRequested, this,
            [this](const Jid &from) { m_alice->presence()->approve(from); });
    m_alice->presence()->subscribe(m_bobJid, QStringLiteral("Alice"));
    QTRY_VERIFY_WITH_TIMEOUT(subscribedBothWays(*m_alice, m_bobJid), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(subscribedBothWays(*m_bob, m_aliceJid), 15000);
    // Each sees the other online: presence (with alice's caps, hence her +notify for avatar
    // metadata) has gone through the server both ways.
    QTRY_VERIFY_WITH_TIMEOUT(!m_bob->presence()->resources(m_aliceJid).isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->presence()->resources(m_bobJid).isEmpty(), 15000);
}

void TestContactDetailsProsody::cleanupTestCase()
{
    if (m_alice)
        m_alice->disconnectFromServer();
    if (m_bob)
        m_bob->disconnectFromServer();
}

void TestContactDetailsProsody::avatarReachesSubscribedContact()
{
    const QString hash = AvatarCache::hashOf(kPng);
    QSignalSpy changed(m_alice->avatars(), &AvatarFeature::avatarChanged);
    // What alice asks for, to see that the image is downloaded once.
    QList<QByteArray> asked;
    const auto watch = connect(m_alice->client()->session(), &Session::xmlTraffic, this,
                               [&](bool incoming, const QByteArray &xml) {
                                   if (!incoming && xml.startsWith("<iq"))
                                       asked << xml;
                               });
    QList<Error> published;
    m_bob->avatars()->publishOwn(
        kPng, QStringLiteral("image/png"), this, [&](const Error &e) { published << e; }, 1, 1);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 15000);
    QVERIFY2(!published.first().isError(), qPrintable(published.first().text));
    QCOMPARE(m_bob->avatars()->ownHash(), hash);

    // Alice is told through PEP (XEP-0084 3.3; bob's presence then carries the same hash for
    // XEP-0153), fetches the image from bob's data node, checks its SHA-1 and keeps it.
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->avatars()->hashFor(m_bobJid) == hash, 15000);
    QTest::qWait(300); // let bob's presence with the same hash arrive too
    disconnect(watch);
    const auto dataRequests = std::count_if(asked.cbegin(), asked.cend(), [](const QByteArray &x) {
        return x.contains("urn:xmpp:avatar:data") && x.contains("to=\"bob@localhost\"");
    });
    const auto vcardRequests = std::count_if(
        asked.cbegin(), asked.cend(), [](const QByteArray &x) { return x.contains("vcard-temp"); });
    QCOMPARE(dataRequests, 1);
    QCOMPARE(vcardRequests, 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<Jid>(), m_bobJid);
    QCOMPARE(changed.last().at(1).toString(), hash);
    QCOMPARE(m_alice->avatars()->avatar(m_bobJid), kPng);
    const QString file = Profile(m_aliceDir.path()).cacheDir() + QStringLiteral("/avatars/") + hash;
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), kPng);

    // Charla started again on alice's profile shows bob's avatar at once, before connecting.
    const auto restarted = makeAccount(QStringLiteral("alice"), m_aliceDir);
    QCOMPARE(restarted->avatars()->hashFor(m_bobJid), hash);
    QCOMPARE(restarted->avatars()->avatar(m_bobJid), kPng);
}

void TestContactDetailsProsody::vcardReadsBackAsWritten()
{
    VCard card;
    card.fullName = QStringLiteral("Bob Builder");
    card.givenName = QStringLiteral("Bob");
    card.familyName = QStringLiteral("Builder");
    card.nickname = QStringLiteral("bob");
    card.emails = {QStringLiteral("bob@example.org")};
    card.phones = {QStringLiteral("+34 600 000 000")};
    card.url = QStringLiteral("https://bob.example.org/");
    card.birthday = QStringLiteral("1999-04-12");
    card.organization = QStringLiteral("Builders & Co");
    card.title = QStringLiteral("Foreman");
    card.note = QStringLiteral("Can we fix it? <Yes, we can!>");
    QList<Error> saved;
    m_bob->vcard()->publishOwn(card, this, [&](const Error &e) { saved << e; });
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
    QVERIFY2(!saved.first().isError(), qPrintable(saved.first().text));

    VCard read;
    Error error;
    bool done = false;
    m_alice->vcard()->request(m_bobJid, this, [&](const VCard &v, const Error &e) {
        read = v;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!error.isError(), qPrintable(error.text));
    QCOMPARE(read.fullName, card.fullName);
    QCOMPARE(read.givenName, card.givenName);
    QCOMPARE(read.familyName, card.familyName);
    QCOMPARE(read.nickname, card.nickname);
    QCOMPARE(read.emails, card.emails);
    QCOMPARE(read.phones, card.phones);
    QCOMPARE(read.url, card.url);
    QCOMPARE(read.birthday, card.birthday);
    QCOMPARE(read.organization, card.organization);
    QCOMPARE(read.title, card.title);
    QCOMPARE(read.note, card.note);
    // The vCard kept bob's avatar (Prosody's vcard_legacy would have taken a card without a
    // photo as "remove my avatar"), and alice still shows it.
    QCOMPARE(read.photo, kPng);
    QTest::qWait(500);
    QCOMPARE(m_alice->avatars()->hashFor(m_bobJid), AvatarCache::hashOf(kPng));
}

void TestContactDetailsProsody::blockingStopsMessages()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->blocking()->isLoaded(), 15000);
    QVERIFY(m_alice->blocking()->isSupported());
    QVERIFY(!m_alice->blocking()->isBlocked(m_bobJid));

    m_aliceReceived.clear();
    QVERIFY(m_bob->client()->send(chat(m_aliceJid.full(), QStringLiteral("before blocking"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_aliceReceived.contains(QStringLiteral("before blocking")), 10000);

    QList<Error> blocked;
    m_alice->blocking()->block({m_bobJid}, this, [&](const Error &e) { blocked << e; });
    QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 15000);
    QVERIFY2(!blocked.first().isError(), qPrintable(blocked.first().text));
    QVERIFY(m_alice->blocking()->isBlocked(Jid::parse(QStringLiteral("bob@localhost/details"))));

    QVERIFY(m_bob->client()->send(chat(m_aliceJid.full(), QStringLiteral("while blocked"))));
    QTest::qWait(1500);
    QVERIFY(!m_aliceReceived.contains(QStringLiteral("while blocked")));

    QList<Error> unblocked;
    m_alice->blocking()->unblock({m_bobJid}, this, [&](const Error &e) { unblocked << e; });
    QTRY_COMPARE_WITH_TIMEOUT(unblocked.size(), 1, 15000);
    QVERIFY2(!unblocked.first().isError(), qPrintable(unblocked.first().text));
    QVERIFY(!m_alice->blocking()->isBlocked(m_bobJid));

    QVERIFY(m_bob->client()->send(chat(m_aliceJid.full(), QStringLiteral("after unblocking"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_aliceReceived.contains(QStringLiteral("after unblocking")), 10000);
    // The blocked message was dropped, not held back for later.
    QVERIFY(!m_aliceReceived.contains(QStringLiteral("while blocked")));
}

QTEST_GUILESS_MAIN(TestContactDetailsProsody)
#include "tst_contactdetails_prosody.moc"
