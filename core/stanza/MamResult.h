#pragma once

#include "stanza/Element.h"
#include "stanza/Forwarded.h"

#include <optional>

namespace charla {

/// XEP-0313 4.2: one archived message, sent as <message><result queryid='' id=''> with the
/// forwarded original. Whether it answers an open query of ours is the receiver's check.
struct MamResult
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:mam:2");

    QString queryId;
    QString id; ///< the archive's id of the message (its stanza-id in the archive)
    Forwarded forwarded;

    /// nullopt unless @p e is <result/> with an id and a valid <forwarded/>.
    static std::optional<MamResult> fromElement(const Element &e);
    static std::optional<MamResult> fromMessage(const Element &message);
    /// Whether @p message carries a MAM <result/> at all (valid or not).
    static bool isResult(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const MamResult &o) const
    {
        return queryId == o.queryId && id == o.id && forwarded == o.forwarded;
    }
};

} // namespace charla
