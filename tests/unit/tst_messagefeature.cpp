// Messages against a scripted server: what is stored, what is refused and what is answered.
// Carbons are believed only from the own bare JID (XEP-0280 11), archive results only for an
// open query from the archive asked (XEP-0313), stanza-ids only when the server vouches for
// them (XEP-0359), corrections only from the original full JID (XEP-0308); delivery states
// follow receipts, markers and errors; chat states are sent with their timing (XEP-0085).
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/CarbonsFeature.h"
#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "features/RosterFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace charla;
using namespace charla::test;

namespace {

const QString kDiscoNs = QStringLiteral("http://jabber.org/protocol/disco#info");

/// The client asks its own bare JID what it supports; the answer says whether stanza-ids are
/// stamped (urn:xmpp:sid:0).
void discoOwnJid(FakeServer &server, bool sid)
{
    server
        .expect(QStringLiteral("<iq type='get' to='alice@localhost' id='$disco'>"
                               "<query xmlns='%1'/></iq>")
                    .arg(kDiscoNs))
        .send(QStringLiteral("<iq type='result' id='$disco' from='alice@localhost'>"
                             "<query xmlns='%1'><identity category='account' type='registered'/>"
                             "%2<feature var='urn:xmpp:mam:2'/></query></iq>")
                  .arg(kDiscoNs, sid ? QStringLiteral("<feature var='urn:xmpp:sid:0'/>") : QString()));
}

/// An unknown request the client refuses: once its error is back, everything sent before it
/// has been handled, and any other stanza from the client would have failed this expect.
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

QString chat(const QString &from, const QString &id, const QString &body,
             const QString &extra = QString())
{
    return QStringLiteral("<message from='%1' to='alice@localhost/charla' type='chat' id='%2'>"
                          "<body>%3</body>%4</message>")
        .arg(from, id, body, extra);
}

QString forwarded(const QString &inner, const QString &stamp = QStringLiteral("2024-03-01T10:00:00Z"))
{
    return QStringLiteral("<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
                          "stamp='%1'/>%2</forwarded>")
        .arg(stamp, inner);
}

QString innerMessage(const QString &from, const QString &to, const QString &id,
                     const QString &body)
{
    return QStringLiteral("<message xmlns='jabber:client' from='%1' to='%2' type='chat' id='%3'>"
                          "<body>%4</body><origin-id xmlns='urn:xmpp:sid:0' id='%3'/></message>")
        .arg(from, to, id, body);
}

/// A client with a history store in a temp dir.
struct Rig
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MessageFeature *messages = nullptr;

    Rig()
    {
        db.openFile(dir.filePath(QStringLiteral("alice.sqlite")));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
    }
    QStringList bodies(const QString &chat) const
    {
        QStringList out;
        for (const ChatMessage &m : store->latest(chat, 1000))
            out.append(m.body);
        return out;
    }
};

bool waitFor(QSignalSpy &spy, int count = 1)
{
    while (spy.size() < count) {
        if (!spy.wait(5000))
            return false;
    }
    return true;
}

} // namespace

class TestMessageFeature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void carbonsOnlyFromOwnBareJid();
    void archiveResultsOnlyForOpenQueries();
    void archiveCatchUpPagesForward();
    void forgedStanzaIdsNotTrusted_data();
    void forgedStanzaIdsNotTrusted();
    void correctionsAndRetractionsOnlyFromTheSender();
    void delayedMessagesKeepTheirTime();
    void errorMarksFailedWithoutARow();
    void receiptsAndMarkersMoveStates();
    void receiptsOnlyToThoseWhoSeePresence();
    void chatStatesTiming();
    void olderHistoryOfOneChat();
    void expiredArchiveIdStartsAfresh();
    void streamManagementAckMarksSent();
    void storedBeforeAcknowledged();
    void reactionsAndReplies();

private:
    /// Logs in; with @p disco the client's question about its own bare JID comes next.
    void login(FakeServer &server, bool sid = true, bool disco = true);
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestMessageFeature::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestMessageFeature::login(FakeServer &server, bool sid, bool disco)
{
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    if (disco)
        discoOwnJid(server, sid);
}

