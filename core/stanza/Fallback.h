#pragma once

#include "stanza/Element.h"

#include <QList>
#include <optional>

namespace charla {

/// XEP-0428 fallback indication: which part of the body is only there for clients that do not
/// understand the payload of namespace 'for' (e.g. the quoted text of a XEP-0461 reply).
struct Fallback
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:fallback:0");

    /// A range of the body in Unicode code points (XEP-0426), end exclusive.
    struct Range
    {
        int start = 0;
        int end = 0;
        bool operator==(const Range &o) const { return start == o.start && end == o.end; }
    };

    QString forNs;       ///< the namespace the fallback stands in for
    QList<Range> body;   ///< empty together with wholeBody: the whole body is fallback
    bool wholeBody = false;

    static std::optional<Fallback> fromElement(const Element &e);
    static QList<Fallback> allFromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Fallback &o) const
    {
        return forNs == o.forNs && body == o.body && wholeBody == o.wholeBody;
    }

    /// @p body without the fallback ranges of @p forNs. Ranges that do not fit the body are
    /// ignored (a hostile sender cannot make us cut text that is not there).
    static QString strip(const QString &body, const QList<Fallback> &fallbacks,
                         const QString &forNs);
    /// The text of @p body that is fallback for @p forNs (for a quote when the original is not
    /// known).
    static QString fallbackText(const QString &body, const QList<Fallback> &fallbacks,
                                const QString &forNs);
    /// The UTF-16 index of code point @p codePoint of @p text (text.size() past the end).
    static int utf16Index(const QString &text, int codePoint);
    /// How many code points @p text has.
    static int codePointCount(const QString &text);
};

} // namespace charla
