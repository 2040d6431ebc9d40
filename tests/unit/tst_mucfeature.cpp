// Group chat against a scripted server: what a hostile or faulty room (or someone pretending to
// be one) sends is refused, errors and removals become sentences and state, history comes from
// the archive without duplicates, and a lost room is noticed by self-ping and joined again.
#include "MucFixture.h"
#include "stanza/Delay.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

using namespace charla::test::muc;

class TestMucFeature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void joinsAndShowsOccupants();
    void groupchatFromRoomNotJoinedIsDropped();
    void carbonWrappedGroupchatIsNotAnOccupantMessage();
    void correctionFromAnotherOccupantIdIsRefused();
    void occupantIdOfStoredMessageSurvivesRestart();
    void stanzaIdTrustedOnlyFromRoomThatAdvertisesIt();
    void joinErrorsAreSentences_data();
    void joinErrorsAreSentences();
    void removalsBecomeStateAndSentences_data();
    void removalsBecomeStateAndSentences();
    void nickChangeAndConflict();
    void archiveHistoryWithoutDuplicates();
    void selfPingNoticesLostRoomAndRejoins();
    void selfPingAnswers_data();
    void selfPingAnswers();
    void selfPingWithoutAnswerAsksAgain();
    void invitationsOnlyFromWhereTheyMayComeFrom();
    void repliesNameTheRoomsStanzaId_data();
    void chatStatesInTheRoom();
    void repliesNameTheRoomsStanzaId();

private:
    std::unique_ptr<Fixture> fixture();
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestMucFeature::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

std::unique_ptr<Fixture> TestMucFeature::fixture()
{
    auto f = std::make_unique<Fixture>(m_leaf);
    f->caRef = m_ca.get();
    return f;
}


void TestMucFeature::joinsAndShowsOccupants()
{
    auto f = fixture();
    f->scriptJoin({QStringLiteral("urn:xmpp:occupant-id:0")});
    QSignalSpy joined(f->muc, &MucFeature::roomJoined);
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QCOMPARE(joined.count(), 1);
    const MucRoom *room = f->muc->room(Jid::parse(kRoom));
    QVERIFY(room);
    QVERIFY(room->isJoined());
    QCOMPARE(room->subject, QStringLiteral("Welcome"));
    QCOMPARE(room->occupants.size(), 2);
    QCOMPARE(room->ownRole, MucRole::Moderator);
    QCOMPARE(room->ownAffiliation, MucAffiliation::Owner);
    const MucOccupant *bob = f->muc->occupant(Jid::parse(kRoom), QStringLiteral("bob"));
    QVERIFY(bob);
    QCOMPARE(bob->affiliation, MucAffiliation::Member);
    QVERIFY(!bob->self);
    QVERIFY(f->muc->occupant(Jid::parse(kRoom), QStringLiteral("alice"))->self);
}

void TestMucFeature::groupchatFromRoomNotJoinedIsDropped()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server
        .send(QStringLiteral("<message type='groupchat' from='other@conference.localhost/mallory' "
                             "to='%1' id='x1'><body>forged</body></message>")
                  .arg(kMe))
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("real")));
    WAIT_SCRIPT(f);
    QVERIFY(received.wait(5000) || received.count() == 1);
    QTest::qWait(50);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().value<ChatMessage>().body, QStringLiteral("real"));
    QCOMPARE(f->store->count(QStringLiteral("other@conference.localhost")), 0);
    QCOMPARE(f->store->count(kRoom), 1);
}

void TestMucFeature::carbonWrappedGroupchatIsNotAnOccupantMessage()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server
        .send(QStringLiteral(
                  "<message from='alice@localhost' to='%1'><received xmlns='urn:xmpp:carbons:2'>"
                  "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' "
                  "type='groupchat' from='%2/bob' to='%1' id='c1'><body>carbon</body></message>"
                  "</forwarded></received></message>")
                  .arg(kMe, kRoom))
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("live")));
    WAIT_SCRIPT(f);
    QVERIFY(received.wait(5000) || received.count() == 1);
    QTest::qWait(50);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().value<ChatMessage>().body, QStringLiteral("live"));
    const QList<ChatMessage> stored = f->store->latest(kRoom, 10);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().body, QStringLiteral("live"));
}

