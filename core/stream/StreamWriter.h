#pragma once

#include <QByteArray>
#include <QString>

namespace charla {

class Element;

/// Serialises the client's side of the stream. Every value goes through QXmlStreamWriter, so
/// names, attributes and text are always escaped.
class StreamWriter
{
public:
    /// The stream header (RFC 6120 4.7), with the XML declaration.
    static QByteArray streamOpen(const QString &to, const QString &lang = QStringLiteral("en"),
                                 const QString &from = QString());
    static QByteArray streamClose();
    /// A top-level element; jabber:client is the stream's default namespace and is not repeated.
    static QByteArray element(const Element &e);
};

} // namespace charla
