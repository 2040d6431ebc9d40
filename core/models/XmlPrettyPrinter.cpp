#include "models/XmlPrettyPrinter.h"

#include "stanza/Element.h"

namespace charla {

namespace {

QString escaped(QString s, bool attribute)
{
    s.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    s.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    s.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    if (attribute)
        s.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return s;
}

class Printer
{
public:
    explicit Printer(int indent) : m_indent(indent) {}

    void add(const QString &s, XmlPrettyPrinter::Token t)
    {
        if (s.isEmpty())
            return;
        m_out.spans.append({int(m_out.text.size()), int(s.size()), t});
        m_out.text += s;
    }

    void element(const Element &e, const QString &parentNs, int depth)
    {
        const QString pad(depth * m_indent, QLatin1Char(' '));
        m_out.text += pad;
        add(QStringLiteral("<"), XmlPrettyPrinter::Punctuation);
        add(e.name(), XmlPrettyPrinter::TagName);
        if (!e.ns().isEmpty() && e.ns() != parentNs)
            attribute(QStringLiteral("xmlns"), e.ns());
        for (const Element::Attribute &a : e.attributes())
            attribute(a.name, a.value);
        if (e.children().isEmpty() && e.text().isEmpty()) {
            add(QStringLiteral("/>"), XmlPrettyPrinter::Punctuation);
            return;
        }
        add(QStringLiteral(">"), XmlPrettyPrinter::Punctuation);
        if (e.children().isEmpty()) {
            // Short text stays on the tag's line, as a person would write it.
            add(escaped(e.text(), false), XmlPrettyPrinter::Text);
        } else {
            if (!e.text().isEmpty()) {
                m_out.text += QLatin1Char('\n') + QString((depth + 1) * m_indent, QLatin1Char(' '));
                add(escaped(e.text(), false), XmlPrettyPrinter::Text);
            }
            for (const Element &c : e.children()) {
                m_out.text += QLatin1Char('\n');
                element(c, e.ns(), depth + 1);
            }
            m_out.text += QLatin1Char('\n') + pad;
        }
        add(QStringLiteral("</"), XmlPrettyPrinter::Punctuation);
        add(e.name(), XmlPrettyPrinter::TagName);
        add(QStringLiteral(">"), XmlPrettyPrinter::Punctuation);
    }

    void attribute(const QString &name, const QString &value)
    {
        m_out.text += QLatin1Char(' ');
        add(name, XmlPrettyPrinter::AttributeName);
        add(QStringLiteral("="), XmlPrettyPrinter::Punctuation);
        add(QLatin1Char('"') + escaped(value, true) + QLatin1Char('"'),
            XmlPrettyPrinter::AttributeValue);
    }

    XmlPrettyPrinter::Result m_out;

private:
    int m_indent;
};

} // namespace

XmlPrettyPrinter::Result XmlPrettyPrinter::print(const QByteArray &xml, int indent)
{
    const Element e = Element::fromXml(xml);
    if (e.isNull()) {
        Result r;
        r.text = QString::fromUtf8(xml);
        if (!r.text.isEmpty())
            r.spans.append({0, int(r.text.size()), Text});
        return r;
    }
    return print(e, indent);
}

XmlPrettyPrinter::Result XmlPrettyPrinter::print(const Element &element, int indent)
{
    // The session writes top-level elements in jabber:client: that default is not repeated.
    Printer p(indent);
    p.element(element, QStringLiteral("jabber:client"), 0);
    return p.m_out;
}

} // namespace charla
