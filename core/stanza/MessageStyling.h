#pragma once

#include <QList>
#include <QString>

namespace charla {

/// XEP-0393 message styling: which parts of a plain-text body are strong, emphasised, struck
/// through, monospace or quoted. Pure and stateless; the body is never changed, styling is
/// reported as runs over its characters so a view can format the very text it shows (the
/// styling directives stay in the text and are flagged, so a view can dim them).
namespace MessageStyling {

/// Style flags of a run (combined with |).
enum Style : unsigned {
    Plain = 0,
    Strong = 1u << 0,    ///< '*' span: bold
    Emphasis = 1u << 1,  ///< '_' span: italic
    Strike = 1u << 2,    ///< '~' span: struck through
    Code = 1u << 3,      ///< '`' span: inline monospace
    PreBlock = 1u << 4,  ///< inside a ``` block (the fence lines included): monospace
    Directive = 1u << 5, ///< a styling directive itself ('*', '>', the ``` fence lines ...)
};

/// Characters [start, start + length) of the body share these styles.
struct Run
{
    int start = 0;
    int length = 0;
    unsigned styles = Plain;
    int quoteDepth = 0; ///< how many block quotes ('>') the run is inside
    bool operator==(const Run &o) const
    {
        return start == o.start && length == o.length && styles == o.styles
               && quoteDepth == o.quoteDepth;
    }
};

/// Parses @p body into runs that cover it completely, in order; adjacent runs differ in styles
/// or quote depth. An empty body gives no runs.
QList<Run> parse(const QString &body);

/// Whether parse() found any styling at all (false: draw the body as one plain run).
bool hasStyling(const QList<Run> &runs);

} // namespace MessageStyling
} // namespace charla
