// Automatic away: thresholds, restoring the person's own status, XEP-0319 idle time on the
// wire, the off switch, and the D-Bus idle source against fake desktop services.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "account/AccountManager.h"
#include "account/AutoAway.h"
#include "account/DBusIdleSource.h"
#include "features/PresenceFeature.h"
#include "storage/AccountStore.h"
#include "stream/Client.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace charla;
using namespace charla::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

struct FakeIdle : IdleSource
{
    qint64 ms = 0;
    qint64 idleMs() override { return ms; }
};

} // namespace

// Stand-ins for the desktop's idle services, answering from their own thread as a separate
// process would (a blocking call to an object in the caller's own thread could not be served).
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QAtomicInteger<uint> idle = 0;
public Q_SLOTS:
    uint GetSessionIdleTime() { return idle.loadRelaxed(); }
};

class FakeMutter : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    QAtomicInteger<quint64> idle = 0;
public Q_SLOTS:
    qulonglong GetIdletime() { return idle.loadRelaxed(); }
};

class TestAutoAway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awayThenExtendedAwayThenBack();
    void pollsOnItsOwn();
    void personsChoiceWhileAwayWins();
    void offSwitch();
    void firstSourceThatKnowsIsBelieved();
    void followsEveryAccount();
    void idleTimeOnTheWire();
    void settingsKeptInProfile();
    void dbusSourceAsksTheDesktop();
};

void TestAutoAway::awayThenExtendedAwayThenBack()
{
    PresenceFeature working;
    working.setPresence(Presence::Show::Online, QStringLiteral("Working"), 5);
    PresenceFeature chatty;
    chatty.setPresence(Presence::Show::Chat, QString(), 0);
    PresenceFeature busy;
    busy.setPresence(Presence::Show::DoNotDisturb, QStringLiteral("Focus time"), 1);

    FakeIdle idle;
    AutoAway autoAway;
    autoAway.setIdleSources({&idle});
    autoAway.watch(&working);
    autoAway.watch(&chatty);
    autoAway.watch(&busy);
    QSignalSpy states(&autoAway, &AutoAway::stateChanged);

    // Defaults: Away after 5 minutes, Extended away after 15.
    QCOMPARE(autoAway.settings().awayMinutes, 5);
    QCOMPARE(autoAway.settings().xaMinutes, 15);
    idle.ms = 4 * kMinute + 59 * 1000;
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::Active);
    QCOMPARE(working.ownShow(), Presence::Show::Online);

    idle.ms = 5 * kMinute;
    const QDateTime expectedSince = QDateTime::currentDateTimeUtc().addMSecs(-idle.ms);
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::Away);
    QCOMPARE(working.ownShow(), Presence::Show::Away);
    QCOMPARE(working.ownStatus(), QStringLiteral("Working")); // the message stays
    QCOMPARE(working.ownPriority(), 5);
    QCOMPARE(chatty.ownShow(), Presence::Show::Away);
    // Someone who chose Do not disturb meant it.
    QCOMPARE(busy.ownShow(), Presence::Show::DoNotDisturb);
    QVERIFY(qAbs(autoAway.idleSince().msecsTo(expectedSince)) < 2000);
    QCOMPARE(states.size(), 1);

    idle.ms = 10 * kMinute;
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::Away);
    QCOMPARE(states.size(), 1);

    idle.ms = 15 * kMinute;
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::ExtendedAway);
    QCOMPARE(working.ownShow(), Presence::Show::ExtendedAway);
    QCOMPARE(chatty.ownShow(), Presence::Show::ExtendedAway);
    QCOMPARE(busy.ownShow(), Presence::Show::DoNotDisturb);
    // Idle since when the person left, not when Extended away began.
    QVERIFY(qAbs(autoAway.idleSince().msecsTo(expectedSince)) < 2000);

    // The person is back: their own status returns.
    idle.ms = 200;
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::Active);
    QCOMPARE(working.ownShow(), Presence::Show::Online);
    QCOMPARE(working.ownStatus(), QStringLiteral("Working"));
    QCOMPARE(working.ownPriority(), 5);
    QCOMPARE(chatty.ownShow(), Presence::Show::Chat);
    QCOMPARE(busy.ownShow(), Presence::Show::DoNotDisturb);
    QCOMPARE(busy.ownStatus(), QStringLiteral("Focus time"));
    QVERIFY(!autoAway.idleSince().isValid());
    QCOMPARE(states.size(), 3);
}

void TestAutoAway::pollsOnItsOwn()
{
    PresenceFeature presence;
    FakeIdle idle;
    AutoAway autoAway;
    autoAway.setIdleSources({&idle});
    autoAway.watch(&presence);
    autoAway.setSettings({true, 1, 2});
    autoAway.setPollInterval(20);
    QCOMPARE(autoAway.pollInterval(), 20);
    autoAway.start();
    idle.ms = kMinute;
    QTRY_COMPARE(presence.ownShow(), Presence::Show::Away);
    idle.ms = 2 * kMinute;
    QTRY_COMPARE(presence.ownShow(), Presence::Show::ExtendedAway);
    idle.ms = 0;
    QTRY_COMPARE(presence.ownShow(), Presence::Show::Online);
    // Stopped, nothing changes any more.
    autoAway.stop();
    idle.ms = 3 * kMinute;
    QTest::qWait(100);
    QCOMPARE(presence.ownShow(), Presence::Show::Online);
}

