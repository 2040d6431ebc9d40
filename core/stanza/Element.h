#pragma once

#include <QList>
#include <QString>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace charla {

/// A small XML tree for one stanza or stream-level element.
///
/// Names and namespaces are kept as the stream declared them; attributes by qualified name
/// (`type`, `xml:lang`). Text is the concatenation of the element's own text nodes; whitespace
/// between child elements is not kept (XMPP payloads do not use mixed content).
/// Copies are cheap: the lists and strings are implicitly shared.
class Element
{
public:
    struct Attribute
    {
        QString name;
        QString value;
        bool operator==(const Attribute &o) const { return name == o.name && value == o.value; }
    };

    Element() = default;
    explicit Element(const QString &name, const QString &ns = QString());

    /// A default-constructed element (no name): what lookups return when nothing matches.
    bool isNull() const { return m_name.isEmpty(); }
    QString name() const { return m_name; }
    QString ns() const { return m_ns; }
    void setNs(const QString &ns) { m_ns = ns; }

    QString attribute(const QString &name, const QString &defaultValue = QString()) const;
    bool hasAttribute(const QString &name) const;
    Element &setAttribute(const QString &name, const QString &value);
    void removeAttribute(const QString &name);
    const QList<Attribute> &attributes() const { return m_attributes; }

    QString text() const { return m_text; }
    Element &setText(const QString &text);

    const QList<Element> &children() const { return m_children; }
    /// The first child with @p name (any name if empty) and @p ns (any if empty); null if none.
    Element firstChild(const QString &name = QString(), const QString &ns = QString()) const;
    QList<Element> childrenNamed(const QString &name, const QString &ns = QString()) const;
    bool hasChild(const QString &name, const QString &ns = QString()) const;
    /// Text of the first matching child, or empty.
    QString childText(const QString &name, const QString &ns = QString()) const;
    Element &appendChild(const Element &child);
    /// Appends a new child and returns a reference to it for building nested trees.
    Element &addChild(const QString &name, const QString &ns = QString());
    void removeChildren(const QString &name, const QString &ns = QString());

    /// Writes the element; the default namespace is declared where it differs from @p parentNs.
    void write(QXmlStreamWriter &writer, const QString &parentNs = QString()) const;
    /// Serialises to UTF-8 XML without an XML declaration.
    QByteArray toXml(const QString &parentNs = QString()) const;

    /// Reads the element the reader is positioned on (a StartElement) up to its end tag.
    /// Returns null on a reader error (the reader's error says why).
    static Element read(QXmlStreamReader &reader);
    /// Parses a standalone XML snippet; null with @p error set if it is not well formed.
    static Element fromXml(const QByteArray &xml, QString *error = nullptr);
    static Element fromXml(const QString &xml, QString *error = nullptr);

    /// Structural equality: names, namespaces, text, children in order; attribute order ignored.
    bool operator==(const Element &o) const;
    bool operator!=(const Element &o) const { return !(*this == o); }

private:
    friend class StreamParser; // builds elements straight from the stream's tokens

    QString m_name;
    QString m_ns;
    QString m_text;
    QList<Attribute> m_attributes;
    QList<Element> m_children;
};

} // namespace charla

// Only implicitly shared members: a QList<Element> may move elements with memcpy when it grows.
Q_DECLARE_TYPEINFO(charla::Element::Attribute, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(charla::Element, Q_RELOCATABLE_TYPE);
