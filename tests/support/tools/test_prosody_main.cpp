// charla-test-prosody: a private Prosody on 127.0.0.1 for scripts/demo and for trying Charla by
// hand. Starts a ProsodyFixture, creates the accounts given with --account, prints one JSON line
// describing the server, and runs until SIGTERM/SIGINT or until its stdin (a pipe) closes; then
// stops Prosody by its PID.
#include "DemoContacts.h"
#include "ProsodyFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

enum ExitCode { Ok = 0, Usage = 1, StartFailed = 2, ProsodyDied = 3 };

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = char(signal);
    const ssize_t n = ::write(g_signalPipe[1], &c, 1); // async-signal-safe
    (void)n;
}

bool installSignalHandlers()
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    for (int fd : g_signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // Prosody and prosodyctl must not inherit them
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0 &&
           ::sigaction(SIGHUP, &sa, nullptr) == 0;
}

// Only a pipe or socket is watched: /dev/null (a background job's stdin) would end at once, and
// reading a terminal from the background would stop the process with SIGTTIN.
bool stdinIsPipe()
{
    struct stat st = {};
    return ::fstat(STDIN_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("charla-test-prosody"));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("charla.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a private Prosody on 127.0.0.1 (random ports, throw-away CA, temp data) and prints\n"
        "one JSON line: c2s_port, direct_tls_port, http_port, domain, ca_file, pid (Prosody's).\n"
        "Runs until SIGTERM/SIGINT, or until stdin closes when stdin is a pipe."));
    parser.addHelpOption();
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        QStringLiteral("Create USER@localhost with PASSWORD (repeatable)."),
        QStringLiteral("user:password"));
    const QCommandLineOption debugOption(QStringLiteral("debug"),
                                         QStringLiteral("Debug-level Prosody log."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep Prosody's temp dir on exit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-contacts"),
        QStringLiteral("Give USER (created with --account) the demo contacts alice, bob, carol and\n"
                       "dave (created here), subscribed both ways; alice, bob and carol stay\n"
                       "online with a status."),
        QStringLiteral("user"));
    parser.addOptions({accountOption, debugOption, keepOption, demoOption});
    parser.process(app);

    QList<QPair<QString, QString>> accounts;
    for (const QString &value : parser.values(accountOption)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == value.size() - 1) {
            err() << "charla-test-prosody: --account wants user:password, got " << value
                  << Qt::endl;
            return Usage;
        }
        accounts.append({value.left(colon), value.mid(colon + 1)});
    }
    if (parser.isSet(debugOption))
        qputenv("CHARLA_PROSODY_DEBUG", "1");
    if (parser.isSet(keepOption))
        qputenv("CHARLA_PROSODY_KEEP", "1");

    // Before start(): a signal during startup is then handled as soon as the loop runs.
    if (!installSignalHandlers()) {
        err() << "charla-test-prosody: cannot install signal handlers" << Qt::endl;
        return StartFailed;
    }

    charla::test::ProsodyFixture prosody;
    QString error;
    if (!prosody.start(&error)) {
        err() << "charla-test-prosody: " << error << Qt::endl;
        return StartFailed;
    }
    QJsonArray jids;
    for (const auto &[user, password] : accounts) {
        if (!prosody.createAccount(user, password, &error)) {
            err() << "charla-test-prosody: " << error << Qt::endl;
            return StartFailed; // the fixture's destructor stops Prosody
        }
        jids.append(QString(user + QLatin1Char('@') + prosody.domain()));
    }

    charla::test::DemoContacts demo(prosody);
    if (parser.isSet(demoOption)) {
        const QString owner = parser.value(demoOption);
        QString ownerPassword;
        for (const auto &[user, password] : accounts)
            if (user == owner)
                ownerPassword = password;
        using C = charla::test::DemoContacts::Contact;
        const QList<C> contacts = {
            {QStringLiteral("alice"), QStringLiteral("alice-password"), QStringLiteral("Alice"),
             {QStringLiteral("Amigos")}, QStringLiteral("chat"), QStringLiteral("¡Probando Charla!"),
             {QStringLiteral("¡Hola! ¿Vienes el sábado a la *cena*?"),
              QStringLiteral("> ¡Claro! ¿A qué hora?"),
              QStringLiteral("A las 21:00. La dirección está en https://example.org/mapa"),
              QStringLiteral("> Perfecto, allí estaré 🎉")}},
            {QStringLiteral("bob"), QStringLiteral("bob-password"), QStringLiteral("Bob"),
             {QStringLiteral("Trabajo")}, QStringLiteral("away"), QStringLiteral("En una reunión"),
             {QStringLiteral("> ¿Has visto el informe?"),
              QStringLiteral("Sí, te mando los comentarios después de la reunión.")}},
            {QStringLiteral("carol"), QStringLiteral("carol-password"), QStringLiteral("Carol"),
             {QStringLiteral("Amigos"), QStringLiteral("Trabajo")}, QStringLiteral("dnd"),
             QStringLiteral("Concentrada"), {}},
            {QStringLiteral("dave"), QStringLiteral("dave-password"), QStringLiteral("Dave"),
             {QStringLiteral("Trabajo")}, QString(), QString(), {}},
        };
        for (const C &c : contacts) {
            bool exists = false;
            for (const auto &a : accounts)
                exists |= a.first == c.user;
            if (!exists && !prosody.createAccount(c.user, c.password, &error)) {
                err() << "charla-test-prosody: " << error << Qt::endl;
                return StartFailed;
            }
        }
        if (ownerPassword.isEmpty() || !demo.setUp(owner, ownerPassword, contacts, &error)) {
            err() << "charla-test-prosody: demo contacts: "
                  << (ownerPassword.isEmpty() ? QStringLiteral("--demo-contacts needs --account for that user") : error)
                  << Qt::endl;
            return StartFailed;
        }
    }

    const QJsonObject info{
        {QStringLiteral("c2s_port"), prosody.c2sPort()},
        {QStringLiteral("direct_tls_port"), prosody.directTlsPort()},
        {QStringLiteral("http_port"), prosody.httpPort()},
        {QStringLiteral("host"), prosody.host()},
        {QStringLiteral("domain"), prosody.domain()},
        {QStringLiteral("muc_domain"), prosody.mucDomain()},
        {QStringLiteral("upload_domain"), prosody.uploadDomain()},
        {QStringLiteral("ca_file"), prosody.caFile()},
        {QStringLiteral("log_file"), prosody.logFile()},
        {QStringLiteral("accounts"), jids},
        {QStringLiteral("pid"), prosody.pid()},
    };
    std::fputs(QJsonDocument(info).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    int exitCode = Ok;
    QSocketNotifier signals(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signals, &QSocketNotifier::activated, &app, [&] {
        char c = 0;
        if (::read(g_signalPipe[0], &c, 1) == 1)
            err() << "charla-test-prosody: signal " << int(c) << ", stopping Prosody" << Qt::endl;
        QCoreApplication::quit();
    });

    std::unique_ptr<QSocketNotifier> input;
    if (stdinIsPipe()) {
        input = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(input.get(), &QSocketNotifier::activated, &app, [&] {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN)))
                return; // input is ignored; only its end matters
            input->setEnabled(false);
            err() << "charla-test-prosody: stdin closed, stopping Prosody" << Qt::endl;
            QCoreApplication::quit();
        });
    }

    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        if (prosody.isRunning())
            return;
        err() << "charla-test-prosody: Prosody exited on its own\n"
              << prosody.logTail() << Qt::endl;
        exitCode = ProsodyDied;
        QCoreApplication::quit();
    });
    watchdog.start(500);

    app.exec();
    prosody.stop();
    return exitCode;
}
