#include "services/ServiceText.h"

#include <QCoreApplication>
#include <QStringList>

namespace charla {

QString ServiceText::duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    const int secs = int(seconds % 60);
    QStringList parts;
    if (days > 0)
        parts << QCoreApplication::translate("charla::ServiceText", "%n day(s)", nullptr, int(days));
    if (hours > 0)
        parts << QCoreApplication::translate("charla::ServiceText", "%n hour(s)", nullptr, hours);
    if (minutes > 0 && days == 0)
        parts << QCoreApplication::translate("charla::ServiceText", "%n minute(s)", nullptr,
                                             minutes);
    if (days == 0 && hours == 0 && (secs > 0 || parts.isEmpty()))
        parts << QCoreApplication::translate("charla::ServiceText", "%n second(s)", nullptr, secs);
    while (parts.size() > 2)
        parts.removeLast();
    return parts.join(QStringLiteral(", "));
}

} // namespace charla
