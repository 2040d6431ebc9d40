// charla: the desktop client. Wiring only: the work is in charla-core and charla-ui.
#include "AccountActions.h"
#include "MainWindow.h"
#include "desktop/DesktopActions.h"
#include "i18n/Translations.h"
#include "platform/SingleInstance.h"
#include "platform/TerminationSignals.h"
#include "storage/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Charla"));
    QApplication::setOrganizationName(QStringLiteral("Charla"));
    QApplication::setApplicationDisplayName(QStringLiteral("Charla"));
    QApplication::setApplicationVersion(QStringLiteral(CHARLA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.charla.Charla"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/charla.svg")));
    charla::installTranslations(app);
    // Charla's debug output only on request (QT_LOGGING_RULES="charla.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("charla.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("charla", "Charla, a desktop XMPP (Jabber) client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("charla", "Keep settings, history and keychain entries under DIR."),
        //: --help: placeholder for a folder name, in capitals like the other placeholders.
        QApplication::translate("charla", "DIR"));
    parser.addOption(profileOption);
    parser.addPositionalArgument(QStringLiteral("uri"),
                                 QApplication::translate("charla", "An xmpp: address to open."),
                                 QStringLiteral("[uri]"));
    parser.process(app);

    const charla::Profile profile = parser.isSet(profileOption)
                                        ? charla::Profile(parser.value(profileOption))
                                        : charla::Profile();
    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("charla", "Charla"), error);
        return 1;
    }

    // One Charla per user and profile: a second launch (an xmpp: link clicked in a browser)
    // hands its links to the running one, which raises its window and acts on them.
    charla::SingleInstance instance(charla::SingleInstance::serverName(profile));
    if (instance.handOver(parser.positionalArguments()))
        return 0;
    QString listenError;
    if (!instance.listen(&listenError)) {
        // Another instance appeared meanwhile and answers now: give it the links after all.
        if (instance.handOver(parser.positionalArguments()))
            return 0;
        qWarning("charla: cannot watch for a second launch: %s", qPrintable(listenError));
    }

    // A logout or `kill` ends Charla like Quit does: streams closed, contacts told at once.
    charla::handleTerminationSignals([] { QApplication::quit(); });
    charla::MainWindow window(profile);
    QObject::connect(&instance, &charla::SingleInstance::argumentsReceived,
                     window.desktopActions(), &charla::DesktopActions::handleArguments);
    window.show();
    // A first start shows the welcome screen (sign in, or create an account); links given on
    // the command line are acted on once the window is up.
    const QStringList links = parser.positionalArguments();
    if (!links.isEmpty()) {
        QMetaObject::invokeMethod(
            window.desktopActions(),
            [&window, links] { window.desktopActions()->handleArguments(links); },
            Qt::QueuedConnection);
    }
    return app.exec();
}
