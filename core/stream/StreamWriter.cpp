#include "stream/StreamWriter.h"

#include "stanza/Element.h"

#include <QXmlStreamWriter>

namespace charla {

QByteArray StreamWriter::streamOpen(const QString &to, const QString &lang, const QString &from)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"));
    w.writeNamespace(QStringLiteral("http://etherx.jabber.org/streams"), QStringLiteral("stream"));
    w.writeDefaultNamespace(QStringLiteral("jabber:client"));
    w.writeStartElement(QStringLiteral("http://etherx.jabber.org/streams"), QStringLiteral("stream"));
    // RFC 6120 4.7.1: 'from' is the bare JID once the stream is encrypted, never before.
    if (!from.isEmpty())
        w.writeAttribute(QStringLiteral("from"), from);
    w.writeAttribute(QStringLiteral("to"), to);
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("lang"),
                     lang);
    w.writeCharacters(QString()); // closes the start tag: the stream stays open
    return out;
}

QByteArray StreamWriter::streamClose()
{
    return QByteArrayLiteral("</stream:stream>");
}

QByteArray StreamWriter::element(const Element &e)
{
    return e.toXml(QStringLiteral("jabber:client"));
}

} // namespace charla
