#pragma once

#include "stanza/LinkFinder.h"
#include "stanza/MessageStyling.h"

#include <QList>
#include <QPalette>
#include <QString>
#include <QTextLayout>

namespace charla {

/// The text of one message as the chat draws it: the body as plain characters (never markup),
/// with XEP-0393 styling and links turned into formats for a QTextLayout. Building it needs no
/// widget, so the delegate and tests share one definition of what is shown.
struct MessageText
{
    /// What is laid out and painted: the body ("/me " becomes "* name "), line breaks as
    /// U+2028 so QTextLayout breaks there. Same length as plain.
    QString text;
    /// What Copy puts on the clipboard: text with ordinary line breaks.
    QString plain;
    QList<QTextLayout::FormatRange> formats;
    QList<LinkFinder::Link> links;       ///< positions in text
    QList<MessageStyling::Run> runs;     ///< positions in text (empty for unstyled text)
    bool italic = false;                 ///< an action (/me) or a retracted message

    /// @p body as sent; @p action draws "* @p sender rest" (XEP-0245); @p retracted shows a
    /// notice instead of the (emptied) body; @p unstyled (XEP-0393 6) shows the body without
    /// styling (links are still found).
    static MessageText build(const QString &body, const QString &sender, bool action,
                             bool retracted, const QPalette &palette, bool unstyled = false);

    /// How many block quotes the character at @p pos is inside.
    int quoteDepthAt(int pos) const;
    /// Whether the character at @p pos is in a preformatted block.
    bool preAt(int pos) const;
    /// The link at @p pos, or an empty URL.
    QUrl linkAt(int pos) const;
};

} // namespace charla
