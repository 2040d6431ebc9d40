#include "stream/Session.h"

#include "sasl/SaslMechanism.h"
#include "storage/AccountStore.h"
#include "stream/SessionSupport.h"
#include "stream/StreamParser.h"
#include "stream/StreamWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcSession, "charla.session")
}

namespace charla {

using session::isStanza;
using session::maskedXml;
using session::proxyAddress;
using session::proxyFailureText;
using session::proxyKind;
using session::saslFailureText;
using session::usesProxy;

namespace {
const auto kTlsNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
const auto kSaslNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
const auto kBindNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
const auto kSessionNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-session");
const auto kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");
const auto kStreamsErrNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
const auto kSmNs = QStringLiteral("urn:xmpp:sm:3");
const auto kClientNs = QStringLiteral("jabber:client");
const auto kDelayNs = QStringLiteral("urn:xmpp:delay");

} // namespace

Session::Session(QObject *parent)
    : QObject(parent), m_resolver(new ServerResolver(this)), m_negotiationTimer(new QTimer(this)),
      m_ackTimer(new QTimer(this))
{
    qRegisterMetaType<charla::Error>();
    m_negotiationTimer->setSingleShot(true);
    connect(m_negotiationTimer, &QTimer::timeout, this, [this] {
        fail(Error::make(Error::Timeout, QStringLiteral("timeout"),
                         tr("The server %1 did not answer in time while connecting.")
                             .arg(domain())));
    });
    m_ackTimer->setSingleShot(true);
    connect(m_ackTimer, &QTimer::timeout, this, &Session::requestAck);
    connect(m_resolver, &ServerResolver::finished, this, [this](const QList<ServerTarget> &t) {
        m_targets = t;
        tryNextTarget();
    });
}

Session::~Session()
{
    teardown();
}

void Session::setConfig(const SessionConfig &config)
{
    m_config = config;
}

QString Session::domain() const
{
    const auto at = m_config.jid.indexOf(QLatin1Char('@'));
    const QString rest = at < 0 ? m_config.jid : m_config.jid.mid(at + 1);
    return rest.section(QLatin1Char('/'), 0, 0);
}

QString Session::newId()
{
    // Unguessable ids: a spoofed reply cannot be prepared in advance (RFC 6120 8.1.3).
    quint64 r[2];
    QRandomGenerator::system()->fillRange(r, 2);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(r), sizeof r)
                                   .toBase64(QByteArray::Base64UrlEncoding |
                                             QByteArray::OmitTrailingEquals));
}

void Session::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void Session::connectToServer()
{
    teardown();
    m_failed = false;
    m_closing = false;
    m_noReconnect = false;
    m_authenticated = false;
    m_resuming = false;
    setState(State::Connecting);
    m_negotiationTimer->start(m_config.negotiationTimeoutMs);
    if (!m_redirectHost.isEmpty()) {
        // RFC 6120 4.9.3.19: see-other-host; the certificate is still checked for our domain.
        m_targets = {ServerTarget{m_redirectHost, m_redirectPort ? m_redirectPort : quint16(5222),
                                  false}};
        m_redirectHost.clear();
        QTimer::singleShot(0, this, &Session::tryNextTarget);
    } else if (!m_config.host.isEmpty()) {
        const quint16 port = m_config.port ? m_config.port
                                           : quint16(m_config.directTls ? 5223 : 5222);
        m_targets = {ServerTarget{m_config.host, port, m_config.directTls}};
        QTimer::singleShot(0, this, &Session::tryNextTarget);
    } else {
        m_resolver->resolve(domain());
    }
}

QSslSocket *Session::createSocket()
{
    auto *socket = new QSslSocket(this);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.caCertificates.isEmpty())
        ssl.addCaCertificates(m_config.caCertificates);
    socket->setSslConfiguration(ssl);
    // RFC 6120 13.7.2.1 / RFC 6125: the reference identity is the JID's domain, never the host
    // name DNS SRV pointed at.
    socket->setPeerVerifyName(domain());
    socket->setProxy(m_config.proxy);
    socket->setReadBufferSize(0);
    connect(socket, &QSslSocket::connected, this, &Session::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &Session::onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &Session::onReadyRead);
    connect(socket, &QSslSocket::sslErrors, this, &Session::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &Session::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        if (m_state == State::Disconnected)
            return;
        if (!m_closing && !m_failed)
            fail(Error::make(Error::Socket, QStringLiteral("connection-lost"),
                             tr("The connection to %1 was lost.").arg(domain())));
        else
            teardown();
    });
    return socket;
}

