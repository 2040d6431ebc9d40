// Fuzz target: SCRAM (RFC 5802) server-first and server-final messages, as a hostile server
// sends them. The input is "server-first\0server-final": the client nonce is fixed, so seeds
// (and the dictionary's "r=fyko+d2lbbFgONRv9qkxdawL") reach the proof and signature checks.
//
// Besides "no crash": a mechanism that refuses says why (a sentence for the person); a server
// final is accepted only when it carries the right signature, which random bytes never do.

#include "FuzzSupport.h"

#include "sasl/ScramMechanism.h"

using namespace charla;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArray first = split < 0 ? input : input.left(split);
    const QByteArray final = split < 0 ? QByteArray() : input.mid(split + 1);
    // Up to ScramMechanism::kMaxIterations PBKDF2 rounds are accepted by design (a second of
    // CPU natively, far more under ASan): skip large counts, which only cost time. Refusing
    // counts over the limit is still fuzzed (it happens before any hashing).
    for (const QByteArray &attribute : first.split(',')) {
        if (attribute.startsWith("i=")) {
            bool ok = false;
            const qint64 iterations = attribute.mid(2).toLongLong(&ok);
            if (ok && iterations > 8192 && iterations <= ScramMechanism::kMaxIterations)
                return 0;
        }
    }

    SaslMechanism::Credentials credentials;
    credentials.username = QStringLiteral("user");
    credentials.password = QStringLiteral("pencil");
    credentials.tlsEncrypted = true;
    // SHA-1 as Prosody offers it; the hash does not change the parsing.
    ScramMechanism scram(QCryptographicHash::Sha1, credentials);
    CHARLA_FUZZ_CHECK(scram.setClientNonceForTesting("fyko+d2lbbFgONRv9qkxdawL"));
    const QByteArray clientFirst = scram.initialResponse();
    CHARLA_FUZZ_CHECK(clientFirst == "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL");

    const std::optional<QByteArray> clientFinal = scram.respond(first);
    if (!clientFinal) {
        CHARLA_FUZZ_CHECK(scram.hasFailed());
        CHARLA_FUZZ_CHECK(!scram.verifyFinal(final));
        return 0;
    }
    CHARLA_FUZZ_CHECK(!scram.hasFailed());
    CHARLA_FUZZ_CHECK(clientFinal->startsWith("c=biws,r=fyko+d2lbbFgONRv9qkxdawL"));
    const bool verified = scram.verifyFinal(final);
    CHARLA_FUZZ_CHECK(verified != scram.hasFailed());
    // A second challenge after the final is a protocol error, never a crash.
    CHARLA_FUZZ_CHECK(!scram.respond(first));
    return 0;
}
