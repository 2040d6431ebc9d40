#pragma once

#include "stanza/Element.h"
#include "stream/Client.h"
#include "stream/Error.h"

#include <QString>

#include <functional>
#include <optional>

namespace charla {

/// Adds the features every Charla account has, in this order: DiscoInfoFeature (XEP-0030),
/// CapsFeature (XEP-0115), VersionFeature (XEP-0092), TimeFeature (XEP-0202), PingFeature
/// (XEP-0199: answers pings, keeps the link checked) and CsiFeature (XEP-0352).
/// Call it once per Client, before connecting.
void installCoreFeatures(Client &client);

// --- Shared by the features that answer or send IQ requests ----------------------------------

/// The payload of @p stanza when it is an `<iq type='get'/>` addressed to @p client (no `to`,
/// the bound full JID or its bare JID) carrying `<name xmlns='ns'/>`; a null element otherwise.
Element incomingGet(const Client &client, const Element &stanza, const QString &name,
                    const QString &ns);
/// An empty `<iq type='result'/>` answering @p request (RFC 6120 8.2.3: same id, to the sender).
Element iqResultFor(const Element &request);
/// An `<iq type='get'/>` to @p to with @p payload, ready for Client::sendIq; an empty @p to
/// leaves `to` out, which addresses the own account (RFC 6120 10.3.3).
Element iqGet(const QString &to, const Element &payload);
/// The error for an answer from @p from that does not carry what was asked for
/// (kind Stanza, condition "malformed-reply").
Error malformedReply(const QString &from);

/// Sends an `<iq type='get'/>` with @p payload to @p to and calls @p done with what @p parse
/// makes of the answer's payload (the child with the request payload's name and namespace), or
/// with the error: the stanza error, a timeout, the session ending, or malformedReply() when
/// @p parse returns nullopt. @p done is not called if @p context is destroyed first.
template<class T>
void sendGet(Client &client, const QString &to, const Element &payload, QObject *context,
             std::optional<T> (*parse)(const Element &),
             std::function<void(const T &, const Error &)> done)
{
    const QString name = payload.name();
    const QString ns = payload.ns();
    client.sendIq(iqGet(to, payload), context,
                  [to, name, ns, parse, done = std::move(done)](const IqResult &r) {
                      if (!r.ok()) {
                          done(T(), r.error);
                          return;
                      }
                      const std::optional<T> value = parse(r.iq.firstChild(name, ns));
                      if (value)
                          done(*value, Error());
                      else
                          done(T(), malformedReply(to));
                  });
}

} // namespace charla
