#include "stanza/Delay.h"

#include <QRegularExpression>

namespace charla {

QDateTime Delay::parseStamp(const QString &text)
{
    // XEP-0082 3.3: the time zone designator is required ('Z' or +hh:mm); fractions optional.
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!re.match(text).hasMatch())
        return {};
    QString normalised = text;
    // Qt reads at most milliseconds; longer fractions (Prosody sends microseconds) are cut.
    const int dot = normalised.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        int end = dot + 1;
        while (end < normalised.size() && normalised.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            normalised.remove(dot + 4, end - dot - 4);
    }
    QDateTime dt = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

QString Delay::formatStamp(const QDateTime &stamp)
{
    const QDateTime utc = stamp.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

std::optional<Delay> Delay::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("delay") || e.ns() != Namespace)
        return std::nullopt;
    Delay d;
    d.stamp = parseStamp(e.attribute(QStringLiteral("stamp")));
    if (!d.stamp.isValid())
        return std::nullopt;
    d.from = e.attribute(QStringLiteral("from"));
    d.reason = e.text();
    return d;
}

std::optional<Delay> Delay::fromMessage(const Element &stanza)
{
    return fromElement(stanza.firstChild(QStringLiteral("delay"), Namespace));
}

Element Delay::toElement() const
{
    Element e(QStringLiteral("delay"), Namespace);
    e.setAttribute(QStringLiteral("stamp"), formatStamp(stamp));
    if (!from.isEmpty())
        e.setAttribute(QStringLiteral("from"), from);
    if (!reason.isEmpty())
        e.setText(reason);
    return e;
}

} // namespace charla
