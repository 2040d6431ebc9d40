// charla-cli: a console client on the same core as the desktop app, for scripts and for tests.
// Wiring only: the commands are charla::CliRunner.
#include "cli/CliRunner.h"
#include "i18n/Translations.h"
#include "platform/TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>


using charla::CliRunner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Charla"));
    QCoreApplication::setOrganizationName(QStringLiteral("Charla"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARLA_VERSION));
    charla::installTranslations(app);
    // Charla's debug output only on request (QT_LOGGING_RULES="charla.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("charla.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("charla-cli", "Charla's console XMPP client.\n\n"
          "Commands:\n"
          "  check                 connect, print the connection's details as JSON\n"
          "  send JID TEXT         send a chat message; exit once the server has it\n"
          "  listen [--seconds N]  print incoming messages as JSON lines\n"
          "  xml                   XML console: print the stream, send stanzas read from stdin\n"
          "  roster                print the contact list as JSON\n"
          "  presence SHOW [STATUS] [--seconds N]\n"
          "                        be online|chat|away|xa|dnd and print contacts' presence\n"
          "  muc join ROOM NICK [--seconds N]\n"
          "                        join a group chat, print its messages as JSON lines\n"
          "  muc send ROOM TEXT    send to a group chat; exit once the room has it\n"
          "  disco JID [NODE]      what JID (or its NODE) is and offers, as JSON\n"
          "  command JID NODE [--field var=value]...\n"
          "                        run an ad-hoc command; asks each field on a terminal\n"
          "  pubsub JID NODE [--limit N]\n"
          "                        the items of a pubsub node (or PEP node) as JSON lines\n"
          "  register JID [--field var=value]...\n"
          "                        register with a service or gateway; asks on a terminal\n"
          "  account add JID       store an account in --profile (password in the keychain)\n"
          "  history JID [--limit N]\n"
          "                        the newest N messages with JID from the local history\n"
          "  search TEXT [--limit N]\n"
          "                        search the local history, newest first (JSON lines)\n\n"
          "Exit codes: 0 ok, 1 usage, 2 connection or TLS, 3 authentication, 4 remote error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("charla-cli", "Keep settings, history and keychain entries under DIR."),
                                     QCoreApplication::translate("charla-cli", "DIR"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     QCoreApplication::translate("charla-cli", "Use the account JID stored in --profile."), QCoreApplication::translate("charla-cli", "JID"));
    const QCommandLineOption jid(QStringLiteral("jid"), QCoreApplication::translate("charla-cli", "Log in as JID."), QCoreApplication::translate("charla-cli", "JID"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QCoreApplication::translate("charla-cli", "Read the password from the first line of FILE."),
                                          QCoreApplication::translate("charla-cli", "FILE"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QCoreApplication::translate("charla-cli", "Connect to HOST instead of looking up DNS SRV records."),
                                  QCoreApplication::translate("charla-cli", "HOST"));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("charla-cli", "Connect to PORT."), QCoreApplication::translate("charla-cli", "PORT"));
    const QCommandLineOption directTls(QStringLiteral("direct-tls"),
                                       QCoreApplication::translate("charla-cli", "Use TLS from the first byte (XEP-0368) instead of "
                                         "STARTTLS."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QCoreApplication::translate("charla-cli", "Also trust the CA certificates in PEM."), QCoreApplication::translate("charla-cli", "PEM"));
    const QCommandLineOption resource(QStringLiteral("resource"), QCoreApplication::translate("charla-cli", "Ask for resource R."),
                                      QCoreApplication::translate("charla-cli", "R"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   QCoreApplication::translate("charla-cli", "Connect through a proxy: socks5://HOST:PORT, "
                                     "http://HOST:PORT (HTTP CONNECT), system (the system's "
                                     "proxy) or none (the default)."),
                                   QCoreApplication::translate("charla-cli", "URL"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QCoreApplication::translate("charla-cli", "listen, presence, muc join: stop after N seconds."), QCoreApplication::translate("charla-cli", "N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("charla-cli", "Give up after N seconds without an answer (default 30)."),
                                     QCoreApplication::translate("charla-cli", "N"));
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   QCoreApplication::translate("charla-cli", "roster: print what the login transferred (JSON on stderr)."));
    parser.addOption(stats);
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("charla-cli", "history, search: at most N messages (default 50)."), QCoreApplication::translate("charla-cli", "N"));
    parser.addOption(limit);
    const QCommandLineOption waitReceipt(
        QStringLiteral("wait-receipt"),
        QCoreApplication::translate("charla-cli", "send: exit only once the recipient confirms delivery (XEP-0184 receipt); exit code 5 when no receipt comes in time."));
    parser.addOption(waitReceipt);
    const QCommandLineOption local(QStringLiteral("local"),
                                   QCoreApplication::translate("charla-cli", "history: print the local store without asking the server's "
                                     "archive first."));
    parser.addOption(local);
    const QCommandLineOption field(QStringLiteral("field"),
                                   QCoreApplication::translate("charla-cli", "command: answer the form field VAR with VALUE (repeat for several values or fields)."),
                                   QCoreApplication::translate("charla-cli", "var=value"));
    parser.addOption(field);
    const QCommandLineOption roomPassword(
        QStringLiteral("room-password-file"),
        QCoreApplication::translate("charla-cli", "muc: the room's password, read from the first line of FILE."),
        QCoreApplication::translate("charla-cli", "FILE"));
    parser.addOption(roomPassword);
    parser.addOptions({profile, account, jid, passwordFile, host, port, directTls, caFile, resource,
                       proxy, seconds, timeout});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("charla-cli", "The command to run."),
                                 QStringLiteral("command [arguments]"));

    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return CliRunner::Usage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(CliRunner::Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    CliRunner::Options o;
    o.profileDir = parser.value(profile);
    o.account = parser.value(account);
    o.jid = parser.value(jid);
    o.passwordFile = parser.value(passwordFile);
    o.roomPasswordFile = parser.value(roomPassword);
    o.host = parser.value(host);
    o.directTls = parser.isSet(directTls);
    o.caFile = parser.value(caFile);
    o.resource = parser.value(resource);
    o.positional = parser.positionalArguments();
    o.stats = parser.isSet(stats);
    o.waitReceipt = parser.isSet(waitReceipt);
    o.localOnly = parser.isSet(local);
    o.fields = parser.values(field);
    if (parser.isSet(proxy)) {
        QString error;
        o.proxy = charla::ProxySettings::fromUrl(parser.value(proxy), &error);
        if (!o.proxy) {
            QTextStream(stderr) << error << '\n';
            return CliRunner::Usage;
        }
    }
    bool ok = true;
    if (parser.isSet(port)) {
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            QTextStream(stderr) << QCoreApplication::translate("charla-cli", "--port needs a number from 1 to 65535.") << '\n';
            return CliRunner::Usage;
        }
        o.port = quint16(p);
    }
    if (parser.isSet(seconds)) {
        o.seconds = parser.value(seconds).toInt(&ok);
        if (!ok || o.seconds < 0) {
            QTextStream(stderr) << QCoreApplication::translate("charla-cli", "--seconds needs a whole number of seconds.") << '\n';
            return CliRunner::Usage;
        }
    }
    if (parser.isSet(limit)) {
        o.limit = parser.value(limit).toInt(&ok);
        if (!ok || o.limit <= 0) {
            QTextStream(stderr) << QCoreApplication::translate("charla-cli", "--limit needs a whole number greater than 0.") << '\n';
            return CliRunner::Usage;
        }
    }
    if (parser.isSet(timeout)) {
        const int s = parser.value(timeout).toInt(&ok);
        if (!ok || s <= 0) {
            QTextStream(stderr) << QCoreApplication::translate("charla-cli", "--timeout needs a whole number of seconds.") << '\n';
            return CliRunner::Usage;
        }
        o.timeoutMs = s * 1000;
    }
    CliRunner runner;
    charla::handleTerminationSignals([&runner] { runner.stop(); });
    return runner.run(o);
}
