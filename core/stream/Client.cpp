#include "stream/Client.h"

#include "features/Feature.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcClient, "charla.client")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kStanzasNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
} // namespace

Client::Client(QObject *parent)
    : QObject(parent), m_session(new Session(this)), m_iq(new IqTracker(this)),
      m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wanted)
            m_session->connectToServer();
    });
    connect(m_session, &Session::stanzaReceived, this, &Client::onStanza);
    connect(m_session, &Session::established, this, &Client::onEstablished);
    connect(m_session, &Session::errorOccurred, this, &Client::onSessionError);
    connect(m_session, &Session::disconnected, this, [this] {
        for (Feature *f : std::as_const(m_features))
            f->sessionEnded();
        Q_EMIT disconnected();
    });
    // An immediate retry when the network comes back, where Qt can tell.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online && m_wanted &&
                        m_reconnectTimer->isActive()) {
                        m_reconnectTimer->stop();
                        m_session->connectToServer();
                    }
                });
    }
}

Client::~Client() = default;

void Client::addFeature(Feature *feature)
{
    feature->setParent(this);
    feature->attach(this);
    m_features.append(feature);
}

QStringList Client::discoFeatures() const
{
    QStringList all;
    for (Feature *f : m_features)
        all += f->discoFeatures();
    all.sort();
    all.removeDuplicates();
    return all;
}

void Client::connectToServer(const SessionConfig &config)
{
    m_config = config;
    m_wanted = true;
    m_attempt = 0;
    m_reconnectTimer->stop();
    m_session->setConfig(config);
    m_session->connectToServer();
}

void Client::disconnectFromServer()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_session->disconnectFromServer();
    m_iq->failAll(Error::make(Error::Socket, QStringLiteral("disconnected"),
                              tr("The account was disconnected before the answer came.")));
}

bool Client::send(const Element &stanza)
{
    return m_session->send(stanza);
}

QString Client::newId()
{
    return Session::newId();
}

QString Client::sendIq(Element iq, QObject *context, IqTracker::Callback done, int timeoutMs)
{
    const QString id = newId();
    iq.setAttribute(QStringLiteral("id"), id);
    if (iq.ns().isEmpty())
        iq.setNs(kClientNs);
    m_iq->track(iq, context, std::move(done), timeoutMs);
    m_session->send(iq);
    return id;
}

void Client::replyError(const Element &request, const QString &type, const QString &condition)
{
    Element reply(QStringLiteral("iq"), kClientNs);
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("error"));
    reply.setAttribute(QStringLiteral("id"), request.attribute(QStringLiteral("id")));
    const QString from = request.attribute(QStringLiteral("from"));
    if (!from.isEmpty())
        reply.setAttribute(QStringLiteral("to"), from);
    Element &error = reply.addChild(QStringLiteral("error"), kClientNs);
    error.setAttribute(QStringLiteral("type"), type);
    error.addChild(condition, kStanzasNs);
    m_session->send(reply);
}

void Client::onStanza(const Element &stanza)
{
    if (stanza.name() == QLatin1String("iq") && m_iq->handle(stanza))
        return;
    for (Feature *f : std::as_const(m_features)) {
        if (f->handleStanza(stanza))
            return;
    }
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (stanza.name() == QLatin1String("iq") &&
        (type == QLatin1String("get") || type == QLatin1String("set"))) {
        // RFC 6120 8.4: a request nobody understands gets service-unavailable.
        replyError(stanza, QStringLiteral("cancel"), QStringLiteral("service-unavailable"));
    }
}

void Client::onEstablished(bool resumed)
{
    m_attempt = 0; // backoff resets on success
    m_jid = Jid::parse(m_session->boundJid());
    m_iq->setOwnJid(m_jid);
    if (!resumed)
        m_iq->failAll(Error::make(Error::Socket, QStringLiteral("session-lost"),
                                  tr("The connection was lost before the answer came.")));
    for (Feature *f : std::as_const(m_features))
        f->sessionStarted(resumed);
    Q_EMIT connected(resumed);
}

void Client::onSessionError(const Error &error)
{
    Q_EMIT errorOccurred(error);
    // RFC 6120 6.5.13: temporary-auth-failure is the server's trouble, not the password's, so
    // it is retried like a dropped link; every other login failure needs the person.
    const bool authRetryable =
        error.kind != Error::Auth || error.condition == QLatin1String("temporary-auth-failure");
    if (m_wanted && m_autoReconnect && !m_session->shouldNotReconnect() && authRetryable &&
        error.kind != Error::Tls)
        scheduleReconnect();
    else
        m_wanted = m_wanted && m_autoReconnect && !m_session->shouldNotReconnect() &&
                   authRetryable && error.kind != Error::Tls;
}

int Client::nextReconnectDelay() const
{
    // Exponential: base * 2^attempt, capped; jitter of +-25% spreads a crowd of clients.
    const qint64 exp = qint64(m_backoffBaseMs) << std::min(m_attempt, 20);
    const qint64 capped = std::min<qint64>(exp, m_backoffCapMs);
    return int(capped);
}

void Client::scheduleReconnect()
{
    const int base = nextReconnectDelay();
    const int jitter = int(QRandomGenerator::global()->bounded(base / 2 + 1)) - base / 4;
    const int delay = std::clamp(base + jitter, 0, m_backoffCapMs);
    ++m_attempt;
    qCDebug(lcClient) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
    Q_EMIT reconnecting(delay);
}

} // namespace charla
