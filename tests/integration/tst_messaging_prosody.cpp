// Chatting against a real Prosody 0.12 (carbons, MAM, smacks, offline storage) with a second
// real charla-core client as the peer: 200 messages each way arrive once and in order; what
// was sent while offline is in the history exactly once after login (offline delivery and the
// archive both deliver it); a message from another own resource arrives as a carbon; a
// correction and a retraction change the right message; receipts move states to Delivered;
// charla-cli send --wait-receipt waits for the receipt.
#include "ProsodyFixture.h"
#include "features/CarbonsFeature.h"
#include "features/CoreFeatures.h"
#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/AccountStore.h"
#include "storage/Profile.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {

/// One account's client with everything a chat needs, and its own history.
struct Peer
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    RosterFeature *roster = new RosterFeature;
    PresenceFeature *presence = new PresenceFeature;
    MessageFeature *messages = nullptr;
    CarbonsFeature *carbons = nullptr;
    MamFeature *mam = nullptr;

    Peer()
    {
        db.openFile(dir.filePath(QStringLiteral("history.sqlite")));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        carbons = new CarbonsFeature(messages);
        mam = new MamFeature(messages, store.get());
        installCoreFeatures(client);
        client.addFeature(roster);
        client.addFeature(carbons);
        client.addFeature(mam);
        client.addFeature(messages);
        client.addFeature(presence);
    }
    QList<ChatMessage> history(const QString &chat) const { return store->latest(chat, 100000); }
    QStringList bodies(const QString &chat, ChatMessage::Direction direction) const
    {
        QStringList out;
        for (const ChatMessage &m : history(chat)) {
            if (m.direction == direction)
                out.append(m.body);
        }
        return out;
    }
};

const auto In = ChatMessage::Direction::Incoming;
const auto Out = ChatMessage::Direction::Outgoing;

} // namespace

class TestMessagingProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoHundredEachWayInOrder();
    void offlineMessagesOnceAfterLogin();
    void carbonsFromAnotherOwnResource();
    void correctionAndRetractionChangeTheRightMessage();
    void receiptMovesStateToDelivered();
    void cliSendWaitsForReceipt();
    void cliHistorySyncsTheArchive();

private:
    SessionConfig config(const QString &user, const QString &resource = QString()) const;
    bool login(Peer &peer, const QString &user, const QString &resource = QString());
    bool befriend(Peer &a, Peer &b);
    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
    Peer m_ana;
    Peer m_ben;
};

void TestMessagingProsody::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    for (const char *u : {"ana", "ben", "cli", "dan"})
        QVERIFY(m_prosody.createAccount(QString::fromLatin1(u), QString::fromLatin1(u) + QStringLiteral("-pw")));
    QVERIFY(login(m_ana, QStringLiteral("ana")));
    QVERIFY(login(m_ben, QStringLiteral("ben")));
    QVERIFY(befriend(m_ana, m_ben));
}

SessionConfig TestMessagingProsody::config(const QString &user, const QString &resource) const
{
    SessionConfig c;
    c.jid = user + QStringLiteral("@localhost");
    c.password = user + QStringLiteral("-pw");
    c.resource = resource.isEmpty() ? QStringLiteral("charla") : resource;
    c.host = m_prosody.host();
    c.port = m_prosody.c2sPort();
    c.caCertificates = QSslCertificate::fromPath(m_prosody.caFile());
    return c;
}

bool TestMessagingProsody::login(Peer &peer, const QString &user, const QString &resource)
{
    QSignalSpy up(&peer.client, &Client::connected);
    QSignalSpy roster(peer.roster, &RosterFeature::rosterReset);
    QSignalSpy caughtUp(peer.mam, &MamFeature::catchUpFinished);
    peer.client.connectToServer(config(user, resource));
    return up.wait(15000) && (roster.size() > 0 || roster.wait(10000)) &&
           (caughtUp.size() > 0 || caughtUp.wait(15000));
}

bool TestMessagingProsody::befriend(Peer &a, Peer &b)
{
    // RFC 6121 3.1: each approves the other's request and asks back once.
    for (Peer *p : {&a, &b}) {
        connect(p->presence, &PresenceFeature::subscriptionRequested, p->presence, [p](const Jid &from) {
            p->presence->approve(from);
            const auto item = p->roster->item(from);
            if (item.subscription != RosterItem::Subscription::To &&
                item.subscription != RosterItem::Subscription::Both && !item.askSubscribe)
                p->presence->subscribe(from);
        });
    }
    const Jid bJid = b.client.jid().bare();
    const Jid aJid = a.client.jid().bare();
    a.presence->subscribe(bJid);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        if (a.roster->item(bJid).subscription == RosterItem::Subscription::Both &&
            b.roster->item(aJid).subscription == RosterItem::Subscription::Both)
            return true;
        QTest::qWait(50);
    }
    return false;
}