void Session::tryNextTarget()
{
    if (m_targets.isEmpty()) {
        fail(Error::make(Error::Socket, QStringLiteral("remote-server-not-found"),
                         m_lastSocketError.isEmpty()
                             ? tr("Could not find a server for %1.").arg(domain())
                         : usesProxy(m_config.proxy)
                             ? tr("Could not connect to %1 through the %2 proxy %3: %4")
                                   .arg(domain(), proxyKind(m_config.proxy),
                                        proxyAddress(m_config.proxy), m_lastSocketError)
                             : tr("Could not connect to %1: %2").arg(domain(), m_lastSocketError)));
        return;
    }
    const ServerTarget target = m_targets.takeFirst();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = createSocket();
    m_tcpConnected = false;
    m_restartAfterFeed = false;
    m_parser = std::make_unique<StreamParser>();
    m_parser->setMaxStanzaSize(m_maxStanzaSize);
    connect(m_parser.get(), &StreamParser::elementReceived, this, &Session::handleElement);
    connect(m_parser.get(), &StreamParser::errorOccurred, this,
            [this](const StreamParser::Error &e) {
                fail(Error::make(Error::Stream, e.condition,
                                 tr("The server sent data Charla cannot accept (%1); the "
                                    "connection was closed.")
                                     .arg(e.condition)),
                     true, e.condition);
            });
    connect(m_parser.get(), &StreamParser::streamClosed, this, [this] {
        if (!m_closing && !m_failed)
            fail(Error::make(Error::Stream, QStringLiteral("stream-closed"),
                             tr("The server %1 closed the connection.").arg(domain())));
        else
            teardown();
    });
    qCDebug(lcSession) << "connecting to" << target.host << target.port
                      << (target.directTls ? "direct TLS" : "STARTTLS");
    if (target.directTls) {
        setState(State::Securing);
        m_socket->connectToHostEncrypted(target.host, target.port, domain());
    } else {
        m_socket->connectToHost(target.host, target.port);
    }
}

void Session::onConnected()
{
    m_tcpConnected = true;
    if (m_socket->isEncrypted() || m_state == State::Securing)
        return; // Direct TLS: the stream opens once encrypted
    openStream();
}

void Session::onEncrypted()
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    // A pinned certificate must be the one presented, whoever signed it.
    if (!m_config.pinnedCertificate.isEmpty() &&
        fingerprint(leaf) != m_config.pinnedCertificate.toLower()) {
        fail(Error::make(Error::Tls, QStringLiteral("certificate-changed"),
                         tr("The server's certificate changed since you last connected to %1. "
                            "This can mean someone is intercepting the connection; Charla did "
                            "not send your password.")
                             .arg(domain())));
        return;
    }
    m_parser->reset();
    openStream();
}

void Session::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    const QString print = fingerprint(leaf);
    bool onlyTrust = true;
    QStringList reasons;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            onlyTrust = false;
            reasons << e.errorString();
        }
    }
    if (onlyTrust && !m_config.pinnedCertificate.isEmpty() &&
        print == m_config.pinnedCertificate.toLower()) {
        m_socket->ignoreSslErrors(errors); // the person trusted exactly this certificate
        return;
    }
    if (onlyTrust && !m_config.pinnedCertificate.isEmpty()) {
        fail(Error::make(Error::Tls, QStringLiteral("certificate-changed"),
                         tr("The server's certificate changed since you last connected to %1. "
                            "This can mean someone is intercepting the connection; Charla did "
                            "not send your password.")
                             .arg(domain())));
        return;
    }
    if (onlyTrust) {
        const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
        fail(Error::make(Error::Tls, QStringLiteral("certificate-untrusted"),
                         tr("The certificate of %1 is not signed by an authority this computer "
                            "trusts. Check its fingerprint before trusting it: %2")
                             .arg(domain(), print)));
        Q_EMIT certificateUntrusted(chain, print);
        return;
    }
    fail(Error::make(Error::Tls, QStringLiteral("certificate-invalid"),
                     tr("The certificate of %1 is not valid: %2")
                         .arg(domain(), reasons.join(QStringLiteral("; ")))));
}

