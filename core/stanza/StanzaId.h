#pragma once

#include "stanza/Element.h"

#include <QList>
#include <optional>

namespace charla {

/// XEP-0359 stanza-id: the id an entity ('by', e.g. the account's archive) gave a message.
/// Unspoofable only when 'by' is the entity we trust AND it advertises urn:xmpp:sid:0 (XEP-0359 6);
/// the caller decides that, the codec only reads.
struct StanzaId
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:sid:0");

    QString id;
    QString by;

    /// nullopt unless @p e is a <stanza-id/> with both 'id' and 'by' (XEP-0359 3.1).
    static std::optional<StanzaId> fromElement(const Element &e);
    /// Every <stanza-id/> among @p message's direct children.
    static QList<StanzaId> allFromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const StanzaId &o) const { return id == o.id && by == o.by; }
};

} // namespace charla