void TestAutoAway::personsChoiceWhileAwayWins()
{
    PresenceFeature first;
    PresenceFeature second;
    FakeIdle idle;
    AutoAway autoAway;
    autoAway.setIdleSources({&idle});
    autoAway.watch(&first);
    autoAway.watch(&second);
    idle.ms = 6 * kMinute;
    autoAway.poll();
    QCOMPARE(first.ownShow(), Presence::Show::Away);
    // The person sets Do not disturb on the first account (say, from their phone's session
    // being mirrored, or the status menu) before the idle source noticed them.
    first.setPresence(Presence::Show::DoNotDisturb, QStringLiteral("Call"));
    idle.ms = 16 * kMinute;
    autoAway.poll();
    QCOMPARE(first.ownShow(), Presence::Show::DoNotDisturb);
    QCOMPARE(second.ownShow(), Presence::Show::ExtendedAway);
    idle.ms = 0;
    autoAway.poll();
    QCOMPARE(first.ownShow(), Presence::Show::DoNotDisturb);
    QCOMPARE(first.ownStatus(), QStringLiteral("Call"));
    QCOMPARE(second.ownShow(), Presence::Show::Online);
}

void TestAutoAway::offSwitch()
{
    PresenceFeature presence;
    FakeIdle idle;
    AutoAway autoAway;
    autoAway.setIdleSources({&idle});
    autoAway.watch(&presence);
    AutoAway::Settings off;
    off.enabled = false;
    autoAway.setSettings(off);
    idle.ms = 30 * kMinute;
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::Active);
    QCOMPARE(presence.ownShow(), Presence::Show::Online);

    // Turning it on applies; turning it off while away gives the status back at once.
    autoAway.setSettings(AutoAway::Settings());
    autoAway.poll();
    QCOMPARE(presence.ownShow(), Presence::Show::ExtendedAway);
    autoAway.setSettings(off);
    QCOMPARE(autoAway.state(), AutoAway::State::Active);
    QCOMPARE(presence.ownShow(), Presence::Show::Online);

    // Extended away can be switched off alone (0 minutes).
    autoAway.setSettings({true, 5, 0});
    autoAway.poll();
    QCOMPARE(presence.ownShow(), Presence::Show::Away);
}

void TestAutoAway::firstSourceThatKnowsIsBelieved()
{
    PresenceFeature presence;
    FakeIdle cannotTell;
    cannotTell.ms = -1;
    FakeIdle fallback;
    AutoAway autoAway;
    autoAway.watch(&presence);
    autoAway.setIdleSources({&cannotTell});
    autoAway.poll();
    QCOMPARE(autoAway.state(), AutoAway::State::Active); // nobody knows: nothing changes

    autoAway.setIdleSources({&cannotTell, &fallback});
    fallback.ms = 6 * kMinute;
    autoAway.poll();
    QCOMPARE(presence.ownShow(), Presence::Show::Away);

    // A source that knows better comes first.
    FakeIdle desktop;
    desktop.ms = 1000;
    autoAway.setIdleSources({&desktop, &fallback});
    autoAway.poll();
    QCOMPARE(presence.ownShow(), Presence::Show::Online);
}

void TestAutoAway::followsEveryAccount()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    AccountConfig first;
    first.jid = QStringLiteral("alice@localhost");
    AccountStore(profile).save(first);
    AccountManager manager(profile);
    FakeIdle idle;
    AutoAway autoAway;
    autoAway.setIdleSources({&idle});
    autoAway.watch(&manager); // before the accounts exist, as at start-up
    manager.load();
    AccountConfig second;
    second.jid = QStringLiteral("alice@example.test");
    AccountStore(profile).save(second);
    manager.load(); // an account added later
    QCOMPARE(manager.accounts().size(), 2);
    idle.ms = 20 * kMinute;
    autoAway.poll();
    for (Account *a : manager.accounts())
        QCOMPARE(a->presence()->ownShow(), Presence::Show::ExtendedAway);
    idle.ms = 0;
    autoAway.poll();
    for (Account *a : manager.accounts())
        QCOMPARE(a->presence()->ownShow(), Presence::Show::Online);
}

