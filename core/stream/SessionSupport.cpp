#include "stream/SessionSupport.h"

#include "storage/AccountStore.h"
#include "stream/Session.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

// Every sentence here is looked up under the context "charla::Session", written out as a
// literal so that lupdate files it where the code looks for it.

namespace charla {

namespace {
const auto kSaslNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
const auto kClientNs = QStringLiteral("jabber:client");

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

/// True when @p e holds a password anywhere: a <password/> (XEP-0077 3.1 and 3.3 password
/// change, XEP-0045 7.2.6 room password) or a data form field that is text-private or named
/// like a password (XEP-0004; XEP-0133 4.7 change-user-password, registration forms).
bool containsSecret(const Element &e)
{
    if (e.name() == QLatin1String("password"))
        return true;
    if (e.name() == QLatin1String("field") &&
        (e.attribute(QStringLiteral("type")) == QLatin1String("text-private") ||
         e.attribute(QStringLiteral("var")).contains(QLatin1String("password"))))
        return true;
    for (const Element &c : e.children())
        if (containsSecret(c))
            return true;
    return false;
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

namespace session {

/// The XML console's view of an element: SASL payloads (which carry or derive from the
/// password), the passwords of in-band registration and password change (XEP-0077 3.1, 3.3:
/// sent in clear inside TLS), room passwords and password fields of any data form (ad-hoc
/// commands, XEP-0133) are replaced by a marker.
QByteArray maskedXml(const Element &e)
{
    if (e.ns() == kSaslNs && !e.text().isEmpty()) {
        Element masked = e;
        masked.setText(QStringLiteral("[hidden]"));
        return masked.toXml(kClientNs);
    }
    if (containsSecret(e))
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
        text = QCoreApplication::translate("charla::Session", "Wrong password for %1.").arg(jid);
    else if (condition == QLatin1String("account-disabled"))
        text = QCoreApplication::translate("charla::Session", "The account %1 is disabled on its server.").arg(jid);
    else if (condition == QLatin1String("credentials-expired"))
        text = QCoreApplication::translate("charla::Session", "The password for %1 has expired. Change it with another client or ask the "
                  "server's administrator.")
                   .arg(jid);
    else if (condition == QLatin1String("temporary-auth-failure"))
        text = QCoreApplication::translate("charla::Session", "The server could not check the password for %1 right now. Try again later.")
                   .arg(jid);
    else if (condition == QLatin1String("encryption-required"))
        text = QCoreApplication::translate("charla::Session", "The server requires stronger encryption to log in as %1.").arg(jid);
    else if (condition == QLatin1String("invalid-mechanism") ||
             condition == QLatin1String("mechanism-too-weak"))
        text = QCoreApplication::translate("charla::Session", "The server refused the login method for %1.").arg(jid);
    else
        text = QCoreApplication::translate("charla::Session", "The server refused to log in %1 (%2).").arg(jid, condition);
    if (!serverText.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("charla::Session", "The server said: \"%1\"").arg(serverText);
    return text;
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

bool usesProxy(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::Socks5Proxy || proxy.type() == QNetworkProxy::HttpProxy;
}

/// A failure of the proxy itself (not of the server behind it), in words; empty when @p error
/// is not about the proxy. (translate() with the literal context: lupdate would file a QCoreApplication::translate("charla::Session", )
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

} // namespace session

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
            *error = QCoreApplication::translate("charla::Session",
                                                 "No certificate could be read from %1.")
                         .arg(account.caFile);
            return false;
        }
    }
    return true;
}

} // namespace charla
