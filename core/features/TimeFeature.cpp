#include "features/TimeFeature.h"

#include "features/CoreFeatures.h"
#include "stream/Client.h"

#include <QRegularExpression>

#include <cstdlib>

namespace charla {

EntityTime EntityTime::fromDateTime(const QDateTime &dateTime)
{
    return EntityTime{dateTime.toUTC(), dateTime.offsetFromUtc()};
}

QString EntityTime::formatTzo(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> EntityTime::parseTzo(const QString &text)
{
    if (text == QLatin1String("Z"))
        return 0;
    static const QRegularExpression re(QStringLiteral("^([+-])([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QDateTime EntityTime::parseDateTime(const QString &text)
{
    // XEP-0082 3.2: CCYY-MM-DDThh:mm:ss[.sss]TZD, the TZD mandatory.
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]+))?"
        "(Z|[+-][0-9]{2}:[0-9]{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const auto offset = parseTzo(m.captured(8));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Fractions past milliseconds MAY be ignored (XEP-0082 3.2).
    const int ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!offset || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, *offset).toUTC();
}

std::optional<EntityTime> EntityTime::fromElement(const Element &time)
{
    if (time.name() != QLatin1String("time") || time.ns() != TimeFeature::Namespace)
        return std::nullopt;
    const auto tzo = parseTzo(time.childText(QStringLiteral("tzo"), TimeFeature::Namespace));
    // XEP-0202 2: utc MUST be in UTC; an explicit offset is still unambiguous, so it is taken.
    const QDateTime utc =
        parseDateTime(time.childText(QStringLiteral("utc"), TimeFeature::Namespace));
    if (!tzo || !utc.isValid())
        return std::nullopt;
    return EntityTime{utc, *tzo};
}

Element EntityTime::toElement() const
{
    const QString ns = TimeFeature::Namespace;
    Element time(QStringLiteral("time"), ns);
    time.addChild(QStringLiteral("tzo"), ns).setText(formatTzo(tzoSeconds));
    // Qt::ISODate: whole seconds and a 'Z' (fractions are optional in XEP-0082).
    time.addChild(QStringLiteral("utc"), ns).setText(utc.toUTC().toString(Qt::ISODate));
    return time;
}

TimeFeature::TimeFeature(QObject *parent)
    : Feature(parent), m_clock([] { return QDateTime::currentDateTime(); })
{}

bool TimeFeature::handleStanza(const Element &stanza)
{
    if (!client() || incomingGet(*client(), stanza, QStringLiteral("time"), Namespace).isNull())
        return false;
    Element reply = iqResultFor(stanza);
    reply.appendChild(EntityTime::fromDateTime(m_clock()).toElement());
    client()->send(reply);
    return true;
}

void TimeFeature::requestTime(const Jid &jid, QObject *context, TimeCallback done)
{
    Q_ASSERT(client());
    sendGet<EntityTime>(*client(), jid.full(), Element(QStringLiteral("time"), Namespace), context,
                        &EntityTime::fromElement, std::move(done));
}

} // namespace charla
