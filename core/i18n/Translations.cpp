#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace charla {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Charla's catalogues are compiled into the executables under :/i18n (see translations/).
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("charla"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No catalogue for this language: the English source text is shown, with the English
        // plural forms from charla_en ("1 message", not "1 message(s)").
        if (own->load(QStringLiteral("charla_en"), QStringLiteral(":/i18n")))
            app.installTranslator(own);
        else
            delete own;
        return {};
    }
    app.installTranslator(own);
    if (own->language().startsWith(QLatin1String("en")))
        return {};
    // Qt's own strings (standard dialog buttons, context menus) when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace charla
