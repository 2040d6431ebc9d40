// charla: the desktop client. Wiring only: the work is in charla-core and charla-ui.
#include "AccountActions.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
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

    // A logout or `kill` ends Charla like Quit does: streams closed, contacts told at once.
    charla::handleTerminationSignals([] { QApplication::quit(); });
    charla::MainWindow window(profile);
    window.show();
    // A first start has nothing to show yet: the way to add an account, instead of an empty list.
    window.accountActions()->openWizardIfNoAccount();
    return app.exec();
}
