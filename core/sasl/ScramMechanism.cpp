#include "sasl/ScramMechanism.h"

#include "sasl/SaslPrep.h"

#include <QCoreApplication>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace charla {
namespace {

// RFC 5802 7: the GS2 header of a client that does not support channel binding ("n") and
// sends no authorization identity (empty a=). Its base64 form, "biws", is the c= attribute.
const QByteArray kGs2Header = QByteArrayLiteral("n,,");

// Random bytes in the client nonce; base64 makes 32 printable characters without ','.
constexpr int kNonceBytes = 24;

struct Attribute
{
    char key;
    QByteArray value;
};

// RFC 5802 7: a message is a comma-separated list of attr-val, each one ALPHA "=" value.
// Values never contain ',' (the grammar's value-char excludes it), so splitting is exact.
std::optional<QList<Attribute>> parseAttributes(const QByteArray &message)
{
    if (message.isEmpty())
        return std::nullopt;
    QList<Attribute> out;
    const QList<QByteArray> parts = message.split(',');
    for (const QByteArray &part : parts) {
        if (part.size() < 2 || part.at(1) != '=')
            return std::nullopt;
        const char key = part.at(0);
        if (!((key >= 'a' && key <= 'z') || (key >= 'A' && key <= 'Z')))
            return std::nullopt;
        out.append({key, part.mid(2)});
    }
    return out;
}

// RFC 5802 7: printable = %x21-2B / %x2D-7E, i.e. visible ASCII except ','.
bool isValidNonce(const QByteArray &nonce)
{
    if (nonce.isEmpty())
        return false;
    for (char c : nonce) {
        if (c < 0x21 || c > 0x7E || c == ',')
            return false;
    }
    return true;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// Compares in time independent of where the first difference is, so a forged server
// signature cannot be found byte by byte.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

// The server's e= value is untrusted text shown to a person: keep token characters, bounded.
QString sanitizedServerError(const QByteArray &value)
{
    QByteArray clean;
    for (char c : value) {
        const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (token)
            clean.append(c);
        if (clean.size() >= 64)
            break;
    }
    return QString::fromLatin1(clean);
}

QString malformedError()
{
    return QCoreApplication::translate(
        "charla::ScramMechanism",
        "The server sent a malformed login message. Try again later; if it keeps "
        "happening, tell the server's administrator.");
}

QString prepError(SaslPrep::Error why, bool password)
{
    if (why == SaslPrep::Error::BidiViolation) {
        return password ? QCoreApplication::translate(
                              "charla::ScramMechanism",
                              "Your password mixes right-to-left and left-to-right text in a way "
                              "that cannot be used to log in. Change it from another client.")
                        : QCoreApplication::translate(
                              "charla::ScramMechanism",
                              "Your user name mixes right-to-left and left-to-right text in a "
                              "way that cannot be used to log in.");
    }
    return password ? QCoreApplication::translate(
                          "charla::ScramMechanism",
                          "Your password contains a character that cannot be used to log in (a "
                          "control, formatting or private-use character). Change it from another "
                          "client.")
                    : QCoreApplication::translate(
                          "charla::ScramMechanism",
                          "Your user name contains a character that cannot be used to log in.");
}

} // namespace

ScramMechanism::ScramMechanism(QCryptographicHash::Algorithm algorithm,
                               const Credentials &credentials)
    : m_algorithm(algorithm)
{
    if (mechanismName(algorithm).isEmpty()) {
        fail(QCoreApplication::translate("charla::ScramMechanism",
                                         "Charla does not support this SCRAM variant."));
        return;
    }
    if (credentials.username.isEmpty()) {
        fail(QCoreApplication::translate("charla::ScramMechanism", "Enter a user name to log in."));
        return;
    }
    if (credentials.password.isEmpty()) {
        fail(QCoreApplication::translate("charla::ScramMechanism", "Enter a password to log in."));
        return;
    }

    // RFC 5802 5.1: the user name is SASLprep'd as a query string (unassigned code points
    // allowed). In XMPP it is the JID's localpart, already nodeprep'd, so this rarely changes it.
    SaslPrep::Error why = SaslPrep::Error::None;
    const std::optional<QString> username =
        SaslPrep::prepare(credentials.username, SaslPrep::Mode::Query, &why);
    if (!username || username->isEmpty()) {
        fail(prepError(why, false));
        return;
    }
    // RFC 5802 5.1: ',' and '=' are sent as "=2C" and "=3D"; '=' first so the escapes of ','
    // are not escaped again.
    m_username = username->toUtf8();
    m_username.replace('=', QByteArrayLiteral("=3D"));
    m_username.replace(',', QByteArrayLiteral("=2C"));

    // RFC 5802 2.2 calls the password a stored string (unassigned code points prohibited).
    // We prepare it as a query instead: a server that prohibits them never let such a password
    // be set, while a lenient one (or one on newer Unicode, where an emoji is assigned) did,
    // and refusing here would only lock that person out.
    std::optional<QString> password =
        SaslPrep::prepare(credentials.password, SaslPrep::Mode::Query, &why);
    if (!password || password->isEmpty()) {
        fail(prepError(why, true));
        return;
    }
    m_password = password->toUtf8();
    password->fill(QLatin1Char('\0'));
}

ScramMechanism::~ScramMechanism()
{
    wipeSecrets();
}

QString ScramMechanism::mechanismName(QCryptographicHash::Algorithm algorithm)
{
    switch (algorithm) {
    case QCryptographicHash::Sha1:
        return QStringLiteral("SCRAM-SHA-1");
    case QCryptographicHash::Sha256:
        return QStringLiteral("SCRAM-SHA-256");
    case QCryptographicHash::Sha512:
        return QStringLiteral("SCRAM-SHA-512");
    default:
        return QString();
    }
}

QString ScramMechanism::name() const
{
    return mechanismName(m_algorithm);
}

bool ScramMechanism::setClientNonceForTesting(const QByteArray &nonce)
{
    if (m_state != State::Initial || !isValidNonce(nonce))
        return false;
    m_clientNonce = nonce;
    return true;
}

QByteArray ScramMechanism::initialResponse()
{
    if (m_state == State::Failed)
        return QByteArray();
    if (m_state != State::Initial) {
        fail(QCoreApplication::translate("charla::ScramMechanism",
                                         "The login was started twice. This is a bug in Charla."));
        return QByteArray();
    }
    if (m_clientNonce.isEmpty()) {
        // RFC 5802 5.1: the nonce must be hard to predict; 24 bytes of the system CSPRNG.
        std::array<quint32, kNonceBytes / sizeof(quint32)> words;
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        m_clientNonce =
            QByteArray(reinterpret_cast<const char *>(words.data()), kNonceBytes).toBase64();
        words.fill(0);
    }
    // RFC 5802 7: client-first-message = gs2-header client-first-message-bare.
    m_clientFirstBare =
        QByteArrayLiteral("n=") + m_username + QByteArrayLiteral(",r=") + m_clientNonce;
    m_state = State::AwaitingServerFirst;
    return kGs2Header + m_clientFirstBare;
}

std::optional<QByteArray> ScramMechanism::respond(const QByteArray &challenge)
{
    switch (m_state) {
    case State::AwaitingServerFirst:
        return handleServerFirst(challenge);
    case State::AwaitingServerFinal:
        // RFC 6120 6.4.6 allows the server-final message in a challenge instead of <success/>;
        // once it is verified the client answers with an empty response.
        if (!handleServerFinal(challenge))
            return std::nullopt;
        return QByteArray();
    case State::Failed:
        return std::nullopt;
    case State::Initial:
    case State::Verified:
        break;
    }
    fail(QCoreApplication::translate(
        "charla::ScramMechanism",
        "The server sent an unexpected login step. Try again later; if it keeps happening, "
        "tell the server's administrator."));
    return std::nullopt;
}

std::optional<QByteArray> ScramMechanism::handleServerFirst(const QByteArray &message)
{
    const std::optional<QList<Attribute>> attrs = parseAttributes(message);
    if (!attrs) {
        fail(malformedError());
        return std::nullopt;
    }
    // RFC 5802 7: "m=" announces a mandatory extension; we know none, so we must abort.
    if (attrs->first().key == 'm') {
        fail(QCoreApplication::translate(
            "charla::ScramMechanism",
            "The server requires a login extension Charla does not support. Tell the "
            "server's administrator."));
        return std::nullopt;
    }
    // RFC 5802 7: server-first-message = nonce "," salt "," iteration-count ["," extensions].
    if (attrs->size() < 3 || attrs->at(0).key != 'r' || attrs->at(1).key != 's' ||
        attrs->at(2).key != 'i') {
        fail(malformedError());
        return std::nullopt;
    }

    // RFC 5802 5.1: the nonce is ours followed by the server's part. A nonce that does not
    // extend ours is a replay or a tampered exchange.
    const QByteArray nonce = attrs->at(0).value;
    if (!isValidNonce(nonce) || !nonce.startsWith(m_clientNonce) ||
        nonce.size() <= m_clientNonce.size()) {
        fail(QCoreApplication::translate(
            "charla::ScramMechanism",
            "The server's login challenge does not continue the one Charla started. This "
            "can mean someone is tampering with the connection."));
        return std::nullopt;
    }

    const std::optional<QByteArray> salt = decodeBase64(attrs->at(1).value);
    if (!salt || salt->isEmpty()) {
        fail(malformedError());
        return std::nullopt;
    }

    // RFC 5802 7: iteration-count = "i=" posit-number.
    const QByteArray count = attrs->at(2).value;
    if (count.isEmpty() || count.size() > 10) {
        fail(malformedError());
        return std::nullopt;
    }
    for (char c : count) {
        if (c < '0' || c > '9') {
            fail(malformedError());
            return std::nullopt;
        }
    }
    // RFC 7677 4 / RFC 5802 9: servers SHOULD use at least 4096 iterations. A lower count
    // makes the proof we send cheap to brute-force for whoever receives it, so a server asking
    // for one is refused; the upper bound keeps a hostile server from freezing the client.
    const qint64 iterations = count.toLongLong();
    if (iterations < kMinIterations || iterations > kMaxIterations) {
        fail(QCoreApplication::translate(
                 "charla::ScramMechanism",
                 "The server asked for %1 password hashing rounds; Charla accepts %2 to %3. This "
                 "can mean a misconfigured server or someone tampering with the connection.")
                 .arg(QString::fromLatin1(count))
                 .arg(kMinIterations)
                 .arg(kMaxIterations));
        return std::nullopt;
    }

    // RFC 5802 3: the proof and the expected server signature.
    const QByteArray clientFinalWithoutProof =
        QByteArrayLiteral("c=") + kGs2Header.toBase64() + QByteArrayLiteral(",r=") + nonce;
    const QByteArray authMessage =
        m_clientFirstBare + ',' + message + ',' + clientFinalWithoutProof;

    const int hashLength = QCryptographicHash::hashLength(m_algorithm);
    QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        m_algorithm, m_password, *salt, int(iterations), quint64(hashLength));
    wipe(m_password);
    if (saltedPassword.size() != hashLength) {
        fail(QCoreApplication::translate(
            "charla::ScramMechanism",
            "Charla could not compute the login proof. This is a bug in Charla."));
        return std::nullopt;
    }
    QByteArray clientKey = QMessageAuthenticationCode::hash(QByteArrayLiteral("Client Key"),
                                                            saltedPassword, m_algorithm);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
    const QByteArray clientSignature =
        QMessageAuthenticationCode::hash(authMessage, storedKey, m_algorithm);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ clientSignature.at(i));

    QByteArray serverKey = QMessageAuthenticationCode::hash(QByteArrayLiteral("Server Key"),
                                                            saltedPassword, m_algorithm);
    m_serverSignature = QMessageAuthenticationCode::hash(authMessage, serverKey, m_algorithm);
    wipe(saltedPassword);
    wipe(clientKey);
    wipe(serverKey);

    m_state = State::AwaitingServerFinal;
    const QByteArray response =
        clientFinalWithoutProof + QByteArrayLiteral(",p=") + proof.toBase64();
    wipe(proof);
    return response;
}

