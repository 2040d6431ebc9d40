#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace charla {

/// The client side of one SASL mechanism (RFC 4422) for one authentication exchange.
///
/// The payloads are raw bytes: the session base64-encodes them into <auth/> and <response/>
/// and decodes <challenge/> and <success/> data (RFC 6120 6.4). Payloads carry secrets or
/// material derived from them, so neither the mechanisms nor their callers log them, at any
/// level.
///
/// Sequence: initialResponse() -> respond() for each <challenge/> -> verifyFinal() with the
/// data of <success/>. A nullopt from respond() or false from verifyFinal() means: abort the
/// exchange (send <abort/> or close the stream) and show error().
class SaslMechanism
{
public:
    /// What a mechanism needs to log in.
    struct Credentials
    {
        QString username;          ///< the authentication identity: the JID's localpart
        QString password;          ///< never logged, never stored by the mechanism past use
        bool tlsEncrypted = false; ///< the stream is TLS-protected (PLAIN needs it)
    };

    virtual ~SaslMechanism();
    SaslMechanism(const SaslMechanism &) = delete;
    SaslMechanism &operator=(const SaslMechanism &) = delete;

    /// The IANA mechanism name, e.g. "SCRAM-SHA-256".
    virtual QString name() const = 0;
    /// The client's first message, sent with <auth/>; empty after a failure (see error()).
    virtual QByteArray initialResponse() = 0;
    /// The response to a server challenge; nullopt means abort (see error()).
    virtual std::optional<QByteArray> respond(const QByteArray &challenge) = 0;
    /// Checks the data of the server's <success/>; false means do not trust the session.
    virtual bool verifyFinal(const QByteArray &additionalData) = 0;

    /// A sentence for a person saying what went wrong; empty while nothing has.
    QString error() const { return m_error; }
    bool hasFailed() const { return !m_error.isEmpty(); }

    /// How strong a mechanism is, to choose and to detect downgrades; 0 for ones we lack.
    static int strength(const QString &mechanism);
    /// The mechanisms we implement, strongest first.
    static QStringList supportedMechanisms();

    /// The strongest usable mechanism of @p offered, or null with @p error set.
    ///
    /// PLAIN is used only over TLS and only when no SCRAM is offered. @p minimumMechanism is
    /// the strongest mechanism that succeeded before for this account (empty if none): a server
    /// offering only weaker ones is refused as a possible downgrade attack. The caller must not
    /// retry a failed login with a weaker mechanism of the same list.
    static std::unique_ptr<SaslMechanism> create(const QStringList &offered,
                                                 const Credentials &credentials,
                                                 const QString &minimumMechanism, QString *error);

protected:
    SaslMechanism() = default;
    /// Records the first failure; later ones keep the first sentence, which names the cause.
    void setError(const QString &error);

private:
    QString m_error;
};

} // namespace charla
