// charla-cli: a console client on the same core as the desktop app, for scripts and for tests.
#include "i18n/Translations.h"
#include "storage/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
enum ExitCode { Ok = 0, Usage = 1 };
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Charla"));
    QCoreApplication::setOrganizationName(QStringLiteral("Charla"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARLA_VERSION));
    charla::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("charla-cli", "Charla's console XMPP client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("charla-cli",
                                    "Keep settings, history and keychain entries under DIR."),
        QCoreApplication::translate("charla-cli", "DIR"));
    parser.addOption(profileOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("charla-cli", "The command to run."));

    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const charla::Profile profile = parser.isSet(profileOption)
                                        ? charla::Profile(parser.value(profileOption))
                                        : charla::Profile();
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("charla-cli",
                                                           "No command given. See --help.")
                            << '\n';
        return Usage;
    }
    QTextStream(stderr) << QCoreApplication::translate("charla-cli", "Unknown command: %1")
                               .arg(args.first())
                        << '\n';
    return Usage;
}
