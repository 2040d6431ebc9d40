#pragma once

#include "sasl/SaslMechanism.h"

#include <QCryptographicHash>

namespace charla {

/// SCRAM-SHA-1, SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677), client side.
///
/// The hash is a runtime parameter rather than a template argument: the three variants differ
/// only in the QCryptographicHash::Algorithm they pass to Qt, so one compiled class serves all.
///
/// Channel binding (the -PLUS variants) is not implemented: Prosody 0.12 binds only to
/// tls-unique, which TLS 1.3 does not have. The GS2 header is therefore "n,," (RFC 5802 6:
/// "n" = the client does not support channel binding), never "y,," (which claims the client
/// supports it but believes the server does not), and no authorization identity is sent.
class ScramMechanism final : public SaslMechanism
{
public:
    /// Fewest and most PBKDF2 iterations accepted from a server (see ScramMechanism.cpp).
    static constexpr int kMinIterations = 4096;
    static constexpr int kMaxIterations = 1000000;

    /// @p algorithm is Sha1, Sha256 or Sha512; anything else fails with error().
    ScramMechanism(QCryptographicHash::Algorithm algorithm, const Credentials &credentials);
    ~ScramMechanism() override;

    /// "SCRAM-SHA-1", "SCRAM-SHA-256", "SCRAM-SHA-512"; empty for other algorithms.
    static QString mechanismName(QCryptographicHash::Algorithm algorithm);

    QString name() const override;
    QByteArray initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge) override;
    bool verifyFinal(const QByteArray &additionalData) override;

    /// Test-only: replaces the random client nonce so RFC test vectors can be replayed.
    /// Must be called before initialResponse(); false if @p nonce is not a valid SCRAM nonce.
    bool setClientNonceForTesting(const QByteArray &nonce);

private:
    enum class State { Initial, AwaitingServerFirst, AwaitingServerFinal, Verified, Failed };

    std::optional<QByteArray> handleServerFirst(const QByteArray &message);
    bool handleServerFinal(const QByteArray &message);
    bool fail(const QString &error);
    void wipeSecrets();

    QCryptographicHash::Algorithm m_algorithm;
    State m_state = State::Initial;
    QByteArray m_username; // SASLprep'd, UTF-8, with ',' and '=' escaped (RFC 5802 5.1)
    QByteArray m_password; // SASLprep'd, UTF-8; wiped once the proof is computed
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature; // expected v=, known once the proof is sent
};

} // namespace charla
