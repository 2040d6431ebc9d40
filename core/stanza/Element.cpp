#include "stanza/Element.h"

#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace charla {

namespace {
const auto kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");

// QXmlStreamWriter (Qt 6.4) writes a namespace declaration's URI as it is, without escaping:
// a peer's namespace holding `"` or `<` would come out as broken XML (or inject attributes).
// So the URI is escaped here, as an attribute value (whitespace too, which a parser would
// otherwise normalise to spaces). Found by fuzz_streamparser and fuzz_stanza.
QString escapedNamespace(const QString &ns)
{
    QString out;
    out.reserve(ns.size());
    for (const QChar c : ns) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\t': out += QLatin1String("&#9;"); break;
        case '\n': out += QLatin1String("&#10;"); break;
        case '\r': out += QLatin1String("&#13;"); break;
        default: out += c;
        }
    }
    return out;
}
} // namespace

Element::Element(const QString &name, const QString &ns) : m_name(name), m_ns(ns) {}

QString Element::attribute(const QString &name, const QString &defaultValue) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == name)
            return a.value;
    }
    return defaultValue;
}

bool Element::hasAttribute(const QString &name) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == name)
            return true;
    }
    return false;
}

Element &Element::setAttribute(const QString &name, const QString &value)
{
    for (Attribute &a : m_attributes) {
        if (a.name == name) {
            a.value = value;
            return *this;
        }
    }
    m_attributes.append({name, value});
    return *this;
}

void Element::removeAttribute(const QString &name)
{
    m_attributes.removeIf([&](const Attribute &a) { return a.name == name; });
}

Element &Element::setText(const QString &text)
{
    m_text = text;
    return *this;
}

Element Element::firstChild(const QString &name, const QString &ns) const
{
    for (const Element &c : m_children) {
        if ((name.isEmpty() || c.m_name == name) && (ns.isEmpty() || c.m_ns == ns))
            return c;
    }
    return {};
}

QList<Element> Element::childrenNamed(const QString &name, const QString &ns) const
{
    QList<Element> result;
    for (const Element &c : m_children) {
        if (c.m_name == name && (ns.isEmpty() || c.m_ns == ns))
            result.append(c);
    }
    return result;
}

bool Element::hasChild(const QString &name, const QString &ns) const
{
    return !firstChild(name, ns).isNull();
}

QString Element::childText(const QString &name, const QString &ns) const
{
    return firstChild(name, ns).text();
}

Element &Element::appendChild(const Element &child)
{
    m_children.append(child);
    return *this;
}

Element &Element::addChild(const QString &name, const QString &ns)
{
    m_children.append(Element(name, ns));
    return m_children.last();
}

void Element::removeChildren(const QString &name, const QString &ns)
{
    m_children.removeIf(
        [&](const Element &c) { return c.m_name == name && (ns.isEmpty() || c.m_ns == ns); });
}

void Element::write(QXmlStreamWriter &writer, const QString &parentNs) const
{
    if (m_ns == kStreamNs) {
        // Stream-level elements (stream:features, stream:error) keep the conventional prefix.
        writer.writeStartElement(kStreamNs, m_name);
    } else {
        writer.writeStartElement(m_name);
        if (m_ns != parentNs)
            writer.writeDefaultNamespace(escapedNamespace(m_ns));
    }
    for (const Attribute &a : m_attributes) {
        if (a.name.startsWith(QLatin1String("xml:"))) {
            writer.writeAttribute(QStringLiteral("http://www.w3.org/XML/1998/namespace"),
                                  a.name.mid(4), a.value);
        } else if (!a.name.contains(QLatin1Char(':'))) {
            writer.writeAttribute(a.name, a.value);
        }
        // Any other prefixed attribute (`x:extra` from a peer) is left out: attributes are kept
        // by qualified name without their namespace, and a prefix written without its
        // declaration is XML that no namespace-aware parser accepts (a server closes the
        // stream). Found by fuzz_streamparser; no payload Charla understands uses one.
    }
    if (!m_text.contains(QLatin1Char('\r'))) {
        if (!m_text.isEmpty())
            writer.writeCharacters(m_text);
    } else {
        // QXmlStreamWriter writes a carriage return (from `&#13;`) as it is, and XML line-end
        // handling turns it into a line feed when read: written as a reference it stays a
        // carriage return (found by fuzz_stanza).
        const QStringList pieces = m_text.split(QLatin1Char('\r'));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                writer.writeEntityReference(QStringLiteral("#13"));
            if (!pieces.at(i).isEmpty())
                writer.writeCharacters(pieces.at(i));
        }
    }
    const QString childParentNs = m_ns == kStreamNs ? parentNs : m_ns;
    for (const Element &c : m_children)
        c.write(writer, childParentNs);
    writer.writeEndElement();
}

QByteArray Element::toXml(const QString &parentNs) const
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    if (m_ns == kStreamNs)
        writer.writeNamespace(kStreamNs, QStringLiteral("stream"));
    write(writer, parentNs);
    return out;
}

Element Element::read(QXmlStreamReader &reader)
{
    Q_ASSERT(reader.isStartElement());
    Element e(reader.name().toString(), reader.namespaceUri().toString());
    const QXmlStreamAttributes attrs = reader.attributes();
    e.m_attributes.reserve(attrs.size());
    for (const QXmlStreamAttribute &a : attrs)
        e.m_attributes.append({a.qualifiedName().toString(), a.value().toString()});
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            e.m_children.append(read(reader));
            if (reader.hasError())
                return {};
            break;
        case QXmlStreamReader::Characters:
            e.m_text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!e.m_children.isEmpty() && e.m_text.trimmed().isEmpty())
                e.m_text.clear(); // indentation between children is not content
            return e;
        default:
            break;
        }
    }
    return {};
}

Element Element::fromXml(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            Element e = read(reader);
            if (!reader.hasError())
                return e;
            break;
        }
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QStringLiteral("no element");
    return {};
}

Element Element::fromXml(const QString &xml, QString *error)
{
    return fromXml(xml.toUtf8(), error);
}

bool Element::operator==(const Element &o) const
{
    if (m_name != o.m_name || m_ns != o.m_ns || m_text != o.m_text ||
        m_attributes.size() != o.m_attributes.size() || m_children != o.m_children)
        return false;
    for (const Attribute &a : m_attributes) {
        if (!o.hasAttribute(a.name) || o.attribute(a.name) != a.value)
            return false;
    }
    return true;
}

} // namespace charla
