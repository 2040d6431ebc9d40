#pragma once

#include "features/Feature.h"

#include <QElapsedTimer>

class QTimer;

namespace charla {

struct IqResult;

/// XEP-0199 XMPP Ping: answers pings addressed to us, and finds dead links.
///
/// When nothing has been received for idleInterval(), the server is pinged; a ping left without
/// any answer (result or error) for pingTimeout(), with nothing else received meanwhile, means
/// the TCP link is dead (a NAT forgot it, the Wi-Fi changed): the connection is dropped so the
/// Client reconnects and XEP-0198 resumes the session. No timer runs while not connected.
class PingFeature : public Feature
{
    Q_OBJECT
public:
    explicit PingFeature(QObject *parent = nullptr);
    ~PingFeature() override;

    QStringList discoFeatures() const override;
    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    /// Silence (ms) after which the server is pinged (default 60 s); 0 turns keepalive off.
    void setIdleInterval(int ms);
    int idleInterval() const { return m_idleMs; }
    /// How long (ms) a keepalive ping may stay unanswered before the link counts as dead
    /// (default 30 s).
    void setPingTimeout(int ms) { m_pingTimeoutMs = ms; }
    int pingTimeout() const { return m_pingTimeoutMs; }
    /// True while a keepalive ping waits for its answer.
    bool isPinging() const { return m_pinging; }

Q_SIGNALS:
    /// A keepalive ping was answered (with a result or an error) after @p roundTripMs.
    void pong(qint64 roundTripMs);
    /// The link is dead: nothing was received for @p silentMs, including the ping's answer.
    /// The connection is dropped right after this signal, so the Client reconnects.
    void deadLinkDetected(qint64 silentMs);

private:
    void onDataReceived();
    void onIdleTimeout();
    void sendKeepalive();
    void onKeepaliveAnswer(quint64 generation, qint64 sentAt, const IqResult &result);
    void armIdle(qint64 ms);

    QTimer *m_idleTimer = nullptr;
    QElapsedTimer m_clock;    ///< runs for the feature's lifetime; times below are on it
    qint64 m_lastDataAt = 0;  ///< when bytes last arrived from the server
    quint64 m_generation = 0; ///< bumped when a session ends: late answers are ignored
    int m_idleMs = 60 * 1000;
    int m_pingTimeoutMs = 30 * 1000;
    bool m_pinging = false;
    bool m_running = false; ///< a session is up and keepalive is on
};

} // namespace charla
