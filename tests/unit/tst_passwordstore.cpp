// Passwords go to a real gnome-keyring (scripts/test runs the suite under dbus-run-session with
// an unlocked keyring), scoped per profile; without a keychain nothing is written anywhere.
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestPasswordStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripInRealKeychain();
    void profilesDoNotShareEntries();
    void noKeychainWritesNothing();
    void storeGoneBeforeTheAnswer();
};

void TestPasswordStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run through ./scripts/test (dbus-run-session + gnome-keyring).");
}

void TestPasswordStore::roundTripInRealKeychain()
{
    QTemporaryDir dir;
    PasswordStore store{Profile(dir.path())};
    const QString jid = QStringLiteral("alice@example.org");
    const QString secret = QStringLiteral("pässwörd with spaces & symbols <>");
    const auto w = store.writeBlocking(jid, secret);
    QVERIFY2(w.ok, qPrintable(w.error));
    const auto r = store.readBlocking(jid);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.password, secret);
    QVERIFY(store.removeBlocking(jid).ok);
    const auto gone = store.readBlocking(jid);
    QVERIFY(!gone.ok);
    QVERIFY(gone.notFound);
    QVERIFY(gone.error.contains(jid));
}

void TestPasswordStore::profilesDoNotShareEntries()
{
    QTemporaryDir a, b;
    PasswordStore storeA{Profile(a.path())};
    PasswordStore storeB{Profile(b.path())};
    QVERIFY(storeA.service() != storeB.service());
    const QString jid = QStringLiteral("bob@example.org");
    QVERIFY(storeA.writeBlocking(jid, QStringLiteral("one")).ok);
    QVERIFY(storeB.readBlocking(jid).notFound);
    QVERIFY(storeA.removeBlocking(jid).ok);
}

void TestPasswordStore::noKeychainWritesNothing()
{
    // A child process with no D-Bus session at all: the keychain is unreachable. It must report
    // that, and leave no trace of the password in its profile or home.
    QTemporaryDir home;
    QTemporaryDir profileDir;
    const QString password = QStringLiteral("never-on-disk-4711");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("CHARLA_CHILD_PROFILE"), profileDir.path());
    env.insert(QStringLiteral("CHARLA_CHILD_PASSWORD"), password);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
    QVERIFY(child.waitForFinished(30000));
    const QByteArray out = child.readAllStandardOutput();
    QVERIFY2(out.contains("unavailable"), out.constData());

    for (const QString &root : {home.path(), profileDir.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
        }
    }
}

void TestPasswordStore::storeGoneBeforeTheAnswer()
{
    // Quitting (or removing an account) while a keychain read is on its way: the answer must
    // find nothing to call, rather than a deleted job (it crashed inside QtKeychain before).
    QTemporaryDir dir;
    bool called = false;
    {
        auto *store = new PasswordStore{Profile(dir.path())};
        store->read(QStringLiteral("gone@example.org"), [&](const PasswordStore::Result &) { called = true; });
        delete store;
    }
    QTest::qWait(1000);
    QVERIFY(!called);
}

static int childMain()
{
    const Profile profile(qEnvironmentVariable("CHARLA_CHILD_PROFILE"));
    profile.ensureExists();
    AccountConfig account;
    account.jid = QStringLiteral("carol@example.org");
    AccountStore(profile).save(account);
    PasswordStore store(profile);
    const auto r = store.writeBlocking(account.jid, qEnvironmentVariable("CHARLA_CHILD_PASSWORD"));
    QTextStream out(stdout);
    out << (r.ok ? "stored" : (r.unavailable ? "unavailable" : "failed")) << ' ' << r.error << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--child")))
        return childMain();
    TestPasswordStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_passwordstore.moc"
