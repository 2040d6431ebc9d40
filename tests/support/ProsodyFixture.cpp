#include "ProsodyFixture.h"

#include "TestCa.h"

#include "stream/Session.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#include <sys/types.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace charla::test {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 10000;
constexpr int kLaunchAttempts = 4;

// Loopback only: the fixture never listens on, or connects to, any other address.
const QHostAddress kLoopback(QHostAddress::LocalHost);

QString luaString(const QString &s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString readText(const QString &path, qint64 offset = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    if (offset > 0 && !f.seek(offset))
        return QString();
    return QString::fromUtf8(f.readAll());
}

// Debian's Prosody prints a box about the missing lua-unbound on every run; it is noise here.
QString withoutDependencyBanner(QString text)
{
    static const QRegularExpression banner(
        QStringLiteral("\\*{10,}\\s*\\n(?:(?!\\*{10,}).)*lua-unbound.*?\\*{10,}\\s*\\n"),
        QRegularExpression::DotMatchesEverythingOption);
    return text.remove(banner).trimmed();
}

bool portAnswers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(kLoopback, port);
    const bool ok = socket.waitForConnected(1000);
    socket.abort();
    return ok;
}

} // namespace

ProsodyFixture::ProsodyFixture() = default;

ProsodyFixture::~ProsodyFixture()
{
    stop();
}

void ProsodyFixture::setExtraConfig(const QString &global, const QString &virtualHost)
{
    m_extraGlobal = global;
    m_extraHost = virtualHost;
}

charla::SessionConfig ProsodyFixture::sessionConfig(const QString &user, const QString &resource,
                                                   quint16 port, const QString &password) const
{
    charla::SessionConfig c;
    c.jid = user + QLatin1Char('@') + domain();
    c.password = password.isEmpty() ? user + QStringLiteral("-pw") : password;
    c.resource = resource;
    c.host = host();
    c.port = port ? port : c2sPort();
    c.caCertificates = QSslCertificate::fromPath(caFile());
    return c;
}

QString ProsodyFixture::caFile() const
{
    return m_ca ? m_ca->caFile() : QString();
}

QString ProsodyFixture::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString ProsodyFixture::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString ProsodyFixture::configFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("prosody.cfg.lua")) : QString();
}

QString ProsodyFixture::logFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("prosody.log")) : QString();
}

bool ProsodyFixture::fail(QString *error, const QString &reason) const
{
    if (error) {
        *error = reason;
        const QString tail = logTail();
        if (!tail.isEmpty())
            *error += QStringLiteral("\n--- Prosody log, last lines (CHARLA_PROSODY_KEEP=1 keeps "
                                     "%1) ---\n%2")
                          .arg(dir(), tail);
    }
    return false;
}

bool ProsodyFixture::prepare(QString *error)
{
    if (m_prepared)
        return true;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/charla-prosody-XXXXXX"));
    if (!m_dir->isValid())
        return fail(error, QStringLiteral("cannot create a temp dir for Prosody: ") +
                               m_dir->errorString());
    if (qEnvironmentVariableIntValue("CHARLA_PROSODY_KEEP") != 0)
        m_dir->setAutoRemove(false);
    const QDir d(m_dir->path());
    if (!d.mkpath(QStringLiteral("data")) || !d.mkpath(QStringLiteral("certs")))
        return fail(error, QStringLiteral("cannot create Prosody's folders in ") + d.path());

    m_ca = std::make_unique<TestCa>(QStringLiteral("Charla Prosody Test CA"));
    if (!m_ca->isValid())
        return fail(error, QStringLiteral("cannot create the test CA: ") + m_ca->error());
    // One certificate for the host and its components; 127.0.0.1 too, for clients that
    // verify the address they dialled.
    const TestCa::Leaf leaf = m_ca->issue({domain(), mucDomain(), uploadDomain(), host()});
    if (leaf.certFile.isEmpty())
        return fail(error, QStringLiteral("cannot issue Prosody's certificate: ") + m_ca->error());
    // Prosody finds "<host>.crt"/"<host>.key" in the `certificates` folder.
    const QString crt = d.filePath(QStringLiteral("certs/localhost.crt"));
    const QString key = d.filePath(QStringLiteral("certs/localhost.key"));
    if (!QFile::copy(leaf.certFile, crt) || !QFile::copy(leaf.keyFile, key))
        return fail(error, QStringLiteral("cannot copy the certificate into ") + d.path());

    if (!pickPorts(error) || !writeConfig(error))
        return false;
    m_prepared = true;
    return true;
}

