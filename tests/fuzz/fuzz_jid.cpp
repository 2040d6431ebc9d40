// Fuzz target: the JID parser (RFC 7622).
//
// Besides "no crash": a parsed JID is canonical, so parsing its string again gives the same JID
// (equality and hashing rely on that), its parts rebuild it through fromParts(), bare() is bare,
// and an invalid address always comes with a sentence saying why.

#include "FuzzSupport.h"

#include "stanza/Jid.h"

using namespace charla;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString address = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const Jid jid = Jid::parse(address, &error);
    if (!jid.isValid()) {
        CHARLA_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const Jid again = Jid::parse(jid.full());
    CHARLA_FUZZ_CHECK(again.isValid());
    CHARLA_FUZZ_CHECK(again == jid);
    CHARLA_FUZZ_CHECK(qHash(again) == qHash(jid));

    const Jid rebuilt = Jid::fromParts(jid.localpart(), jid.domain(), jid.resource());
    CHARLA_FUZZ_CHECK(rebuilt == jid);

    const Jid bare = jid.bare();
    CHARLA_FUZZ_CHECK(bare.isBare());
    CHARLA_FUZZ_CHECK(bare.bareEquals(jid));
    CHARLA_FUZZ_CHECK(jid.isBare() != jid.isFull());
    if (jid.isFull())
        CHARLA_FUZZ_CHECK(bare.withResource(jid.resource()) == jid);
    // The input's own text as a resource: valid or not, never a crash.
    (void)bare.withResource(address);
    return 0;
}
