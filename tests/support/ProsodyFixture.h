#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace charla { struct SessionConfig; }

class QProcess;
class QTemporaryDir;

namespace charla::test {

class TestCa;

/// A private Prosody 0.12 for integration tests: generated config, random free ports on
/// 127.0.0.1 only, a certificate from a throw-away TestCa, data in a temp dir.
///
/// `ProsodyFixture p; QVERIFY2(p.start(&error), qPrintable(error)); p.createAccount(...);`
/// Clients trust only caFile() and verify the name domain(). The server is stopped by the PID
/// this fixture started (never by name) in stop() and in the destructor; on Linux it also gets
/// SIGTERM if the test process dies, so a crashed test leaves no server behind.
///
/// Set CHARLA_PROSODY_DEBUG=1 for a debug-level log, CHARLA_PROSODY_KEEP=1 to keep the temp dir.
class ProsodyFixture
{
public:
    ProsodyFixture();
    ~ProsodyFixture();
    ProsodyFixture(const ProsodyFixture &) = delete;
    ProsodyFixture &operator=(const ProsodyFixture &) = delete;

    /// Lua lines added to the global section and to the VirtualHost, e.g.
    /// `smacks_hibernation_time = 5`. Takes effect at the next start()/restart().
    void setExtraConfig(const QString &global, const QString &virtualHost = QString());
    /// Loads @p module too (added to the global modules_enabled), e.g. "admin_adhoc".
    /// Takes effect at the next start()/restart().
    void addModule(const QString &module) { m_extraModules.append(module); }
    /// Makes @p bareJid a server administrator (`admins`), e.g. for XEP-0133 commands.
    void addAdmin(const QString &bareJid) { m_admins.append(bareJid); }

    /// Starts Prosody and waits until its ports answer. False (and @p error says why, with the
    /// log's tail) when Prosody is missing, the config is rejected or it does not come up.
    bool start(QString *error = nullptr);
    /// SIGTERM by PID, then SIGKILL after a timeout. Safe to call when not running.
    void stop();
    /// stop() then start() on the same ports with the same data (accounts survive).
    bool restart(QString *error = nullptr);
    /// SIGKILL by PID: a crash, with no stream close sent to clients.
    void kill();
    /// SIGSTOP / SIGCONT by PID: the server hangs with its sockets open (timeouts, pings).
    bool suspend();
    bool resume();
    bool isRunning() const;
    /// PID of the running Prosody, 0 when not running.
    qint64 pid() const;

    quint16 c2sPort() const { return m_c2sPort; }
    quint16 directTlsPort() const { return m_directTlsPort; }
    quint16 httpPort() const { return m_httpPort; }
    /// HTTPS with the test CA's certificate (also valid for 127.0.0.1); http_file_share's
    /// upload and download URLs point here. Limit: `http_file_share_size_limit` in
    /// setExtraConfig's global part.
    quint16 httpsPort() const { return m_httpsPort; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString domain() const { return QStringLiteral("localhost"); }
    QString mucDomain() const { return QStringLiteral("conference.localhost"); }
    QString uploadDomain() const { return QStringLiteral("upload.localhost"); }
    /// PEM file of the CA that signed the server's certificate: the only one clients should trust.
    QString caFile() const;
    /// How a test logs USER@localhost in: this server's c2s port (or @p port, e.g. a proxy's),
    /// trusting only caFile(); the password is the tests' convention USER-pw unless given.
    charla::SessionConfig sessionConfig(const QString &user, const QString &resource = QString(),
                                        quint16 port = 0,
                                        const QString &password = QString()) const;
    QString dataDir() const;
    QString configFile() const;
    QString logFile() const;
    /// The temp dir holding config, data, certificates and logs.
    QString dir() const;

    /// Creates user@domain() with prosodyctl (works before and after start()).
    bool createAccount(const QString &user, const QString &password, QString *error = nullptr);
    bool deleteAccount(const QString &user, QString *error = nullptr);
    /// Runs one `prosodyctl shell` command against the running server (e.g.
    /// `c2s:close("alice@localhost")`); returns false when it fails. @p output gets its text.
    bool shell(const QString &command, QString *output = nullptr);

    /// Prosody's log file followed by what it printed on stdout/stderr.
    QString log() const;
    /// The last @p lines lines of log().
    QString logTail(int lines = 40) const;

private:
    bool prepare(QString *error);
    bool pickPorts(QString *error);
    bool writeConfig(QString *error);
    bool launch(QString *error, bool *portClash);
    bool runProsodyctl(const QStringList &args, QString *output, int timeoutMs = 30000);
    bool fail(QString *error, const QString &reason) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    std::unique_ptr<QProcess> m_process;
    QString m_extraGlobal;
    QStringList m_extraModules;
    QStringList m_admins;
    QString m_extraHost;
    quint16 m_c2sPort = 0;
    quint16 m_directTlsPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    qint64 m_logOffset = 0;
    bool m_prepared = false;
    bool m_suspended = false;
};

} // namespace charla::test
