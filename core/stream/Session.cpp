#include "stream/Session.h"

#include "sasl/SaslMechanism.h"
#include "storage/AccountStore.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("charla::Session", text);
}

/// A copy of @p e in which the passwords of a XEP-0077 request or answer (`<password/>`, and
/// the values of password fields of its data form) read "[hidden]".
Element withRegisterPasswordsHidden(const Element &e, bool secret = false)
{
    Element out(e.name(), e.ns());
    for (const Element::Attribute &a : e.attributes())
        out.setAttribute(a.name, a.value);
    out.setText(secret && !e.text().isEmpty() ? QStringLiteral("[hidden]") : e.text());
    const bool passwordField =
        e.name() == QLatin1String("field") &&
        (e.attribute(QStringLiteral("type")) == QLatin1String("text-private") ||
         e.attribute(QStringLiteral("var")).contains(QLatin1String("password")));
    for (const Element &c : e.children())
        out.appendChild(withRegisterPasswordsHidden(
            c, secret || c.name() == QLatin1String("password") ||
                   (passwordField && c.name() == QLatin1String("value"))));
    return out;
}

/// The XML console's view of an element: SASL payloads (which carry or derive from the
/// password) and the passwords of in-band registration (XEP-0077 3.1, 3.3: sent in clear
/// inside TLS) are replaced by a marker.
QByteArray maskedXml(const Element &e)
{
    if (e.ns() == kSaslNs && !e.text().isEmpty()) {
        Element masked = e;
        masked.setText(QStringLiteral("[hidden]"));
        return masked.toXml(kClientNs);
    }
    if (e.name() == QLatin1String("iq") &&
        e.hasChild(QStringLiteral("query"), QStringLiteral("jabber:iq:register")))
        return withRegisterPasswordsHidden(e).toXml(kClientNs);
    return e.toXml(kClientNs);
}

bool isStanza(const Element &e)
{
    return e.ns() == kClientNs &&
           (e.name() == QLatin1String("message") || e.name() == QLatin1String("presence") ||
            e.name() == QLatin1String("iq"));
}

/// RFC 6120 6.5: a SASL failure condition in words a person understands.
QString saslFailureText(const QString &condition, const QString &jid, const QString &serverText)
{
    QString text;
    if (condition == QLatin1String("not-authorized"))
        text = tr("Wrong password for %1.").arg(jid);
    else if (condition == QLatin1String("account-disabled"))
        text = tr("The account %1 is disabled on its server.").arg(jid);
    else if (condition == QLatin1String("credentials-expired"))
        text = tr("The password for %1 has expired. Change it with another client or ask the "
                  "server's administrator.")
                   .arg(jid);
    else if (condition == QLatin1String("temporary-auth-failure"))
        text = tr("The server could not check the password for %1 right now. Try again later.")
                   .arg(jid);
    else if (condition == QLatin1String("encryption-required"))
        text = tr("The server requires stronger encryption to log in as %1.").arg(jid);
    else if (condition == QLatin1String("invalid-mechanism") ||
             condition == QLatin1String("mechanism-too-weak"))
        text = tr("The server refused the login method for %1.").arg(jid);
    else
        text = tr("The server refused to log in %1 (%2).").arg(jid, condition);
    if (!serverText.isEmpty())
        text += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(serverText);
    return text;
}

bool usesProxy(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::Socks5Proxy || proxy.type() == QNetworkProxy::HttpProxy;
}

/// "SOCKS5" or "HTTP", and host:port, for sentences that name the proxy.
QString proxyKind(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("SOCKS5")
                                                      : QStringLiteral("HTTP");
}

QString proxyAddress(const QNetworkProxy &proxy)
{
    const QString host = proxy.hostName().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
                             : proxy.hostName();
    return host + QLatin1Char(':') + QString::number(proxy.port());
}

