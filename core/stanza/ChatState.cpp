#include "stanza/ChatState.h"

namespace charla {

namespace {
const char *const kNames[] = {"active", "composing", "paused", "inactive", "gone"};
}

QString ChatState::kindName(Kind kind)
{
    return QString::fromLatin1(kNames[int(kind)]);
}

std::optional<ChatState> ChatState::fromElement(const Element &e)
{
    if (e.ns() != Namespace)
        return std::nullopt;
    for (int i = 0; i <= int(Gone); ++i) {
        if (e.name() == QLatin1String(kNames[i]))
            return ChatState{Kind(i)};
    }
    return std::nullopt;
}

std::optional<ChatState> ChatState::fromMessage(const Element &message)
{
    for (const Element &child : message.children()) {
        if (auto state = fromElement(child))
            return state;
    }
    return std::nullopt;
}

Element ChatState::toElement() const
{
    return Element(kindName(kind), Namespace);
}

} // namespace charla
