#pragma once

#include "stanza/Element.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace charla {

/// XEP-0198 bookkeeping for one session, independent of the socket: the inbound and outbound
/// `h` counters (modulo 2^32) and the stanzas sent but not yet acknowledged.
class StreamManagement
{
public:
    /// Resets everything for a fresh stream (not for a resumption).
    void reset();
    /// XEP-0198 <enabled/>: remembers the resumption id (empty when the server will not resume).
    void enabled(const QString &resumeId, const QString &location, int maxSeconds);
    bool isEnabled() const { return m_enabled; }
    bool canResume() const { return m_enabled && !m_resumeId.isEmpty(); }
    QString resumeId() const { return m_resumeId; }
    QString location() const { return m_location; }
    int maxResumeSeconds() const { return m_max; }

    /// A stanza was received: counts toward our `h` (XEP-0198 4).
    void inboundHandled() { ++m_inbound; }
    quint32 inboundCount() const { return m_inbound; }

    /// A stanza was sent and awaits acknowledgement.
    void outboundSent(const Element &stanza);
    quint32 outboundCount() const { return m_outbound; }

    /// Applies a server `h` (from <a/>, <resumed/> or <failed/>). Returns the stanzas it newly
    /// acknowledges, or nullopt when `h` acknowledges more than was sent (handled-count-too-high).
    std::optional<QList<Element>> acknowledge(quint32 h);

    /// Stanzas sent and not acknowledged, oldest first.
    const QList<Element> &unacked() const { return m_queue; }
    /// When each unacknowledged stanza was first sent (parallel to unacked()).
    const QList<QDateTime> &unackedSentAt() const { return m_sentAt; }
    /// Takes the unacknowledged stanzas out (to resend after a failed resumption).
    QList<Element> takeUnacked();
    /// Marks the session as resumed: outbound counting continues from the acknowledged count.
    void resumed();

    /// Starts the counters as if @p inbound stanzas had been handled and @p outboundAcked sent
    /// and acknowledged: tests reach the 2^32 wrap without 4 billion stanzas. Queue untouched.
    void setCountersForTesting(quint32 inbound, quint32 outboundAcked)
    {
        m_inbound = inbound;
        m_outbound = m_acked = outboundAcked;
    }

    /// Parses a counter attribute; nullopt if it is not a decimal uint32.
    static std::optional<quint32> parseH(const QString &value);

private:
    QList<Element> m_queue;
    QList<QDateTime> m_sentAt;
    quint32 m_inbound = 0;
    quint32 m_outbound = 0;
    quint32 m_acked = 0; ///< the last `h` the server gave
    QString m_resumeId;
    QString m_location;
    int m_max = 0;
    bool m_enabled = false;
};

} // namespace charla
