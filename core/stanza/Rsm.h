#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0059 result set management: <set/> in requests (max, before, after) and in answers
/// (first with its index, last, count).
struct Rsm
{
    static inline const QString Namespace = QStringLiteral("http://jabber.org/protocol/rsm");

    std::optional<int> max;
    std::optional<QString> before; ///< set but empty: the last page (XEP-0059 2.5)
    std::optional<QString> after;
    QString first;
    std::optional<int> firstIndex;
    QString last;
    std::optional<int> count;

    /// nullopt unless @p e is a <set/> in the RSM namespace. Negative numbers are dropped.
    static std::optional<Rsm> fromElement(const Element &e);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Rsm &o) const
    {
        return max == o.max && before == o.before && after == o.after && first == o.first &&
               firstIndex == o.firstIndex && last == o.last && count == o.count;
    }
};

} // namespace charla
