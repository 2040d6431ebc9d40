#include "sasl/PlainMechanism.h"

#include <QCoreApplication>

#include <utility>

namespace charla {

PlainMechanism::PlainMechanism(const Credentials &credentials)
{
    if (credentials.username.isEmpty()) {
        setError(
            QCoreApplication::translate("charla::PlainMechanism", "Enter a user name to log in."));
        return;
    }
    if (credentials.password.isEmpty()) {
        setError(
            QCoreApplication::translate("charla::PlainMechanism", "Enter a password to log in."));
        return;
    }
    // RFC 4616 2: authcid and passwd are UTF8SAFE, which excludes NUL, the field separator.
    if (credentials.username.contains(QChar(0)) || credentials.password.contains(QChar(0))) {
        setError(QCoreApplication::translate(
            "charla::PlainMechanism",
            "The user name or password contains a character that cannot be used to log in."));
        return;
    }
    // RFC 4616 2: message = [authzid] UTF8NUL authcid UTF8NUL passwd; authzid is left out.
    m_message = '\0' + credentials.username.toUtf8() + '\0' + credentials.password.toUtf8();
}

PlainMechanism::~PlainMechanism()
{
    m_message.fill('\0');
}

QString PlainMechanism::name() const
{
    return QStringLiteral("PLAIN");
}

QByteArray PlainMechanism::initialResponse()
{
    if (hasFailed())
        return QByteArray();
    if (m_sent) {
        setError(QCoreApplication::translate(
            "charla::PlainMechanism", "The login was started twice. This is a bug in Charla."));
        return QByteArray();
    }
    m_sent = true;
    // Hand over the only copy rather than keep the password around.
    return std::exchange(m_message, QByteArray());
}

std::optional<QByteArray> PlainMechanism::respond(const QByteArray &)
{
    // RFC 4616 2: PLAIN is a single message from the client; the server never challenges.
    setError(QCoreApplication::translate("charla::PlainMechanism",
                                         "The server sent an unexpected login step. Try again "
                                         "later; if it keeps happening, tell the server's "
                                         "administrator."));
    return std::nullopt;
}

bool PlainMechanism::verifyFinal(const QByteArray &)
{
    // PLAIN proves nothing about the server; TLS certificate checks did that already.
    return m_sent && !hasFailed();
}

} // namespace charla
