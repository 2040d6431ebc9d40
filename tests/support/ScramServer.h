#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace charla::test {

/// The server side of SCRAM (RFC 5802, RFC 7677, and SHA-512 alike), written separately from
/// the client's ScramMechanism so a test does not check the client against itself.
///
/// Like a real server it keeps only StoredKey and ServerKey (RFC 5802 3) and checks the client's
/// proof by recovering ClientKey from it:
///
/// ```
/// ScramServer server(QCryptographicHash::Sha256, "user", "pencil");
/// const QByteArray first = server.serverFirst(clientFirst);  // "r=...,s=...,i=4096"
/// const QByteArray final = server.serverFinal(clientFinal);  // "v=..." or "e=invalid-proof"
/// ```
///
/// Knobs make it misbehave the way an impostor would: a wrong server signature, or none at all.
class ScramServer
{
public:
    /// @p password is as the server stored it, i.e. already SASLprep'd (RFC 5802 2.2).
    ScramServer(QCryptographicHash::Algorithm algorithm, const QString &username,
                const QString &password, const QByteArray &salt = defaultSalt(),
                int iterations = 4096);

    /// The salt the RFC 5802 example uses ("QSXCR+Q6sek8bf92" in base64).
    static QByteArray defaultSalt();
    /// SHA-1, SHA-256 or SHA-512 for "SCRAM-SHA-1", "SCRAM-SHA-256", "SCRAM-SHA-512"; false for
    /// anything else.
    static bool algorithmFor(const QString &mechanism, QCryptographicHash::Algorithm *algorithm);

    /// Answers the client-first message ("n,,n=user,r=nonce"): "r=nonce+server,s=salt,i=n".
    /// Empty (and error() set) when the message is malformed or names another user.
    QByteArray serverFirst(const QByteArray &clientFirst);
    /// Checks the client-final message; returns the server-final message: "v=signature" when
    /// the proof is right, "e=..." (RFC 5802 7) when it is not.
    QByteArray serverFinal(const QByteArray &clientFinal);

    /// serverFinal() answers a right proof with a signature the client cannot verify.
    void setWrongServerSignature(bool on) { m_wrongSignature = on; }
    /// serverFinal() answers a right proof with no "v=" at all (an empty message).
    void setOmitServerSignature(bool on) { m_omitSignature = on; }
    /// The server part of the nonce appended to the client's (random unless set).
    void setServerNonce(const QByteArray &nonce) { m_serverNonce = nonce; }

    /// The client's proof was checked and is right.
    bool proofVerified() const { return m_proofVerified; }
    /// Why serverFirst() or serverFinal() refused, for a test's failure message.
    QString error() const { return m_error; }

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &data) const;
    QByteArray refuse(const char *serverError, const QString &why);

    QCryptographicHash::Algorithm m_algorithm;
    QString m_username;
    QByteArray m_salt;
    int m_iterations;
    QByteArray m_storedKey;
    QByteArray m_serverKey;
    QByteArray m_serverNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QByteArray m_nonce;
    QString m_error;
    bool m_wrongSignature = false;
    bool m_omitSignature = false;
    bool m_proofVerified = false;
};

} // namespace charla::test