void Session::onSocketError()
{
    if (!m_socket)
        return;
    const auto err = m_socket->error();
    if (err == QAbstractSocket::SslHandshakeFailedError && m_failed)
        return; // already reported by onSslErrors
    if (err == QAbstractSocket::RemoteHostClosedError && (m_closing || m_failed))
        return;
    m_lastSocketError = m_socket->errorString();
    if (m_failed || m_state == State::Disconnected)
        return;
    if (usesProxy(m_config.proxy) && !m_tcpConnected) {
        // Every target goes through the same proxy: when the proxy itself fails, say so now.
        const QString text = proxyFailureText(err, m_config.proxy, domain(), m_lastSocketError);
        if (!text.isEmpty()) {
            fail(Error::make(Error::Socket, QStringLiteral("proxy-failed"), text));
            return;
        }
    }
    if (!m_tcpConnected) {
        // This target could not be reached: the next one, or "could not connect" when none.
        qCDebug(lcSession) << "target failed:" << m_lastSocketError;
        tryNextTarget();
        return;
    }
    if (err == QAbstractSocket::SslHandshakeFailedError) {
        fail(Error::make(Error::Tls, QStringLiteral("tls-failed"),
                         tr("The secure connection to %1 could not be set up: %2")
                             .arg(domain(), m_lastSocketError)));
        return;
    }
    fail(Error::make(Error::Socket, QStringLiteral("connection-lost"),
                     tr("The connection to %1 was lost: %2").arg(domain(), m_lastSocketError)));
}

void Session::openStream()
{
    if (m_state == State::Connecting)
        setState(m_socket->isEncrypted() ? State::Authenticating : State::Securing);
    // RFC 6120 4.7.1: 'from' only once the stream is encrypted. A registration has no account
    // yet (its jid is the server's domain), so it says nothing.
    const QString from =
        m_socket->isEncrypted() && !m_config.registerOnly ? m_config.jid : QString();
    writeRaw(StreamWriter::streamOpen(domain(), QStringLiteral("en"), from));
}

void Session::onReadyRead()
{
    if (!m_socket || !m_parser)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    // Before feeding: what the data causes (even a teardown) comes after "the link is alive".
    Q_EMIT dataReceived();
    m_parser->feed(data);
    if (m_restartAfterFeed && m_parser) {
        m_restartAfterFeed = false;
        m_parser->reset();
        openStream();
    }
}

void Session::handleElement(const Element &e)
{
    Q_EMIT xmlTraffic(true, maskedXml(e));
    const bool stanza = isStanza(e);

    if (e.ns() == kStreamNs && e.name() == QLatin1String("features")) {
        handleFeatures(e);
        return;
    }
    if (e.ns() == kStreamNs && e.name() == QLatin1String("error")) {
        handleStreamError(e);
        return;
    }
    if (e.ns() == kTlsNs) {
        if (e.name() == QLatin1String("proceed") && m_state == State::Securing &&
            !m_socket->isEncrypted()) {
            // RFC 6120 5.4.3.3: whatever followed <proceed/> in plaintext is discarded,
            // never parsed (a STARTTLS injection would otherwise be accepted as secure).
            m_parser->stop();
            m_socket->startClientEncryption();
        } else {
            fail(Error::make(Error::Tls, QStringLiteral("tls-failed"),
                             tr("The server %1 refused to start encryption.").arg(domain())));
        }
        return;
    }
    if (e.ns() == kSaslNs) {
        handleSasl(e);
        return;
    }
    if (e.ns() == kSmNs) {
        handleStreamManagement(e);
        return;
    }
    if (!stanza) {
        qCDebug(lcSession) << "ignoring unknown top-level element" << e.name() << e.ns();
        return;
    }
    if (m_state == State::Binding && e.name() == QLatin1String("iq")) {
        const QString id = e.attribute(QStringLiteral("id"));
        if (!id.isEmpty() && (id == m_bindId || id == m_sessionId)) {
            bindResult(e);
            return;
        }
    }
    if (m_state != State::Established && m_state != State::Registering) {
        qCDebug(lcSession) << "stanza before the session was established, dropped";
        return;
    }
    Q_EMIT stanzaReceived(e);
    // XEP-0198 4: counted once handled, so an ack never covers work not done.
    if (m_sm.isEnabled())
        m_sm.inboundHandled();
}