void TestMessagingProsody::twoHundredEachWayInOrder()
{
    const Jid ana = Jid::parse(QStringLiteral("ana@localhost"));
    const Jid ben = Jid::parse(QStringLiteral("ben@localhost"));
    QStringList fromAna, fromBen;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 200; ++i) {
        fromAna.append(QStringLiteral("ana → ben %1").arg(i));
        fromBen.append(QStringLiteral("ben → ana %1").arg(i));
        // Interleaved, so both streams carry traffic both ways at once.
        m_ana.messages->send(ben, fromAna.last());
        m_ben.messages->send(ana, fromBen.last());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_ben.bodies(ana.full(), In).size(), 200, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_ana.bodies(ben.full(), In).size(), 200, 60000);
    const qint64 storedMs = clock.elapsed();
    QCOMPARE(m_ben.bodies(ana.full(), In), fromAna);
    QCOMPARE(m_ana.bodies(ben.full(), In), fromBen);
    QCOMPARE(m_ana.bodies(ben.full(), Out), fromAna);
    QCOMPARE(m_ben.bodies(ana.full(), Out), fromBen);
    // Nothing arrives twice later either (carbons of our own messages go to no other resource).
    QTest::qWait(500);
    QCOMPARE(m_ben.history(ana.full()).size(), 400);
    QCOMPARE(m_ana.history(ben.full()).size(), 400);
    // Both answered receipts (they share presence): every message reaches Delivered.
    auto delivered = [](const Peer &p, const QString &chat) {
        int n = 0;
        for (const ChatMessage &m : p.history(chat))
            n += m.isOutgoing() && m.state == ChatMessage::State::Delivered;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(delivered(m_ana, ben.full()), 200, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(delivered(m_ben, ana.full()), 200, 30000);
    // A figure for the report, not a limit: local Prosody, both clients in this process.
    qInfo("400 messages (200 each way): all stored by the peers after %lld ms, all Delivered "
          "after %lld ms",
          storedMs, clock.elapsed());
}

void TestMessagingProsody::offlineMessagesOnceAfterLogin()
{
    const Jid ana = Jid::parse(QStringLiteral("ana@localhost"));
    const Jid ben = Jid::parse(QStringLiteral("ben@localhost"));
    const int before = int(m_ben.history(ana.full()).size());
    QSignalSpy gone(&m_ben.client, &Client::disconnected);
    m_ben.client.disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(!gone.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_ana.presence->best(ben).show, Presence::Show::Offline, 10000);
    QStringList sent;
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        sent.append(QStringLiteral("while you were away %1").arg(i));
        ids.append(m_ana.messages->send(ben, sent.last()).id);
    }
    // The server has them (XEP-0198 ack): Sent, not Delivered, since ben is offline.
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.store->message(ids.last())->state == ChatMessage::State::Sent, 10000);
    const QDateTime sentBy = QDateTime::currentDateTimeUtc();
    QTest::qWait(1100); // so "kept their time" can be told from "stamped at login"

    QVERIFY(login(m_ben, QStringLiteral("ben")));
    // Offline storage delivers them and the archive catch-up fetches them again (and the 400
    // earlier ones): each is stored exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(m_ben.history(ana.full()).size(), before + 20, 20000);
    QTest::qWait(1000);
    const QList<ChatMessage> history = m_ben.history(ana.full());
    QCOMPARE(history.size(), before + 20);
    QStringList away;
    for (const ChatMessage &m : history) {
        if (!m.body.startsWith(QStringLiteral("while you were away")))
            continue;
        away.append(m.body);
        // XEP-0203: the original time, not the time of the login.
        QVERIFY2(m.timestamp <= sentBy, qPrintable(m.timestamp.toString(Qt::ISODateWithMs)));
    }
    // Each once, in the order sent (the offline stamps have whole seconds, so they may sort
    // before the last live messages of the same second: the set and its order are what count).
    QCOMPARE(away, sent);
    // ben is back, so receipts for the offline messages reach ana.
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.store->message(ids.last())->state == ChatMessage::State::Delivered, 15000);
    QVERIFY(!m_ben.store->lastArchiveId().isEmpty());
}

