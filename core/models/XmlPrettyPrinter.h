#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace charla {

class Element;

/// Indents one top-level XML element for the XML console and says which characters are tag
/// names, attribute names, attribute values and text, so a view can colour them without ever
/// handing network text to an HTML renderer.
class XmlPrettyPrinter
{
public:
    enum Token { Punctuation, TagName, AttributeName, AttributeValue, Text };
    struct Span
    {
        int start = 0;
        int length = 0;
        Token token = Text;
    };
    struct Result
    {
        QString text;
        QList<Span> spans;
    };

    /// Pretty-prints @p xml; text that is not well formed is returned as it is, as Text.
    static Result print(const QByteArray &xml, int indent = 2);
    static Result print(const Element &element, int indent = 2);
};

} // namespace charla