void TestMessageFeature::carbonsOnlyFromOwnBareJid()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(QStringLiteral("<iq type='set' id='$c'><enable xmlns='urn:xmpp:carbons:2'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$c'/>"));
    discoOwnJid(server, true);
    const QString bob = QStringLiteral("bob@localhost/phone");
    const QString me = QStringLiteral("alice@localhost/charla");
    // Forged: the outer 'from' is another user (and the same from a full JID of ours is wrong too).
    for (const QString &outer : {QStringLiteral("mallory@localhost"), QStringLiteral("bob@localhost"),
                                 QStringLiteral("alice@localhost/other"), QStringLiteral("localhost")})
        server.send(QStringLiteral("<message from='%1' to='%2'><received xmlns='urn:xmpp:carbons:2'>%3"
                                   "</received></message>")
                        .arg(outer, me, forwarded(innerMessage(bob, me, QStringLiteral("f-") + outer,
                                                               QStringLiteral("forged")))));
    // Genuine: received by and sent from another resource of ours.
    server.send(QStringLiteral("<message from='alice@localhost' to='%1'><received "
                               "xmlns='urn:xmpp:carbons:2'>%2</received></message>")
                    .arg(me, forwarded(innerMessage(bob, QStringLiteral("alice@localhost/tablet"),
                                                    QStringLiteral("r1"), QStringLiteral("real in")))));
    server.send(QStringLiteral("<message from='alice@localhost' to='%1'><sent "
                               "xmlns='urn:xmpp:carbons:2'>%2</sent></message>")
                    .arg(me, forwarded(innerMessage(QStringLiteral("alice@localhost/tablet"), bob,
                                                    QStringLiteral("s1"), QStringLiteral("real out")))));
    barrier(server, QStringLiteral("b1"));
    QVERIFY(server.listen());

    Rig rig;
    auto *carbons = new CarbonsFeature(rig.messages);
    rig.client.addFeature(carbons);
    rig.client.addFeature(rig.messages);
    QSignalSpy rejected(carbons, &CarbonsFeature::carbonRejected);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    QVERIFY(carbons->isEnabled());
    QCOMPARE(rejected.size(), 4);
    const QList<ChatMessage> stored = rig.store->latest(QStringLiteral("bob@localhost"), 100);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).body, QStringLiteral("real in"));
    QCOMPARE(stored.at(0).direction, ChatMessage::Direction::Incoming);
    QCOMPARE(stored.at(1).body, QStringLiteral("real out"));
    QCOMPARE(stored.at(1).direction, ChatMessage::Direction::Outgoing);
    // Nothing from the forged carbons went anywhere: no other chat either.
    QCOMPARE(rig.store->recentChats().size(), 1);
}