bool ProsodyFixture::pickPorts(QString *error)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        // Held open together so the four ports differ; closed just before Prosody binds them.
        QTcpServer servers[4];
        bool ok = true;
        for (QTcpServer &s : servers)
            ok = ok && s.listen(kLoopback, 0);
        if (!ok)
            continue;
        m_c2sPort = servers[0].serverPort();
        m_directTlsPort = servers[1].serverPort();
        m_httpPort = servers[2].serverPort();
        m_httpsPort = servers[3].serverPort();
        return true;
    }
    return fail(error, QStringLiteral("cannot find free ports on 127.0.0.1"));
}

bool ProsodyFixture::writeConfig(QString *error)
{
    const QDir d(m_dir->path());
    auto path = [&](const char *name) { return luaString(d.filePath(QLatin1String(name))); };
    const QString level = qEnvironmentVariableIntValue("CHARLA_PROSODY_DEBUG") != 0
                              ? QStringLiteral("debug")
                              : QStringLiteral("info");

    QString cfg;
    cfg += QStringLiteral(
        "-- Generated by charla::test::ProsodyFixture for one test run; loopback only.\n"
        "-- Runs in the foreground (prosody -F): the 'daemonize' option is deprecated in 0.12.\n"
        "run_as_root = true\n");
    cfg += QStringLiteral("pidfile = ") + path("prosody.pid") + QLatin1Char('\n');
    cfg += QStringLiteral("data_path = ") + path("data") + QLatin1Char('\n');
    cfg += QStringLiteral("admin_socket = ") + path("admin.sock") + QLatin1Char('\n');
    cfg += QStringLiteral("certificates = ") + path("certs") + QLatin1Char('\n');
    cfg += QStringLiteral("ssl = { certificate = %1; key = %2; }\n")
               .arg(path("certs/localhost.crt"), path("certs/localhost.key"));
    cfg +=
        QStringLiteral("log = { { levels = { min = \"%1\" }; to = \"file\"; filename = %2; } }\n")
            .arg(level, path("prosody.log"));
    cfg += QStringLiteral("\n"
                          "interfaces = { \"127.0.0.1\" }\n"
                          "local_interfaces = { \"127.0.0.1\" }\n"
                          "http_interfaces = { \"127.0.0.1\" }\n"
                          "https_interfaces = { \"127.0.0.1\" }\n"
                          "c2s_ports = { %1 }\n"
                          "c2s_direct_tls_ports = { %2 }\n"
                          "http_ports = { %3 }\n"
                          "https_ports = { %4 }\n"
                          "legacy_ssl_ports = { }\n"
                          "s2s_ports = { }\n"
                          "component_ports = { }\n")
               .arg(m_c2sPort)
               .arg(m_directTlsPort)
               .arg(m_httpPort)
               .arg(m_httpsPort);
    cfg += QStringLiteral(
        "\n"
        "modules_enabled = {\n"
        "    \"roster\"; \"saslauth\"; \"tls\"; \"disco\"; \"carbons\"; \"pep\"; \"private\";\n"
        "    \"blocklist\"; \"vcard4\"; \"vcard_legacy\"; \"version\"; \"ping\"; \"register\";\n"
        "    \"mam\"; \"csi_simple\"; \"smacks\"; \"bookmarks\";\n"
        "    \"admin_shell\"; -- for prosodyctl shell (fault tests)\n");
    for (const QString &m : m_extraModules)
        cfg += QStringLiteral("    \"%1\";\n").arg(m);
    cfg += QStringLiteral("}\n");
    if (!m_admins.isEmpty()) {
        QStringList quoted;
        for (const QString &a : m_admins)
            quoted << QStringLiteral("\"%1\"").arg(a);
        cfg += QStringLiteral("admins = { %1 }\n").arg(quoted.join(QStringLiteral(", ")));
    }
    cfg += QStringLiteral(
        "modules_disabled = { \"s2s\" }\n"
        "\n"
        "authentication = \"internal_hashed\" -- SCRAM-SHA-1 needs hashed storage\n"
        "storage = \"internal\"\n"
        "c2s_require_encryption = true\n"
        "allow_registration = true\n");
    if (!m_extraGlobal.isEmpty())
        cfg += QStringLiteral("\n-- extra (setExtraConfig)\n") + m_extraGlobal + QLatin1Char('\n');
    cfg += QStringLiteral("\nVirtualHost \"localhost\"\n");
    if (!m_extraHost.isEmpty())
        cfg += QStringLiteral("    -- extra (setExtraConfig)\n") + m_extraHost + QLatin1Char('\n');
    cfg +=
        QStringLiteral("\n"
                       "Component \"conference.localhost\" \"muc\"\n"
                       "    modules_enabled = { \"muc_mam\" }\n"
                       "\n"
                       "-- Served as https://127.0.0.1:PORT/file_share/ (http_host), never a name\n"
                       "-- that would need DNS; its URLs are https because an https port exists.\n"
                       "-- The size limit is http_file_share_size_limit (10 MiB unless set).\n"
                       "Component \"upload.localhost\" \"http_file_share\"\n"
                       "    http_host = \"127.0.0.1\"\n");

    QFile f(configFile());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(cfg.toUtf8()) < 0)
        return fail(error, QStringLiteral("cannot write ") + configFile());
    return true;
}

