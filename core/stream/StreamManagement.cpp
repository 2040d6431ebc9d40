#include "stream/StreamManagement.h"

namespace charla {

void StreamManagement::reset()
{
    *this = StreamManagement();
}

void StreamManagement::enabled(const QString &resumeId, const QString &location, int maxSeconds)
{
    m_enabled = true;
    m_resumeId = resumeId;
    m_location = location;
    m_max = maxSeconds;
    m_inbound = 0;
    m_outbound = 0;
    m_acked = 0;
}

void StreamManagement::outboundSent(const Element &stanza)
{
    m_queue.append(stanza);
    m_sentAt.append(QDateTime::currentDateTimeUtc());
    ++m_outbound; // XEP-0198 4: wraps at 2^32 like the server's counter
}

std::optional<QList<Element>> StreamManagement::acknowledge(quint32 h)
{
    // Unsigned arithmetic keeps this right across the 2^32 wrap.
    const quint32 newly = h - m_acked;
    const quint32 outstanding = m_outbound - m_acked;
    if (newly > outstanding || quint32(m_queue.size()) < newly)
        return std::nullopt; // XEP-0198 5: more than we sent is handled-count-too-high
    QList<Element> done = m_queue.mid(0, qsizetype(newly));
    m_queue.remove(0, qsizetype(newly));
    m_sentAt.remove(0, qsizetype(newly));
    m_acked = h;
    return done;
}

QList<Element> StreamManagement::takeUnacked()
{
    QList<Element> q;
    q.swap(m_queue);
    m_sentAt.clear();
    return q;
}

void StreamManagement::resumed()
{
    // After <resumed h=.../> and acknowledge(h), everything still queued is resent and
    // counted again: the server's view of our count is m_acked.
    m_outbound = m_acked;
}

std::optional<quint32> StreamManagement::parseH(const QString &value)
{
    bool ok = false;
    const qulonglong v = value.toULongLong(&ok);
    if (!ok || v > 0xFFFFFFFFull || value.startsWith(QLatin1Char('+')) ||
        value.startsWith(QLatin1Char('-')))
        return std::nullopt;
    return quint32(v);
}

} // namespace charla