/// A failure of the proxy itself (not of the server behind it), in words; empty when @p error
/// is not about the proxy. (translate() with the literal context: lupdate would file a tr()
/// in this free function under "charla", not where the wrapper looks it up.)
QString proxyFailureText(QAbstractSocket::SocketError error, const QNetworkProxy &proxy,
                         const QString &domain, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QCoreApplication::translate("charla::Session",
                                           "Could not reach the %1 proxy %2 (%3). Check that the "
                                           "proxy is running and the account's proxy settings.")
            .arg(proxyKind(proxy), proxyAddress(proxy), detail);
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("charla::Session",
                                           "The %1 proxy %2 asks for a password, which Charla "
                                           "cannot give to proxies yet. Use a proxy that needs "
                                           "none.")
            .arg(proxyKind(proxy), proxyAddress(proxy));
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyProtocolError:
        return QCoreApplication::translate("charla::Session",
                                           "The %1 proxy %2 did not relay the connection to %3 "
                                           "(%4). Check the account's proxy settings.")
            .arg(proxyKind(proxy), proxyAddress(proxy), domain, detail);
    default:
        return QString();
    }
}

/// The QNetworkProxy for an account's proxy settings. Without a choice there is no proxy at all
/// (not even the application's or the system's): a desktop client should not send an account's
/// traffic through a proxy the person did not pick for it. "System" asks the platform (proxy
/// settings, or http_proxy through libproxy on Linux) for the JID's domain, so its exceptions
/// (no_proxy) apply.
QNetworkProxy proxyFor(const AccountConfig &account)
{
    const ProxySettings &p = account.proxy;
    switch (p.type) {
    case ProxySettings::None:
        break;
    case ProxySettings::System: {
        const QString domain =
            account.jid.section(QLatin1Char('@'), -1).section(QLatin1Char('/'), 0, 0);
        const QNetworkProxyQuery query(domain, account.port ? account.port : 5222, QString(),
                                       QNetworkProxyQuery::TcpSocket);
        const QList<QNetworkProxy> found = QNetworkProxyFactory::systemProxyForQuery(query);
        return found.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    case ProxySettings::Socks5:
        // Qt's SOCKS5 sends the host name (HostNameLookupCapability), so DNS of the server
        // happens at the proxy; the certificate is still checked against the JID's domain.
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, p.host, p.effectivePort(), p.user);
    case ProxySettings::Http:
        // A TCP socket through an HTTP proxy uses CONNECT: the proxy only relays TLS bytes.
        return QNetworkProxy(QNetworkProxy::HttpProxy, p.host, p.effectivePort(), p.user);
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}
} // namespace

bool SessionConfig::fromAccount(const AccountConfig &account, const QString &password,
                                SessionConfig *config, QString *error)
{
    config->jid = account.jid;
    config->password = password;
    config->resource = account.resource;
    config->host = account.host;
    config->port = account.port;
    config->directTls = account.directTls;
    config->pinnedCertificate = account.pinnedCertificate;
    config->minimumMechanism = account.saslMechanism;
    config->proxy = proxyFor(account);
    config->caCertificates.clear();
    if (!account.caFile.isEmpty()) {
        config->caCertificates = QSslCertificate::fromPath(account.caFile, QSsl::Pem);
        if (config->caCertificates.isEmpty()) {
            *error = tr("No certificate could be read from %1.").arg(account.caFile);
            return false;
        }
    }
    return true;
}

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

QString Session::newId() const
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