void TestMucFeature::correctionFromAnotherOccupantIdIsRefused()
{
    auto f = fixture();
    f->scriptJoin({QStringLiteral("urn:xmpp:occupant-id:0")});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    QSignalSpy refused(f->muc, &MucFeature::refused);
    const QString replace =
        QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='m1'/>");
    f->server
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("original"),
                        occupantId(QStringLiteral("bob-oid"))))
        // Someone else now holds the nick "bob": a different occupant-id.
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m2"), QStringLiteral("forged"),
                        replace + occupantId(QStringLiteral("mallory-oid"))));
    WAIT_SCRIPT(f);
    QVERIFY(refused.wait(5000) || refused.count() == 1);
    QCOMPARE(received.count(), 1);
    QVERIFY(refused.first().at(1).toString().contains(QStringLiteral("someone else")));
    QCOMPARE(f->store->latest(kRoom, 10).first().body, QStringLiteral("original"));
    QVERIFY(!f->store->latest(kRoom, 10).first().edited);

    // The real bob, renamed, corrects it: same occupant-id, accepted.
    QSignalSpy changed(f->store.get(), &HistoryStore::messageChanged);
    f->server.send(groupchat(QStringLiteral("bobby"), QStringLiteral("m3"),
                             QStringLiteral("corrected"),
                             replace + occupantId(QStringLiteral("bob-oid"))));
    WAIT_SCRIPT(f);
    QVERIFY(changed.wait(5000) || changed.count() == 1);
    QCOMPARE(refused.count(), 1);
    const ChatMessage m = f->store->latest(kRoom, 10).first();
    QCOMPARE(m.body, QStringLiteral("corrected"));
    QVERIFY(m.edited);
}

void TestMucFeature::occupantIdOfStoredMessageSurvivesRestart()
{
    // A message stored in an earlier session (another MucFeature, nothing in memory): the
    // occupant-id kept with it still tells its sender from someone who took the nick.
    auto f = fixture();
    ChatMessage earlier;
    earlier.chat = kRoom;
    earlier.from = kRoom + QStringLiteral("/bob");
    earlier.body = QStringLiteral("from yesterday");
    earlier.messageId = QStringLiteral("y1");
    earlier.timestamp = QDateTime::currentDateTimeUtc().addDays(-1);
    earlier.occupantId = QStringLiteral("bob-oid");
    QVERIFY(f->store->add(earlier));
    // XEP-0045 7.2.14: the join asks only for what came after it.
    const QString since = Delay::formatStamp(f->store->latest(kRoom, 1).first().timestamp);
    f->scriptJoin({QStringLiteral("urn:xmpp:occupant-id:0")},
                  QStringLiteral("<history since='%1' maxstanzas='50'/>").arg(since));
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy refused(f->muc, &MucFeature::refused);
    QSignalSpy changed(f->store.get(), &HistoryStore::messageChanged);
    const QString replace =
        QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='y1'/>");
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("f1"), QStringLiteral("forged"),
                             replace + occupantId(QStringLiteral("mallory-oid"))));
    WAIT_SCRIPT(f);
    QVERIFY(refused.wait(5000) || refused.count() == 1);
    QCOMPARE(f->store->message(earlier.id)->body, QStringLiteral("from yesterday"));
    f->server.send(groupchat(QStringLiteral("bobby"), QStringLiteral("c1"),
                             QStringLiteral("from yesterday, corrected"),
                             replace + occupantId(QStringLiteral("bob-oid"))));
    WAIT_SCRIPT(f);
    QVERIFY(changed.wait(5000) || changed.count() >= 1);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(f->store->message(earlier.id)->body, QStringLiteral("from yesterday, corrected"));
}

void TestMucFeature::stanzaIdTrustedOnlyFromRoomThatAdvertisesIt()
{
    for (const bool advertised : {false, true}) {
        auto f = fixture();
        f->scriptJoin(advertised ? QStringList{QStringLiteral("urn:xmpp:sid:0")} : QStringList{});
        QVERIFY(f->connectAndJoin());
        WAIT_SCRIPT(f);
        QSignalSpy received(f->muc, &MucFeature::messageReceived);
        f->server.send(groupchat(
            QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("hello"),
            QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='forged' by='alice@localhost'/>"
                           "<stanza-id xmlns='urn:xmpp:sid:0' id='room-1' by='%1'/>")
                .arg(kRoom)));
        WAIT_SCRIPT(f);
        QVERIFY(received.wait(5000) || received.count() == 1);
        const ChatMessage m = received.first().first().value<ChatMessage>();
        QCOMPARE(m.stanzaId, advertised ? QStringLiteral("room-1") : QString());
        QCOMPARE(m.chat, kRoom);
        QCOMPARE(m.from, kRoom + QStringLiteral("/bob"));
    }
}

