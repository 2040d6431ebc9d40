#include "ScramServer.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace charla::test {

ScramServer::ScramServer(QCryptographicHash::Algorithm algorithm, const QString &username,
                         const QString &password, const QByteArray &salt, int iterations)
    : m_algorithm(algorithm), m_username(username), m_salt(salt), m_iterations(iterations)
{
    // RFC 5802 3: SaltedPassword = Hi(password, salt, i); the server keeps only the keys.
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(algorithm, password.toUtf8(), m_salt, m_iterations,
                                           QCryptographicHash::hashLength(algorithm));
    m_storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), algorithm);
    m_serverKey = hmac(salted, "Server Key");
    // A fresh server nonce per exchange, as a server makes it (RFC 5802 5.1: printable, no ',').
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random, 2);
    m_serverNonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64();
}

QByteArray ScramServer::defaultSalt()
{
    return QByteArrayLiteral("\x41\x25\xc2\x47\xe4\x3a\xb1\xe9\x3c\x6d\xff\x76");
}

bool ScramServer::algorithmFor(const QString &mechanism, QCryptographicHash::Algorithm *algorithm)
{
    if (mechanism == QLatin1String("SCRAM-SHA-1"))
        *algorithm = QCryptographicHash::Sha1;
    else if (mechanism == QLatin1String("SCRAM-SHA-256"))
        *algorithm = QCryptographicHash::Sha256;
    else if (mechanism == QLatin1String("SCRAM-SHA-512"))
        *algorithm = QCryptographicHash::Sha512;
    else
        return false;
    return true;
}

QByteArray ScramServer::hmac(const QByteArray &key, const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, key, m_algorithm);
}

QByteArray ScramServer::refuse(const char *serverError, const QString &why)
{
    m_error = why;
    if (!serverError)
        return QByteArray();
    return QByteArray("e=").append(serverError);
}

QByteArray ScramServer::serverFirst(const QByteArray &clientFirst)
{
    m_error.clear();
    // RFC 5802 7: gs2-header "n,," (no channel binding, no authzid), then client-first-bare.
    if (!clientFirst.startsWith("n,,n="))
        return refuse(nullptr, QStringLiteral("client-first does not start with \"n,,n=\""));
    m_clientFirstBare = clientFirst.mid(3);
    const qsizetype r = m_clientFirstBare.indexOf(",r=");
    if (r < 0)
        return refuse(nullptr, QStringLiteral("client-first has no nonce"));
    QByteArray user = m_clientFirstBare.mid(2, r - 2);
    if (user.contains(','))
        return refuse(nullptr, QStringLiteral("client-first has an unescaped ','"));
    // RFC 5802 5.1: ',' and '=' in the name are sent as "=2C" and "=3D".
    user.replace("=2C", ",").replace("=3D", "=");
    if (QString::fromUtf8(user) != m_username)
        return refuse(nullptr, QStringLiteral("client-first names user \"%1\", expected \"%2\"")
                                   .arg(QString::fromUtf8(user), m_username));
    const QByteArray clientNonce = m_clientFirstBare.mid(r + 3);
    if (clientNonce.isEmpty() || clientNonce.contains(','))
        return refuse(nullptr, QStringLiteral("client-first has a malformed nonce"));
    m_nonce = clientNonce + m_serverNonce;
    m_serverFirst =
        "r=" + m_nonce + ",s=" + m_salt.toBase64() + ",i=" + QByteArray::number(m_iterations);
    return m_serverFirst;
}

QByteArray ScramServer::serverFinal(const QByteArray &clientFinal)
{
    m_error.clear();
    m_proofVerified = false;
    if (m_serverFirst.isEmpty())
        return refuse("other-error", QStringLiteral("client-final before client-first"));
    const qsizetype p = clientFinal.indexOf(",p=");
    if (p < 0)
        return refuse("invalid-encoding", QStringLiteral("client-final has no proof"));
    const QByteArray withoutProof = clientFinal.left(p);
    // "biws" is base64("n,,"): the gs2-header again, as RFC 5802 7 requires.
    if (withoutProof != QByteArray("c=biws,r=" + m_nonce))
        return refuse("channel-bindings-dont-match",
                      QStringLiteral("client-final has the wrong c= or r=: ") +
                          QString::fromLatin1(withoutProof));
    const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ',' + withoutProof;
    const QByteArray proof = QByteArray::fromBase64(clientFinal.mid(p + 3));
    const QByteArray signature = hmac(m_storedKey, authMessage);
    if (proof.size() != signature.size())
        return refuse("invalid-proof", QStringLiteral("the proof has the wrong length"));
    // RFC 5802 3: ClientKey = ClientProof XOR ClientSignature; H(ClientKey) must be StoredKey.
    QByteArray clientKey(proof.size(), '\0');
    for (qsizetype i = 0; i < proof.size(); ++i)
        clientKey[i] = char(proof.at(i) ^ signature.at(i));
    if (QCryptographicHash::hash(clientKey, m_algorithm) != m_storedKey)
        return refuse("invalid-proof", QStringLiteral("the proof is wrong (wrong password?)"));
    m_proofVerified = true;
    if (m_omitSignature)
        return QByteArray();
    QByteArray serverSignature = hmac(m_serverKey, authMessage);
    if (m_wrongSignature)
        serverSignature[0] = char(serverSignature.at(0) ^ 0x01); // one bit off
    return "v=" + serverSignature.toBase64();
}

} // namespace charla::test