bool ScramMechanism::handleServerFinal(const QByteArray &message)
{
    // RFC 5802 7: server-final-message = (server-error / verifier) ["," extensions].
    const std::optional<QList<Attribute>> attrs = parseAttributes(message);
    if (!attrs)
        return fail(malformedError());
    const Attribute &first = attrs->first();
    if (first.key == 'e') {
        const QString condition = sanitizedServerError(first.value);
        if (condition == QLatin1String("invalid-proof")) {
            return fail(QCoreApplication::translate(
                            "charla::ScramMechanism",
                            "The server rejected the password (%1). Check the password and try "
                            "again.")
                            .arg(condition));
        }
        if (condition == QLatin1String("unknown-user")) {
            return fail(QCoreApplication::translate(
                            "charla::ScramMechanism",
                            "The server does not know this account (%1). Check the address.")
                            .arg(condition));
        }
        return fail(QCoreApplication::translate("charla::ScramMechanism",
                                                "The server refused the login (%1).")
                        .arg(condition));
    }
    // RFC 5802 5: the client MUST verify the server signature; a server that cannot produce
    // it does not know the password, whatever it claims.
    const std::optional<QByteArray> signature =
        first.key == 'v' ? decodeBase64(first.value) : std::nullopt;
    if (!signature || !constantTimeEquals(*signature, m_serverSignature)) {
        return fail(QCoreApplication::translate(
            "charla::ScramMechanism",
            "The server could not prove that it knows your password, so Charla did "
            "not log in. This can mean someone is impersonating the server."));
    }
    m_state = State::Verified;
    return true;
}

bool ScramMechanism::verifyFinal(const QByteArray &additionalData)
{
    switch (m_state) {
    case State::Verified:
        // The signature came in a challenge; <success/> may be empty or repeat it.
        return additionalData.isEmpty() || handleServerFinal(additionalData);
    case State::AwaitingServerFinal:
        if (additionalData.isEmpty()) {
            return fail(QCoreApplication::translate(
                "charla::ScramMechanism",
                "The server accepted the login without proving that it knows your "
                "password, so Charla did not log in. This can mean someone is "
                "impersonating the server."));
        }
        return handleServerFinal(additionalData);
    case State::Failed:
        return false;
    case State::Initial:
    case State::AwaitingServerFirst:
        break;
    }
    return fail(QCoreApplication::translate(
        "charla::ScramMechanism",
        "The server reported a successful login before the exchange was complete, "
        "so Charla did not log in. This can mean someone is impersonating the "
        "server."));
}

bool ScramMechanism::fail(const QString &error)
{
    setError(error);
    m_state = State::Failed;
    wipeSecrets();
    return false;
}

void ScramMechanism::wipeSecrets()
{
    wipe(m_password);
    wipe(m_serverSignature);
}

} // namespace charla