bool ProsodyFixture::start(QString *error)
{
    if (isRunning())
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("prosody")).isEmpty())
        return fail(error, QStringLiteral("prosody is not installed; run ./scripts/setup"));
    if (!prepare(error))
        return false;
    for (int attempt = 1; attempt <= kLaunchAttempts; ++attempt) {
        bool clash = false;
        if (launch(error, &clash))
            return true;
        // Another process took a port between pickPorts() and Prosody's bind: new ports.
        if (!clash || attempt == kLaunchAttempts || !pickPorts(error) || !writeConfig(error))
            return false;
    }
    return false;
}

bool ProsodyFixture::restart(QString *error)
{
    if (!m_prepared)
        return start(error);
    stop();
    if (!writeConfig(error))
        return false;
    // Clients reconnect to the same ports, so keep them; a clash here is only a brief overlap.
    QDeadlineTimer deadline(10000);
    for (;;) {
        bool clash = false;
        if (launch(error, &clash))
            return true;
        if (!clash || deadline.hasExpired())
            return false;
        QThread::msleep(200);
    }
}

bool ProsodyFixture::launch(QString *error, bool *portClash)
{
    *portClash = false;
    const QString prosody = QStandardPaths::findExecutable(QStringLiteral("prosody"));
    if (prosody.isEmpty())
        return fail(error, QStringLiteral("prosody is not installed; run ./scripts/setup"));

    m_logOffset = QFileInfo(logFile()).size();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(prosody);
    m_process->setArguments({QStringLiteral("-F"), QStringLiteral("--config"), configFile()});
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("prosody.stdout")),
                                     QIODevice::Append);
#ifdef Q_OS_LINUX
    // If the test process dies without stopping us (crash, ctest timeout), Prosody gets SIGTERM.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        const QString why = m_process->errorString();
        m_process.reset();
        return fail(error, QStringLiteral("cannot run %1: %2").arg(prosody, why));
    }

    const auto activated = [](const char *service, quint16 port) {
        return QStringLiteral("Activated service '%1' on [127.0.0.1]:%2")
            .arg(QLatin1String(service))
            .arg(port);
    };
    const QStringList wanted{activated("c2s", m_c2sPort),
                             activated("c2s_direct_tls", m_directTlsPort),
                             activated("http", m_httpPort), activated("https", m_httpsPort)};
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        // Doubles as the poll interval, and notices an early exit (bad config, missing module).
        if (m_process->waitForFinished(50)) {
            const QString how =
                m_process->exitStatus() == QProcess::CrashExit
                    ? QStringLiteral("crashed")
                    : QStringLiteral("exited with code %1").arg(m_process->exitCode());
            m_process.reset();
            return fail(
                error,
                QStringLiteral("Prosody %1 while starting (config %2)").arg(how, configFile()));
        }
        const QString newLog = readText(logFile(), m_logOffset);
        if (newLog.contains(QLatin1String("Failed to open server port"))) {
            *portClash = true;
            const QString reason = QStringLiteral("Prosody could not bind its ports (%1, %2, %3, %4)")
                                       .arg(m_c2sPort)
                                       .arg(m_directTlsPort)
                                       .arg(m_httpPort)
                                       .arg(m_httpsPort);
            fail(error, reason);
            stop();
            return false;
        }
        bool all = true;
        for (const QString &line : wanted)
            all = all && newLog.contains(line);
        if (all && portAnswers(m_c2sPort))
            return true;
    }
    fail(error,
         QStringLiteral("Prosody did not open its ports within %1 s").arg(kStartTimeoutMs / 1000));
    stop();
    return false;
}

void ProsodyFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        const qint64 id = m_process->processId();
        if (m_suspended && id > 0)
            ::kill(pid_t(id), SIGCONT); // a stopped process would not act on SIGTERM
        m_process->terminate();         // SIGTERM to this PID only
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            m_process->kill(); // SIGKILL to this PID only
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    m_suspended = false;
}

void ProsodyFixture::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
    m_suspended = false;
}

bool ProsodyFixture::suspend()
{
    const qint64 id = pid();
    if (id <= 0 || ::kill(pid_t(id), SIGSTOP) != 0)
        return false;
    m_suspended = true;
    return true;
}

bool ProsodyFixture::resume()
{
    const qint64 id = pid();
    if (id <= 0 || ::kill(pid_t(id), SIGCONT) != 0)
        return false;
    m_suspended = false;
    return true;
}

bool ProsodyFixture::isRunning() const
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    // Without an event loop QProcess learns of an exit only when asked; this reaps it.
    return !m_process->waitForFinished(0);
}

qint64 ProsodyFixture::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool ProsodyFixture::runProsodyctl(const QStringList &args, QString *output, int timeoutMs)
{
    const QString ctl = QStandardPaths::findExecutable(QStringLiteral("prosodyctl"));
    if (ctl.isEmpty()) {
        if (output)
            *output = QStringLiteral("prosodyctl is not installed; run ./scripts/setup");
        return false;
    }
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice()); // never wait for a typed password
    p.start(ctl, QStringList{QStringLiteral("--config"), configFile()} + args);
    if (!p.waitForStarted(10000)) {
        if (output)
            *output = p.errorString();
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (output)
            *output = QStringLiteral("prosodyctl %1 timed out").arg(args.value(0));
        return false;
    }
    if (output)
        *output = withoutDependencyBanner(QString::fromUtf8(p.readAll()));
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool ProsodyFixture::createAccount(const QString &user, const QString &password, QString *error)
{
    if (!prepare(error))
        return false;
    QString out;
    if (runProsodyctl({QStringLiteral("register"), user, domain(), password}, &out))
        return true;
    if (error)
        *error = QStringLiteral("prosodyctl register %1 %2 failed: %3").arg(user, domain(), out);
    return false;
}

bool ProsodyFixture::deleteAccount(const QString &user, QString *error)
{
    if (!prepare(error))
        return false;
    QString out;
    const QString jid = user + QLatin1Char('@') + domain();
    if (runProsodyctl({QStringLiteral("deluser"), jid}, &out))
        return true;
    if (error)
        *error = QStringLiteral("prosodyctl deluser %1 failed: %2").arg(jid, out);
    return false;
}

bool ProsodyFixture::shell(const QString &command, QString *output)
{
    if (!isRunning()) {
        if (output)
            *output = QStringLiteral("Prosody is not running");
        return false;
    }
    QString out;
    const bool ok = runProsodyctl({QStringLiteral("shell"), command}, &out);
    if (output)
        *output = out;
    // The shell reports a failed command as text, with exit code 0.
    return ok && !out.contains(QLatin1String("! "));
}

QString ProsodyFixture::log() const
{
    if (!m_dir)
        return QString();
    QString text = readText(logFile());
    const QString out =
        withoutDependencyBanner(readText(m_dir->filePath(QStringLiteral("prosody.stdout"))));
    if (!out.isEmpty())
        text += QStringLiteral("--- Prosody stdout/stderr ---\n") + out + QLatin1Char('\n');
    return text;
}

QString ProsodyFixture::logTail(int lines) const
{
    const QStringList all = log().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1Char('\n'));
}

} // namespace charla::test
