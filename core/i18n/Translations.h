#pragma once

#include <QLocale>

class QCoreApplication;

namespace charla {

/// Installs Charla's and Qt's own translations for @p locale (the system locale by default).
/// Returns the language that was loaded, or an empty string when English (the source) is used.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace charla