void TestMucFeature::joinErrorsAreSentences_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("conflict") << QStringLiteral("conflict")
                              << QStringLiteral("That nickname is already in use in room %1")
                                     .arg(kRoom);
    QTest::newRow("password") << QStringLiteral("not-authorized")
                              << QStringLiteral("Room %1 needs a password").arg(kRoom);
    QTest::newRow("banned") << QStringLiteral("forbidden")
                            << QStringLiteral("You are banned from room %1").arg(kRoom);
    QTest::newRow("members-only") << QStringLiteral("registration-required")
                                  << QStringLiteral("Room %1 is for members only").arg(kRoom);
    QTest::newRow("full") << QStringLiteral("service-unavailable")
                          << QStringLiteral("Room %1 is full").arg(kRoom);
    QTest::newRow("locked") << QStringLiteral("item-not-found")
                            << QStringLiteral("its owner is still setting it up");
}

void TestMucFeature::joinErrorsAreSentences()
{
    QFETCH(QString, condition);
    QFETCH(QString, sentence);
    auto f = fixture();
    f->server
        .expect(QStringLiteral("<iq type='get' to='%1' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>")
                    .arg(kRoom))
        .send(discoResult({}))
        .expect(QStringLiteral("<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/"
                               "muc'><history maxstanzas='50'/></x></presence>")
                    .arg(kRoom))
        .send(QStringLiteral("<presence type='error' from='%1/alice' to='%2'><error "
                             "type='cancel'><%3 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></presence>")
                  .arg(kRoom, kMe, condition));
    QVERIFY(f->server.listen());
    QSignalSpy up(&f->client, &Client::connected);
    f->client.connectToServer(charla::test::fakeServerConfig(*m_ca, f->server.port()));
    QVERIFY(up.wait(10000));
    QSignalSpy errors(f->muc, &MucFeature::roomError);
    QSignalSpy removed(f->muc, &MucFeature::roomRemoved);
    f->muc->join(Jid::parse(kRoom), QStringLiteral("alice"));
    WAIT_SCRIPT(f);
    QVERIFY(errors.wait(5000) || errors.count() == 1);
    const Error e = errors.first().at(1).value<Error>();
    QCOMPARE(e.condition, condition);
    QVERIFY2(e.text.contains(sentence), qPrintable(e.text));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::JoinFailed);
    QVERIFY(!f->muc->room(Jid::parse(kRoom)));
}

void TestMucFeature::removalsBecomeStateAndSentences_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("why");
    QTest::addColumn<QString>("sentence");
    const QString actor = QStringLiteral("<item affiliation='none' role='none'><actor "
                                         "nick='carol'/><reason>spam</reason></item>");
    QTest::newRow("kick") << actor + QStringLiteral("<status code='110'/><status code='307'/>")
                          << int(MucFeature::Removal::Kicked)
                          << QStringLiteral("You were kicked from room %1 by carol. Reason: spam")
                                 .arg(kRoom);
    QTest::newRow("ban") << QStringLiteral("<item affiliation='outcast' role='none'><actor "
                                           "nick='carol'/></item><status code='110'/>"
                                           "<status code='301'/>")
                         << int(MucFeature::Removal::Banned)
                         << QStringLiteral("You were banned from room %1 by carol.").arg(kRoom);
    QTest::newRow("membership") << QStringLiteral("<item affiliation='none' role='none'/>"
                                                  "<status code='110'/><status code='321'/>")
                                << int(MucFeature::Removal::AffiliationChanged)
                                << QStringLiteral("membership was taken away");
    QTest::newRow("members-only") << QStringLiteral("<item affiliation='none' role='none'/>"
                                                    "<status code='110'/><status code='322'/>")
                                  << int(MucFeature::Removal::MembersOnly)
                                  << QStringLiteral("it is now for members only");
    QTest::newRow("shutdown") << QStringLiteral("<item affiliation='none' role='none'/>"
                                                "<status code='110'/><status code='332'/>")
                              << int(MucFeature::Removal::Shutdown)
                              << QStringLiteral("shutting down");
    QTest::newRow("destroyed") << QStringLiteral("<item affiliation='none' role='none'/>"
                                                 "<status code='110'/><destroy "
                                                 "jid='new@conference.localhost'><reason>moved"
                                                 "</reason></destroy>")
                               << int(MucFeature::Removal::Destroyed)
                               << QStringLiteral("continues in new@conference.localhost. "
                                                 "Reason: moved");
}

