#include "features/PingFeature.h"

#include "stream/Client.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcPing, "charla.ping")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kPingNs = QStringLiteral("urn:xmpp:ping");
} // namespace

PingFeature::PingFeature(QObject *parent) : Feature(parent), m_idleTimer(new QTimer(this))
{
    m_clock.start();
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &PingFeature::onIdleTimeout);
}

PingFeature::~PingFeature() = default;

QStringList PingFeature::discoFeatures() const
{
    return {kPingNs};
}

bool PingFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("iq") ||
        stanza.attribute(QStringLiteral("type")) != QLatin1String("get") ||
        !stanza.hasChild(QStringLiteral("ping"), kPingNs))
        return false;
    // XEP-0199 4.1, 4.4: a supported ping is answered with an empty IQ-result, the "pong".
    Element pong(QStringLiteral("iq"), kClientNs);
    pong.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    pong.setAttribute(QStringLiteral("id"), stanza.attribute(QStringLiteral("id")));
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!from.isEmpty())
        pong.setAttribute(QStringLiteral("to"), from);
    client()->send(pong);
    return true;
}

void PingFeature::sessionStarted(bool resumed)
{
    Q_UNUSED(resumed)
    // Features have no hook when they are added, so the link watch is set up here, once.
    connect(client()->session(), &Session::dataReceived, this, &PingFeature::onDataReceived,
            Qt::UniqueConnection);
    m_lastDataAt = m_clock.elapsed();
    m_pinging = false;
    m_running = m_idleMs > 0;
    if (m_running)
        armIdle(m_idleMs);
}

void PingFeature::sessionEnded()
{
    ++m_generation; // a keepalive still waiting belongs to the old connection
    m_running = false;
    m_pinging = false;
    m_idleTimer->stop();
}

void PingFeature::setIdleInterval(int ms)
{
    m_idleMs = std::max(0, ms);
    if (!client() || !client()->isConnected())
        return;
    m_running = m_idleMs > 0;
    if (!m_running)
        m_idleTimer->stop();
    else if (!m_pinging)
        armIdle(m_idleMs - (m_clock.elapsed() - m_lastDataAt));
}

void PingFeature::onDataReceived()
{
    // Called for every read: only a clock read here, no timer restart. onIdleTimeout()
    // looks at this stamp and re-arms for what is left of the interval.
    m_lastDataAt = m_clock.elapsed();
}

void PingFeature::armIdle(qint64 ms)
{
    m_idleTimer->start(int(std::clamp<qint64>(ms, 0, m_idleMs)));
}

void PingFeature::onIdleTimeout()
{
    if (!m_running || m_pinging || !client()->isConnected())
        return;
    const qint64 silent = m_clock.elapsed() - m_lastDataAt;
    if (silent < m_idleMs) {
        armIdle(m_idleMs - silent);
        return;
    }
    sendKeepalive();
}

void PingFeature::sendKeepalive()
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    // XEP-0199 4.2: a client-to-server ping; the server answers for its domain.
    iq.setAttribute(QStringLiteral("to"), client()->jid().domain());
    iq.addChild(QStringLiteral("ping"), kPingNs);
    m_pinging = true;
    const quint64 generation = m_generation;
    const qint64 sentAt = m_clock.elapsed();
    qCDebug(lcPing) << "silent for" << sentAt - m_lastDataAt << "ms; pinging the server";
    client()->sendIq(
        iq, this,
        [this, generation, sentAt](const IqResult &r) { onKeepaliveAnswer(generation, sentAt, r); },
        m_pingTimeoutMs);
}

void PingFeature::onKeepaliveAnswer(quint64 generation, qint64 sentAt, const IqResult &result)
{
    if (generation != m_generation || !m_running)
        return; // sent on a connection that has ended since
    m_pinging = false;
    const qint64 now = m_clock.elapsed();
    if (result.error.kind == Error::Timeout) {
        if (m_lastDataAt > sentAt) {
            // Data came in meanwhile: a busy server, not a dead link.
            armIdle(m_idleMs - (now - m_lastDataAt));
            return;
        }
        const qint64 silent = now - m_lastDataAt;
        qCInfo(lcPing) << "no answer to a ping for" << now - sentAt << "ms, nothing received for"
                       << silent << "ms: dropping the connection to reconnect";
        sessionEnded(); // no more keepalive on this connection, whatever abort does next
        Q_EMIT deadLinkDetected(silent);
        // Not a polite close: nothing reaches the server anyway. The Client sees the connection
        // lost and reconnects; XEP-0198 resumption keeps the session and what was in flight.
        client()->session()->abortConnection();
        return;
    }
    // XEP-0199 4.2: an error (service-unavailable from a server without ping) still came back
    // over the link, which is all a keepalive asks.
    Q_EMIT pong(now - sentAt);
    armIdle(m_idleMs - (now - m_lastDataAt));
}

} // namespace charla
