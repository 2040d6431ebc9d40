// The archive catch-up (XEP-0313) across broken links, against scripted servers:
//
// - openQuerySurvivesResumption: the link dies while a catch-up page is being delivered; the
//   stream is resumed (XEP-0198) on a second server, which delivers the rest of the page and
//   its <fin/>: the rest is accepted (same queryid, same archive) and the catch-up completes.
//   (Until this session, the dropped stream forgot the open query: the rest was refused as
//   unsolicited and the catch-up never finished.)
// - newSessionContinuesAfterLiveMessages: after a completed catch-up, messages come live with
//   trusted stanza-ids; the link dies and the next session is a new one: its catch-up asks for
//   what came after the last live message, not again from the old id, and places what it brings
//   after those live messages although the archive's whole-second stamps are earlier.
// - roomArchiveQuerySurvivesResumption: the same for a room's archive (XEP-0045 + XEP-0313):
//   the link dies while the room's history page is being delivered; the resumed stream brings
//   the rest and the room's history holds the whole page.
// - shortDelayKeepsStreamOrder: a message the server held for a moment since after the session
//   started (a whole-second delay) is stamped on arrival, after what came before it on the
//   stream; one held for a moment since before the session (what a lost session left, given
//   as an offline message after the initial presence, as Prosody does) goes before what this
//   session brought undelayed; one held for an hour keeps its time. (The second rule is what
//   a real run found: tst_faults_prosody's 10,000-message row, seed 3434278609, stored what
//   failed resumptions left after the live messages that overtook it.)
#include "FakeServer.h"
#include "LoginScript.h"
#include "MucFixture.h"
#include "TestCa.h"
#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace charla;
using namespace charla::test;

namespace {

const QString kDiscoNs = QStringLiteral("http://jabber.org/protocol/disco#info");
const QString kMe = QStringLiteral("alice@localhost/charla");
const QString kBob = QStringLiteral("bob@localhost/phone");

/// The client asks its own bare JID whether stanza-ids are stamped: yes.
void discoOwnJid(FakeServer &server)
{
    server
        .expect(QStringLiteral("<iq type='get' to='alice@localhost' id='$disco'>"
                               "<query xmlns='%1'/></iq>")
                    .arg(kDiscoNs))
        .send(QStringLiteral("<iq type='result' id='$disco' from='alice@localhost'>"
                             "<query xmlns='%1'><identity category='account' type='registered'/>"
                             "<feature var='urn:xmpp:sid:0'/><feature var='urn:xmpp:mam:2'/>"
                             "</query></iq>")
                  .arg(kDiscoNs));
}

/// A catch-up query for @p max results after the archive id @p after.
QString catchUpQuery(const QString &after, int max)
{
    return QStringLiteral("<iq type='set' id='$q'><query xmlns='urn:xmpp:mam:2' queryid='$qid'>"
                          "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' "
                          "type='hidden'><value>urn:xmpp:mam:2</value></field></x>"
                          "<set xmlns='http://jabber.org/protocol/rsm'><max>%2</max>"
                          "<after>%1</after></set></query></iq>")
        .arg(after)
        .arg(max);
}

/// One archive result for the open query: Bob's message @p body, archived as @p id at @p stamp.
QString result(const QString &id, const QString &body,
               const QString &stamp = QStringLiteral("2024-03-01T10:00:00Z"))
{
    return QStringLiteral("<message to='%1'><result xmlns='urn:xmpp:mam:2' queryid='$qid' id='%2'>"
                          "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
                          "stamp='%3'/><message xmlns='jabber:client' from='%4' "
                          "to='alice@localhost' type='chat' id='o-%2'><body>%5</body>"
                          "<origin-id xmlns='urn:xmpp:sid:0' id='o-%2'/></message></forwarded>"
                          "</result></message>")
        .arg(kMe, id, stamp, kBob, body);
}

QString fin(const QString &first, const QString &last)
{
    return QStringLiteral("<iq type='result' id='$q'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
                          "<set xmlns='http://jabber.org/protocol/rsm'>%1</set></fin></iq>")
        .arg(first.isEmpty()
                 ? QString()
                 : QStringLiteral("<first index='0'>%1</first><last>%2</last>").arg(first, last));
}

/// A live chat message from Bob with an origin-id, a stanza-id of the account's archive and
/// @p extra (a delay).
QString live(const QString &id, const QString &body, const QString &extra = QString())
{
    return QStringLiteral("<message from='%1' to='%2' type='chat' id='%3'><body>%4</body>"
                          "<origin-id xmlns='urn:xmpp:sid:0' id='%3'/>"
                          "<stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='S-%3'/>"
                          "%5</message>")
        .arg(kBob, kMe, id, body, extra);
}

QString delay(const QDateTime &stamp)
{
    return QStringLiteral("<delay xmlns='urn:xmpp:delay' from='localhost' stamp='%1'/>")
        .arg(stamp.toString(Qt::ISODate));
}

/// The client answers an unknown request: everything sent before it has been handled.
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

/// Now to the whole second, as an archive stamps it.
QDateTime wholeSecondsAgo(int secs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-secs);
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
}

