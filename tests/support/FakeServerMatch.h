#pragma once

#include "stanza/Element.h"

#include <QHash>
#include <QString>

namespace charla::test::fakeserver {

/// Variables captured by `$name` in expectations and substituted into later sends.
using Variables = QHash<QString, QString>;

/// Parses an expectation as it would appear inside the client's stream: the default namespace is
/// `jabber:client` and the `stream:` prefix is bound, so `<iq type='get'/>` and
/// `<stream:error/>` mean what they mean on the wire. Null (and @p error set) if not one
/// well-formed element.
Element parseExpectation(const QString &xml, QString *error);

/// Compares with Element::operator== after filling the wildcards of @p expected from @p actual:
/// an attribute value or a text of exactly `*` matches any value (an attribute must be present),
/// `$name` matches any value and captures it into @p captures. On a mismatch, @p difference says
/// where the first difference is.
bool matchExpectation(const Element &expected, const Element &actual, Variables *captures,
                      QString *difference);

/// Replaces `$name` in @p text by the XML-escaped variable; `$$` is a literal `$`.
/// Returns a null string (and sets @p error) when a variable was never captured or set.
QString substituteVariables(const QString &text, const Variables &variables, QString *error);

/// Escapes for use in XML text and in attribute values quoted with either quote.
QString xmlEscaped(const QString &text);

/// Indented XML with every namespace shown, for failure messages.
QString prettyXml(const Element &element);

} // namespace charla::test::fakeserver
