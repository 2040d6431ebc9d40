// End to end, as a person meets it: `charla --profile DIR` starts with an account whose roster
// holds N contacts (all subscribed both ways, most offline, some online) on a local Prosody.
// Measured from outside the process, with no hook in Charla: the time from process start until
// it answers a ping from a contact (the ping is queued behind the roster and the presence burst
// on Charla's stream, so the answer proves both were processed), its CPU time and peak memory.
// Then the same start again with the roster cache current, and the roster bytes that login
// transferred (charla-cli roster with the profile's cache).
//
//   bench_startup [--contacts N] [--online M]     (defaults 10000 and 200)
// Needs a session bus with a keychain (scripts/bench runs it so) and QT_QPA_PLATFORM=offscreen
// or a display.
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "features/CoreFeatures.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stream/Client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace charla;
using charla::test::ProsodyFixture;
using charla::test::waitUntil;

namespace {


QString contactUser(int i)
{
    return QStringLiteral("c%1").arg(i, 5, 10, QLatin1Char('0'));
}

/// Prosody 0.12 internal storage: a roster is a Lua table file; writing it directly is how a
/// 10,000-contact account is made in seconds rather than hours of subscription handshakes.
bool writeRoster(const ProsodyFixture &prosody, const QString &user, const QStringList &contacts,
                 bool groups)
{
    const QString dir = prosody.dataDir() + QStringLiteral("/localhost/roster");
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + user + QStringLiteral(".dat"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "return {\n\t[false] = { [\"version\"] = 1; [\"pending\"] = {}; };\n";
    for (int i = 0; i < contacts.size(); ++i) {
        out += "\t[\"" + contacts.at(i).toUtf8() + "@localhost\"] = { [\"subscription\"] = \"both\"; ";
        if (groups)
            out += "[\"groups\"] = { [\"Group " + QByteArray::number(i % 20) + "\"] = true; }; ";
        else
            out += "[\"groups\"] = {}; ";
        out += "[\"name\"] = \"Contact " + QByteArray::number(i) + "\"; };\n";
    }
    out += "};\n";
    return f.write(out) == out.size();
}

struct Sample
{
    qint64 readyMs = -1;
    double cpuSeconds = 0;
    qint64 peakRssKb = 0;
};

double cpuSecondsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    // Fields after the command name (which may hold spaces) start past the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / ticks;
}

qint64 peakRssKbOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

SessionConfig configFor(const ProsodyFixture &prosody, const QString &user)
{
    SessionConfig c;
    c.jid = user + QStringLiteral("@localhost");
    c.password = user.startsWith(QLatin1Char('c')) ? QStringLiteral("contact-pw")
                                                    : user + QStringLiteral("-pw");
    c.host = prosody.host();
    c.port = prosody.c2sPort();
    c.caCertificates = QSslCertificate::fromPath(prosody.caFile());
    return c;
}

/// Starts charla, waits for it to appear online to @p watcher, pings it until it answers.
Sample runCharla(const QString &charla, const QString &profile, Client &watcher,
                 PresenceFeature *watcherPresence)
{
    Sample sample;
    const Jid big = Jid::parse(QStringLiteral("big@localhost"));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(charla, {QStringLiteral("--profile"), profile});
    if (!p.waitForStarted(10000))
        return sample;
    const qint64 pid = p.processId();
    if (!waitUntil([&] { return !watcherPresence->resources(big).isEmpty(); }, 120000)) {
        p.kill();
        p.waitForFinished();
        return sample;
    }
    const Jid target = watcherPresence->best(big).from;
    bool answered = false;
    Element ping(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    ping.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    ping.setAttribute(QStringLiteral("to"), target.full());
    ping.addChild(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping"));
    watcher.sendIq(ping, &watcher, [&](const IqResult &) {
        sample.readyMs = clock.elapsed();
        answered = true;
    });
    waitUntil([&] { return answered; }, 120000);
    sample.cpuSeconds = cpuSecondsOf(pid);
    sample.peakRssKb = peakRssKbOf(pid);
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    waitUntil([&] { return watcherPresence->resources(big).isEmpty(); }, 10000);
    return sample;
}

/// The same start without Charla's process, window or database: a bare in-process client with
/// the roster and presence features. What remains of its time is the server's.
Sample runBaseline(const ProsodyFixture &prosody, Client &watcher, PresenceFeature *watcherPresence)
{
    Sample sample;
    const Jid big = Jid::parse(QStringLiteral("big@localhost"));
    QElapsedTimer clock;
    clock.start();
    Client client;
    installCoreFeatures(client);
    client.addFeature(new RosterFeature);
    client.addFeature(new PresenceFeature);
    client.connectToServer(configFor(prosody, QStringLiteral("big")));
    if (!waitUntil([&] { return !watcherPresence->resources(big).isEmpty(); }, 120000))
        return sample;
    bool answered = false;
    Element ping(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    ping.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    ping.setAttribute(QStringLiteral("to"), watcherPresence->best(big).from.full());
    ping.addChild(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping"));
    watcher.sendIq(ping, &watcher, [&](const IqResult &) {
        sample.readyMs = clock.elapsed();
        answered = true;
    });
    waitUntil([&] { return answered; }, 120000);
    client.disconnectFromServer();
    waitUntil([&] { return watcherPresence->resources(big).isEmpty(); }, 10000);
    return sample;
}

QJsonObject toJson(const Sample &s)
{
    return {{QStringLiteral("ready_ms"), s.readyMs},
            {QStringLiteral("cpu_s"), s.cpuSeconds},
            {QStringLiteral("peak_rss_mb"), double(s.peakRssKb) / 1024.0}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("charla.*.debug=false"));
    QCommandLineParser parser;
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("N"), QStringLiteral("N"),
                                            QStringLiteral("10000"));
    const QCommandLineOption onlineOption(QStringLiteral("online"), QStringLiteral("M"), QStringLiteral("M"),
                                          QStringLiteral("200"));
    parser.addOptions({contactsOption, onlineOption});
    parser.process(app);
    const int contacts = parser.value(contactsOption).toInt();
    const int online = std::min(parser.value(onlineOption).toInt(), contacts);
    const QString binDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app");
    const QString charla = binDir + QStringLiteral("/charla");
    const QString cli = binDir + QStringLiteral("/charla-cli");

    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("startup")},
                    {QStringLiteral("contacts"), contacts},
                    {QStringLiteral("online_contacts"), online}};
    const auto fail = [&](const QString &why) {
        out.insert(QStringLiteral("error"), why);
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
        return 1;
    };

    ProsodyFixture prosody;
    QString error;
    if (!prosody.start(&error))
        return fail(error);
    QStringList roster;
    for (int i = 0; i < contacts; ++i)
        roster << contactUser(i);
    roster << QStringLiteral("watcher");
    for (const QString &u : {QStringLiteral("big"), QStringLiteral("watcher")})
        if (!prosody.createAccount(u, u + QStringLiteral("-pw"), &error))
            return fail(error);
    // Every contact is a real account with big in its roster, as on a real server; one is
    // registered with prosodyctl and its account file copied (same password) for speed.
    if (!prosody.createAccount(QStringLiteral("template"), QStringLiteral("contact-pw"), &error))
        return fail(error);
    const QString accounts = prosody.dataDir() + QStringLiteral("/localhost/accounts/");
    for (int i = 0; i < contacts; ++i) {
        QFile::copy(accounts + QStringLiteral("template.dat"), accounts + contactUser(i) + QStringLiteral(".dat"));
        if (!writeRoster(prosody, contactUser(i), {QStringLiteral("big")}, false))
            return fail(QStringLiteral("cannot write rosters"));
    }
    if (!writeRoster(prosody, QStringLiteral("big"), roster, true) ||
        !writeRoster(prosody, QStringLiteral("watcher"), {QStringLiteral("big")}, false))
        return fail(QStringLiteral("cannot write rosters"));

    // The online contacts, each a real session with an available presence.
    std::vector<std::unique_ptr<Client>> peers;
    for (int i = 0; i < online; ++i) {
        auto c = std::make_unique<Client>();
        auto *presence = new PresenceFeature;
        c->addFeature(presence);
        presence->setPresence(Presence::Show(i % 5), QStringLiteral("Status %1").arg(i));
        c->connectToServer(configFor(prosody, contactUser(i)));
        peers.push_back(std::move(c));
    }
    if (!waitUntil([&] {
            for (const auto &c : peers)
                if (!c->isConnected())
                    return false;
            return true;
        },
                 120000))
        return fail(QStringLiteral("online contacts did not log in"));

    Client watcher;
    auto *watcherPresence = new PresenceFeature;
    watcher.addFeature(watcherPresence);
    watcher.connectToServer(configFor(prosody, QStringLiteral("watcher")));
    if (!waitUntil([&] { return watcher.isConnected(); }, 15000))
        return fail(QStringLiteral("watcher did not log in"));

    QTemporaryDir profile;
    QFile pw(profile.filePath(QStringLiteral("pw")));
    if (!pw.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("temp dir"));
    pw.write("big-pw\n");
    pw.close();
    const QString profileDir = profile.filePath(QStringLiteral("profile"));
    QProcess add;
    add.start(cli, {QStringLiteral("--profile"), profileDir, QStringLiteral("account"), QStringLiteral("add"),
                    QStringLiteral("big@localhost"), QStringLiteral("--password-file"), pw.fileName(),
                    QStringLiteral("--host"), prosody.host(), QStringLiteral("--port"),
                    QString::number(prosody.c2sPort()), QStringLiteral("--ca-file"), prosody.caFile()});
    add.waitForFinished(30000);
    if (add.exitCode() != 0)
        return fail(QString::fromLocal8Bit(add.readAllStandardError()));

    // Roster bytes with and without a current cached version, through charla-cli with the
    // profile's cache (before charla itself fills the cache).
    for (const char *key : {"roster_bytes_first", "roster_bytes_cached"}) {
        QProcess r;
        r.start(cli, {QStringLiteral("--profile"), profileDir, QStringLiteral("--account"),
                      QStringLiteral("big@localhost"), QStringLiteral("roster"), QStringLiteral("--stats")});
        r.waitForFinished(60000);
        QJsonObject stats;
        const QByteArray err = r.readAllStandardError();
        for (const QByteArray &line : err.split('\n'))
            if (line.startsWith('{'))
                stats = QJsonDocument::fromJson(line).object();
        if (stats.isEmpty())
            out.insert(QString::fromLatin1(key) + QStringLiteral("_error"), QString::fromLocal8Bit(err).trimmed());
        out.insert(QString::fromLatin1(key), stats.value(QStringLiteral("roster_bytes")).toInteger(-1));
    }

    // charla with a fresh roster cache of its own, then with the cache current.
    QDir(profileDir + QStringLiteral("/data/accounts")).removeRecursively();
    const Sample baseline = runBaseline(prosody, watcher, watcherPresence);
    out.insert(QStringLiteral("server_bound_baseline_ms"), baseline.readyMs);
    const Sample first = runCharla(charla, profileDir, watcher, watcherPresence);
    const Sample cached = runCharla(charla, profileDir, watcher, watcherPresence);
    // The server is warm now (it has loaded every roster once): a fairer floor.
    const Sample baselineWarm = runBaseline(prosody, watcher, watcherPresence);
    out.insert(QStringLiteral("server_bound_baseline_warm_ms"), baselineWarm.readyMs);
    out.insert(QStringLiteral("first_start"), toJson(first));
    out.insert(QStringLiteral("cached_start"), toJson(cached));
    out.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("ready_ms"), 1500},
                                                     {QStringLiteral("cpu_s"), 2.0},
                                                     {QStringLiteral("peak_rss_mb"), 120}});
    out.insert(QStringLiteral("ok"), first.readyMs > 0 && first.readyMs <= 1500 &&
                                         first.cpuSeconds <= 2.0 && first.peakRssKb <= 120 * 1024);

    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}
