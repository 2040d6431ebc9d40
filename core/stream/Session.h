#pragma once

#include "stanza/Element.h"
#include "stream/Error.h"
#include "stream/ServerResolver.h"
#include "stream/StreamManagement.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

#include <memory>

class QSslSocket;
class QTimer;

namespace charla {

struct AccountConfig;
class SaslMechanism;
class StreamParser;

/// How to reach and log in to one account.
struct SessionConfig
{
    QString jid;              ///< bare JID of the account (localpart@domain)
    QString password;
    QString resource;         ///< requested resource; empty lets the server choose
    QString host;             ///< manual host; empty means DNS SRV
    quint16 port = 0;         ///< manual port; 0 = 5222 (STARTTLS) or 5223 (Direct TLS)
    bool directTls = false;   ///< with a manual host: XEP-0368 Direct TLS instead of STARTTLS
    QList<QSslCertificate> caCertificates; ///< trusted in addition to the system's CAs
    QString pinnedCertificate;   ///< SHA-256 hex of a certificate the person chose to trust
    QString minimumMechanism;    ///< strongest SASL mechanism that worked before
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy); ///< none unless chosen
    bool streamManagement = true;
    int negotiationTimeoutMs = 30000;
    /// XEP-0077: stop once the stream is secure (TLS, restarted stream), without SASL or
    /// binding, and emit Session::readyToRegister(); `jid` then names only the server.
    bool registerOnly = false;

    /// The settings of a stored account; false with @p error set if its CA file is unreadable.
    static bool fromAccount(const AccountConfig &account, const QString &password,
                            SessionConfig *config, QString *error);
};

/// One XMPP client-to-server connection: socket, TLS, SASL, binding and stream management
/// (RFC 6120, XEP-0198, XEP-0368). It never opens a dialog: the ui reacts to its signals.
///
/// Stanzas arrive through stanzaReceived(); send() writes them. IQ tracking, features and
/// reconnection policy live above it (Client).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting,     ///< resolving and opening TCP (or Direct TLS)
        Securing,       ///< STARTTLS / TLS handshake
        Authenticating, ///< SASL
        Binding,        ///< resource binding, session, stream management
        Established,
        Registering, ///< registerOnly: a secure stream without login, for XEP-0077
    };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    void setConfig(const SessionConfig &config);
    const SessionConfig &config() const { return m_config; }

    /// Starts connecting (resuming the previous stream when XEP-0198 allows).
    void connectToServer();
    /// Closes the stream politely; the stream management state is dropped.
    void disconnectFromServer();
    /// Drops the TCP connection without closing the stream (for tests of resumption).
    void abortConnection();

    State state() const { return m_state; }
    bool isEstablished() const { return m_state == State::Established; }

    /// Sends a top-level stanza. While not established (and resumable) it is queued and sent
    /// once the stream is back. Returns false if it can be neither sent nor queued.
    bool send(const Element &stanza);
    /// Sends raw XML (the XML console); it must be one well-formed element. False otherwise.
    bool sendRawXml(const QString &xml, QString *error = nullptr);

    // What the negotiation produced (valid once established).
    QString boundJid() const { return m_boundJid; }
    QString tlsProtocol() const;
    QString cipher() const;
    QString saslMechanism() const { return m_mechanismName; }
    bool streamManagementEnabled() const { return m_sm.isEnabled(); }
    /// The stream features the server offered after authentication (element names with ns).
    QStringList serverFeatures() const { return m_serverFeatures; }
    const Element &lastFeatures() const { return m_features; }
    /// The server's certificate chain (leaf first) of the current connection.
    QList<QSslCertificate> peerCertificateChain() const;
    /// A fresh unguessable stanza id (RFC 6120 8.1.3): 128 random bits, URL-safe base64.
    static QString newId();
    /// SHA-256 of a certificate, as lower-case hex: what a pin stores.
    static QString fingerprint(const QSslCertificate &certificate);

    /// Sets a stanza-size limit for the parser (default 16 MiB).
    void setMaxStanzaSize(qint64 bytes) { m_maxStanzaSize = bytes; }
    /// Interval at which an ack is requested while stanzas are unacknowledged (ms).
    void setAckRequestDelay(int ms) { m_ackDelayMs = ms; }
    /// True when the last stream error asks not to reconnect (conflict, policy, auth...).
    bool shouldNotReconnect() const { return m_noReconnect; }

Q_SIGNALS:
    void stateChanged(charla::Session::State state);
    /// The stream is ready for stanzas; @p resumed when XEP-0198 resumption kept the session.
    void established(bool resumed);
    void disconnected();
    void errorOccurred(const charla::Error &error);
    /// The certificate is not trusted by any known CA (or is self-signed). The connection was
    /// closed; a ui may ask the person and, if trusted, pin @p fingerprint and reconnect.
    void certificateUntrusted(const QList<QSslCertificate> &chain, const QString &fingerprint);
    /// A stanza (message, presence, iq) from the server.
    void stanzaReceived(const charla::Element &stanza);
    /// registerOnly: the stream is encrypted and open without login; send() now writes
    /// jabber:iq:register requests (XEP-0077) and their answers arrive by stanzaReceived().
    void readyToRegister();
    /// Bytes arrived from the server (even a partial element or whitespace): the link is alive.
    void dataReceived();
    /// The server acknowledged (XEP-0198) a message we sent, by its id.
    void messageAcknowledged(const QString &id);
    /// SASL succeeded with @p mechanism (so the account can remember the strongest one).
    void authenticated(const QString &mechanism);
    /// Every top-level element read and written, for the XML console; SASL payloads masked.
    void xmlTraffic(bool incoming, const QByteArray &xml);

private:
    void setState(State s);
    void tryNextTarget();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void openStream();
    void handleElement(const Element &e);
    void handleFeatures(const Element &features);
    void handleSasl(const Element &e);
    void handleStreamManagement(const Element &e);
    void handleStreamError(const Element &e);
    void startBind();
    void bindResult(const Element &iq);
    void enableOrEstablish();
    void finishEstablished(bool resumed);
    void resendAfterFailedResume();
    void write(const Element &e);
    void writeRaw(const QByteArray &bytes);
    void requestAck();
    void flushPending();
    void fail(const Error &error, bool sendStreamError = false,
              const QString &streamCondition = QString());
    void teardown();
    QString domain() const;
    QSslSocket *createSocket();

    SessionConfig m_config;
    State m_state = State::Disconnected;
    QSslSocket *m_socket = nullptr;
    std::unique_ptr<StreamParser> m_parser;
    std::unique_ptr<SaslMechanism> m_sasl;
    ServerResolver *m_resolver = nullptr;
    QList<ServerTarget> m_targets;
    QTimer *m_negotiationTimer = nullptr;
    QTimer *m_ackTimer = nullptr;
    StreamManagement m_sm;
    Element m_features;
    QStringList m_serverFeatures;
    QList<Element> m_pending; ///< sent while not established, to go out once it is
    QString m_boundJid;
    QString m_mechanismName;
    QString m_bindId;
    QString m_sessionId;
    QString m_redirectHost; ///< see-other-host
    quint16 m_redirectPort = 0;
    QString m_lastSocketError;
    qint64 m_maxStanzaSize = 16 * 1024 * 1024;
    int m_ackDelayMs = 100;
    bool m_authenticated = false;
    bool m_resuming = false;
    bool m_smFailedResume = false;
    bool m_closing = false;
    bool m_noReconnect = false;
    bool m_failed = false;
    bool m_tcpConnected = false;
    bool m_restartAfterFeed = false;
};

} // namespace charla