void TestMessagingProsody::carbonsFromAnotherOwnResource()
{
    const Jid ben = Jid::parse(QStringLiteral("ben@localhost"));
    QVERIFY(m_ana.carbons->isEnabled());
    Peer tablet;
    QVERIFY(login(tablet, QStringLiteral("ana"), QStringLiteral("tablet")));
    QTRY_VERIFY_WITH_TIMEOUT(tablet.carbons->isEnabled(), 10000);
    const ChatMessage sent = tablet.messages->send(ben, QStringLiteral("sent from the tablet"));
    // ana's first resource sees it through a <sent/> carbon, as her own outgoing message.
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.bodies(ben.full(), Out).contains(QStringLiteral("sent from the tablet")), 10000);
    const ChatMessage copy = m_ana.history(ben.full()).last();
    QCOMPARE(copy.originId, sent.originId);
    QCOMPARE(copy.from, QStringLiteral("ana@localhost/tablet"));
    QTRY_VERIFY_WITH_TIMEOUT(m_ben.bodies(QStringLiteral("ana@localhost"), In).contains(QStringLiteral("sent from the tablet")), 10000);
    // ben answers the tablet only: the main resource gets a <received/> carbon.
    m_ben.messages->send(Jid::parse(QStringLiteral("ana@localhost/tablet")), QStringLiteral("only to the tablet"));
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.bodies(ben.full(), In).contains(QStringLiteral("only to the tablet")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(tablet.bodies(ben.full(), In).contains(QStringLiteral("only to the tablet")), 10000);
    QCOMPARE(m_ana.bodies(ben.full(), In).count(QStringLiteral("only to the tablet")), 1);
    tablet.client.disconnectFromServer();
}

