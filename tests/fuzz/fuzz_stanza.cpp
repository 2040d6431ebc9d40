// Fuzz target: the stanza codecs. The input is one XML element (a stanza from the network);
// every codec reads it and each of its descendants.
//
// Property: parse -> serialise -> parse is stable. For each codec that accepts an element, the
// element it writes is accepted again and written identically, and that XML parses back to the
// same tree: what Charla stores, forwards or sends is exactly what it understood.

#include "FuzzSupport.h"

#include "stanza/Carbon.h"
#include "stanza/DirectInvite.h"
#include "stanza/Element.h"
#include "stanza/Forwarded.h"
#include "stanza/MamFin.h"
#include "stanza/MamQuery.h"
#include "stanza/MamResult.h"
#include "stanza/Message.h"
#include "stanza/MucItem.h"
#include "stanza/MucUser.h"
#include "stanza/Presence.h"
#include "stanza/RosterItem.h"
#include "stanza/Rsm.h"
#include "stanza/VCard.h"

using namespace charla;

namespace {

void checkElementXml(const Element &e)
{
    const Element again = Element::fromXml(e.toXml());
    const Element expected = fuzz::writable(e);
    if (again != expected) {
        std::fprintf(stderr, "XML round trip differs:\n  %s\n  %s\n", e.toXml().constData(),
                     again.toXml().constData());
    }
    CHARLA_FUZZ_CHECK(again == expected);
}

template<typename Codec, typename Write>
void roundTrip(const Element &e, const char *name, Write write)
{
    const std::optional<Codec> first = Codec::fromElement(e);
    if (!first)
        return;
    const Element written = write(*first);
    const std::optional<Codec> second = Codec::fromElement(written);
    if (!second)
        std::fprintf(stderr, "%s: its own output is refused: %s\n", name, written.toXml().constData());
    CHARLA_FUZZ_CHECK(second.has_value());
    const Element rewritten = write(*second);
    if (rewritten != written) {
        std::fprintf(stderr, "%s: unstable:\n  %s\n  %s\n", name, written.toXml().constData(),
                     rewritten.toXml().constData());
    }
    CHARLA_FUZZ_CHECK(rewritten == written);
    checkElementXml(written);
}

template<typename Codec>
void roundTrip(const Element &e, const char *name)
{
    roundTrip<Codec>(e, name, [](const Codec &c) { return c.toElement(); });
}

void runCodecs(const Element &e, int depth)
{
    roundTrip<Message>(e, "Message");
    roundTrip<Presence>(e, "Presence");
    roundTrip<Carbon>(e, "Carbon");
    roundTrip<Forwarded>(e, "Forwarded");
    roundTrip<MamResult>(e, "MamResult");
    roundTrip<MamFin>(e, "MamFin");
    roundTrip<MamQuery>(e, "MamQuery");
    roundTrip<Rsm>(e, "Rsm");
    roundTrip<RosterItem>(e, "RosterItem");
    roundTrip<VCard>(e, "VCard");
    roundTrip<MucUser>(e, "MucUser");
    roundTrip<DirectInvite>(e, "DirectInvite");
    roundTrip<MucItem>(e, "MucItem", [&e](const MucItem &i) { return i.toElement(e.ns()); });
    roundTrip<ChatState>(e, "ChatState");
    roundTrip<Correction>(e, "Correction");
    roundTrip<Delay>(e, "Delay");
    roundTrip<Fallback>(e, "Fallback");
    roundTrip<Marker>(e, "Marker");
    roundTrip<Oob>(e, "Oob");
    roundTrip<OriginId>(e, "OriginId");
    roundTrip<Reactions>(e, "Reactions");
    roundTrip<Receipt>(e, "Receipt");
    roundTrip<Reply>(e, "Reply");
    roundTrip<Retraction>(e, "Retraction");
    roundTrip<StanzaId>(e, "StanzaId");
    if (depth < 6) {
        for (const Element &child : e.children())
            runCodecs(child, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Element element = Element::fromXml(fuzz::bytes(data, size));
    if (element.isNull())
        return 0;
    checkElementXml(element);
    runCodecs(element, 0);
    if (const std::optional<Message> message = Message::fromElement(element)) {
        (void)message->displayBody();
        (void)message->errorText();
        (void)message->hasContent();
    }
    return 0;
}