/// A client with a history store in a temp dir, the message and archive features.
struct Rig
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MessageFeature *messages = nullptr;
    MamFeature *mam = nullptr;

    Rig()
    {
        db.openFile(dir.filePath(QStringLiteral("alice.sqlite")));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        mam = new MamFeature(messages, store.get());
        mam->setPageSize(2);
        client.addFeature(mam);
        client.addFeature(messages);
        client.setReconnectBase(10);
        // The scripts drive the acks (<r/> from the server); the client's own 100 ms <r/> on a
        // slow machine would come where the script expects its <a/>.
        client.session()->setAckRequestDelay(600000);
    }
    QStringList bodies() const
    {
        QStringList out;
        for (const ChatMessage &m : store->latest(QStringLiteral("bob@localhost"), 100))
            out.append(m.body);
        return out;
    }
};

} // namespace

class TestArchiveContinuity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openQuerySurvivesResumption_data();
    void openQuerySurvivesResumption();
    void newSessionContinuesAfterLiveMessages();
    void roomArchiveQuerySurvivesResumption();
    void shortDelayKeepsStreamOrder();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestArchiveContinuity::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestArchiveContinuity::openQuerySurvivesResumption_data()
{
    addChunkRows();
}

void TestArchiveContinuity::openQuerySurvivesResumption()
{
    QFETCH(int, chunk);
    const LoginScript withSm{QString(), true};
    FakeServer first;
    first.setChunkSize(chunk);
    first.setCertificate(m_leaf);
    withSm.addTo(first);
    first.expect(catchUpQuery(QStringLiteral("K0"), 2));
    discoOwnJid(first);
    // The first result of the page, then the link dies; the client has handled two stanzas.
    first.send(result(QStringLiteral("K1"), QStringLiteral("one")))
        .send(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .expect(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='2'/>"))
        .closeAbruptly();
    QVERIFY(first.listen());

    FakeServer second;
    second.setChunkSize(chunk);
    second.setCertificate(m_leaf);
    withSm.addResume(second, 2, 2);
    // The same stream goes on: the rest of the page and its end, for the same query.
    second
        .call([&] {
            second.setVariable(QStringLiteral("q"), first.variable(QStringLiteral("q")));
            second.setVariable(QStringLiteral("qid"), first.variable(QStringLiteral("qid")));
        })
        .send(result(QStringLiteral("K2"), QStringLiteral("two")))
        .send(fin(QStringLiteral("K1"), QStringLiteral("K2")));
    QVERIFY(second.listen());

    Rig rig;
    rig.store->setLastArchiveId(QStringLiteral("K0"));
    QSignalSpy finished(rig.mam, &MamFeature::catchUpFinished);
    QSignalSpy rejected(rig.mam, &MamFeature::resultRejected);
    QSignalSpy connected(&rig.client, &Client::connected);
    connect(&rig.client, &Client::reconnecting, &rig.client,
            [&] { rig.client.session()->setConfig(fakeServerConfig(*m_ca, second.port())); });
    rig.client.connectToServer(fakeServerConfig(*m_ca, first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    QVERIFY(finished.size() == 1 || finished.wait(5000));

    QCOMPARE(connected.size(), 2);
    QCOMPARE(connected.at(1).first().toBool(), true); // resumed, not a new session
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(rig.bodies(), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(rig.store->lastArchiveId(), QStringLiteral("K2"));
    QCOMPARE(rig.mam->openQueries(), 0);
}

void TestArchiveContinuity::newSessionContinuesAfterLiveMessages()
{
    FakeServer first;
    first.setCertificate(m_leaf);
    LoginScript{}.addTo(first);
    first.expect(catchUpQuery(QStringLiteral("K0"), 2));
    discoOwnJid(first);
    // Nothing new in the archive: caught up. Then two messages come live.
    first.send(fin(QString(), QString()));
    barrier(first, QStringLiteral("b1"));
    first.send(live(QStringLiteral("L1"), QStringLiteral("live one")))
        .send(live(QStringLiteral("L2"), QStringLiteral("live two")));
    barrier(first, QStringLiteral("b2"));
    first.closeAbruptly();
    QVERIFY(first.listen());

    // A new session (no stream management): what was archived while the link was down comes
    // from the archive, after the last live message's archive id. Its stamp is a whole second
    // before the live messages arrived, as an archive stamps a message that came meanwhile.
    const QString earlier = wholeSecondsAgo(1).toString(Qt::ISODate);
    FakeServer second;
    second.setCertificate(m_leaf);
    LoginScript{}.addTo(second);
    second.expect(catchUpQuery(QStringLiteral("S-L2"), 2));
    discoOwnJid(second);
    second.send(result(QStringLiteral("K3"), QStringLiteral("missed"), earlier))
        .send(fin(QStringLiteral("K3"), QStringLiteral("K3")));
    QVERIFY(second.listen());

    Rig rig;
    rig.store->setLastArchiveId(QStringLiteral("K0"));
    QSignalSpy finished(rig.mam, &MamFeature::catchUpFinished);
    QSignalSpy connected(&rig.client, &Client::connected);
    connect(&rig.client, &Client::reconnecting, &rig.client,
            [&] { rig.client.session()->setConfig(fakeServerConfig(*m_ca, second.port())); });
    rig.client.connectToServer(fakeServerConfig(*m_ca, first.port()));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    while (finished.size() < 2 && finished.wait(5000)) {
    }

    QCOMPARE(connected.size(), 2);
    QCOMPARE(connected.at(1).first().toBool(), false);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).first().toInt(), 1);
    // In the archive's order, not by the stamps' whole seconds.
    QCOMPARE(rig.bodies(), QStringList({QStringLiteral("live one"), QStringLiteral("live two"),
                                        QStringLiteral("missed")}));
    QCOMPARE(rig.store->lastArchiveId(), QStringLiteral("K3"));
}

void TestArchiveContinuity::roomArchiveQuerySurvivesResumption()
{
    const QString room = muc::kRoom;
    const auto roomResult = [&room](const QString &id, const QString &nick, const QString &body) {
        return QStringLiteral(
                   "<message from='%1' to='%2'><result xmlns='urn:xmpp:mam:2' queryid='$q' "
                   "id='%3'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
                   "stamp='2026-11-20T10:00:0%4Z'/><message xmlns='jabber:client' "
                   "type='groupchat' from='%1/%5' id='o-%3'><body>%6</body></message>"
                   "</forwarded></result></message>")
            .arg(room, kMe, id, id.right(1), nick, body);
    };
    const LoginScript withSm{QString(), true};
    FakeServer first;
    first.setCertificate(m_leaf);
    withSm.addTo(first);
    // The join (XEP-0045 7.2) of a room with an archive: no <history/> replay, the archive.
    first
        .expect(QStringLiteral("<iq type='get' to='%1' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>")
                    .arg(room))
        .send(muc::discoResult({QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("urn:xmpp:sid:0")}))
        .expect(QStringLiteral("<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/muc'>"
                               "<history maxstanzas='0'/></x></presence>")
                    .arg(room))
        .send(muc::presence(QStringLiteral("bob"), QStringLiteral("member"),
                            QStringLiteral("participant")))
        .send(muc::presence(QStringLiteral("alice"), QStringLiteral("owner"),
                            QStringLiteral("moderator"), QStringLiteral("<status code='110'/>")))
        .send(QStringLiteral("<message type='groupchat' from='%1/bob' to='%2'>"
                             "<subject>Welcome</subject></message>")
                  .arg(room, kMe))
        .expectMatching(QStringLiteral("archive query of the room"),
                        [&first, &room](const Element &e, QString *why) {
                            const Element q = e.firstChild(QStringLiteral("query"),
                                                           QStringLiteral("urn:xmpp:mam:2"));
                            if (e.attribute(QStringLiteral("to")) != room || q.isNull()) {
                                *why = QStringLiteral("not a MAM query to the room");
                                return false;
                            }
                            first.setVariable(QStringLiteral("q"),
                                              q.attribute(QStringLiteral("queryid")));
                            first.setVariable(QStringLiteral("i"),
                                              e.attribute(QStringLiteral("id")));
                            return true;
                        })
        // The first result of the page, then the link dies; the client has handled five
        // stanzas (disco result, two presences, subject, result).
        .send(roomResult(QStringLiteral("a1"), QStringLiteral("bob"), QStringLiteral("one")))
        .send(QStringLiteral("<r xmlns='urn:xmpp:sm:3'/>"))
        .expect(QStringLiteral("<a xmlns='urn:xmpp:sm:3' h='5'/>"))
        .closeAbruptly();
    QVERIFY(first.listen());

    FakeServer second;
    second.setCertificate(m_leaf);
    withSm.addResume(second, 5, 3);
    second
        .call([&] {
            second.setVariable(QStringLiteral("q"), first.variable(QStringLiteral("q")));
            second.setVariable(QStringLiteral("i"), first.variable(QStringLiteral("i")));
        })
        // XEP-0410: after a resumption the client checks it is still in the room.
        .expect(QStringLiteral("<iq type='get' to='%1/alice' id='$p'>"
                               "<ping xmlns='urn:xmpp:ping'/></iq>")
                    .arg(room))
        .send(QStringLiteral("<iq type='result' id='$p' from='%1/alice'/>").arg(room))
        // The same stream goes on: the rest of the page and its end, for the same query.
        .send(roomResult(QStringLiteral("a2"), QStringLiteral("carol"), QStringLiteral("two")))
        .send(QStringLiteral("<iq type='result' id='$i' from='%1'><fin xmlns='urn:xmpp:mam:2' "
                             "complete='true'><set xmlns='http://jabber.org/protocol/rsm'><first>"
                             "a1</first><last>a2</last></set></fin></iq>")
                  .arg(room));
    QVERIFY(second.listen());

    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.openFile(dir.filePath(QStringLiteral("alice.sqlite"))));
    HistoryStore store(&db);
    Client client;
    client.addFeature(new DiscoInfoFeature);
    auto *rooms = new MucFeature(&store);
    client.addFeature(rooms);
    client.setReconnectBase(10);
    client.session()->setAckRequestDelay(600000); // the script drives the acks, as in Rig
    QSignalSpy history(rooms, &MucFeature::historyLoaded);
    QSignalSpy connected(&client, &Client::connected);
    connect(&client, &Client::reconnecting, &client,
            [&] { client.session()->setConfig(fakeServerConfig(*m_ca, second.port())); });
    client.connectToServer(fakeServerConfig(*m_ca, first.port()));
    QVERIFY(connected.wait(10000));
    rooms->join(Jid::parse(room), QStringLiteral("alice"));
    QVERIFY2(first.waitForScript(10000), qPrintable(first.failures().join(u'\n')));
    QVERIFY2(second.waitForScript(10000), qPrintable(second.failures().join(u'\n')));
    QVERIFY(history.size() == 1 || history.wait(5000));

    QCOMPARE(connected.size(), 2);
    QCOMPARE(connected.at(1).first().toBool(), true); // resumed, not a new session
    QCOMPARE(history.first().at(1).toInt(), 2);
    QCOMPARE(store.count(room), 2);
    QCOMPARE(store.latest(room, 10).last().stanzaId, QStringLiteral("a2"));
}

void TestArchiveContinuity::shortDelayKeepsStreamOrder()
{
    const QDateTime anHourAgo = wholeSecondsAgo(3600);
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(catchUpQuery(QStringLiteral("K0"), 2));
    discoOwnJid(server);
    server.send(fin(QString(), QString()));
    barrier(server, QStringLiteral("b1"));
    server.send(live(QStringLiteral("A"), QStringLiteral("first")));
    barrier(server, QStringLiteral("b2"));
    // Held since before this session began (an offline message, after the live one that
    // overtook it): its place is before "first". Then one the server held for an hour, and
    // one it stamps after the session began (a server clock a little ahead would do that too):
    // that one was held for a moment while "first" came, and goes after it.
    const QDateTime later = wholeSecondsAgo(-3);
    server.send(live(QStringLiteral("B"), QStringLiteral("held from before"), delay(wholeSecondsAgo(1))))
        .send(live(QStringLiteral("C"), QStringLiteral("from an hour ago"), delay(anHourAgo)))
        .send(live(QStringLiteral("D"), QStringLiteral("held since"), delay(later)));
    barrier(server, QStringLiteral("b3"));
    QVERIFY(server.listen());

    Rig rig;
    rig.store->setLastArchiveId(QStringLiteral("K0"));
    rig.client.setAutoReconnect(false);
    rig.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));

    const QList<ChatMessage> stored = rig.store->latest(QStringLiteral("bob@localhost"), 10);
    QCOMPARE(rig.bodies(), QStringList({QStringLiteral("from an hour ago"),
                                        QStringLiteral("held from before"), QStringLiteral("first"),
                                        QStringLiteral("held since")}));
    QCOMPARE(stored.at(0).timestamp, anHourAgo);
    // Placed just before "first", not at its whole-second stamp (which could be before what
    // the last session stored) nor after it; "held since" is stamped on arrival, not ahead.
    QCOMPARE(stored.at(1).timestamp, stored.at(2).timestamp.addMSecs(-1));
    QVERIFY(stored.at(3).timestamp >= stored.at(2).timestamp);
    QVERIFY(stored.at(3).timestamp < later);
}

QTEST_GUILESS_MAIN(TestArchiveContinuity)
#include "tst_archivecontinuity.moc"
