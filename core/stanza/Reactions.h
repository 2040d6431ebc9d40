#pragma once

#include "stanza/Element.h"

#include <QStringList>
#include <optional>

namespace charla {

/// XEP-0444 message reactions: <reactions id=''> with one <reaction/> per emoji. The set is the
/// sender's complete set for that message: an empty set removes all its reactions.
struct Reactions
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:reactions:0");

    QString id;          ///< the message reacted to
    QStringList emojis;  ///< without duplicates, in order

    /// nullopt unless @p e is <reactions/> with an id. Empty and repeated reactions are dropped.
    static std::optional<Reactions> fromElement(const Element &e);
    static std::optional<Reactions> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Reactions &o) const { return id == o.id && emojis == o.emojis; }
};

} // namespace charla
