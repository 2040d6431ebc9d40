#pragma once

#include "stanza/Element.h"
#include "stanza/Rsm.h"

#include <QDateTime>
#include <optional>

namespace charla {

/// XEP-0313 (urn:xmpp:mam:2) archive query: the <query queryid=''/> of an <iq type='set'/>,
/// filtered with a jabber:x:data form (with, start, end) and paged with RSM (XEP-0059).
struct MamQuery
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:mam:2");

    QString queryId;
    QString with;    ///< only one conversation (bare JID); empty for all
    QDateTime start; ///< invalid: no lower bound
    QDateTime end;   ///< invalid: no upper bound
    Rsm rsm;

    static std::optional<MamQuery> fromElement(const Element &e);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    /// The <iq type='set'/> to send to @p archive (empty: the account's own archive).
    Element toIq(const QString &archive = QString()) const;
    bool operator==(const MamQuery &o) const
    {
        return queryId == o.queryId && with == o.with && start == o.start && end == o.end &&
               rsm == o.rsm;
    }
};

} // namespace charla