void TestMucFeature::removalsBecomeStateAndSentences()
{
    QFETCH(QString, payload);
    QFETCH(int, why);
    QFETCH(QString, sentence);
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy removed(f->muc, &MucFeature::roomRemoved);
    QSignalSpy cleared(f->muc, &MucFeature::occupantsCleared);
    f->server.send(QStringLiteral("<presence type='unavailable' from='%1/alice' to='%2'><x "
                                  "xmlns='http://jabber.org/protocol/muc#user'>%3</x></presence>")
                       .arg(kRoom, kMe, payload));
    WAIT_SCRIPT(f);
    QVERIFY(removed.wait(5000) || removed.count() == 1);
    QCOMPARE(int(removed.first().at(1).value<MucFeature::Removal>()), why);
    const QString text = removed.first().at(2).toString();
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!f->muc->room(Jid::parse(kRoom)));
    // Later groupchat from the room is no longer believed.
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("late"), QStringLiteral("x")));
    WAIT_SCRIPT(f);
    QTest::qWait(100);
    QCOMPARE(received.count(), 0);
}

void TestMucFeature::nickChangeAndConflict()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    const Jid room = Jid::parse(kRoom);
    QSignalSpy errors(f->muc, &MucFeature::roomError);
    QSignalSpy renamed(f->muc, &MucFeature::occupantRenamed);
    QSignalSpy nick(f->muc, &MucFeature::nickChanged);

    // Taken: the room says conflict, we stay "alice".
    f->server.expect(QStringLiteral("<presence to='%1/bob'/>").arg(kRoom))
        .send(QStringLiteral("<presence type='error' from='%1/bob' to='%2'><error type='cancel'>"
                             "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                             "</presence>")
                  .arg(kRoom, kMe));
    f->muc->changeNick(room, QStringLiteral("bob"));
    WAIT_SCRIPT(f);
    QVERIFY(errors.wait(5000) || errors.count() == 1);
    QVERIFY(errors.first().at(1).value<Error>().text.startsWith(
        QStringLiteral("That nickname is already in use in room %1").arg(kRoom)));
    QCOMPARE(f->muc->room(room)->nick, QStringLiteral("alice"));

    // Free: XEP-0045 7.6 unavailable with 303, then the new nick's presence.
    f->server.expect(QStringLiteral("<presence to='%1/alicia'/>").arg(kRoom))
        .send(presence(QStringLiteral("alice"), QStringLiteral("owner"),
                       QStringLiteral("moderator"),
                       QStringLiteral("<status code='303'/><status code='110'/>"))
                  .replace(QStringLiteral("<item affiliation='owner' role='moderator'/>"),
                           QStringLiteral("<item affiliation='owner' role='moderator' "
                                          "nick='alicia'/>"))
                  .replace(QStringLiteral("<presence "),
                           QStringLiteral("<presence type='unavailable' ")))
        .send(presence(QStringLiteral("alicia"), QStringLiteral("owner"),
                       QStringLiteral("moderator"), QStringLiteral("<status code='110'/>")));
    f->muc->changeNick(room, QStringLiteral("alicia"));
    WAIT_SCRIPT(f);
    QVERIFY(nick.wait(5000) || nick.count() == 1);
    QCOMPARE(nick.first().at(1).toString(), QStringLiteral("alicia"));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(f->muc->room(room)->nick, QStringLiteral("alicia"));
    QVERIFY(f->muc->occupant(room, QStringLiteral("alicia")));
    QVERIFY(!f->muc->occupant(room, QStringLiteral("alice")));
    QCOMPARE(f->muc->room(room)->occupants.size(), 2);
}

