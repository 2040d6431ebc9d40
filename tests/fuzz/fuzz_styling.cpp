// Fuzz target: XEP-0393 message styling (core MessageStyling), run on every message body.
//
// Besides "no crash": the runs cover the body exactly, in order, without gaps or overlaps, and
// adjacent runs differ (what the chat view's painter relies on when it slices the text).

#include "FuzzSupport.h"

#include "stanza/MessageStyling.h"

using namespace charla;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString body = QString::fromUtf8(fuzz::bytes(data, size));
    const QList<MessageStyling::Run> runs = MessageStyling::parse(body);
    if (body.isEmpty()) {
        CHARLA_FUZZ_CHECK(runs.isEmpty());
        return 0;
    }
    int next = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const MessageStyling::Run &run = runs.at(i);
        CHARLA_FUZZ_CHECK(run.start == next);
        CHARLA_FUZZ_CHECK(run.length > 0);
        CHARLA_FUZZ_CHECK(run.quoteDepth >= 0);
        if (i > 0) {
            const MessageStyling::Run &prev = runs.at(i - 1);
            CHARLA_FUZZ_CHECK(prev.styles != run.styles || prev.quoteDepth != run.quoteDepth);
        }
        next = run.start + run.length;
    }
    CHARLA_FUZZ_CHECK(next == body.size());
    if (!MessageStyling::hasStyling(runs))
        CHARLA_FUZZ_CHECK(runs.size() == 1);
    return 0;
}
