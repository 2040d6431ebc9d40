#pragma once

#include "stanza/Element.h"
#include "stanza/Rsm.h"

#include <optional>

namespace charla {

/// XEP-0313 4.3: the <fin/> in the result of a query: whether the last page was reached
/// ('complete') and the RSM <set/> of the page (first, last, count).
struct MamFin
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:mam:2");

    bool complete = false;
    bool stable = true; ///< XEP-0313 4.3: false when the ids of this page may change
    Rsm rsm;

    static std::optional<MamFin> fromElement(const Element &e);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const MamFin &o) const
    {
        return complete == o.complete && stable == o.stable && rsm == o.rsm;
    }
};

} // namespace charla