void TestMessageFeature::archiveResultsOnlyForOpenQueries()
{
    FakeServer server;
    login(server, true, false);
    // No archive id stored yet: only the newest page of the last days (XEP-0059 2.5 <before/>).
    server.expect(QStringLiteral(
        "<iq type='set' id='$q'><query xmlns='urn:xmpp:mam:2' queryid='$qid'>"
        "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
        "<value>urn:xmpp:mam:2</value></field><field var='start'><value>*</value></field></x>"
        "<set xmlns='http://jabber.org/protocol/rsm'><max>100</max><before/></set></query></iq>"));
    discoOwnJid(server, true);
    const QString me = QStringLiteral("alice@localhost/charla");
    const QString bob = QStringLiteral("bob@localhost/phone");
    auto result = [&](const QString &from, const QString &queryId, const QString &id,
                      const QString &body) {
        return QStringLiteral("<message %1 to='%2'><result xmlns='urn:xmpp:mam:2' queryid='%3' "
                              "id='%4'>%5</result></message>")
            .arg(from.isEmpty() ? QString() : QStringLiteral("from='%1'").arg(from), me, queryId, id,
                 forwarded(innerMessage(bob, QStringLiteral("alice@localhost"), QStringLiteral("o-") + id,
                                        body)));
    };
    server.send(result(QStringLiteral("mallory@localhost"), QStringLiteral("$qid"), QStringLiteral("A0"),
                       QStringLiteral("from a foreign archive")))
        .send(result(QStringLiteral("bob@localhost"), QStringLiteral("$qid"), QStringLiteral("A00"),
                     QStringLiteral("from the peer's archive")))
        .send(result(QStringLiteral("alice@localhost"), QStringLiteral("not-ours"), QStringLiteral("A1"),
                     QStringLiteral("unknown queryid")))
        .send(result(QString(), QStringLiteral("$qid"), QStringLiteral("A2"), QStringLiteral("one")))
        .send(result(QStringLiteral("alice@localhost"), QStringLiteral("$qid"), QStringLiteral("A3"),
                     QStringLiteral("two")))
        .send(QStringLiteral("<iq type='result' id='$q'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
                             "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>A2</first>"
                             "<last>A3</last><count>2</count></set></fin></iq>"));
    barrier(server, QStringLiteral("b1"));
    // The query is closed now: the same queryid is no longer open.
    server.send(result(QString(), QStringLiteral("$qid"), QStringLiteral("A4"), QStringLiteral("late")));
    barrier(server, QStringLiteral("b2"));
    QVERIFY(server.listen());

    Rig rig;
    auto *mam = new MamFeature(rig.messages, rig.store.get());
    rig.client.addFeature(mam);
    rig.client.addFeature(rig.messages);
    QSignalSpy rejected(mam, &MamFeature::resultRejected);
    QSignalSpy finished(mam, &MamFeature::catchUpFinished);
    QSignalSpy progress(mam, &MamFeature::progress);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(rejected.size(), 4);
    QCOMPARE(rig.bodies(QStringLiteral("bob@localhost")),
             (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(rig.store->recentChats().size(), 1);
    QCOMPARE(rig.store->lastArchiveId(), QStringLiteral("A3"));
    // Archived messages keep the archive's time and carry the archive id.
    const ChatMessage first = rig.store->latest(QStringLiteral("bob@localhost"), 2).first();
    QCOMPARE(first.timestamp, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(first.stanzaId, QStringLiteral("A2"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(mam->openQueries(), 0);
}

void TestMessageFeature::archiveCatchUpPagesForward()
{
    FakeServer server;
    login(server, true, false);
    const QString me = QStringLiteral("alice@localhost/charla");
    const QString bob = QStringLiteral("bob@localhost/phone");
    bool firstPage = true;
    auto page = [&](const QString &after, const QStringList &ids, bool complete) {
        server.expect(QStringLiteral(
            "<iq type='set' id='$q'><query xmlns='urn:xmpp:mam:2' queryid='$qid'>"
            "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
            "<value>urn:xmpp:mam:2</value></field></x>"
            "<set xmlns='http://jabber.org/protocol/rsm'><max>2</max><after>%1</after></set>"
            "</query></iq>").arg(after));
        if (firstPage)
            discoOwnJid(server, true);
        firstPage = false;
        for (const QString &id : ids)
            server.send(QStringLiteral("<message to='%1'><result xmlns='urn:xmpp:mam:2' "
                                       "queryid='$qid' id='%2'>%3</result></message>")
                            .arg(me, id,
                                 forwarded(innerMessage(bob, QStringLiteral("alice@localhost"),
                                                        QStringLiteral("o-") + id, QStringLiteral("m ") + id))));
        server.send(QStringLiteral("<iq type='result' id='$q'><fin xmlns='urn:xmpp:mam:2'%1>"
                                   "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>%2"
                                   "</first><last>%3</last><count>5</count></set></fin></iq>")
                        .arg(complete ? QStringLiteral(" complete='true'") : QString(), ids.first(),
                             ids.last()));
    };
    page(QStringLiteral("K0"), {QStringLiteral("K1"), QStringLiteral("K2")}, false);
    page(QStringLiteral("K2"), {QStringLiteral("K3"), QStringLiteral("K4")}, false);
    page(QStringLiteral("K4"), {QStringLiteral("K5")}, true);
    QVERIFY(server.listen());

    Rig rig;
    rig.store->setLastArchiveId(QStringLiteral("K0"));
    auto *mam = new MamFeature(rig.messages, rig.store.get());
    mam->setPageSize(2);
    rig.client.addFeature(mam);
    rig.client.addFeature(rig.messages);
    QSignalSpy finished(mam, &MamFeature::catchUpFinished);
    QSignalSpy progress(mam, &MamFeature::progress);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.first().first().toInt(), 5);
    QCOMPARE(rig.store->lastArchiveId(), QStringLiteral("K5"));
    QCOMPARE(rig.store->count(QStringLiteral("bob@localhost")), 5);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0).at(0).toInt(), 2);
    QCOMPARE(progress.at(0).at(1).toInt(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
}

void TestMessageFeature::forgedStanzaIdsNotTrusted_data()
{
    QTest::addColumn<bool>("sidAdvertised");
    QTest::addColumn<QString>("by");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("no sid:0 advertised") << false << QStringLiteral("alice@localhost") << false;
    QTest::newRow("by another entity") << true << QStringLiteral("bob@localhost") << false;
    QTest::newRow("by the server domain") << true << QStringLiteral("localhost") << false;
    QTest::newRow("by the own bare JID with sid:0") << true << QStringLiteral("alice@localhost") << true;
}

void TestMessageFeature::forgedStanzaIdsNotTrusted()
{
    QFETCH(bool, sidAdvertised);
    QFETCH(QString, by);
    QFETCH(bool, trusted);
    FakeServer server;
    login(server, sidAdvertised);
    // Two different messages (no origin-id, different text) carrying the same stanza-id: if the
    // id were believed, the second would be taken for a duplicate of the first and lost.
    const QString sid = QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='S1' by='%1'/>").arg(by);
    server.send(chat(QStringLiteral("bob@localhost/phone"), QStringLiteral("m1"), QStringLiteral("first"), sid))
        .send(chat(QStringLiteral("bob@localhost/phone"), QStringLiteral("m2"), QStringLiteral("second"), sid));
    barrier(server, QStringLiteral("b1"));
    QVERIFY(server.listen());

    Rig rig;
    rig.client.addFeature(rig.messages);
    QSignalSpy trust(rig.messages, &MessageFeature::stanzaIdTrustChanged);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(trust.size(), 1);
    QCOMPARE(trust.first().first().toBool(), sidAdvertised);

    const QList<ChatMessage> stored = rig.store->latest(QStringLiteral("bob@localhost"), 10);
    if (trusted) {
        // Positive control: a trusted id is used, so the second copy counts as the same message.
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().stanzaId, QStringLiteral("S1"));
    } else {
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(0).stanzaId.isEmpty());
        QVERIFY(stored.at(1).stanzaId.isEmpty());
    }
}

void TestMessageFeature::correctionsAndRetractionsOnlyFromTheSender()
{
    FakeServer server;
    login(server);
    const QString phone = QStringLiteral("bob@localhost/phone");
    const QString laptop = QStringLiteral("bob@localhost/laptop");
    auto replace = [](const QString &id) {
        return QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='%1'/>").arg(id);
    };
    auto retract = [](const QString &from, const QString &id) {
        return QStringLiteral("<message from='%1' to='alice@localhost/charla' type='chat' id='r-%2'>"
                              "<retract xmlns='urn:xmpp:message-retract:1' id='%2'/>"
                              "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>"
                              "<body>/me retracted a message</body></message>")
            .arg(from, id);
    };
    server.send(chat(phone, QStringLiteral("m1"), QStringLiteral("helo")))
        .send(chat(phone, QStringLiteral("m2"), QStringLiteral("second")))
        // Another resource of the same contact may not correct (XEP-0308 5)...
        .send(chat(laptop, QStringLiteral("c1"), QStringLiteral("hacked"), replace(QStringLiteral("m1"))))
        // ...nor may bob correct or retract our message.
        .send(chat(phone, QStringLiteral("c2"), QStringLiteral("hacked too"), replace(QStringLiteral("mine"))))
        .send(retract(phone, QStringLiteral("mine")))
        // A stranger's "correction" can only name messages of its own chat: it stays a message.
        .send(chat(QStringLiteral("mallory@localhost/x"), QStringLiteral("c3"), QStringLiteral("hacked"),
                   replace(QStringLiteral("m1"))));
    barrier(server, QStringLiteral("b1"));
    server.send(chat(phone, QStringLiteral("c4"), QStringLiteral("hello"), replace(QStringLiteral("m1"))))
        // Retraction by the sender, from any of its resources (XEP-0424 7: the sender).
        .send(retract(laptop, QStringLiteral("m2")));
    barrier(server, QStringLiteral("b2"));
    QVERIFY(server.listen());

    Rig rig;
    ChatMessage mine;
    mine.chat = QStringLiteral("bob@localhost");
    mine.direction = ChatMessage::Direction::Outgoing;
    mine.from = QStringLiteral("alice@localhost/charla");
    mine.body = QStringLiteral("my words");
    mine.timestamp = QDateTime::currentDateTimeUtc().addSecs(-60);
    mine.messageId = QStringLiteral("mine");
    mine.originId = QStringLiteral("mine");
    mine.state = ChatMessage::State::Sent;
    QVERIFY(rig.store->add(mine));
    rig.client.addFeature(rig.messages);
    QSignalSpy refused(rig.messages, &MessageFeature::refused);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    const QList<ChatMessage> bob = rig.store->latest(QStringLiteral("bob@localhost"), 10);
    QCOMPARE(bob.size(), 3);
    QCOMPARE(bob.at(0).body, QStringLiteral("my words"));
    QVERIFY(!bob.at(0).edited);
    QVERIFY(!bob.at(0).retracted);
    QCOMPARE(bob.at(1).body, QStringLiteral("hello"));
    QVERIFY(bob.at(1).edited);
    QVERIFY(bob.at(2).retracted);
    QVERIFY(bob.at(2).body.isEmpty());
    QCOMPARE(rig.bodies(QStringLiteral("mallory@localhost")), QStringList{QStringLiteral("hacked")});
    QCOMPARE(refused.size(), 3);
}

void TestMessageFeature::delayedMessagesKeepTheirTime()
{
    FakeServer server;
    login(server);
    server.send(chat(QStringLiteral("bob@localhost/phone"), QStringLiteral("d1"), QStringLiteral("old"),
                     QStringLiteral("<delay xmlns='urn:xmpp:delay' from='localhost' "
                                    "stamp='2021-06-01T08:30:00.250000Z'>Offline Storage</delay>")))
        .send(chat(QStringLiteral("bob@localhost/phone"), QStringLiteral("d2"), QStringLiteral("new")));
    barrier(server, QStringLiteral("b1"));
    QVERIFY(server.listen());
    Rig rig;
    rig.client.addFeature(rig.messages);
    QSignalSpy received(rig.messages, &MessageFeature::messageReceived);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    const QList<ChatMessage> stored = rig.store->latest(QStringLiteral("bob@localhost"), 10);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).body, QStringLiteral("old"));
    QCOMPARE(stored.at(0).timestamp, QDateTime(QDate(2021, 6, 1), QTime(8, 30, 0, 250), Qt::UTC));
    QVERIFY(stored.at(1).timestamp >= before);
    QCOMPARE(received.size(), 2);
}

