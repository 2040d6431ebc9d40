// Contacts against a real Prosody: two accounts add each other, approve, see each other's
// presence and status messages change; a rename survives logging in again; charla-cli prints
// the roster and sets presence.
#include "ProsodyFixture.h"
#include "features/CoreFeatures.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stream/Client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
struct Peer
{
    Client client;
    RosterFeature *roster = new RosterFeature;
    PresenceFeature *presence = new PresenceFeature;
    Peer()
    {
        installCoreFeatures(client);
        client.addFeature(roster);
        client.addFeature(presence);
    }
};
} // namespace

class TestContacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addApprovePresenceRename();
    void cliRosterAndPresence();

private:
    SessionConfig config(const QString &user) const;
    bool login(Peer &peer, const QString &user);
    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
};

void TestContacts::initTestCase()
{
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    for (const char *u : {"ana", "ben", "cli"})
        QVERIFY(m_prosody.createAccount(QString::fromLatin1(u), QString::fromLatin1(u) + QStringLiteral("-pw")));
}

SessionConfig TestContacts::config(const QString &user) const
{
    return m_prosody.sessionConfig(user);
}

bool TestContacts::login(Peer &peer, const QString &user)
{
    QSignalSpy up(&peer.client, &Client::connected);
    QSignalSpy roster(peer.roster, &RosterFeature::rosterReset);
    peer.client.connectToServer(config(user));
    return up.wait(15000) && (roster.size() > 0 || roster.wait(10000));
}

void TestContacts::addApprovePresenceRename()
{
    const Jid anaJid = Jid::parse(QStringLiteral("ana@localhost"));
    const Jid benJid = Jid::parse(QStringLiteral("ben@localhost"));
    {
        Peer ana, ben;
        QVERIFY(login(ana, QStringLiteral("ana")));
        QVERIFY(login(ben, QStringLiteral("ben")));
        // Each approves the other's request and asks back once (RFC 6121 3.1).
        for (Peer *p : {&ana, &ben}) {
            connect(p->presence, &PresenceFeature::subscriptionRequested, p->presence,
                    [p](const Jid &from) {
                        p->presence->approve(from);
                        const auto item = p->roster->item(from);
                        if (item.subscription != RosterItem::Subscription::To &&
                            item.subscription != RosterItem::Subscription::Both && !item.askSubscribe)
                            p->presence->subscribe(from);
                    });
        }
        RosterItem item;
        item.jid = benJid;
        item.name = QStringLiteral("Ben");
        item.groups = {QStringLiteral("Amigos")};
        ana.roster->addOrUpdate(item, this);
        ana.presence->subscribe(benJid, QStringLiteral("Ana"));
        QTRY_COMPARE_WITH_TIMEOUT(ana.roster->item(benJid).subscription, RosterItem::Subscription::Both, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ben.roster->item(anaJid).subscription, RosterItem::Subscription::Both, 15000);
        // Presence both ways, and status changes as they happen.
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence->best(benJid).show, Presence::Show::Online, 10000);
        ben.presence->setPresence(Presence::Show::Away, QStringLiteral("Comiendo"));
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence->best(benJid).status, QStringLiteral("Comiendo"), 10000);
        QCOMPARE(ana.presence->best(benJid).show, Presence::Show::Away);
        ana.presence->setPresence(Presence::Show::DoNotDisturb, QStringLiteral("Trabajando"));
        QTRY_COMPARE_WITH_TIMEOUT(ben.presence->best(anaJid).show, Presence::Show::DoNotDisturb, 10000);
        QCOMPARE(ben.presence->best(anaJid).status, QStringLiteral("Trabajando"));
        // Rename and move to two groups.
        item.name = QStringLiteral("Benjamín");
        item.groups = {QStringLiteral("Amigos"), QStringLiteral("Trabajo")};
        ana.roster->addOrUpdate(item, this);
        QTRY_COMPARE_WITH_TIMEOUT(ana.roster->item(benJid).name, QStringLiteral("Benjamín"), 10000);
        ben.client.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence->best(benJid).show, Presence::Show::Offline, 10000);
    }
    // Logging in again, the server's roster has the new name and groups.
    Peer ana;
    QVERIFY(login(ana, QStringLiteral("ana")));
    const RosterItem again = ana.roster->item(benJid);
    QCOMPARE(again.name, QStringLiteral("Benjamín"));
    QStringList groups = again.groups; // the server keeps no order among groups
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("Amigos"), QStringLiteral("Trabajo")}));
    QCOMPARE(again.subscription, RosterItem::Subscription::Both);
}

void TestContacts::cliRosterAndPresence()
{
    const QString cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cli));
    // cli@localhost has ana in its roster (added in-process), then charla-cli prints it.
    {
        Peer c;
        QVERIFY(login(c, QStringLiteral("cli")));
        RosterItem item;
        item.jid = Jid::parse(QStringLiteral("ana@localhost"));
        item.name = QStringLiteral("Ana \"la jefa\"");
        item.groups = {QStringLiteral("Trabajo")};
        QSignalSpy added(c.roster, &RosterFeature::itemAdded);
        c.roster->addOrUpdate(item, this);
        QVERIFY(added.wait(10000));
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
    p.start(cli, QStringList(args) << QStringLiteral("roster"));
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray roster = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(roster.size(), 1);
    const QJsonObject ana = roster.first().toObject();
    QCOMPARE(ana.value(QStringLiteral("jid")).toString(), QStringLiteral("ana@localhost"));
    QCOMPARE(ana.value(QStringLiteral("name")).toString(), QStringLiteral("Ana \"la jefa\""));
    QCOMPARE(ana.value(QStringLiteral("groups")).toArray().first().toString(), QStringLiteral("Trabajo"));
    QCOMPARE(ana.value(QStringLiteral("subscription")).toString(), QStringLiteral("none"));

    // presence: holds the status while it runs; its own resource is seen by another session
    // of the same account (an account always sees its own resources).
    Peer watcher;
    QVERIFY(login(watcher, QStringLiteral("cli")));
    const Jid self = Jid::parse(QStringLiteral("cli@localhost"));
    QProcess presence;
    presence.start(cli, QStringList(args) << QStringLiteral("--resource") << QStringLiteral("shell")
                                           << QStringLiteral("presence") << QStringLiteral("xa")
                                           << QStringLiteral("De vacaciones") << QStringLiteral("--seconds")
                                           << QStringLiteral("30"));
    QTRY_VERIFY_WITH_TIMEOUT(watcher.presence->resources(self).contains(QStringLiteral("shell")), 15000);
    const Presence seen = watcher.presence->resources(self).value(QStringLiteral("shell"));
    QCOMPARE(seen.show, Presence::Show::ExtendedAway);
    QCOMPARE(seen.status, QStringLiteral("De vacaciones"));
    // Ctrl+C / SIGTERM closes the stream politely: the contact sees us leave at once rather
    // than when the server's stream-management hibernation runs out.
    presence.terminate();
    QVERIFY(presence.waitForFinished(10000));
    QCOMPARE(presence.exitStatus(), QProcess::NormalExit);
    QCOMPARE(presence.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.presence->resources(self).contains(QStringLiteral("shell")), 15000);
    // Usage errors.
    QProcess bad;
    bad.start(cli, QStringList(args) << QStringLiteral("presence") << QStringLiteral("sleepy"));
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
