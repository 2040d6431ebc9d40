#pragma once

#include "stanza/Element.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QNetworkProxy>
#include <QString>

/// Pieces of Session that need no socket: what the XML console may show, and the sentences
/// for SASL and proxy failures.
namespace charla::session {

/// The XML console's view of an element, with SASL payloads and every password hidden.
QByteArray maskedXml(const Element &e);
/// A message, presence or iq of jabber:client (what XEP-0198 counts).
bool isStanza(const Element &e);
/// RFC 6120 6.5: a SASL failure condition in words, with the server's own text if any.
QString saslFailureText(const QString &condition, const QString &jid, const QString &serverText);
/// "SOCKS5" or "HTTP", for sentences that name the proxy.
QString proxyKind(const QNetworkProxy &proxy);
/// host:port of the proxy (IPv6 in brackets).
QString proxyAddress(const QNetworkProxy &proxy);
/// True for a SOCKS5 or HTTP CONNECT proxy.
bool usesProxy(const QNetworkProxy &proxy);
/// A failure of the proxy itself in words; empty when @p error is not about the proxy.
QString proxyFailureText(QAbstractSocket::SocketError error, const QNetworkProxy &proxy,
                         const QString &domain, const QString &detail);

} // namespace charla::session