void Session::handleFeatures(const Element &features)
{
    m_features = features;
    if (!m_socket->isEncrypted()) {
        // RFC 6120 5.3.1 + our policy: TLS is required. No STARTTLS means no login at all.
        if (!features.hasChild(QStringLiteral("starttls"), kTlsNs)) {
            fail(Error::make(Error::Tls, QStringLiteral("encryption-unavailable"),
                             m_config.registerOnly
                                 ? tr("The server %1 does not offer encryption (STARTTLS), so "
                                      "Charla did not create an account there.")
                                       .arg(domain())
                                 : tr("The server %1 does not offer encryption (STARTTLS), so "
                                      "Charla did not send your password.")
                                       .arg(domain())));
            return;
        }
        setState(State::Securing);
        write(Element(QStringLiteral("starttls"), kTlsNs));
        return;
    }
    if (!m_authenticated && m_config.registerOnly) {
        // XEP-0077 3.1 + our policy: registration happens on this encrypted stream, before any
        // login; the person may take minutes over the form, so the negotiation clock stops.
        m_negotiationTimer->stop();
        setState(State::Registering);
        Q_EMIT readyToRegister();
        flushPending();
        return;
    }
    if (!m_authenticated) {
        setState(State::Authenticating);
        QStringList offered;
        const Element mechs = features.firstChild(QStringLiteral("mechanisms"), kSaslNs);
        for (const Element &m : mechs.children())
            if (m.name() == QLatin1String("mechanism"))
                offered << m.text().trimmed();
        SaslMechanism::Credentials creds;
        creds.username = m_config.jid.section(QLatin1Char('@'), 0, 0);
        creds.password = m_config.password;
        creds.tlsEncrypted = m_socket->isEncrypted();
        QString error;
        m_sasl = SaslMechanism::create(offered, creds, m_config.minimumMechanism, &error);
        if (!m_sasl) {
            m_noReconnect = true;
            fail(Error::make(Error::Auth, QStringLiteral("no-mechanism"), error));
            return;
        }
        m_mechanismName = m_sasl->name();
        const QByteArray initial = m_sasl->initialResponse();
        if (m_sasl->hasFailed()) {
            fail(Error::make(Error::Auth, QStringLiteral("sasl-failed"), m_sasl->error()));
            return;
        }
        Element auth(QStringLiteral("auth"), kSaslNs);
        auth.setAttribute(QStringLiteral("mechanism"), m_mechanismName);
        // RFC 6120 6.4.2: an empty initial response is sent as "=".
        auth.setText(initial.isEmpty() ? QStringLiteral("=")
                                       : QString::fromLatin1(initial.toBase64()));
        write(auth);
        return;
    }
    // Authenticated: remember what the server offers, then resume or bind.
    m_serverFeatures.clear();
    for (const Element &f : features.children())
        m_serverFeatures << (f.ns().isEmpty() ? f.name() : f.ns() + QLatin1Char('#') + f.name());
    setState(State::Binding);
    if (m_config.streamManagement && m_sm.canResume() &&
        features.hasChild(QStringLiteral("sm"), kSmNs)) {
        m_resuming = true;
        Element resume(QStringLiteral("resume"), kSmNs);
        resume.setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount()));
        resume.setAttribute(QStringLiteral("previd"), m_sm.resumeId());
        write(resume);
        return;
    }
    startBind();
}

void Session::handleSasl(const Element &e)
{
    if (!m_sasl || m_state != State::Authenticating) {
        fail(Error::make(Error::Auth, QStringLiteral("sasl-failed"),
                         tr("The server sent an unexpected login message.")),
             true, QStringLiteral("policy-violation"));
        return;
    }
    const QByteArray data = QByteArray::fromBase64(e.text().trimmed().toLatin1());
    if (e.name() == QLatin1String("challenge")) {
        const std::optional<QByteArray> response = m_sasl->respond(data);
        if (!response) {
            write(Element(QStringLiteral("abort"), kSaslNs));
            m_noReconnect = true;
            fail(Error::make(Error::Auth, QStringLiteral("sasl-failed"), m_sasl->error()));
            return;
        }
        Element r(QStringLiteral("response"), kSaslNs);
        r.setText(QString::fromLatin1(response->toBase64()));
        write(r);
    } else if (e.name() == QLatin1String("success")) {
        // RFC 5802 5.1: the server proves it knows the password too; without that proof the
        // server may be an impostor and nothing more is sent.
        if (!m_sasl->verifyFinal(data)) {
            m_noReconnect = true;
            fail(Error::make(Error::Auth, QStringLiteral("server-signature"), m_sasl->error()));
            return;
        }
        m_authenticated = true;
        Q_EMIT authenticated(m_mechanismName);
        m_sasl.reset();
        // RFC 6120 6.4.6: a new stream over the same TLS layer, with a fresh parser. Nothing
        // after <success/> belongs to the old stream; the restart happens once feed() returns.
        m_parser->stop();
        m_restartAfterFeed = true;
    } else if (e.name() == QLatin1String("failure")) {
        QString condition;
        for (const Element &c : e.children()) {
            if (c.name() != QLatin1String("text")) {
                condition = c.name();
                break;
            }
        }
        if (condition != QLatin1String("temporary-auth-failure"))
            m_noReconnect = true;
        fail(Error::make(Error::Auth, condition,
                         saslFailureText(condition, m_config.jid,
                                         e.childText(QStringLiteral("text")))));
    }
}

