#include "FakeServerMatch.h"

#include <QXmlStreamWriter>

namespace charla::test::fakeserver {

namespace {

const auto kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// The variable name of a `$name` capture, or empty.
QString captureName(const QString &value)
{
    if (value.size() < 2 || value.front() != QLatin1Char('$') || !isIdentifierStart(value.at(1)))
        return QString();
    for (qsizetype i = 2; i < value.size(); ++i) {
        if (!isIdentifierChar(value.at(i)))
            return QString();
    }
    return value.mid(1);
}

bool isWildcard(const QString &value)
{
    return value == QLatin1String("*") || !captureName(value).isEmpty();
}

/// @p expected with every wildcard replaced by what @p actual has there, so that
/// Element::operator== decides the rest.
Element resolve(const Element &expected, const Element &actual, Variables *captures)
{
    Element r(expected.name(), expected.ns());
    for (const Element::Attribute &a : expected.attributes()) {
        QString value = a.value;
        if (isWildcard(value) && actual.hasAttribute(a.name)) {
            const QString name = captureName(value);
            value = actual.attribute(a.name);
            if (!name.isEmpty())
                captures->insert(name, value);
        }
        r.setAttribute(a.name, value);
    }
    QString text = expected.text();
    if (isWildcard(text)) {
        const QString name = captureName(text);
        text = actual.text();
        if (!name.isEmpty())
            captures->insert(name, text);
    }
    r.setText(text);
    const QList<Element> &children = expected.children();
    for (qsizetype i = 0; i < children.size(); ++i) {
        const Element other = i < actual.children().size() ? actual.children().at(i) : Element();
        r.appendChild(resolve(children.at(i), other, captures));
    }
    return r;
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

/// Where @p expected and @p actual first differ, or empty when they are equal.
QString firstDifference(const Element &expected, const Element &actual, const QString &parentPath)
{
    const QString path = parentPath + QLatin1Char('/') + expected.name();
    if (expected.name() != actual.name() || expected.ns() != actual.ns()) {
        return QStringLiteral("at %1: expected <%2 xmlns='%3'>, got <%4 xmlns='%5'>")
            .arg(parentPath.isEmpty() ? QStringLiteral("/") : parentPath, expected.name(),
                 expected.ns(), actual.name(), actual.ns());
    }
    for (const Element::Attribute &a : expected.attributes()) {
        if (!actual.hasAttribute(a.name))
            return QStringLiteral("at %1: attribute %2 is missing (expected %3)")
                .arg(path, a.name, quoted(a.value));
        if (actual.attribute(a.name) != a.value)
            return QStringLiteral("at %1: attribute %2 is %3, expected %4")
                .arg(path, a.name, quoted(actual.attribute(a.name)), quoted(a.value));
    }
    for (const Element::Attribute &a : actual.attributes()) {
        if (!expected.hasAttribute(a.name))
            return QStringLiteral("at %1: unexpected attribute %2=%3")
                .arg(path, a.name, quoted(a.value));
    }
    if (expected.text() != actual.text())
        return QStringLiteral("at %1: text is %2, expected %3")
            .arg(path, quoted(actual.text()), quoted(expected.text()));
    const qsizetype common = std::min(expected.children().size(), actual.children().size());
    for (qsizetype i = 0; i < common; ++i) {
        const QString d = firstDifference(expected.children().at(i), actual.children().at(i), path);
        if (!d.isEmpty())
            return d;
    }
    if (expected.children().size() > common)
        return QStringLiteral("at %1: child <%2> is missing")
            .arg(path, expected.children().at(common).name());
    if (actual.children().size() > common)
        return QStringLiteral("at %1: unexpected child <%2 xmlns='%3'>")
            .arg(path, actual.children().at(common).name(), actual.children().at(common).ns());
    return QString();
}

} // namespace

Element parseExpectation(const QString &xml, QString *error)
{
    const QString wrapped = QStringLiteral("<stream:stream xmlns='jabber:client' "
                                           "xmlns:stream='http://etherx.jabber.org/streams'>") +
                            xml + QStringLiteral("</stream:stream>");
    QString readError;
    const Element stream = Element::fromXml(wrapped, &readError);
    if (stream.isNull()) {
        *error = readError;
        return {};
    }
    if (stream.children().size() != 1 || !stream.text().trimmed().isEmpty()) {
        *error = QStringLiteral("an expectation must be exactly one element");
        return {};
    }
    return stream.children().first();
}

bool matchExpectation(const Element &expected, const Element &actual, Variables *captures,
                      QString *difference)
{
    Variables found;
    const Element resolved = resolve(expected, actual, &found);
    if (resolved == actual) {
        captures->insert(found);
        return true;
    }
    *difference = firstDifference(resolved, actual, QString());
    return false;
}

QString substituteVariables(const QString &text, const Variables &variables, QString *error)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('$') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('$')) {
            out += c;
            ++i;
            continue;
        }
        if (!isIdentifierStart(text.at(i + 1))) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && isIdentifierChar(text.at(end)))
            ++end;
        const QString name = text.mid(i + 1, end - i - 1);
        const auto it = variables.constFind(name);
        if (it == variables.constEnd()) {
            *error = QStringLiteral("$%1 was never captured by an expect() nor set").arg(name);
            return QString();
        }
        out += xmlEscaped(*it);
        i = end - 1;
    }
    return out;
}

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&apos;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString prettyXml(const Element &element)
{
    if (element.isNull())
        return QStringLiteral("(nothing)");
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    if (element.ns() == kStreamNs)
        writer.writeNamespace(kStreamNs, QStringLiteral("stream"));
    element.write(writer);
    return out.trimmed();
}

} // namespace charla::test::fakeserver
