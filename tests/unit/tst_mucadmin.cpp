// Group chat requests and what comes back, against a scripted room: moderation (XEP-0045 8/9
// admin items, XEP-0425 where the room supports it), the configuration form (XEP-0045 10.2),
// private messages (XEP-0045 7.5), the room's own join history stored once, and occupant-ids
// kept per occupant across a nick change.
#include "MucFixture.h"

#include <QTest>

using namespace charla;
using namespace charla::test::muc;
using charla::test::TestCa;

class TestMucAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void adminRequests_data();
    void adminRequests();
    void refusedRequestIsASentence();
    void configurationForm();
    void moderation();
    void privateMessages();
    void joinHistoryStoredOnce();
    void occupantIdFollowsNickChange();
    void retractionOnlyBySender();

private:
    std::unique_ptr<Fixture> joined(const QStringList &features = {});
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestMucAdmin::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

std::unique_ptr<Fixture> TestMucAdmin::joined(const QStringList &features)
{
    auto f = std::make_unique<Fixture>(m_leaf);
    f->caRef = m_ca.get();
    f->scriptJoin(features);
    if (!f->connectAndJoin() || !f->server.waitForScript(10000))
        return nullptr;
    return f;
}

void TestMucAdmin::adminRequests_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("item");
    QTest::newRow("kick") << QStringLiteral("kick")
                          << QStringLiteral("<item nick='bob' role='none'><reason>spam</reason>"
                                            "</item>");
    QTest::newRow("revoke voice") << QStringLiteral("visitor")
                                  << QStringLiteral("<item nick='bob' role='visitor'><reason>"
                                                    "spam</reason></item>");
    QTest::newRow("grant voice") << QStringLiteral("participant")
                                 << QStringLiteral("<item nick='bob' role='participant'><reason>"
                                                   "spam</reason></item>");
    QTest::newRow("ban") << QStringLiteral("ban")
                         << QStringLiteral("<item jid='bob@localhost' affiliation='outcast'>"
                                           "<reason>spam</reason></item>");
    QTest::newRow("member") << QStringLiteral("member")
                            << QStringLiteral("<item jid='bob@localhost' affiliation='member'>"
                                              "<reason>spam</reason></item>");
    QTest::newRow("admin") << QStringLiteral("admin")
                           << QStringLiteral("<item jid='bob@localhost' affiliation='admin'>"
                                             "<reason>spam</reason></item>");
    QTest::newRow("owner") << QStringLiteral("owner")
                           << QStringLiteral("<item jid='bob@localhost' affiliation='owner'>"
                                             "<reason>spam</reason></item>");
}

void TestMucAdmin::adminRequests()
{
    QFETCH(QString, action);
    QFETCH(QString, item);
    auto f = joined();
    QVERIFY(f);
    f->server
        .expect(QStringLiteral("<iq type='set' to='%1' id='$a'><query xmlns='http://jabber.org/"
                               "protocol/muc#admin'>%2</query></iq>")
                    .arg(kRoom, item))
        .send(QStringLiteral("<iq type='result' id='$a' from='%1'/>").arg(kRoom));
    const Jid room = Jid::parse(kRoom);
    const Jid bob = Jid::parse(QStringLiteral("bob@localhost/phone")); // sent bare
    const QString reason = QStringLiteral("spam");
    bool done = false;
    Error error;
    auto cb = [&](const Error &e) {
        error = e;
        done = true;
    };
    if (action == QLatin1String("kick"))
        f->muc->kick(room, QStringLiteral("bob"), reason, this, cb);
    else if (action == QLatin1String("visitor"))
        f->muc->setRole(room, QStringLiteral("bob"), MucRole::Visitor, reason, this, cb);
    else if (action == QLatin1String("participant"))
        f->muc->setRole(room, QStringLiteral("bob"), MucRole::Participant, reason, this, cb);
    else if (action == QLatin1String("ban"))
        f->muc->ban(room, bob, reason, this, cb);
    else if (action == QLatin1String("member"))
        f->muc->setAffiliation(room, bob, MucAffiliation::Member, reason, this, cb);
    else if (action == QLatin1String("admin"))
        f->muc->setAffiliation(room, bob, MucAffiliation::Admin, reason, this, cb);
    else
        f->muc->setAffiliation(room, bob, MucAffiliation::Owner, reason, this, cb);
    WAIT_SCRIPT(f);
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
}

