#pragma once

#include "stanza/Element.h"
#include "stanza/Jid.h"

#include <QMetaType>
#include <optional>

namespace charla {

/// A room the person keeps: XEP-0402 `<conference xmlns='urn:xmpp:bookmarks:1'/>` (the room
/// is the PEP item's id) or XEP-0048 `<conference jid=''/>` in private XML storage.
struct Bookmark
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:bookmarks:1");
    static inline const QString LegacyNamespace = QStringLiteral("storage:bookmarks");

    Jid room;          ///< bare JID of the room
    QString name;
    bool autojoin = false;
    QString nick;
    QString password;

    /// XEP-0402 3: the <conference/> payload of the item whose id is @p itemId.
    static std::optional<Bookmark> fromPep(const QString &itemId, const Element &conference);
    Element toPep() const;
    /// XEP-0048 3.2: one <conference jid=''/> of <storage xmlns='storage:bookmarks'/>.
    static std::optional<Bookmark> fromLegacy(const Element &conference);
    Element toLegacy() const;

    bool operator==(const Bookmark &o) const
    {
        return room == o.room && name == o.name && autojoin == o.autojoin && nick == o.nick &&
               password == o.password;
    }
    bool operator!=(const Bookmark &o) const { return !(*this == o); }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::Bookmark)
