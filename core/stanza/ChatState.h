#pragma once

#include "stanza/Element.h"

#include <optional>

namespace charla {

/// XEP-0085 chat state notification: one of <active/>, <composing/>, <paused/>, <inactive/>,
/// <gone/> in the chatstates namespace.
struct ChatState
{
    static inline const QString Namespace = QStringLiteral("http://jabber.org/protocol/chatstates");
    enum Kind { Active, Composing, Paused, Inactive, Gone };

    Kind kind = Active;

    /// @p e is the payload element itself; nullopt when it is not a chat state.
    static std::optional<ChatState> fromElement(const Element &e);
    /// The first chat state among @p message's children.
    static std::optional<ChatState> fromMessage(const Element &message);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }

    static QString kindName(Kind kind);
    bool operator==(const ChatState &o) const { return kind == o.kind; }
};

} // namespace charla