void TestMucAdmin::refusedRequestIsASentence()
{
    auto f = joined();
    QVERIFY(f);
    f->server.expect(QStringLiteral("<iq type='set' to='%1' id='$a'><query xmlns='http://"
                                    "jabber.org/protocol/muc#admin'><item nick='bob' "
                                    "role='none'/></query></iq>")
                         .arg(kRoom))
        .send(QStringLiteral("<iq type='error' id='$a' from='%1'><error type='auth'><forbidden "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")
                  .arg(kRoom));
    Error error;
    bool done = false;
    f->muc->kick(Jid::parse(kRoom), QStringLiteral("bob"), QString(), this, [&](const Error &e) {
        error = e;
        done = true;
    });
    WAIT_SCRIPT(f);
    QTRY_VERIFY(done);
    QCOMPARE(error.condition, QStringLiteral("forbidden"));
    QCOMPARE(error.text, QStringLiteral("You are not allowed to do that in room %1.").arg(kRoom));
}

void TestMucAdmin::configurationForm()
{
    auto f = joined();
    QVERIFY(f);
    f->server
        .expect(QStringLiteral("<iq type='get' to='%1' id='$c'><query xmlns='http://jabber.org/"
                               "protocol/muc#owner'/></iq>")
                    .arg(kRoom))
        .send(QStringLiteral(
                  "<iq type='result' id='$c' from='%1'><query xmlns='http://jabber.org/protocol/"
                  "muc#owner'><x xmlns='jabber:x:data' type='form'><title>Configure</title>"
                  "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/"
                  "muc#roomconfig</value></field><field var='muc#roomconfig_roomname' "
                  "type='text-single' label='Name'><value>Old</value></field><field "
                  "var='muc#roomconfig_membersonly' type='boolean'><value>0</value></field>"
                  "<field type='fixed'><value>Note</value></field></x></query></iq>")
                  .arg(kRoom));
    DataForm form;
    bool got = false;
    f->muc->requestConfiguration(Jid::parse(kRoom), this, [&](const DataForm &d, const Error &e) {
        QVERIFY(!e.isError());
        form = d;
        got = true;
    });
    WAIT_SCRIPT(f);
    QTRY_VERIFY(got);
    QCOMPARE(form.value(QStringLiteral("muc#roomconfig_roomname")), QStringLiteral("Old"));
    QVERIFY(form.setValue(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Nueva")));
    QVERIFY(form.setValue(QStringLiteral("muc#roomconfig_membersonly"), QStringLiteral("1")));
    // Only the values go back (XEP-0004 3.1), in a submit form.
    f->server
        .expect(QStringLiteral(
                    "<iq type='set' to='%1' id='$s'><query xmlns='http://jabber.org/protocol/"
                    "muc#owner'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'>"
                    "<value>http://jabber.org/protocol/muc#roomconfig</value>"
                    "</field><field var='muc#roomconfig_roomname'><value>Nueva</value></field>"
                    "<field var='muc#roomconfig_membersonly'><value>1</value></field></x>"
                    "</query></iq>")
                    .arg(kRoom))
        .send(QStringLiteral("<iq type='result' id='$s' from='%1'/>").arg(kRoom));
    bool submitted = false;
    f->muc->submitConfiguration(Jid::parse(kRoom), form, this, [&](const Error &e) {
        QVERIFY(!e.isError());
        submitted = true;
    });
    WAIT_SCRIPT(f);
    QTRY_VERIFY(submitted);
}

void TestMucAdmin::moderation()
{
    // Without urn:xmpp:message-moderate:1 nothing is sent, and the caller learns why.
    {
        auto f = joined({QStringLiteral("urn:xmpp:sid:0")});
        QVERIFY(f);
        Error error;
        f->muc->moderateMessage(Jid::parse(kRoom), QStringLiteral("s1"), QString(), this,
                                [&](const Error &e) { error = e; });
        QCOMPARE(error.kind, Error::Policy);
        QVERIFY(error.text.contains(QStringLiteral("does not support removing messages")));
    }
    auto f = joined({QStringLiteral("urn:xmpp:sid:0"),
                     QStringLiteral("urn:xmpp:message-moderate:1")});
    QVERIFY(f);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    const QString sid = QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='%2' by='%1'/>");
    f->server
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("spam!"),
                        sid.arg(kRoom, QStringLiteral("s1"))))
        .send(groupchat(QStringLiteral("carol"), QStringLiteral("m2"), QStringLiteral("fine"),
                        sid.arg(kRoom, QStringLiteral("s2"))));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(received.count(), 2);
    f->server
        .expect(QStringLiteral("<iq type='set' to='%1' id='$m'><moderate id='s1' "
                               "xmlns='urn:xmpp:message-moderate:1'><retract "
                               "xmlns='urn:xmpp:message-retract:1'/><reason>Spam</reason>"
                               "</moderate></iq>")
                    .arg(kRoom))
        // An occupant cannot moderate (XEP-0425 6: only the room itself).
        .send(QStringLiteral("<message type='groupchat' from='%1/mallory' to='%2'><retract "
                             "id='s2' xmlns='urn:xmpp:message-retract:1'><moderated by='x' "
                             "xmlns='urn:xmpp:message-moderate:1'/></retract></message>")
                  .arg(kRoom, kMe))
        .send(QStringLiteral("<message type='groupchat' from='%1' to='%2'><retract id='s1' "
                             "xmlns='urn:xmpp:message-retract:1'><moderated by='%1/alice' "
                             "xmlns='urn:xmpp:message-moderate:1'/><reason>Spam</reason>"
                             "</retract></message>")
                  .arg(kRoom, kMe))
        .send(QStringLiteral("<iq type='result' id='$m' from='%1'/>").arg(kRoom));
    bool done = false;
    f->muc->moderateMessage(Jid::parse(kRoom), QStringLiteral("s1"), QStringLiteral("Spam"), this,
                            [&](const Error &e) {
                                QVERIFY(!e.isError());
                                done = true;
                            });
    WAIT_SCRIPT(f);
    QTRY_VERIFY(done);
    const QList<ChatMessage> stored = f->store->latest(kRoom, 10);
    QCOMPARE(stored.size(), 2);
    QVERIFY(stored.at(0).retracted);
    QVERIFY(stored.at(0).body.isEmpty());
    QVERIFY(!stored.at(1).retracted);
    QCOMPARE(stored.at(1).body, QStringLiteral("fine"));
}

void TestMucAdmin::privateMessages()
{
    auto f = joined();
    QVERIFY(f);
    QSignalSpy pm(f->muc, &MucFeature::privateMessageReceived);
    QSignalSpy room(f->muc, &MucFeature::messageReceived);
    f->server.send(QStringLiteral("<message type='chat' from='%1/bob' to='%2' id='p1'><body>"
                                  "psst</body><x xmlns='http://jabber.org/protocol/muc#user'/>"
                                  "</message>")
                       .arg(kRoom, kMe));
    WAIT_SCRIPT(f);
    QVERIFY(pm.wait(5000) || pm.count() == 1);
    const ChatMessage in = pm.first().first().value<ChatMessage>();
    QCOMPARE(in.chat, kRoom + QStringLiteral("/bob")); // its own conversation
    QCOMPARE(in.body, QStringLiteral("psst"));
    QCOMPARE(room.count(), 0);
    QCOMPARE(f->store->count(kRoom), 0);
    // XEP-0045 7.5: ours goes to the occupant JID, type chat, marked as a MUC private message.
    f->server.expect(QStringLiteral("<message to='%1/bob' type='chat' id='$i'><body>hola</body>"
                                    "<origin-id xmlns='urn:xmpp:sid:0' id='$i'/><x "
                                    "xmlns='http://jabber.org/protocol/muc#user'/></message>")
                         .arg(kRoom));
    const ChatMessage out =
        f->muc->sendPrivateMessage(Jid::parse(kRoom + QStringLiteral("/bob")), QStringLiteral("hola"));
    WAIT_SCRIPT(f);
    QCOMPARE(out.chat, kRoom + QStringLiteral("/bob"));
    QCOMPARE(f->store->count(kRoom + QStringLiteral("/bob")), 2);
}

void TestMucAdmin::joinHistoryStoredOnce()
{
    auto f = std::make_unique<Fixture>(m_leaf);
    f->caRef = m_ca.get();
    const QString history = QStringLiteral(
        "<message type='groupchat' from='%1/%3' to='%2' id='%4'><body>%5</body><delay "
        "xmlns='urn:xmpp:delay' from='%1' stamp='2026-11-20T09:00:0%6Z'/></message>");
    f->scriptJoin({});
    // The scripted subject already ended the history above; script a second room life: leave
    // out, rejoin with history before the subject.
    QVERIFY(f->connectAndJoin());
    WAIT_SCRIPT(f);
    QSignalSpy loaded(f->muc, &MucFeature::historyLoaded);
    QSignalSpy received(f->muc, &MucFeature::messageReceived);
    f->server
        .expect(QStringLiteral("<iq type='get' to='%1/alice' id='$p'><ping "
                               "xmlns='urn:xmpp:ping'/></iq>")
                    .arg(kRoom))
        .send(QStringLiteral("<iq type='error' id='$p' from='%1/alice'><error type='cancel'>"
                             "<not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></iq>")
                  .arg(kRoom))
        .expect(QStringLiteral("<iq type='get' to='%1' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>")
                    .arg(kRoom))
        .send(discoResult({}))
        .expect(QStringLiteral("<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/"
                               "muc'><history maxstanzas='50'/></x></presence>")
                    .arg(kRoom))
        .send(presence(QStringLiteral("alice"), QStringLiteral("owner"),
                       QStringLiteral("moderator"), QStringLiteral("<status code='110'/>")))
        .send(history.arg(kRoom, kMe, QStringLiteral("bob"), QStringLiteral("h1"),
                          QStringLiteral("old one"), QStringLiteral("1")))
        .send(history.arg(kRoom, kMe, QStringLiteral("carol"), QStringLiteral("h2"),
                          QStringLiteral("old two"), QStringLiteral("2")))
        .send(history.arg(kRoom, kMe, QStringLiteral("bob"), QStringLiteral("h1"),
                          QStringLiteral("old one"), QStringLiteral("1"))) // a repeat
        .send(QStringLiteral("<message type='groupchat' from='%1/bob' to='%2'><subject>Hi"
                             "</subject></message>")
                  .arg(kRoom, kMe));
    f->muc->selfPingAll();
    WAIT_SCRIPT(f);
    QVERIFY(loaded.wait(5000) || loaded.count() == 1);
    QCOMPARE(loaded.first().at(1).toInt(), 2);
    QCOMPARE(received.count(), 2);
    QCOMPARE(f->store->count(kRoom), 2);
    const QList<ChatMessage> stored = f->store->latest(kRoom, 10);
    QCOMPARE(stored.first().timestamp, QDateTime::fromString(QStringLiteral("2026-11-20T09:00:01Z"),
                                                             Qt::ISODate));
}

void TestMucAdmin::occupantIdFollowsNickChange()
{
    auto f = joined({QStringLiteral("urn:xmpp:occupant-id:0")});
    QVERIFY(f);
    const Jid room = Jid::parse(kRoom);
    f->server
        .send(QStringLiteral("<presence from='%1/dan' to='%2'>%3<x xmlns='http://jabber.org/"
                             "protocol/muc#user'><item affiliation='none' role='participant'/>"
                             "</x></presence>")
                  .arg(kRoom, kMe, occupantId(QStringLiteral("dan-oid"))))
        .send(QStringLiteral("<presence type='unavailable' from='%1/dan' to='%2'>%3<x "
                             "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                             "role='participant' nick='daniel'/><status code='303'/></x>"
                             "</presence>")
                  .arg(kRoom, kMe, occupantId(QStringLiteral("dan-oid"))))
        .send(QStringLiteral("<presence from='%1/daniel' to='%2'>%3<x xmlns='http://jabber.org/"
                             "protocol/muc#user'><item affiliation='none' role='participant'/>"
                             "</x></presence>")
                  .arg(kRoom, kMe, occupantId(QStringLiteral("dan-oid"))));
    QSignalSpy renamed(f->muc, &MucFeature::occupantRenamed);
    WAIT_SCRIPT(f);
    QTRY_VERIFY(f->muc->occupant(room, QStringLiteral("daniel")));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(f->muc->occupant(room, QStringLiteral("daniel"))->occupantId, QStringLiteral("dan-oid"));
    QVERIFY(!f->muc->occupant(room, QStringLiteral("dan")));
}

void TestMucAdmin::retractionOnlyBySender()
{
    auto f = joined({QStringLiteral("urn:xmpp:sid:0"), QStringLiteral("urn:xmpp:occupant-id:0")});
    QVERIFY(f);
    QSignalSpy refused(f->muc, &MucFeature::refused);
    QSignalSpy changed(f->store.get(), &HistoryStore::messageChanged);
    const QString sid = QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='%1'/>")
                            .arg(kRoom);
    const QString retract =
        QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1' id='s1'/>");
    f->server
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"), QStringLiteral("oops"),
                        sid + occupantId(QStringLiteral("bob-oid"))))
        // Someone else (another occupant-id) under bob's nick: refused.
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m2"), QString(),
                        retract + occupantId(QStringLiteral("eve-oid")))
                  .replace(QStringLiteral("<body></body>"), QString()))
        // bob himself: accepted.
        .send(groupchat(QStringLiteral("bob"), QStringLiteral("m3"), QString(),
                        retract + occupantId(QStringLiteral("bob-oid")))
                  .replace(QStringLiteral("<body></body>"), QString()));
    WAIT_SCRIPT(f);
    QVERIFY(changed.wait(5000) || changed.count() == 1);
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().at(1).toString().contains(QStringLiteral("someone else's message")));
    const ChatMessage m = f->store->latest(kRoom, 10).first();
    QVERIFY(m.retracted);
    QCOMPARE(f->store->count(kRoom), 1);
}

QTEST_GUILESS_MAIN(TestMucAdmin)
#include "tst_mucadmin.moc"
