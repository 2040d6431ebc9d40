// Group chat against a real Prosody (its MUC component with muc_mam) and three clients: a room is
// created and configured through its form (members-only, persistent), members are invited both
// ways and join, talk, change nick and subject, are kicked and banned; a rejoin fetches what was
// missed from the room's archive without storing anything twice. charla-cli joins and sends.
#include "ProsodyFixture.h"
#include "features/BookmarksFeature.h"
#include "features/CoreFeatures.h"
#include "features/DiscoInfoFeature.h"
#include "features/MucFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
const QString kRoom = QStringLiteral("team@conference.localhost");

/// One account: a Client with the core features, MucFeature and its own history store.
struct Peer
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MucFeature *muc = nullptr;
    BookmarksFeature *bookmarks = nullptr;

    Peer()
    {
        QString error;
        if (!db.openFile(dir.filePath(QStringLiteral("h.sqlite")), &error))
            qFatal("cannot open: %s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        installCoreFeatures(client);
        muc = new MucFeature(store.get());
        client.addFeature(muc);
        bookmarks = new BookmarksFeature(muc);
        client.addFeature(bookmarks);
        client.setAutoReconnect(false);
    }
    QStringList bodies() const
    {
        QStringList out;
        for (const ChatMessage &m : store->latest(kRoom, 1000))
            out.append(m.body);
        return out;
    }
};

bool waitFor(QSignalSpy &spy, int count = 1, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (spy.count() < count && t.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
    return spy.count() >= count;
}
} // namespace

class TestMucProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roomLifecycle();
    void cliJoinAndSend();
    void bookmarksSyncAndAutojoin();

private:
    SessionConfig config(const QString &user) const;
    bool login(Peer &peer, const QString &user);
    /// Joins kRoom; true once joined (the error's text in @p error otherwise).
    bool join(Peer &peer, const QString &nick, QString *error = nullptr);

    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
};

void TestMucProsody::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    for (const char *u : {"ana", "ben", "cat", "cli"})
        QVERIFY(m_prosody.createAccount(QString::fromLatin1(u),
                                        QString::fromLatin1(u) + QStringLiteral("-pw")));
}

SessionConfig TestMucProsody::config(const QString &user) const
{
    SessionConfig c;
    c.jid = user + QStringLiteral("@localhost");
    c.password = user + QStringLiteral("-pw");
    c.host = m_prosody.host();
    c.port = m_prosody.c2sPort();
    c.caCertificates = QSslCertificate::fromPath(m_prosody.caFile());
    return c;
}

bool TestMucProsody::login(Peer &peer, const QString &user)
{
    QSignalSpy up(&peer.client, &Client::connected);
    peer.client.connectToServer(config(user));
    if (!up.wait(15000))
        return false;
    // RFC 6121 4.2: available, so what is sent to the bare JID (invitations) reaches us.
    // With caps (XEP-0115), so the server knows which PEP notifications we want (+notify).
    Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
    for (Feature *f : peer.client.features())
        f->decorateOwnPresence(presence);
    peer.client.send(presence);
    return true;
}

bool TestMucProsody::join(Peer &peer, const QString &nick, QString *error)
{
    if (error)
        error->clear();
    QSignalSpy joined(peer.muc, &MucFeature::roomJoined);
    QSignalSpy failed(peer.muc, &MucFeature::roomError);
    peer.muc->join(Jid::parse(kRoom), nick);
    QElapsedTimer t;
    t.start();
    while (joined.isEmpty() && failed.isEmpty() && t.elapsed() < 15000)
        joined.wait(200);
    if (!failed.isEmpty() && error)
        *error = failed.first().at(1).value<Error>().text;
    return !joined.isEmpty();
}