void TestMucFeature::archiveHistoryWithoutDuplicates()
{
    auto f = fixture();
    f->scriptJoin({QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("urn:xmpp:sid:0")},
                  QStringLiteral("<history maxstanzas='0'/>"));
    auto result = [](const QString &id, const QString &nick, const QString &body) {
        return QStringLiteral(
                   "<message from='%1' to='%2'><result xmlns='urn:xmpp:mam:2' queryid='$q' "
                   "id='%3'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
                   "stamp='2026-11-20T10:00:0%4Z'/><message xmlns='jabber:client' "
                   "type='groupchat' from='%1/%5' id='o-%3'><body>%6</body></message>"
                   "</forwarded></result></message>")
            .arg(kRoom, kMe, id, id.right(1), nick, body);
    };
    f->server
        .expectMatching(QStringLiteral("archive query of the room"),
                        [&f](const Element &e, QString *why) {
                            const Element q = e.firstChild(QStringLiteral("query"),
                                                           QStringLiteral("urn:xmpp:mam:2"));
                            if (e.attribute(QStringLiteral("to")) != kRoom || q.isNull()) {
                                *why = QStringLiteral("not a MAM query to the room");
                                return false;
                            }
                            f->server.setVariable(QStringLiteral("q"),
                                                  q.attribute(QStringLiteral("queryid")));
                            f->server.setVariable(QStringLiteral("i"),
                                                  e.attribute(QStringLiteral("id")));
                            return true;
                        })
        .send(result(QStringLiteral("a1"), QStringLiteral("bob"), QStringLiteral("one")))
        .send(result(QStringLiteral("a2"), QStringLiteral("carol"), QStringLiteral("two")))
        // A result for a query we never made is not history.
        .send(result(QStringLiteral("a3"), QStringLiteral("eve"), QStringLiteral("forged"))
                  .replace(QStringLiteral("$q"), QStringLiteral("other-query")))
        .send(QStringLiteral("<iq type='result' id='$i' from='%1'><fin xmlns='urn:xmpp:mam:2' "
                             "complete='true'><set xmlns='http://jabber.org/protocol/rsm'><first>"
                             "a1</first><last>a2</last></set></fin></iq>")
                  .arg(kRoom));
    QSignalSpy history(f->muc, &MucFeature::historyLoaded);
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QVERIFY(history.wait(5000) || history.count() == 1);
    QCOMPARE(history.first().at(1).toInt(), 2);
    QCOMPARE(f->store->count(kRoom), 2);
    QCOMPARE(f->store->latest(kRoom, 10).last().stanzaId, QStringLiteral("a2"));

    // The same message live (same stanza-id by the room) is not stored again.
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server.send(groupchat(QStringLiteral("carol"), QStringLiteral("o-a2"),
                             QStringLiteral("two"),
                             QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='a2' by='%1'/>")
                                 .arg(kRoom)))
        .send(groupchat(QStringLiteral("carol"), QStringLiteral("o-a4"), QStringLiteral("four"),
                        QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='a4' by='%1'/>")
                            .arg(kRoom)));
    WAIT_SCRIPT(f);
    QVERIFY(received.wait(5000) || received.count() == 1);
    QTest::qWait(50);
    QCOMPARE(received.count(), 1);
    QCOMPARE(f->store->count(kRoom), 3);
}

void TestMucFeature::selfPingNoticesLostRoomAndRejoins()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy cleared(f->muc, &MucFeature::occupantsCleared);
    QSignalSpy joined(f->muc, &MucFeature::roomJoined);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("hi")));
    WAIT_SCRIPT(f);
    QVERIFY(received.wait(5000) || received.count() == 1);
    // XEP-0410: the ping goes to our own occupant JID; "not-acceptable" means we are out.
    f->server
        .expect(QStringLiteral("<iq type='get' to='%1/alice' id='$p'><ping "
                               "xmlns='urn:xmpp:ping'/></iq>")
                    .arg(kRoom))
        .send(QStringLiteral("<iq type='error' id='$p' from='%1/alice'><error type='cancel'>"
                             "<not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></iq>")
                  .arg(kRoom));
    // XEP-0045 7.2.14: back in, only the history since the newest message we have.
    f->scriptJoin({}, QStringLiteral("<history since='*' maxstanzas='50'/>"));
    f->muc->selfPingAll();
    WAIT_SCRIPT(f);
    QVERIFY(joined.wait(5000) || joined.count() == 1);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    QCOMPARE(f->muc->room(Jid::parse(kRoom))->occupants.size(), 2);
}

