// One running Charla per user and profile. Two real `charla` processes (offscreen): the second,
// `charla --profile DIR xmpp:bob@localhost?message;body=...`, hands its link to the first and
// exits 0, and the first opens the chat (it says so on its log: "opened the chat with ...").
// A first instance that was killed leaves its socket behind; the next start cleans it up and
// takes over. In-process: the socket name depends on the profile, a second listener is
// refused while the first answers, and oversized or foreign hand-overs are dropped.
#include "platform/SingleInstance.h"
#include "storage/AccountStore.h"
#include "storage/Profile.h"

#include <QDataStream>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString gui()
{
    return qEnvironmentVariable("CHARLA_GUI");
}

/// A profile with one disabled account (nothing connects, nothing asks for a password).
void addAccount(const QString &dir)
{
    const Profile profile(dir);
    QVERIFY(profile.ensureExists());
    AccountConfig config;
    config.jid = s("alice@localhost");
    config.enabled = false;
    AccountStore(profile).save(config);
}

struct Charla
{
    QProcess process;
    QByteArray log;

    void start(const QString &profileDir, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
        env.insert(s("QT_LOGGING_RULES"), s("charla.links.info=true;charla.instance.info=true"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&process, &QProcess::readyReadStandardError,
                         [this] { log += process.readAllStandardError(); });
        process.start(gui(), QStringList{s("--profile"), profileDir} + extra);
    }
    bool logSays(const QString &text, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!QString::fromUtf8(log).contains(text) && t.elapsed() < timeoutMs)
            QTest::qWait(50);
        return QString::fromUtf8(log).contains(text);
    }
    ~Charla()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(2000);
        }
    }
};

/// Waits until someone answers on @p name.
bool listening(const QString &name, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nameFollowsTheProfile();
    void secondListenerIsRefused();
    void strangersAreDropped();
    void secondLaunchHandsOverAndExits();
    void staleSocketIsTakenOver();
};

void TestSingleInstance::initTestCase()
{
    QVERIFY2(QFileInfo(gui()).isExecutable(), "CHARLA_GUI names the charla executable");
}

void TestSingleInstance::nameFollowsTheProfile()
{
    QTemporaryDir a, b;
    const QString name = SingleInstance::serverName(Profile(a.path()));
    QVERIFY(name.startsWith(s("charla-")));
    QVERIFY(name.size() < 60); // a Unix socket path has about 100 bytes
    QCOMPARE(SingleInstance::serverName(Profile(a.path() + s("/."))), name);
    QVERIFY(SingleInstance::serverName(Profile(b.path())) != name);
    QVERIFY(SingleInstance::serverName(Profile()) != name);
}

void TestSingleInstance::secondListenerIsRefused()
{
    QTemporaryDir dir;
    const QString name = SingleInstance::serverName(Profile(dir.path()));
    SingleInstance first(name);
    QVERIFY(!first.handOver({}, 300)); // nobody runs yet
    QVERIFY(first.listen());
    SingleInstance second(name);
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY(!error.isEmpty());
}

void TestSingleInstance::strangersAreDropped()
{
    QTemporaryDir dir;
    SingleInstance instance(SingleInstance::serverName(Profile(dir.path())));
    QVERIFY(instance.listen());
    QSignalSpy received(&instance, &SingleInstance::argumentsReceived);

    // A frame announcing more than the limit is cut off before it is read.
    QLocalSocket big;
    big.connectToServer(instance.name());
    QVERIFY(big.waitForConnected(2000));
    QByteArray header;
    QDataStream(&header, QIODevice::WriteOnly) << quint32(SingleInstance::MaxMessageBytes + 1);
    big.write(header + QByteArray(1024, 'x'));
    big.flush();
    QTRY_COMPARE(big.state(), QLocalSocket::UnconnectedState);

    // A frame without the hand-over's magic line is not believed.
    QLocalSocket foreign;
    foreign.connectToServer(instance.name());
    QVERIFY(foreign.waitForConnected(2000));
    QByteArray body = "hello, this is not a hand-over at all\n";
    QByteArray frame;
    QDataStream(&frame, QIODevice::WriteOnly) << quint32(body.size());
    foreign.write(frame + body);
    foreign.flush();
    QTRY_COMPARE(foreign.state(), QLocalSocket::UnconnectedState);
    QTest::qWait(100);
    QCOMPARE(received.count(), 0);
}

void TestSingleInstance::secondLaunchHandsOverAndExits()
{
    QTemporaryDir dir;
    addAccount(dir.path());
    const QString name = SingleInstance::serverName(Profile(dir.path()));

    Charla first;
    first.start(dir.path());
    QVERIFY2(first.process.waitForStarted(5000), qPrintable(first.process.errorString()));
    QVERIFY2(listening(name), first.log.constData());

    QProcess second;
    second.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
    second.setProcessEnvironment(env);
    QElapsedTimer took;
    took.start();
    second.start(gui(), {s("--profile"), dir.path(), s("xmpp:bob@localhost?message;body=Hola")});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAll().constData());
    qInfo("second launch handed over and exited in %lld ms", took.elapsed());

    QVERIFY2(first.logSays(s("opened the chat with bob@localhost for alice@localhost")),
             first.log.constData());
    QCOMPARE(first.process.state(), QProcess::Running);

    // A second launch without a link just raises the first; it still exits 0.
    second.start(gui(), {s("--profile"), dir.path()});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.process.state(), QProcess::Running);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    QTemporaryDir dir;
    addAccount(dir.path());
    const QString name = SingleInstance::serverName(Profile(dir.path()));
    {
        Charla crashed;
        crashed.start(dir.path());
        QVERIFY(crashed.process.waitForStarted(5000));
        QVERIFY2(listening(name), crashed.log.constData());
        crashed.process.kill(); // SIGKILL: no clean-up, the socket stays
        QVERIFY(crashed.process.waitForFinished(5000));
    }
    // What a crash leaves: a name nobody answers on.
    QVERIFY(!listening(name, 300));

    Charla next;
    next.start(dir.path(), {s("xmpp:carol@localhost")});
    QVERIFY(next.process.waitForStarted(5000));
    QVERIFY2(listening(name), next.log.constData());
    QVERIFY2(next.logSays(s("taking it over")), next.log.constData());
    QVERIFY2(next.logSays(s("opened the chat with carol@localhost")), next.log.constData());
    QCOMPARE(next.process.state(), QProcess::Running);

    QProcess handOver;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
    handOver.setProcessEnvironment(env);
    handOver.start(gui(), {s("--profile"), dir.path(), s("xmpp:dave@localhost?message")});
    QVERIFY(handOver.waitForFinished(15000));
    QCOMPARE(handOver.exitCode(), 0);
    QVERIFY2(next.logSays(s("opened the chat with dave@localhost")), next.log.constData());
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