void TestMessageFeature::errorMarksFailedWithoutARow()
{
    FakeServer server;
    login(server);
    server.expect(QStringLiteral("<message to='nobody@localhost' type='chat' id='$m'><body>hi</body>"
                                 "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                                 "<request xmlns='urn:xmpp:receipts'/>"
                                 "<markable xmlns='urn:xmpp:chat-markers:0'/>"
                                 "<origin-id xmlns='urn:xmpp:sid:0' id='$m'/></message>"))
        .send(QStringLiteral("<message from='nobody@localhost' to='alice@localhost/charla' "
                             "type='error' id='$m'><body>hi</body><error type='cancel'>"
                             "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></message>"))
        // An error for something we never sent changes nothing and is no message either.
        .send(QStringLiteral("<message from='bob@localhost' to='alice@localhost/charla' "
                             "type='error' id='unknown'><body>spoof</body><error type='cancel'>"
                             "<not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></message>"));
    barrier(server, QStringLiteral("b1"));
    QVERIFY(server.listen());
    Rig rig;
    rig.client.addFeature(rig.messages);
    QSignalSpy trust(rig.messages, &MessageFeature::stanzaIdTrustChanged);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(waitFor(trust));
    const ChatMessage sent = rig.messages->send(Jid::parse(QStringLiteral("nobody@localhost")),
                                                QStringLiteral("hi"));
    QVERIFY(sent.id > 0);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    const auto stored = rig.store->message(sent.id);
    QVERIFY(stored);
    QCOMPARE(stored->state, ChatMessage::State::Failed);
    QVERIFY2(stored->errorText.contains(QStringLiteral("nobody@localhost")), qPrintable(stored->errorText));
    QCOMPARE(rig.store->count(QStringLiteral("nobody@localhost")), 1);
    QCOMPARE(rig.store->count(QStringLiteral("bob@localhost")), 0);
}