void TestMucFeature::selfPingAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("rejoins");
    const auto error = [](const char *type, const char *condition) {
        return QStringLiteral("<iq type='error' id='$p' from='%1/alice'><error type='%2'><%3 "
                              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")
            .arg(kRoom, QLatin1String(type), QLatin1String(condition));
    };
    // XEP-0410 3.2: what each answer means.
    QTest::newRow("result: joined")
        << QStringLiteral("<iq type='result' id='$p' from='%1/alice'/>").arg(kRoom) << false;
    QTest::newRow("our other client has no ping")
        << error("cancel", "service-unavailable") << false;
    QTest::newRow("feature-not-implemented") << error("cancel", "feature-not-implemented") << false;
    QTest::newRow("nick just changed") << error("cancel", "item-not-found") << false;
    QTest::newRow("remote-server-not-found decides nothing")
        << error("cancel", "remote-server-not-found") << false;
    QTest::newRow("remote-server-timeout decides nothing")
        << error("wait", "remote-server-timeout") << false;
    QTest::newRow("not-acceptable: not joined") << error("cancel", "not-acceptable") << true;
    QTest::newRow("not-allowed: not joined") << error("cancel", "not-allowed") << true;
    QTest::newRow("bad-request: not joined") << error("modify", "bad-request") << true;
}

void TestMucFeature::selfPingAnswers()
{
    QFETCH(QString, answer);
    QFETCH(bool, rejoins);
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy cleared(f->muc, &MucFeature::occupantsCleared);
    QSignalSpy joined(f->muc, &MucFeature::roomJoined);
    f->server
        .expect(QStringLiteral("<iq type='get' to='%1/alice' id='$p'><ping "
                               "xmlns='urn:xmpp:ping'/></iq>")
                    .arg(kRoom))
        .send(answer);
    if (rejoins)
        f->scriptJoin({}); // nothing stored: the whole recent history again
    const int before = int(f->server.received().size());
    f->muc->selfPingAll();
    WAIT_SCRIPT(f);
    if (rejoins) {
        QVERIFY(joined.wait(5000) || joined.count() == 1);
        QCOMPARE(cleared.count(), 1);
    } else {
        // Still in: nothing more is sent (no new join), the occupants stay.
        QTest::qWait(300);
        QCOMPARE(int(f->server.received().size()), before + 1);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(joined.count(), 0);
    }
    QVERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    QCOMPARE(f->muc->room(Jid::parse(kRoom))->occupants.size(), 2);
}

void TestMucFeature::selfPingWithoutAnswerAsksAgain()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy cleared(f->muc, &MucFeature::occupantsCleared);
    QSignalSpy joined(f->muc, &MucFeature::roomJoined);
    QSignalSpy notices(f->muc, &MucFeature::roomNotice);
    const QString ping = QStringLiteral("<iq type='get' to='%1/alice' id='$p'><ping "
                                        "xmlns='urn:xmpp:ping'/></iq>")
                             .arg(kRoom);
    // The room goes silent: after the interval it is pinged by the timer, not by us. The
    // first ping gets no answer at all (XEP-0410 3.2 timeout): still joined, the person is
    // told, and the ping is repeated; the second says we are out: joined again.
    f->server.expect(ping);
    f->muc->setSelfPingTimeout(300);
    f->muc->setSelfPingInterval(2000);
    WAIT_SCRIPT(f);
    QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, 2000);
    QVERIFY(notices.first().at(1).toString().contains(QStringLiteral("does not answer")));
    QVERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    QCOMPARE(cleared.count(), 0);
    f->server.expect(ping).send(
        QStringLiteral("<iq type='error' id='$p' from='%1/alice'><error type='cancel'>"
                       "<not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                       "</error></iq>")
            .arg(kRoom));
    f->scriptJoin({}); // nothing stored: the whole recent history again
    WAIT_SCRIPT(f);
    QVERIFY(joined.wait(5000) || joined.count() == 1);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    // Only one "does not answer" for the whole stretch, then the rejoin's own notice.
    QCOMPARE(notices.count(), 2);
    QVERIFY(notices.at(1).at(1).toString().contains(QStringLiteral("joining it again")));
}

