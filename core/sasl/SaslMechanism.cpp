#include "sasl/SaslMechanism.h"

#include "sasl/PlainMechanism.h"
#include "sasl/ScramMechanism.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace charla {
namespace {

Q_LOGGING_CATEGORY(lcSasl, "charla.sasl")

QString plainName()
{
    return QStringLiteral("PLAIN");
}

} // namespace

SaslMechanism::~SaslMechanism() = default;

void SaslMechanism::setError(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

QStringList SaslMechanism::supportedMechanisms()
{
    return {ScramMechanism::mechanismName(QCryptographicHash::Sha512),
            ScramMechanism::mechanismName(QCryptographicHash::Sha256),
            ScramMechanism::mechanismName(QCryptographicHash::Sha1), plainName()};
}

int SaslMechanism::strength(const QString &mechanism)
{
    // RFC 4422 3.1: mechanism names are upper case; compare as such to tolerate sloppy servers.
    const QStringList known = supportedMechanisms();
    const qsizetype index = known.indexOf(mechanism.trimmed().toUpper());
    return index < 0 ? 0 : int(known.size() - index);
}

std::unique_ptr<SaslMechanism> SaslMechanism::create(const QStringList &offered,
                                                     const Credentials &credentials,
                                                     const QString &minimumMechanism,
                                                     QString *error)
{
    QString best;
    for (const QString &m : offered) {
        if (strength(m) > strength(best))
            best = m.trimmed().toUpper();
    }

    QString failure;
    if (best.isEmpty()) {
        failure = offered.isEmpty()
                      ? QCoreApplication::translate(
                            "charla::SaslMechanism",
                            "The server offered no way to log in. Try again later; if it keeps "
                            "happening, tell the server's administrator.")
                      : QCoreApplication::translate(
                            "charla::SaslMechanism",
                            "The server offered only login methods Charla does not support "
                            "(%1). Tell the server's administrator that Charla needs SCRAM.")
                            .arg(offered.join(QStringLiteral(", ")).left(200));
    } else if (strength(minimumMechanism) > strength(best)) {
        // A mechanism that worked before and is gone now is what an attacker who strips the
        // stronger ones from <mechanisms/> would produce.
        failure = QCoreApplication::translate(
                      "charla::SaslMechanism",
                      "The server offered only %1, weaker than %2 used before for this account. "
                      "This can mean someone is tampering with the connection.")
                      .arg(best, minimumMechanism.trimmed().toUpper());
    } else if (best == plainName() && !credentials.tlsEncrypted) {
        failure = QCoreApplication::translate(
            "charla::SaslMechanism",
            "The server offered only PLAIN login without an encrypted connection, which would "
            "reveal your password, so Charla did not log in.");
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return nullptr;
    }

    std::unique_ptr<SaslMechanism> mechanism;
    if (best == plainName()) {
        mechanism = std::make_unique<PlainMechanism>(credentials);
    } else {
        for (QCryptographicHash::Algorithm algorithm :
             {QCryptographicHash::Sha512, QCryptographicHash::Sha256, QCryptographicHash::Sha1}) {
            if (best == ScramMechanism::mechanismName(algorithm))
                mechanism = std::make_unique<ScramMechanism>(algorithm, credentials);
        }
    }
    if (mechanism->hasFailed()) {
        if (error)
            *error = mechanism->error();
        return nullptr;
    }
    // The name only: payloads and credentials are never logged.
    qCDebug(lcSasl) << "Using SASL mechanism" << best;
    if (error)
        error->clear();
    return mechanism;
}

} // namespace charla
