#pragma once

#include "sasl/SaslMechanism.h"

namespace charla {

/// PLAIN (RFC 4616): the password in clear inside the TLS tunnel, for servers without SCRAM.
///
/// SaslMechanism::create() uses it only over TLS and only when no SCRAM is offered. The
/// authorization identity is empty (act as the authenticated user). The user name and password
/// are sent as typed: RFC 4616 4 leaves their preparation to the server, which compares them
/// with what it stored.
class PlainMechanism final : public SaslMechanism
{
public:
    explicit PlainMechanism(const Credentials &credentials);
    ~PlainMechanism() override;

    QString name() const override;
    QByteArray initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge) override;
    bool verifyFinal(const QByteArray &additionalData) override;

private:
    QByteArray m_message; // "\0" authcid "\0" passwd; wiped once sent
    bool m_sent = false;
};

} // namespace charla