void TestMucProsody::roomLifecycle()
{
    Peer ana, ben, cat;
    QVERIFY(login(ana, QStringLiteral("ana")));
    QVERIFY(login(ben, QStringLiteral("ben")));
    QVERIFY(login(cat, QStringLiteral("cat")));
    const Jid room = Jid::parse(kRoom);

    // --- Creation (XEP-0045 10.1): the first occupant gets 201 and owns the room. -------------
    QSignalSpy created(ana.muc, &MucFeature::roomJoined);
    QVERIFY(join(ana, QStringLiteral("Ana")));
    QCOMPARE(created.first().at(1).toBool(), true);
    QCOMPARE(ana.muc->room(room)->ownAffiliation, MucAffiliation::Owner);

    // --- Configuration through the room's form (XEP-0045 10.2). ------------------------------
    DataForm form;
    Error formError;
    bool gotForm = false;
    ana.muc->requestConfiguration(room, this, [&](const DataForm &f, const Error &e) {
        form = f;
        formError = e;
        gotForm = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gotForm, 10000);
    QVERIFY2(!formError.isError(), qPrintable(formError.text));
    QVERIFY(form.field(QStringLiteral("muc#roomconfig_membersonly")));
    QVERIFY(form.field(QStringLiteral("muc#roomconfig_persistentroom")));
    QVERIFY(form.setValue(QStringLiteral("muc#roomconfig_membersonly"), QStringLiteral("1")));
    QVERIFY(form.setValue(QStringLiteral("muc#roomconfig_persistentroom"), QStringLiteral("1")));
    QVERIFY(form.setValue(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("El equipo")));
    if (form.field(QStringLiteral("muc#roomconfig_changesubject")))
        form.setValue(QStringLiteral("muc#roomconfig_changesubject"), QStringLiteral("0"));
    QVERIFY(validate(form).isEmpty());
    bool submitted = false;
    Error submitError;
    ana.muc->submitConfiguration(room, form, this, [&](const Error &e) {
        submitError = e;
        submitted = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(submitted, 10000);
    QVERIFY2(!submitError.isError(), qPrintable(submitError.text));
    // The room now says so itself (XEP-0045 6.4).
    DiscoInfo info;
    bool gotInfo = false;
    ana.client.feature<DiscoInfoFeature>()->requestInfo(room, QString(), this,
                                                        [&](const DiscoInfo &i, const Error &) {
                                                            info = i;
                                                            gotInfo = true;
                                                        });
    QTRY_VERIFY_WITH_TIMEOUT(gotInfo, 10000);
    QVERIFY(info.hasFeature(QStringLiteral("muc_membersonly")));
    QVERIFY(info.hasFeature(QStringLiteral("muc_persistent")));
    QVERIFY(info.hasFeature(QStringLiteral("urn:xmpp:mam:2")));

    // --- Members only: ben is turned away with a sentence. -----------------------------------
    QString error;
    QVERIFY(!join(ben, QStringLiteral("Ben"), &error));
    QVERIFY2(error.contains(QStringLiteral("Room %1 is for members only").arg(kRoom)),
             qPrintable(error));

    // --- Invitations: mediated to ben (the room makes him a member), direct to cat. ----------
    QSignalSpy benInvited(ben.muc, &MucFeature::invitationReceived);
    ana.muc->inviteMediated(room, Jid::parse(QStringLiteral("ben@localhost")),
                            QStringLiteral("Ven"));
    QVERIFY(waitFor(benInvited));
    const auto mediated = benInvited.first().first().value<MucFeature::Invitation>();
    QCOMPARE(mediated.room, room);
    QVERIFY(!mediated.direct);
    // XEP-0045 7.8.2: the inviter's real JID, or (semi-anonymous rooms) her occupant JID.
    QVERIFY2(mediated.from.bare().full() == QStringLiteral("ana@localhost") ||
                 mediated.from.full() == kRoom + QStringLiteral("/Ana"),
             qPrintable(mediated.from.full()));
    QCOMPARE(mediated.reason, QStringLiteral("Ven"));
    QVERIFY2(join(ben, QStringLiteral("Ben"), &error), qPrintable(error));

    bool memberSet = false;
    ana.muc->setAffiliation(room, Jid::parse(QStringLiteral("cat@localhost")),
                            MucAffiliation::Member, QString(), this, [&](const Error &e) {
                                QVERIFY2(!e.isError(), qPrintable(e.text));
                                memberSet = true;
                            });
    QTRY_VERIFY_WITH_TIMEOUT(memberSet, 10000);
    QSignalSpy catInvited(cat.muc, &MucFeature::invitationReceived);
    ana.muc->inviteDirect(room, Jid::parse(QStringLiteral("cat@localhost")),
                          QStringLiteral("Charlamos"));
    QVERIFY(waitFor(catInvited));
    const auto direct = catInvited.first().first().value<MucFeature::Invitation>();
    QVERIFY(direct.direct);
    QCOMPARE(direct.room, room);
    QCOMPARE(direct.reason, QStringLiteral("Charlamos"));
    QVERIFY2(join(cat, QStringLiteral("Cat"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(ana.muc->room(room)->occupants.size(), 3, 10000);
    QCOMPARE(ana.muc->occupant(room, QStringLiteral("Ben"))->affiliation, MucAffiliation::Member);

    // --- Talking: everyone gets everyone's messages, each client stores them once. ------------
    QSignalSpy benGot(ben.muc, &MucFeature::messageReceived);
    QSignalSpy catGot(cat.muc, &MucFeature::messageReceived);
    ana.muc->sendMessage(room, QStringLiteral("Hola a todos"));
    QVERIFY(waitFor(benGot));
    QVERIFY(waitFor(catGot));
    const ChatMessage seen = benGot.first().first().value<ChatMessage>();
    QCOMPARE(seen.body, QStringLiteral("Hola a todos"));
    QCOMPARE(seen.chat, kRoom);
    QCOMPARE(seen.from, kRoom + QStringLiteral("/Ana"));
    QVERIFY(!seen.stanzaId.isEmpty()); // Prosody's room stamps it and advertises sid:0
    QSignalSpy anaGot(ana.muc, &MucFeature::messageReceived);
    ben.muc->sendMessage(room, QStringLiteral("Hola, Ana"));
    QVERIFY(waitFor(anaGot));
    QTRY_COMPARE_WITH_TIMEOUT(cat.bodies(),
                              (QStringList{QStringLiteral("Hola a todos"), QStringLiteral("Hola, Ana")}),
                              10000);
    // Our own message came back from the room: stored once, as outgoing and sent.
    QTRY_COMPARE_WITH_TIMEOUT(ana.bodies(),
                              (QStringList{QStringLiteral("Hola a todos"), QStringLiteral("Hola, Ana")}),
                              10000);
    const ChatMessage own = ana.store->latest(kRoom, 10).first();
    QVERIFY(own.isOutgoing());
    QCOMPARE(own.state, ChatMessage::State::Sent);

    // --- Nick change (XEP-0045 7.6). ---------------------------------------------------------
    QSignalSpy renamed(ana.muc, &MucFeature::occupantRenamed);
    QSignalSpy benNick(ben.muc, &MucFeature::nickChanged);
    ben.muc->changeNick(room, QStringLiteral("Benjamín"));
    QVERIFY(waitFor(benNick));
    QCOMPARE(ben.muc->room(room)->nick, QStringLiteral("Benjamín"));
    QVERIFY(waitFor(renamed));
    QTRY_VERIFY_WITH_TIMEOUT(ana.muc->occupant(room, QStringLiteral("Benjamín")), 10000);
    QVERIFY(!ana.muc->occupant(room, QStringLiteral("Ben")));
    // A nick already taken is refused with a sentence; ben keeps his.
    QSignalSpy benErrors(ben.muc, &MucFeature::roomError);
    ben.muc->changeNick(room, QStringLiteral("Cat"));
    QVERIFY(waitFor(benErrors));
    QVERIFY(benErrors.first().at(1).value<Error>().text.startsWith(
        QStringLiteral("That nickname is already in use in room %1").arg(kRoom)));
    QCOMPARE(ben.muc->room(room)->nick, QStringLiteral("Benjamín"));

    // --- Subject (XEP-0045 8.1): the owner may set it; everyone sees it. ---------------------
    QSignalSpy catSubject(cat.muc, &MucFeature::subjectChanged);
    ana.muc->setSubject(room, QStringLiteral("Planes del viernes"));
    QVERIFY(waitFor(catSubject));
    QCOMPARE(catSubject.last().at(1).toString(), QStringLiteral("Planes del viernes"));
    QCOMPARE(cat.muc->room(room)->subjectBy, QStringLiteral("Ana"));

    // --- Kick (XEP-0045 8.2). ----------------------------------------------------------------
    QSignalSpy catRemoved(cat.muc, &MucFeature::roomRemoved);
    bool kicked = false;
    ana.muc->kick(room, QStringLiteral("Cat"), QStringLiteral("Descansa"), this,
                  [&](const Error &e) {
                      QVERIFY2(!e.isError(), qPrintable(e.text));
                      kicked = true;
                  });
    QVERIFY(waitFor(catRemoved));
    QVERIFY(kicked || QTest::qWaitFor([&] { return kicked; }, 5000));
    QCOMPARE(catRemoved.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::Kicked);
    QVERIFY2(catRemoved.first().at(2).toString().contains(QStringLiteral("Reason: Descansa")),
             qPrintable(catRemoved.first().at(2).toString()));
    QVERIFY(!cat.muc->room(room));
    QTRY_VERIFY_WITH_TIMEOUT(!ana.muc->occupant(room, QStringLiteral("Cat")), 10000);

    // While cat is out, the room goes on.
    anaGot.clear();
    ana.muc->sendMessage(room, QStringLiteral("Mientras no estabas"));
    ben.muc->sendMessage(room, QStringLiteral("Segundo mensaje"));
    QVERIFY(waitFor(anaGot)); // ben's; her own comes back as the stored one, not a new one
    QTRY_COMPARE_WITH_TIMEOUT(ana.store->count(kRoom), 4, 10000);

    // --- Ban (XEP-0045 9.1): ben is out and cannot come back. -------------------------------
    QSignalSpy benRemoved(ben.muc, &MucFeature::roomRemoved);
    bool banned = false;
    ana.muc->ban(room, Jid::parse(QStringLiteral("ben@localhost")), QString(), this,
                 [&](const Error &e) {
                     QVERIFY2(!e.isError(), qPrintable(e.text));
                     banned = true;
                 });
    QVERIFY(waitFor(benRemoved));
    QCOMPARE(benRemoved.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::Banned);
    QVERIFY(benRemoved.first().at(2).toString().startsWith(
        QStringLiteral("You were banned from room %1").arg(kRoom)));
    QVERIFY(!join(ben, QStringLiteral("Ben"), &error));
    // Prosody 0.12 checks membership before its outcast list in a members-only room.
    QVERIFY2(error.startsWith(QStringLiteral("You are banned from room %1").arg(kRoom)) ||
                 error.startsWith(QStringLiteral("Room %1 is for members only").arg(kRoom)),
             qPrintable(error));

    // --- Rejoin: the archive gives cat what was missed, nothing twice. ----------------------
    const int before = cat.store->count(kRoom);
    QCOMPARE(before, 2);
    QSignalSpy catHistory(cat.muc, &MucFeature::historyLoaded);
    QVERIFY2(join(cat, QStringLiteral("Cat"), &error), qPrintable(error));
    QVERIFY(waitFor(catHistory));
    // (Sorted: the archive stamps whole seconds, so within one second the order may differ.)
    QStringList got = cat.bodies();
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("Hola a todos"), QStringLiteral("Hola, Ana"),
                               QStringLiteral("Mientras no estabas"),
                               QStringLiteral("Segundo mensaje")}));
    // Leaving and joining once more brings nothing new and duplicates nothing.
    QSignalSpy catLeft(cat.muc, &MucFeature::roomRemoved);
    cat.muc->leave(room);
    QCOMPARE(catLeft.count(), 1);
    QCOMPARE(catLeft.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::Left);
    catHistory.clear();
    QVERIFY2(join(cat, QStringLiteral("Cat"), &error), qPrintable(error));
    QVERIFY(waitFor(catHistory));
    QCOMPARE(catHistory.first().at(1).toInt(), 0);
    QCOMPARE(cat.store->count(kRoom), 4);
}

void TestMucProsody::cliJoinAndSend()
{
    const QString cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cli));
    const Jid room = Jid::parse(QStringLiteral("open@conference.localhost"));
    // A room anyone may join: created by ana as an instant room.
    Peer ana;
    QVERIFY(login(ana, QStringLiteral("ana")));
    QSignalSpy joined(ana.muc, &MucFeature::roomJoined);
    ana.muc->join(room, QStringLiteral("Ana"));
    QVERIFY(waitFor(joined));
    bool instant = false;
    ana.muc->createInstantRoom(room, this, [&](const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        instant = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(instant, 10000);

    QFile pw(m_dir.filePath(QStringLiteral("cli.pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("cli-pw\n");
    pw.close();
    const QStringList args = {QStringLiteral("--jid"), QStringLiteral("cli@localhost"),
                              QStringLiteral("--password-file"), pw.fileName(),
                              QStringLiteral("--host"), m_prosody.host(),
                              QStringLiteral("--port"), QString::number(m_prosody.c2sPort()),
                              QStringLiteral("--ca-file"), m_prosody.caFile()};
    // muc join prints the room's messages as JSON lines while it runs.
    QProcess listener;
    listener.start(cli, QStringList(args) << QStringLiteral("--resource")
                                          << QStringLiteral("listener") << QStringLiteral("muc")
                                          << QStringLiteral("join") << room.full()
                                          << QStringLiteral("Oyente") << QStringLiteral("--seconds")
                                          << QStringLiteral("20"));
    QTRY_VERIFY_WITH_TIMEOUT(ana.muc->occupant(room, QStringLiteral("Oyente")), 15000);
    ana.muc->sendMessage(room, QStringLiteral("Para la consola"));

    // muc send joins, sends and exits once the room reflected it.
    QProcess sender;
    sender.start(cli, QStringList(args) << QStringLiteral("muc") << QStringLiteral("send")
                                        << room.full() << QStringLiteral("Desde la consola"));
    QVERIFY(sender.waitForFinished(30000));
    QVERIFY2(sender.exitCode() == 0, sender.readAllStandardError().constData());
    const QJsonObject sent =
        QJsonDocument::fromJson(sender.readAllStandardOutput().trimmed()).object();
    QCOMPARE(sent.value(QStringLiteral("body")).toString(), QStringLiteral("Desde la consola"));
    QCOMPARE(sent.value(QStringLiteral("outgoing")).toBool(), true);

    // Give the listener a moment to print what the room sent before it stops.
    QTest::qWait(500);
    listener.terminate();
    QVERIFY(listener.waitForFinished(10000));
    QStringList bodies;
    const QList<QByteArray> lines = listener.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("body"))) {
            QCOMPARE(o.value(QStringLiteral("room")).toString(), room.full());
            bodies.append(o.value(QStringLiteral("body")).toString());
        }
    }
    QVERIFY2(bodies.contains(QStringLiteral("Para la consola")), qPrintable(bodies.join(u'|')));
    QVERIFY2(bodies.contains(QStringLiteral("Desde la consola")), qPrintable(bodies.join(u'|')));

    // A room address that is not one is a usage error.
    QProcess bad;
    bad.start(cli, QStringList(args) << QStringLiteral("muc") << QStringLiteral("join")
                                     << QStringLiteral("conference.localhost")
                                     << QStringLiteral("x"));
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
}

void TestMucProsody::bookmarksSyncAndAutojoin()
{
    // Prosody's mod_bookmarks keeps XEP-0402 and XEP-0048 in step (#compat): PEP it is.
    Peer desk, phone;
    QSignalSpy deskLoaded(desk.bookmarks, &BookmarksFeature::loaded);
    QSignalSpy phoneLoaded(phone.bookmarks, &BookmarksFeature::loaded);
    QVERIFY(login(desk, QStringLiteral("cat")));
    QVERIFY(login(phone, QStringLiteral("cat")));
    QVERIFY(waitFor(deskLoaded));
    QVERIFY(waitFor(phoneLoaded));
    QCOMPARE(desk.bookmarks->storage(), BookmarksFeature::Storage::Pep);

    // A room to keep: created (instant) by ana.
    const Jid room = Jid::parse(QStringLiteral("kept@conference.localhost"));
    Peer ana;
    QVERIFY(login(ana, QStringLiteral("ana")));
    QSignalSpy created(ana.muc, &MucFeature::roomJoined);
    ana.muc->join(room, QStringLiteral("Ana"));
    QVERIFY(waitFor(created));
    bool instant = false;
    ana.muc->createInstantRoom(room, this, [&](const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        instant = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(instant, 10000);

    // Added on the desk: the phone hears of it (XEP-0402 +notify).
    QSignalSpy phoneChanged(phone.bookmarks, &BookmarksFeature::bookmarksChanged);
    Bookmark b;
    b.room = room;
    b.name = QStringLiteral("Guardada");
    b.autojoin = true;
    b.nick = QStringLiteral("Gata");
    bool added = false;
    desk.bookmarks->add(b, this, [&](const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        added = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(added, 10000);
    QVERIFY(waitFor(phoneChanged));
    QTRY_VERIFY_WITH_TIMEOUT(phone.bookmarks->bookmark(room), 10000);
    QCOMPARE(*phone.bookmarks->bookmark(room), b);

    // A new session joins it on its own, with the bookmark's nick.
    Peer laptop;
    QSignalSpy autojoined(laptop.muc, &MucFeature::roomJoined);
    QVERIFY(login(laptop, QStringLiteral("cat")));
    QVERIFY(waitFor(autojoined));
    QCOMPARE(autojoined.first().first().value<Jid>(), room);
    QCOMPARE(laptop.muc->room(room)->nick, QStringLiteral("Gata"));
    QTRY_VERIFY_WITH_TIMEOUT(ana.muc->occupant(room, QStringLiteral("Gata")), 10000);

    // Removed on the phone: gone everywhere.
    QSignalSpy deskChanged(desk.bookmarks, &BookmarksFeature::bookmarksChanged);
    bool removed = false;
    phone.bookmarks->remove(room, this, [&](const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.bookmarks->bookmark(room), 10000);
    QVERIFY(!phone.bookmarks->bookmark(room));
}

QTEST_GUILESS_MAIN(TestMucProsody)
#include "tst_muc_prosody.moc"
