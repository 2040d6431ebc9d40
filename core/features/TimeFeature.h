#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace charla {

/// The payload of XEP-0202 Entity Time: `<time xmlns='urn:xmpp:time'><tzo/><utc/></time>`.
struct EntityTime
{
    QDateTime utc;      ///< the entity's clock, in UTC
    int tzoSeconds = 0; ///< its offset from UTC, in seconds (east positive)

    bool isValid() const { return utc.isValid(); }
    /// The entity's wall-clock time (utc at its offset).
    QDateTime localTime() const { return utc.toOffsetFromUtc(tzoSeconds); }
    /// The time and offset of @p dateTime (for instance QDateTime::currentDateTime()).
    static EntityTime fromDateTime(const QDateTime &dateTime);

    /// Reads a `<time xmlns='urn:xmpp:time'/>` with a valid tzo and utc; nullopt otherwise.
    static std::optional<EntityTime> fromElement(const Element &time);
    /// `<time xmlns='urn:xmpp:time'><tzo>+01:00</tzo><utc>2026-11-21T10:00:00Z</utc></time>`.
    Element toElement() const;

    /// XEP-0082 TZD for an offset: `+01:00`, `-03:30`, `+00:00` (seconds are dropped).
    static QString formatTzo(int seconds);
    /// Parses a XEP-0082 TZD (`Z` or `(+|-)hh:mm`) into seconds; nullopt if it is not one.
    static std::optional<int> parseTzo(const QString &text);
    /// Parses a XEP-0082 DateTime (`CCYY-MM-DDThh:mm:ss[.sss]TZD`) into UTC; invalid if it is
    /// not one.
    static QDateTime parseDateTime(const QString &text);
};

/// XEP-0202 Entity Time: answers with this computer's UTC time and offset; also asks others.
class TimeFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("urn:xmpp:time");
    using TimeCallback = std::function<void(const EntityTime &time, const Error &error)>;
    using Clock = std::function<QDateTime()>;

    explicit TimeFeature(QObject *parent = nullptr);

    QStringList discoFeatures() const override { return {Namespace}; }
    bool handleStanza(const Element &stanza) override;

    /// Where answers take the time from (default QDateTime::currentDateTime); for tests.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Asks @p jid for its time. @p done is not called if @p context is destroyed first.
    void requestTime(const Jid &jid, QObject *context, TimeCallback done);

private:
    Clock m_clock;
};

} // namespace charla