void TestMessageFeature::receiptsAndMarkersMoveStates()
{
    Rig rig;
    qint64 sentId = 0;
    QList<ChatMessage::State> seen;
    auto record = [&] { seen.append(rig.store->message(sentId)->state); };
    FakeServer server;
    login(server);
    server.expect(QStringLiteral("<message to='bob@localhost' type='chat' id='$m'><body>one</body>"
                                 "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                                 "<request xmlns='urn:xmpp:receipts'/>"
                                 "<markable xmlns='urn:xmpp:chat-markers:0'/>"
                                 "<origin-id xmlns='urn:xmpp:sid:0' id='$m'/></message>"))
        // Someone else's "receipt" for bob's message proves nothing.
        .send(QStringLiteral("<message from='mallory@localhost/x' to='alice@localhost/charla' "
                             "type='chat' id='x1'><received xmlns='urn:xmpp:receipts' id='$m'/></message>"));
    barrier(server, QStringLiteral("b0"));
    server.call(record)
        .send(QStringLiteral("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                             "type='chat' id='x2'><received xmlns='urn:xmpp:receipts' id='$m'/></message>"));
    barrier(server, QStringLiteral("b1"));
    server.call(record)
        .send(QStringLiteral("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                             "type='chat' id='x3'><displayed xmlns='urn:xmpp:chat-markers:0' "
                             "id='$m'/></message>"));
    barrier(server, QStringLiteral("b2"));
    server.call(record)
        // A late receipt does not move it back.
        .send(QStringLiteral("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                             "type='chat' id='x4'><received xmlns='urn:xmpp:receipts' id='$m'/></message>"));
    barrier(server, QStringLiteral("b3"));
    server.call(record);
    QVERIFY(server.listen());
    rig.client.addFeature(rig.messages);
    QSignalSpy trust(rig.messages, &MessageFeature::stanzaIdTrustChanged);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(waitFor(trust));
    const ChatMessage sent = rig.messages->send(Jid::parse(QStringLiteral("bob@localhost")),
                                                QStringLiteral("one"));
    sentId = sent.id;
    // No stream management on this server: written to the server is all we can know.
    QCOMPARE(rig.store->message(sent.id)->state, ChatMessage::State::Sent);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    using S = ChatMessage::State;
    QCOMPARE(seen, (QList<S>{S::Sent, S::Delivered, S::Displayed, S::Displayed}));
    QCOMPARE(rig.store->count(QStringLiteral("mallory@localhost")), 0);
}

void TestMessageFeature::receiptsOnlyToThoseWhoSeePresence()
{
    FakeServer server;
    login(server);
    server.expect(QStringLiteral("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>"
                             "<item jid='bob@localhost' subscription='both'/>"
                             "<item jid='carol@localhost' subscription='to'/></query></iq>"));
    const QString request = QStringLiteral("<request xmlns='urn:xmpp:receipts'/>");
    server.send(chat(QStringLiteral("bob@localhost/phone"), QStringLiteral("b-1"), QStringLiteral("hi"), request))
        .expect(QStringLiteral("<message to='bob@localhost/phone' type='chat' id='*'>"
                               "<received xmlns='urn:xmpp:receipts' id='b-1'/></message>"))
        // carol does not see our presence, a stranger even less: no receipt (XEP-0184 8).
        .send(chat(QStringLiteral("carol@localhost/pc"), QStringLiteral("c-1"), QStringLiteral("hi"), request))
        .send(chat(QStringLiteral("stranger@localhost/pc"), QStringLiteral("s-1"), QStringLiteral("hi"), request));
    barrier(server, QStringLiteral("b1"));
    QVERIFY(server.listen());
    Rig rig;
    rig.client.addFeature(rig.messages);
    rig.client.addFeature(new RosterFeature);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    // Still stored, of course.
    QCOMPARE(rig.store->count(QStringLiteral("carol@localhost")), 1);
    QCOMPARE(rig.store->count(QStringLiteral("stranger@localhost")), 1);
}

void TestMessageFeature::chatStatesTiming()
{
    FakeServer server;
    login(server);
    const QString noStore = QStringLiteral("<no-store xmlns='urn:xmpp:hints'/>");
    auto state = [&](const QString &name) {
        return QStringLiteral("<message to='bob@localhost' type='chat' id='*'>"
                              "<%1 xmlns='http://jabber.org/protocol/chatstates'/>%2</message>")
            .arg(name, noStore);
    };
    // bob shows he understands states; from then on ours go to him.
    server.send(QStringLiteral("<message from='bob@localhost/phone' to='alice@localhost/charla' "
                               "type='chat' id='s1'><composing "
                               "xmlns='http://jabber.org/protocol/chatstates'/></message>"));
    barrier(server, QStringLiteral("b1"));
    server.expect(state(QStringLiteral("composing")))
        .expect(state(QStringLiteral("paused")))
        .expect(state(QStringLiteral("inactive")))
        .expect(state(QStringLiteral("gone")));
    QVERIFY(server.listen());
    Rig rig;
    rig.messages->setChatStateTimeouts(200, 400);
    rig.client.addFeature(rig.messages);
    QSignalSpy peer(rig.messages, &MessageFeature::chatStateChanged);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(waitFor(peer));
    const Jid bob = Jid::parse(QStringLiteral("bob@localhost"));
    QCOMPARE(rig.messages->peerChatState(bob), MessageFeature::ChatState::Composing);
    // carol never sent a state: nothing goes to her.
    rig.messages->setChatState(Jid::parse(QStringLiteral("carol@localhost")),
                               MessageFeature::ChatState::Composing);
    QElapsedTimer typing;
    typing.start();
    rig.messages->setChatState(bob, MessageFeature::ChatState::Composing);
    // Keystrokes while composing send nothing more, and keep "paused" away.
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(100);
        rig.messages->setChatState(bob, MessageFeature::ChatState::Composing);
    }
    QTRY_VERIFY_WITH_TIMEOUT(rig.messages->ownChatState(bob) == MessageFeature::ChatState::Paused, 3000);
    QVERIFY2(typing.elapsed() >= 450, "paused came while still typing");
    QTRY_VERIFY_WITH_TIMEOUT(rig.messages->ownChatState(bob) == MessageFeature::ChatState::Inactive, 3000);
    rig.messages->setChatState(bob, MessageFeature::ChatState::Gone);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
}

void TestMessageFeature::olderHistoryOfOneChat()
{
    FakeServer server;
    login(server, true, false);
    const QString me = QStringLiteral("alice@localhost/charla");
    // The catch-up at login: nothing new since K9.
    server.expect(QStringLiteral(
                      "<iq type='set' id='$q'><query xmlns='urn:xmpp:mam:2' queryid='$qid'>"
                      "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
                      "<value>urn:xmpp:mam:2</value></field></x>"
                      "<set xmlns='http://jabber.org/protocol/rsm'><max>100</max><after>K9</after></set>"
                      "</query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$q'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
                             "<set xmlns='http://jabber.org/protocol/rsm'><count>0</count></set></fin></iq>"));
    discoOwnJid(server, true);
    // Scrolling back in bob's chat past K5: the page before it, for bob only.
    server.expect(QStringLiteral(
        "<iq type='set' id='$o'><query xmlns='urn:xmpp:mam:2' queryid='$oid'>"
        "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
        "<value>urn:xmpp:mam:2</value></field><field var='with'><value>bob@localhost</value></field></x>"
        "<set xmlns='http://jabber.org/protocol/rsm'><max>2</max><before>K5</before></set>"
        "</query></iq>"));
    for (const QString &id : {QStringLiteral("K3"), QStringLiteral("K4")})
        server.send(QStringLiteral("<message to='%1'><result xmlns='urn:xmpp:mam:2' queryid='$oid' "
                                   "id='%2'>%3</result></message>")
                        .arg(me, id,
                             forwarded(innerMessage(QStringLiteral("bob@localhost/phone"),
                                                    QStringLiteral("alice@localhost"),
                                                    QStringLiteral("o-") + id, QStringLiteral("old ") + id),
                                       QStringLiteral("2020-01-01T00:00:0%1Z").arg(id.at(1)))));
    server.send(QStringLiteral("<iq type='result' id='$o'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
                               "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>K3</first>"
                               "<last>K4</last></set></fin></iq>"));
    QVERIFY(server.listen());

    Rig rig;
    rig.store->setLastArchiveId(QStringLiteral("K9"));
    auto *mam = new MamFeature(rig.messages, rig.store.get());
    rig.client.addFeature(mam);
    rig.client.addFeature(rig.messages);
    QSignalSpy caughtUp(mam, &MamFeature::catchUpFinished);
    QSignalSpy older(mam, &MamFeature::olderFetched);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(waitFor(caughtUp));
    mam->fetchOlder(QStringLiteral("bob@localhost"), QStringLiteral("K5"), QDateTime(), 2);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitFor(older));
    QCOMPARE(older.first().at(0).toString(), QStringLiteral("bob@localhost"));
    QCOMPARE(older.first().at(1).toInt(), 2);
    QCOMPARE(older.first().at(2).toBool(), true);
    QCOMPARE(rig.bodies(QStringLiteral("bob@localhost")),
             (QStringList{QStringLiteral("old K3"), QStringLiteral("old K4")}));
    // Old history does not move the catch-up point.
    QCOMPARE(rig.store->lastArchiveId(), QStringLiteral("K9"));
}

void TestMessageFeature::expiredArchiveIdStartsAfresh()
{
    FakeServer server;
    login(server, true, false);
    // XEP-0313 6.1.1: the stored id expired from the archive: item-not-found...
    server.expect(QStringLiteral(
                      "<iq type='set' id='$q'><query xmlns='urn:xmpp:mam:2' queryid='*'>"
                      "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
                      "<value>urn:xmpp:mam:2</value></field></x>"
                      "<set xmlns='http://jabber.org/protocol/rsm'><max>100</max><after>gone</after></set>"
                      "</query></iq>"))
        .send(QStringLiteral("<iq type='error' id='$q'><error type='cancel'><item-not-found "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    discoOwnJid(server, true);
    // ...so only the newest page is fetched, as on a first login.
    server
        .expect(QStringLiteral(
            "<iq type='set' id='$n'><query xmlns='urn:xmpp:mam:2' queryid='*'>"
            "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
            "<value>urn:xmpp:mam:2</value></field><field var='start'><value>*</value></field></x>"
            "<set xmlns='http://jabber.org/protocol/rsm'><max>100</max><before/></set></query></iq>"))
        .send(QStringLiteral("<iq type='result' id='$n'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
                             "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>N1</first>"
                             "<last>N1</last><count>1</count></set></fin></iq>"));
    QVERIFY(server.listen());
    Rig rig;
    rig.store->setLastArchiveId(QStringLiteral("gone"));
    auto *mam = new MamFeature(rig.messages, rig.store.get());
    rig.client.addFeature(mam);
    rig.client.addFeature(rig.messages);
    QSignalSpy caughtUp(mam, &MamFeature::catchUpFinished);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitFor(caughtUp));
    QCOMPARE(rig.store->lastArchiveId(), QStringLiteral("N1"));
}

void TestMessageFeature::streamManagementAckMarksSent()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript login;
    login.streamManagement = true;
    login.addTo(server);
    discoOwnJid(server, true);
    bool ackedDisco = false;
    server.expect(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='1'/>"))
        .call([&] { ackedDisco = true; })
        .expect(QStringLiteral("<message to='bob@localhost' type='chat' id='$m'><body>ack me</body>"
                               "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                               "<request xmlns='urn:xmpp:receipts'/>"
                               "<markable xmlns='urn:xmpp:chat-markers:0'/>"
                               "<origin-id xmlns='urn:xmpp:sid:0' id='$m'/></message>"))
        .expect(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .wait(200);
    QVERIFY(server.listen());
    Rig rig;
    rig.client.addFeature(rig.messages);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(ackedDisco, 10000);
    const ChatMessage sent = rig.messages->send(Jid::parse(QStringLiteral("bob@localhost")),
                                                QStringLiteral("ack me"));
    QCOMPARE(sent.state, ChatMessage::State::Pending);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    // Not acknowledged yet: still Pending, however long it waits.
    QCOMPARE(rig.store->message(sent.id)->state, ChatMessage::State::Pending);
    server.send(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='2'/>"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.store->message(sent.id)->state, ChatMessage::State::Sent, 5000);
}

void TestMessageFeature::storedBeforeAcknowledged()
{
    // XEP-0198: once the server has our <a h='n'/>, it forgets the message; a crash after that
    // must not lose it. So every ack that counts the message must find it already stored.
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript login;
    login.streamManagement = true;
    login.addTo(server);
    discoOwnJid(server, true);
    server.send(chat(QStringLiteral("bob@localhost/phone"), QStringLiteral("k1"), QStringLiteral("keep me")))
        .send(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .wait(300); // the client's <a/> (and maybe its own <r/>) arrive meanwhile
    QVERIFY(server.listen());
    Rig rig;
    rig.client.addFeature(rig.messages);
    QList<QPair<int, int>> acks; // (h, messages stored when the ack was read)
    server.onReceived([&](const Element &e) {
        if (e.name() == QLatin1String("a"))
            acks.append({e.attribute(QStringLiteral("h")).toInt(),
                         rig.store->count(QStringLiteral("bob@localhost"))});
    });
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY_WITH_TIMEOUT(!acks.isEmpty() && acks.last().first >= 2, 5000);
    // The disco result is stanza 1, the message stanza 2.
    QCOMPARE(acks.last().first, 2);
    for (const auto &a : std::as_const(acks)) {
        if (a.first >= 2)
            QCOMPARE(a.second, 1);
    }
}

void TestMessageFeature::reactionsAndReplies()
{
    FakeServer server;
    login(server);
    const QString phone = QStringLiteral("bob@localhost/phone");
    server.send(chat(phone, QStringLiteral("q1"), QStringLiteral("Shall we bake a cake?")))
        // XEP-0461 with a XEP-0428 fallback: the quote is not part of what bob wrote.
        .send(chat(phone, QStringLiteral("r1"), QStringLiteral("&gt; Shall we bake a cake?\nYes!"),
                   QStringLiteral("<reply xmlns='urn:xmpp:reply:0' to='bob@localhost/phone' id='q1'/>"
                                  "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
                                  "<body start='0' end='24'/></fallback>")))
        // XEP-0444: bob's set of reactions, then a smaller set replacing it.
        .send(QStringLiteral("<message from='%1' to='alice@localhost/charla' type='chat' id='x1'>"
                             "<reactions xmlns='urn:xmpp:reactions:0' id='q1'><reaction>🎂</reaction>"
                             "<reaction>👍</reaction></reactions></message>")
                  .arg(phone))
        .send(QStringLiteral("<message from='%1' to='alice@localhost/charla' type='chat' id='x2'>"
                             "<reactions xmlns='urn:xmpp:reactions:0' id='q1'><reaction>🎂</reaction>"
                             "</reactions></message>")
                  .arg(phone));
    barrier(server, QStringLiteral("b1"));
    // Our reply and our reaction as they go out.
    server
        .expect(QStringLiteral(
            "<message to='bob@localhost' type='chat' id='$m'><body>&gt; Yes!\nWith candles</body>"
            "<active xmlns='http://jabber.org/protocol/chatstates'/>"
            "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
            "<reply xmlns='urn:xmpp:reply:0' to='bob@localhost/phone' id='r1'/>"
            "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
            "<body start='0' end='7'/></fallback>"
            "<origin-id xmlns='urn:xmpp:sid:0' id='$m'/></message>"))
        .expect(QStringLiteral("<message to='bob@localhost' type='chat' id='*'>"
                               "<reactions xmlns='urn:xmpp:reactions:0' id='q1'>"
                               "<reaction>❤️</reaction></reactions>"
                               "<store xmlns='urn:xmpp:hints'/></message>"));
    QVERIFY(server.listen());
    Rig rig;
    rig.client.addFeature(rig.messages);
    QSignalSpy trust(rig.messages, &MessageFeature::stanzaIdTrustChanged);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(waitFor(trust));
    QTRY_COMPARE_WITH_TIMEOUT(rig.store->count(QStringLiteral("bob@localhost")), 2, 5000);
    QTest::qWait(200); // the reactions follow
    QList<ChatMessage> bob = rig.store->latest(QStringLiteral("bob@localhost"), 10);
    QCOMPARE(bob.size(), 2); // reactions are no messages of their own
    const ChatMessage reply = bob.at(1);
    QCOMPARE(reply.body, QStringLiteral("Yes!"));
    QCOMPARE(reply.replyToId, QStringLiteral("q1"));
    // The quote shown is the message replied to, from our store.
    QCOMPARE(reply.replyQuote, QStringLiteral("Shall we bake a cake?"));
    MessageFeature::SendOptions options;
    options.replyToId = QStringLiteral("r1");
    options.replyToFrom = phone;
    options.replyQuote = reply.body;
    const ChatMessage mine = rig.messages->send(Jid::parse(QStringLiteral("bob@localhost")),
                                                QStringLiteral("With candles"), options);
    QCOMPARE(rig.store->message(mine.id)->body, QStringLiteral("With candles"));
    QVERIFY(rig.messages->react(bob.at(0).id, {QStringLiteral("❤️")}));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    const ChatMessage cake = *rig.store->message(bob.at(0).id);
    QMap<QString, QStringList> reactions;
    for (const ChatMessage::Reaction &r : cake.reactions)
        reactions.insert(r.emoji, r.senders);
    QCOMPARE(reactions.value(QStringLiteral("🎂")), QStringList{QStringLiteral("bob@localhost")});
    QCOMPARE(reactions.value(QStringLiteral("❤️")), QStringList{QStringLiteral("alice@localhost")});
    QVERIFY(!reactions.contains(QStringLiteral("👍"))); // bob's second set replaced his first
}

QTEST_GUILESS_MAIN(TestMessageFeature)
#include "tst_messagefeature.moc"