void TestMucFeature::invitationsOnlyFromWhereTheyMayComeFrom()
{
    auto f = fixture();
    QVERIFY(f->server.listen());
    QSignalSpy up(&f->client, &Client::connected);
    f->client.connectToServer(charla::test::fakeServerConfig(*m_ca, f->server.port()));
    QVERIFY(up.wait(10000));
    QSignalSpy invited(f->muc, &MucFeature::invitationReceived);
    f->server
        // Mediated, but not from a room's bare JID: ignored.
        .send(QStringLiteral("<message from='mallory@localhost/x' to='%1'><x xmlns='http://"
                             "jabber.org/protocol/muc#user'><invite from='bob@localhost'/></x>"
                             "</message>")
                  .arg(kMe))
        // Mediated, from the room (XEP-0045 7.8.2).
        .send(QStringLiteral("<message from='%1' to='%2'><x xmlns='http://jabber.org/protocol/"
                             "muc#user'><invite from='bob@localhost/pc'><reason>join us</reason>"
                             "</invite><password>pw</password></x></message>")
                  .arg(kRoom, kMe))
        // Direct (XEP-0249).
        .send(QStringLiteral("<message from='carol@localhost/phone' to='%1'><x "
                             "xmlns='jabber:x:conference' jid='%2' reason='hi'/></message>")
                  .arg(kMe, kRoom));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(invited.count(), 2);
    const auto mediated = invited.at(0).first().value<MucFeature::Invitation>();
    QCOMPARE(mediated.room.full(), kRoom);
    QCOMPARE(mediated.from.full(), QStringLiteral("bob@localhost/pc"));
    QCOMPARE(mediated.reason, QStringLiteral("join us"));
    QCOMPARE(mediated.password, QStringLiteral("pw"));
    QVERIFY(!mediated.direct);
    const auto direct = invited.at(1).first().value<MucFeature::Invitation>();
    QCOMPARE(direct.room.full(), kRoom);
    QCOMPARE(direct.from.full(), QStringLiteral("carol@localhost/phone"));
    QVERIFY(direct.direct);
}

void TestMucFeature::repliesNameTheRoomsStanzaId_data()
{
    QTest::addColumn<bool>("stanzaIds");
    QTest::newRow("room gives stanza-ids") << true;
    QTest::newRow("room without stanza-ids") << false;
}

void TestMucFeature::repliesNameTheRoomsStanzaId()
{
    QFETCH(bool, stanzaIds);
    auto f = fixture();
    f->scriptJoin(stanzaIds ? QStringList{QStringLiteral("urn:xmpp:sid:0")} : QStringList{});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("bob-1"),
                             QStringLiteral("cake on friday?"),
                             QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='room-s1' "
                                            "by='%1'/>")
                                 .arg(kRoom)));
    WAIT_SCRIPT(f);
    QVERIFY(received.wait(5000) || received.count() == 1);

    // What the tab gives: the id it knows the message by (bob's own), its quote.
    MessageFeature::SendOptions options;
    options.replyToId = QStringLiteral("bob-1");
    options.replyToFrom = kRoom;
    options.replyQuote = QStringLiteral("cake on friday?");
    Element sent;
    f->server.expectMatching(QStringLiteral("the reply"), [&sent](const Element &e, QString *) {
        sent = e;
        return true;
    });
    const ChatMessage stored = f->muc->sendMessage(Jid::parse(kRoom), QStringLiteral("yes!"),
                                                   options);
    WAIT_SCRIPT(f);
    QCOMPARE(sent.attribute(QStringLiteral("type")), QStringLiteral("groupchat"));
    QCOMPARE(sent.attribute(QStringLiteral("to")), kRoom);
    const Element reply = sent.firstChild(QStringLiteral("reply"), QStringLiteral("urn:xmpp:reply:0"));
    if (stanzaIds) {
        // XEP-0461 4: the room's stanza-id, never the sender's id; the author's room JID.
        QCOMPARE(reply.attribute(QStringLiteral("id")), QStringLiteral("room-s1"));
        QCOMPARE(reply.attribute(QStringLiteral("to")), kRoom + QStringLiteral("/bob"));
        QVERIFY(!sent.firstChild(QStringLiteral("fallback"), QStringLiteral("urn:xmpp:fallback:0"))
                     .isNull());
        QCOMPARE(stored.replyToId, QStringLiteral("room-s1"));
        QCOMPARE(stored.replyQuote, QStringLiteral("cake on friday?"));
        QCOMPARE(stored.body, QStringLiteral("yes!"));
    } else {
        // "cannot be replied to": no reply element, the quote stays as text.
        QVERIFY(reply.isNull());
        QVERIFY(stored.replyToId.isEmpty());
    }
    QCOMPARE(sent.childText(QStringLiteral("body")), QStringLiteral("> cake on friday?\nyes!"));

    // Carol replies to bob by the room's stanza-id: the quote is bob's message as we have it.
    if (stanzaIds) {
        f->server.send(groupchat(QStringLiteral("carol"), QStringLiteral("carol-1"),
                                 QStringLiteral("&gt; cake?\nme too"),
                                 QStringLiteral("<reply xmlns='urn:xmpp:reply:0' to='%1/bob' "
                                                "id='room-s1'/><fallback xmlns='urn:xmpp:"
                                                "fallback:0' for='urn:xmpp:reply:0'><body "
                                                "start='0' end='8'/></fallback><stanza-id "
                                                "xmlns='urn:xmpp:sid:0' id='room-s2' by='%1'/>")
                                     .arg(kRoom)));
        WAIT_SCRIPT(f);
        QVERIFY(received.wait(5000) || received.count() == 2);
        const auto carol = received.last().first().value<ChatMessage>();
        QCOMPARE(carol.replyToId, QStringLiteral("room-s1"));
        QCOMPARE(carol.replyQuote, QStringLiteral("cake on friday?"));
        QCOMPARE(carol.body, QStringLiteral("me too"));
    }
}