void TestMessagingProsody::correctionAndRetractionChangeTheRightMessage()
{
    const Jid ana = Jid::parse(QStringLiteral("ana@localhost"));
    const Jid ben = Jid::parse(QStringLiteral("ben@localhost"));
    const ChatMessage typo = m_ana.messages->send(ben, QStringLiteral("helo ben"));
    const ChatMessage wrong = m_ana.messages->send(ben, QStringLiteral("wrong chat, sorry"));
    const ChatMessage keep = m_ana.messages->send(ben, QStringLiteral("this one stays"));
    auto find = [&](const QString &originId) -> std::optional<ChatMessage> {
        return m_ben.store->findByReference(ana.full(), originId);
    };
    QTRY_VERIFY_WITH_TIMEOUT(find(keep.originId).has_value(), 10000);
    QVERIFY(m_ana.messages->correct(typo.id, QStringLiteral("hello ben")));
    QVERIFY(m_ana.messages->retract(wrong.id));
    QTRY_VERIFY_WITH_TIMEOUT(find(typo.originId)->edited, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(find(wrong.originId)->retracted, 10000);
    QCOMPARE(find(typo.originId)->body, QStringLiteral("hello ben"));
    QVERIFY(find(wrong.originId)->body.isEmpty());
    QCOMPARE(find(keep.originId)->body, QStringLiteral("this one stays"));
    QVERIFY(!find(keep.originId)->edited && !find(keep.originId)->retracted);
    // Neither the correction nor the retraction notice became a message of its own.
    QTest::qWait(300);
    QVERIFY(!m_ben.bodies(ana.full(), In).contains(QStringLiteral("hello ben")) ||
            m_ben.bodies(ana.full(), In).count(QStringLiteral("hello ben")) == 1);
    for (const QString &b : m_ben.bodies(ana.full(), In))
        QVERIFY2(!b.contains(QStringLiteral("retracted")), qPrintable(b));
    // The sender's own copy changed too.
    QCOMPARE(m_ana.store->message(typo.id)->body, QStringLiteral("hello ben"));
    QVERIFY(m_ana.store->message(wrong.id)->retracted);
}

void TestMessagingProsody::receiptMovesStateToDelivered()
{
    const Jid ben = Jid::parse(QStringLiteral("ben@localhost"));
    QList<ChatMessage::State> states;
    qint64 id = -1;
    connect(m_ana.store.get(), &HistoryStore::messageChanged, this, [&](const ChatMessage &m) {
        if (m.id == id)
            states.append(m.state);
    });
    const ChatMessage sent = m_ana.messages->send(ben, QStringLiteral("did you get this?"));
    id = sent.id;
    QCOMPARE(sent.state, ChatMessage::State::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(ChatMessage::State::Delivered), 10000);
    // The XEP-0198 ack (Sent) and ben's receipt (Delivered) race; whichever comes second, the
    // state never moves backwards.
    QTest::qWait(500);
    for (int i = 1; i < states.size(); ++i)
        QVERIFY(int(states.at(i)) >= int(states.at(i - 1)));
    QCOMPARE(m_ana.store->message(id)->state, ChatMessage::State::Delivered);
    // ben shows it: the displayed marker moves it on.
    const auto copy = m_ben.store->findByReference(QStringLiteral("ana@localhost"), sent.originId);
    QVERIFY(copy);
    m_ben.messages->markDisplayed(copy->id);
    QTRY_COMPARE_WITH_TIMEOUT(m_ana.store->message(id)->state, ChatMessage::State::Displayed, 10000);
}

void TestMessagingProsody::cliSendWaitsForReceipt()
{
    const QString cliPath = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cliPath));
    {
        // cli@localhost and ben share presence, so ben answers cli's receipt requests.
        Peer cli;
        QVERIFY(login(cli, QStringLiteral("cli")));
        QVERIFY(befriend(cli, m_ben));
        cli.client.disconnectFromServer();
    }
    QFile pw(m_dir.filePath(QStringLiteral("cli.pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("cli-pw\n");
    pw.close();
    const QStringList args = {QStringLiteral("--jid"), QStringLiteral("cli@localhost"),
                              QStringLiteral("--password-file"), pw.fileName(),
                              QStringLiteral("--host"), m_prosody.host(),
                              QStringLiteral("--port"), QString::number(m_prosody.c2sPort()),
                              QStringLiteral("--ca-file"), m_prosody.caFile()};
    QProcess p;
    p.start(cliPath, QStringList(args) << QStringLiteral("send") << QStringLiteral("--wait-receipt")
                                       << QStringLiteral("ben@localhost") << QStringLiteral("from the console"));
    // Waited for with the event loop running: ben lives in this process and must answer.
    QSignalSpy done(&p, &QProcess::finished);
    const bool finished = done.wait(30000);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(finished && p.exitCode() == 0,
             qPrintable(QString::fromUtf8(err) + QStringLiteral("\nben has: ") +
                        m_ben.bodies(QStringLiteral("cli@localhost"), In).join(u'|')));
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("delivered")).toBool(), true);
    QVERIFY(out.value(QStringLiteral("from")).toString().startsWith(QStringLiteral("ben@localhost/")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ben.bodies(QStringLiteral("cli@localhost"), In).contains(QStringLiteral("from the console")), 10000);

    // dan is offline: the server stores the message, nobody confirms it: exit 5 with a sentence.
    QProcess q;
    QElapsedTimer t;
    t.start();
    QSignalSpy qDone(&q, &QProcess::finished);
    q.start(cliPath, QStringList(args) << QStringLiteral("--timeout") << QStringLiteral("3")
                                       << QStringLiteral("send") << QStringLiteral("--wait-receipt")
                                       << QStringLiteral("dan@localhost") << QStringLiteral("anyone?"));
    QVERIFY(qDone.wait(30000));
    QCOMPARE(q.exitCode(), 5);
    QVERIFY(t.elapsed() >= 2500); // the --timeout of 3 s (a coarse timer may fire 5% early)
    const QString why = QString::fromUtf8(q.readAllStandardError());
    QVERIFY2(why.contains(QStringLiteral("dan@localhost")) && why.contains(QStringLiteral("receipt")),
             qPrintable(why));
}

void TestMessagingProsody::cliHistorySyncsTheArchive()
{
    const QString cliPath = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cliPath));
    // dan is offline: ben's messages wait in dan's archive (and offline storage).
    const Jid dan = Jid::parse(QStringLiteral("dan@localhost"));
    QStringList sent;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        sent.append(QStringLiteral("for dan's archive %1").arg(i));
        ids.append(m_ben.messages->send(dan, sent.last()).id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_ben.store->message(ids.last())->state == ChatMessage::State::Sent, 10000);

    // A fresh profile for dan: an empty local store, so everything printed came from the archive.
    QTemporaryDir profileDir;
    AccountConfig account;
    account.jid = dan.full();
    account.host = m_prosody.host();
    account.port = m_prosody.c2sPort();
    account.caFile = m_prosody.caFile();
    AccountStore(Profile(profileDir.path())).save(account);
    QFile pw(m_dir.filePath(QStringLiteral("dan.pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("dan-pw\n");
    pw.close();
    auto history = [&](const QStringList &extra) {
        QProcess p;
        p.start(cliPath, QStringList{QStringLiteral("--profile"), profileDir.path(),
                                     QStringLiteral("--account"), dan.full(),
                                     QStringLiteral("--password-file"), pw.fileName(),
                                     QStringLiteral("history"), QStringLiteral("ben@localhost")} +
                             extra);
        p.waitForFinished(30000); // ben's side has nothing to answer: blocking is fine here
        QStringList bodies;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                bodies.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("body")).toString());
        }
        if (p.exitCode() != 0)
            bodies.append(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError())));
        return bodies;
    };
    // --local: the store only, which is empty.
    QCOMPARE(history({QStringLiteral("--local")}), QStringList());
    QCOMPARE(history({}), sent);
    // Again: the archive is asked from where it left off; nothing doubles.
    QCOMPARE(history({}), sent);
    QCOMPARE(history({QStringLiteral("--local"), QStringLiteral("--limit"), QStringLiteral("2")}),
             sent.mid(3));
}

QTEST_GUILESS_MAIN(TestMessagingProsody)
#include "tst_messaging_prosody.moc"