void Session::startBind()
{
    m_resuming = false;
    m_sm.reset();
    m_bindId = newId();
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("id"), m_bindId);
    Element &bind = iq.addChild(QStringLiteral("bind"), kBindNs);
    if (!m_config.resource.isEmpty())
        bind.addChild(QStringLiteral("resource"), kBindNs).setText(m_config.resource);
    write(iq);
}

void Session::bindResult(const Element &iq)
{
    const QString type = iq.attribute(QStringLiteral("type"));
    if (iq.attribute(QStringLiteral("id")) == m_bindId) {
        if (type != QLatin1String("result")) {
            const Element error = iq.firstChild(QStringLiteral("error"));
            const QString condition =
                error.children().isEmpty() ? QString() : error.children().first().name();
            fail(Error::make(Error::Stanza, condition,
                             tr("The server refused to bind a resource (%1).").arg(condition)));
            return;
        }
        m_boundJid = iq.firstChild(QStringLiteral("bind"), kBindNs).childText(QStringLiteral("jid"));
        // RFC 6121 (legacy, RFC 3921 3): establish a session only where it is not optional.
        const Element session = m_features.firstChild(QStringLiteral("session"), kSessionNs);
        if (!session.isNull() && !session.hasChild(QStringLiteral("optional"))) {
            m_sessionId = newId();
            Element s(QStringLiteral("iq"), kClientNs);
            s.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
            s.setAttribute(QStringLiteral("id"), m_sessionId);
            s.addChild(QStringLiteral("session"), kSessionNs);
            write(s);
            return;
        }
        enableOrEstablish();
        return;
    }
    if (type != QLatin1String("result")) {
        fail(Error::make(Error::Stanza, QStringLiteral("session-failed"),
                         tr("The server refused to start the session.")));
        return;
    }
    enableOrEstablish();
}

void Session::enableOrEstablish()
{
    if (m_config.streamManagement && m_features.hasChild(QStringLiteral("sm"), kSmNs)) {
        Element enable(QStringLiteral("enable"), kSmNs);
        enable.setAttribute(QStringLiteral("resume"), QStringLiteral("true"));
        write(enable);
        return;
    }
    finishEstablished(false);
}

void Session::finishEstablished(bool resumed)
{
    m_negotiationTimer->stop();
    setState(State::Established);
    Q_EMIT established(resumed);
    flushPending();
}

void Session::flushPending()
{
    if (m_state != State::Established && m_state != State::Registering)
        return;
    const QList<Element> pending = std::exchange(m_pending, {});
    for (const Element &s : pending)
        send(s);
}

void Session::handleStreamError(const Element &e)
{
    QString condition;
    QString text;
    for (const Element &c : e.children()) {
        if (c.ns() != kStreamsErrNs)
            continue;
        if (c.name() == QLatin1String("text"))
            text = c.text();
        else if (condition.isEmpty())
            condition = c.name();
    }
    QString sentence;
    if (condition == QLatin1String("conflict")) {
        m_noReconnect = true; // RFC 6120 4.9.3.3: another client took our resource; no loop
        sentence = tr("Another client logged in with the same resource as %1, so the server "
                      "closed this connection.")
                       .arg(m_config.jid);
    } else if (condition == QLatin1String("see-other-host")) {
        const QString target = e.childText(QStringLiteral("see-other-host"), kStreamsErrNs).trimmed();
        const int colon = target.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !target.endsWith(QLatin1Char(']'))) {
            m_redirectHost = target.left(colon);
            m_redirectPort = quint16(target.mid(colon + 1).toUInt());
        } else {
            m_redirectHost = target;
            m_redirectPort = 0;
        }
        m_redirectHost.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        sentence = tr("The server asked Charla to connect to %1 instead.").arg(target);
    } else if (condition == QLatin1String("system-shutdown")) {
        sentence = tr("The server %1 is shutting down.").arg(domain());
    } else if (condition == QLatin1String("policy-violation") ||
               condition == QLatin1String("not-authorized") ||
               condition == QLatin1String("host-unknown")) {
        m_noReconnect = condition != QLatin1String("policy-violation");
        sentence = tr("The server %1 closed the connection (%2).").arg(domain(), condition);
    } else {
        sentence = tr("The server %1 closed the connection (%2).").arg(domain(), condition);
    }
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(text);
    fail(Error::make(Error::Stream, condition, sentence));
}