void Session::handleStreamManagement(const Element &e)
{
    const QString name = e.name();
    if (name == QLatin1String("enabled")) {
        m_sm.enabled(e.attribute(QStringLiteral("resume")) == QLatin1String("true") ||
                             e.attribute(QStringLiteral("resume")) == QLatin1String("1")
                         ? e.attribute(QStringLiteral("id"))
                         : QString(),
                     e.attribute(QStringLiteral("location")),
                     e.attribute(QStringLiteral("max")).toInt());
        finishEstablished(false);
        if (m_smFailedResume)
            resendAfterFailedResume();
    } else if (name == QLatin1String("resumed")) {
        const auto h = StreamManagement::parseH(e.attribute(QStringLiteral("h")));
        const auto acked = h ? m_sm.acknowledge(*h) : std::nullopt;
        if (!acked) {
            fail(Error::make(Error::Stream, QStringLiteral("handled-count-too-high"),
                             tr("The server acknowledged more messages than Charla sent.")),
                 true, QStringLiteral("undefined-condition"));
            return;
        }
        for (const Element &s : *acked)
            if (s.name() == QLatin1String("message"))
                Q_EMIT messageAcknowledged(s.attribute(QStringLiteral("id")));
        m_sm.resumed();
        const QList<Element> again = m_sm.takeUnacked();
        m_resuming = false;
        setState(State::Established);
        m_negotiationTimer->stop();
        // XEP-0198 5: resend exactly what the server did not acknowledge, in order; they are
        // counted again, since the server's count restarted from h.
        for (const Element &s : again) {
            write(s);
            m_sm.outboundSent(s);
        }
        Q_EMIT established(true);
        flushPending();
        if (!m_sm.unacked().isEmpty())
            requestAck();
    } else if (name == QLatin1String("failed")) {
        if (m_resuming) {
            // XEP-0198 5: resumption failed; what it still acknowledges is done, the rest is
            // sent again on a freshly bound session.
            if (const auto h = StreamManagement::parseH(e.attribute(QStringLiteral("h")))) {
                if (const auto acked = m_sm.acknowledge(*h))
                    for (const Element &s : *acked)
                        if (s.name() == QLatin1String("message"))
                            Q_EMIT messageAcknowledged(s.attribute(QStringLiteral("id")));
            }
            m_smFailedResume = true;
            const QList<QDateTime> stamps = m_sm.unackedSentAt();
            const QList<Element> unacked = m_sm.takeUnacked();
            QList<Element> resend; // oldest first, and before what was queued while offline
            for (int i = 0; i < unacked.size(); ++i) {
                Element s = unacked.at(i);
                if (s.name() != QLatin1String("message"))
                    continue; // presence is re-sent by its feature, IQs fail with the session
                if (!s.hasChild(QStringLiteral("delay"), kDelayNs)) {
                    Element &delay = s.addChild(QStringLiteral("delay"), kDelayNs);
                    delay.setAttribute(QStringLiteral("from"), m_config.jid);
                    delay.setAttribute(QStringLiteral("stamp"),
                                       stamps.value(i).toString(Qt::ISODateWithMs));
                }
                resend.append(s);
            }
            m_pending = resend + m_pending;
            startBind();
        } else {
            // <enable/> refused: carry on without stream management.
            finishEstablished(false);
        }
    } else if (name == QLatin1String("r")) {
        if (!m_sm.isEnabled())
            return;
        Element a(QStringLiteral("a"), kSmNs);
        a.setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount()));
        write(a);
    } else if (name == QLatin1String("a")) {
        const auto h = StreamManagement::parseH(e.attribute(QStringLiteral("h")));
        const auto acked = h ? m_sm.acknowledge(*h) : std::nullopt;
        if (!acked) {
            // XEP-0198 5: an h we never reached is a protocol violation; end the stream.
            Element err(QStringLiteral("error"), kStreamNs);
            err.addChild(QStringLiteral("undefined-condition"), kStreamsErrNs);
            err.addChild(QStringLiteral("handled-count-too-high"), kSmNs)
                .setAttribute(QStringLiteral("h"), e.attribute(QStringLiteral("h")))
                .setAttribute(QStringLiteral("send-count"), QString::number(m_sm.outboundCount()));
            write(err);
            fail(Error::make(Error::Stream, QStringLiteral("handled-count-too-high"),
                             tr("The server acknowledged more messages than Charla sent; the "
                                "connection was closed.")));
            return;
        }
        for (const Element &s : *acked)
            if (s.name() == QLatin1String("message"))
                Q_EMIT messageAcknowledged(s.attribute(QStringLiteral("id")));
    }
}

void Session::resendAfterFailedResume()
{
    m_smFailedResume = false;
    flushPending();
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