void TestMucFeature::chatStatesInTheRoom()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    const Jid room = Jid::parse(kRoom);
    QSignalSpy states(f->muc, &MucFeature::occupantChatStateChanged);
    const auto standalone = [](const QString &nick, const char *state, const QString &extra = {}) {
        return QStringLiteral("<message type='groupchat' from='%1/%2' to='%3'><%4 "
                              "xmlns='http://jabber.org/protocol/chatstates'/>%5</message>")
            .arg(kRoom, nick, kMe, QLatin1String(state), extra);
    };
    // XEP-0085 5.5: bob composes; our own reflected state, a gone and an old (delayed) state
    // are not news.
    f->server.send(standalone(QStringLiteral("alice"), "composing"))
        .send(standalone(QStringLiteral("bob"), "composing"))
        .send(standalone(QStringLiteral("carol"), "gone"))
        .send(standalone(QStringLiteral("dave"), "composing",
                         QStringLiteral("<delay xmlns='urn:xmpp:delay' "
                                        "stamp='2020-01-01T00:00:00Z'/>")));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(states.count(), 1);
    QTest::qWait(100);
    QCOMPARE(states.count(), 1);
    QCOMPARE(states.first().at(1).toString(), QStringLiteral("bob"));
    QCOMPARE(f->muc->room(room)->typing, QStringList{QStringLiteral("bob")});
    // His message ends it; so does leaving.
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("b1"), QStringLiteral("done")))
        .send(standalone(QStringLiteral("carol"), "composing"))
        .send(QStringLiteral("<presence type='unavailable' from='%1/carol' to='%2'><x "
                             "xmlns='http://jabber.org/protocol/muc#user'><item "
                             "affiliation='none' role='none'/></x></presence>")
                  .arg(kRoom, kMe));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(states.count(), 4);
    QVERIFY(f->muc->room(room)->typing.isEmpty());

    // Ours: composing once (not per keystroke), only the state in the stanza; the message
    // carries active; nothing once the person turned typing notifications off.
    const QString composing = QStringLiteral("<message type='groupchat' to='%1' id='*'><composing "
                                             "xmlns='http://jabber.org/protocol/chatstates'/>"
                                             "</message>")
                                  .arg(kRoom);
    Element sent;
    f->server.expect(composing).expectMatching(QStringLiteral("the message"),
                                               [&sent](const Element &e, QString *) {
                                                   sent = e;
                                                   return true;
                                               });
    f->muc->setChatState(room, MessageFeature::ChatState::Composing);
    f->muc->setChatState(room, MessageFeature::ChatState::Composing);
    f->muc->setChatState(room, MessageFeature::ChatState::Gone);     // never in rooms
    f->muc->setChatState(room, MessageFeature::ChatState::Inactive); // not multicast
    f->muc->sendMessage(room, QStringLiteral("hello"));
    WAIT_SCRIPT(f);
    QCOMPARE(sent.childText(QStringLiteral("body")), QStringLiteral("hello"));
    QVERIFY(sent.hasChild(QStringLiteral("active"),
                          QStringLiteral("http://jabber.org/protocol/chatstates")));
    const int before = int(f->server.received().size());
    f->muc->setSendsChatStates(false);
    f->muc->setChatState(room, MessageFeature::ChatState::Composing);
    QTest::qWait(100);
    QCOMPARE(int(f->server.received().size()), before);
}

QTEST_GUILESS_MAIN(TestMucFeature)
#include "tst_mucfeature.moc"