bool Session::send(const Element &stanza)
{
    // m_failed: an errorOccurred() handler (such as Client's reconnection) runs before
    // teardown(), while the state still says Established; the link is gone, so queue.
    if ((m_state != State::Established && m_state != State::Registering) || m_failed) {
        m_pending.append(stanza);
        return true;
    }
    write(stanza);
    if (m_sm.isEnabled() && isStanza(stanza)) {
        m_sm.outboundSent(stanza);
        if (!m_ackTimer->isActive())
            m_ackTimer->start(m_ackDelayMs);
    }
    return true;
}

bool Session::sendRawXml(const QString &xml, QString *error)
{
    QString parseError;
    const Element e = Element::fromXml(xml, &parseError);
    if (e.isNull()) {
        if (error)
            *error = tr("This is not well-formed XML: %1").arg(parseError);
        return false;
    }
    Element stanza = e;
    if (stanza.ns().isEmpty())
        stanza.setNs(kClientNs);
    return send(stanza);
}

void Session::requestAck()
{
    if (m_state == State::Established && m_sm.isEnabled() && !m_sm.unacked().isEmpty())
        write(Element(QStringLiteral("r"), kSmNs));
}

void Session::write(const Element &e)
{
    Q_EMIT xmlTraffic(false, maskedXml(e));
    writeRaw(StreamWriter::element(e));
}

void Session::writeRaw(const QByteArray &bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void Session::disconnectFromServer()
{
    m_closing = true;
    m_sm.reset();
    m_pending.clear();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        writeRaw(StreamWriter::streamClose());
        m_socket->flush();
        // flush() can meet a server that is already gone: its error handler tears the socket
        // down, so look again before using it.
        if (m_socket)
            m_socket->disconnectFromHost();
    }
    teardown();
}

void Session::abortConnection()
{
    if (m_socket)
        m_socket->abort();
}

void Session::fail(const Error &error, bool sendStreamError, const QString &streamCondition)
{
    if (m_failed)
        return;
    m_failed = true;
    qCDebug(lcSession) << "session failed:" << error.condition;
    if (sendStreamError && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        Element err(QStringLiteral("error"), kStreamNs);
        err.addChild(streamCondition.isEmpty() ? QStringLiteral("undefined-condition")
                                               : streamCondition,
                     kStreamsErrNs);
        writeRaw(StreamWriter::element(err) + StreamWriter::streamClose());
    }
    Q_EMIT errorOccurred(error);
    teardown();
}

void Session::teardown()
{
    m_negotiationTimer->stop();
    m_ackTimer->stop();
    if (m_parser)
        m_parser->stop();
    if (m_socket) {
        QSslSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        if (s->state() == QAbstractSocket::ConnectedState) {
            // Let a last stream error or </stream:stream> reach the server, then close; a
            // peer that never reads does not keep the socket alive for more than 2 s.
            s->disconnectFromHost();
            QTimer::singleShot(2000, s, [s] { s->abort(); });
        }
        if (s->state() == QAbstractSocket::UnconnectedState)
            s->deleteLater();
        else
            connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
    }
    m_sasl.reset();
    const bool wasUp = m_state != State::Disconnected;
    setState(State::Disconnected);
    if (wasUp)
        Q_EMIT disconnected();
}

QString Session::tlsProtocol() const
{
    if (!m_socket)
        return {};
    switch (m_socket->sessionProtocol()) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return m_socket->sessionCipher().protocolString();
    }
}

QString Session::cipher() const
{
    return m_socket ? m_socket->sessionCipher().name() : QString();
}

QList<QSslCertificate> Session::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

QString Session::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace charla
