#pragma once

#include "stanza/Jid.h"
#include "stream/IqTracker.h"
#include "stream/Session.h"

#include <QList>
#include <QObject>

class QTimer;

namespace charla {

class Feature;

/// An account's connection as the rest of Charla sees it: the Session, the IQ tracker, the
/// features, and the policy that keeps it connected (reconnection with jittered exponential
/// backoff capped at 5 minutes, reset on success).
class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    Session *session() const { return m_session; }
    IqTracker *iqTracker() const { return m_iq; }

    /// Adds a feature (the Client takes ownership); stanzas reach features in this order.
    void addFeature(Feature *feature);
    template<class T> T *feature() const
    {
        for (Feature *f : m_features)
            if (auto *t = qobject_cast<T *>(f))
                return t;
        return nullptr;
    }
    const QList<Feature *> &features() const { return m_features; }
    /// Every namespace the features advertise, sorted, without duplicates.
    QStringList discoFeatures() const;

    void connectToServer(const SessionConfig &config);
    void disconnectFromServer();
    bool isConnected() const { return m_session->isEstablished(); }
    /// The bound full JID (valid while connected).
    Jid jid() const { return m_jid; }

    /// Sends a stanza (see Session::send).
    bool send(const Element &stanza);
    /// Sends an IQ get/set with a fresh random id and calls @p done with the answer; the answer
    /// is dropped if @p context is destroyed first. Returns the id.
    QString sendIq(Element iq, QObject *context, IqTracker::Callback done, int timeoutMs = -1);
    /// Replies to an IQ get/set with an error (RFC 6120 8.3).
    void replyError(const Element &request, const QString &type, const QString &condition);
    /// A fresh unguessable stanza id.
    static QString newId();

    /// Reconnect automatically after an unexpected drop (default on).
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    /// The delay the next reconnection attempt would wait (for tests and the ui), in ms.
    int nextReconnectDelay() const;
    /// Base delay of the backoff, in ms (default 1000; tests make it short).
    void setReconnectBase(int ms) { m_backoffBaseMs = ms; }
    /// Longest wait between attempts, in ms (default 5 minutes; tests make it short).
    void setReconnectCap(int ms) { m_backoffCapMs = ms; }
    int reconnectCap() const { return m_backoffCapMs; }

Q_SIGNALS:
    void connected(bool resumed);
    void disconnected();
    void errorOccurred(const charla::Error &error);
    /// A reconnection is scheduled in @p ms.
    void reconnecting(int ms);

private:
    void onStanza(const Element &stanza);
    void onEstablished(bool resumed);
    void onSessionError(const Error &error);
    void scheduleReconnect();

    Session *m_session = nullptr;
    IqTracker *m_iq = nullptr;
    QList<Feature *> m_features;
    SessionConfig m_config;
    Jid m_jid;
    QTimer *m_reconnectTimer = nullptr;
    int m_attempt = 0;
    int m_backoffBaseMs = 1000;
    int m_backoffCapMs = 5 * 60 * 1000;
    bool m_autoReconnect = true;
    bool m_wanted = false; ///< the person wants this account online
};

} // namespace charla
