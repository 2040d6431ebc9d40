#pragma once

#include <QMetaType>
#include <QString>

namespace charla {

/// What went wrong, for code (kind, condition) and for a person (text).
struct Error
{
    enum Kind {
        None,
        Socket,  ///< could not reach the server, or the link broke
        Tls,     ///< TLS missing, failed, or the certificate is not trusted
        Auth,    ///< SASL failed (wrong password, disabled account, downgrade)
        Stream,  ///< the server (or we) ended the stream with a stream error
        Stanza,  ///< an IQ or other stanza came back with an error
        Timeout, ///< no answer in time
        Policy,  ///< refused by a local rule (e.g. a limit, a forbidden mechanism)
    };

    Kind kind = None;
    QString condition; ///< the defined condition, e.g. "not-authorized", "restricted-xml"
    QString text;      ///< a sentence that says what happened and what to do

    bool isError() const { return kind != None; }
    static Error make(Kind kind, const QString &condition, const QString &text)
    {
        return Error{kind, condition, text};
    }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::Error)