void TestAutoAway::idleTimeOnTheWire()
{
    TestCa ca;
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    FakeServer server;
    server.setCertificate(ca.issue({QStringLiteral("localhost")}));
    LoginScript{}.addTo(server);
    FakeIdle idle;
    AutoAway autoAway;
    autoAway.setIdleSources({&idle});
    QDateTime sentAt;
    server.expect(QStringLiteral("<presence><status>Here</status></presence>"))
        .call([&] {
            idle.ms = 7 * kMinute;
            sentAt = QDateTime::currentDateTimeUtc();
            autoAway.poll();
        })
        .expect(QStringLiteral("<presence><show>away</show><status>Here</status></presence>"))
        // XEP-0319 2: <idle since='...'/> in the away presence.
        .expect(QStringLiteral("<presence><show>away</show><status>Here</status>"
                               "<idle xmlns='urn:xmpp:idle:1' since='$since'/></presence>"))
        .call([&] {
            idle.ms = 0;
            autoAway.poll();
        })
        // On return the idle element is gone before the status comes back.
        .expect(QStringLiteral("<presence><show>away</show><status>Here</status></presence>"))
        .expect(QStringLiteral("<presence><status>Here</status></presence>"));
    QVERIFY(server.listen());
    Client client;
    auto *presence = new PresenceFeature;
    client.addFeature(presence);
    presence->setPresence(Presence::Show::Online, QStringLiteral("Here"));
    autoAway.watch(presence);
    client.connectToServer(fakeServerConfig(ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    const QDateTime since =
        QDateTime::fromString(server.variable(QStringLiteral("since")), Qt::ISODate);
    QVERIFY2(since.isValid(), qPrintable(server.variable(QStringLiteral("since"))));
    // Seven minutes before the moment the idle time was read (the wire has second precision).
    QVERIFY2(qAbs(since.secsTo(sentAt.addSecs(-7 * 60))) <= 2,
             qPrintable(since.toString(Qt::ISODate)));
}

void TestAutoAway::settingsKeptInProfile()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    QVERIFY(AutoAway::Settings::load(profile) == AutoAway::Settings());
    AutoAway::Settings s;
    s.enabled = false;
    s.awayMinutes = 3;
    s.xaMinutes = 30;
    s.save(profile);
    QVERIFY(AutoAway::Settings::load(profile) == s);
}

void TestAutoAway::dbusSourceAsksTheDesktop()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no D-Bus session bus (run under dbus-run-session)");
    const QString screenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
    const QString mutter = QStringLiteral("org.gnome.Mutter.IdleMonitor");
    if (bus.interface()->isServiceRegistered(screenSaver) ||
        bus.interface()->isServiceRegistered(mutter))
        QSKIP("a real desktop's idle service is on this bus");

    // Nobody to ask: the source says it cannot tell.
    {
        DBusIdleSource none(bus);
        QCOMPARE(none.idleMs(), qint64(-1));
        QCOMPARE(none.serviceInUse(), QString());
    }

    QThread serviceThread;
    serviceThread.start();
    auto cleanup = qScopeGuard([&] {
        serviceThread.quit();
        serviceThread.wait();
    });
    QDBusConnection services =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-desktop"));
    auto disconnect =
        qScopeGuard([] { QDBusConnection::disconnectFromBus(QStringLiteral("fake-desktop")); });
    QVERIFY(services.isConnected());

    FakeScreenSaver saver;
    saver.idle = 42000;
    saver.moveToThread(&serviceThread);
    QVERIFY(services.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &saver,
                                    QDBusConnection::ExportAllSlots));
    QVERIFY(services.registerService(screenSaver));
    {
        DBusIdleSource source(bus);
        QCOMPARE(source.idleMs(), qint64(42000));
        QCOMPARE(source.serviceInUse(), screenSaver);
        saver.idle = 43000;
        QCOMPARE(source.idleMs(), qint64(43000));
    }

    // GNOME's Mutter is asked first when both are there.
    FakeMutter gnome;
    gnome.idle = 7000;
    gnome.moveToThread(&serviceThread);
    QVERIFY(services.registerObject(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), &gnome,
                                    QDBusConnection::ExportAllSlots));
    QVERIFY(services.registerService(mutter));
    {
        DBusIdleSource source(bus);
        QCOMPARE(source.idleMs(), qint64(7000));
        QCOMPARE(source.serviceInUse(), mutter);
        // When Mutter goes away, the ScreenSaver answers instead.
        QVERIFY(services.unregisterService(mutter));
        QTRY_VERIFY(!bus.interface()->isServiceRegistered(mutter));
        QCOMPARE(source.idleMs(), qint64(43000));
        QCOMPARE(source.serviceInUse(), screenSaver);
    }
    services.unregisterObject(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"));
    services.unregisterObject(QStringLiteral("/org/freedesktop/ScreenSaver"));
    services.unregisterService(screenSaver);
    // The fakes live in the service thread: back to this one before they are destroyed here.
    QMetaObject::invokeMethod(
        &saver, [&] { saver.moveToThread(QCoreApplication::instance()->thread()); },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &gnome, [&] { gnome.moveToThread(QCoreApplication::instance()->thread()); },
        Qt::BlockingQueuedConnection);
}

QTEST_GUILESS_MAIN(TestAutoAway)
#include "tst_autoaway.moc"
