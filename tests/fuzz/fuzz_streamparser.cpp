// Fuzz target: StreamParser (RFC 6120 4) fed the stream in random chunk sizes, as a socket would.
//
// The first 4 bytes seed the chunk sizes; the rest is the stream. Checked besides "no crash":
// every delivered element serialises to XML that parses back to the same element (what the XML
// console and the store rely on), the byte accounting stays within the stanza limit, and a
// parser that failed or closed delivers nothing more. `<proceed/>` and `<success/>` restart the
// stream from the handler, as Session does after STARTTLS and SASL (RFC 6120 5.4.3.3, 6.4.6).

#include "FuzzSupport.h"

#include "stanza/Element.h"
#include "stream/StreamParser.h"

using namespace charla;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const uint32_t seed = uint32_t(data[0]) | uint32_t(data[1]) << 8 | uint32_t(data[2]) << 16
                          | uint32_t(data[3]) << 24;
    const QByteArray stream = fuzz::bytes(data + 4, size - 4);
    fuzz::Rng rng(seed);

    StreamParser parser;
    // Small limits so the policy-violation paths are reached by small inputs too.
    parser.setMaxStanzaSize(4096);
    parser.setMaxDepth(8);
    bool finished = false;
    int restarts = 0;
    QObject::connect(&parser, &StreamParser::elementReceived, [&](const Element &element) {
        CHARLA_FUZZ_CHECK(!finished);
        CHARLA_FUZZ_CHECK(!element.isNull());
        CHARLA_FUZZ_CHECK(parser.pendingStanzaBytes() <= parser.maxStanzaSize());
        QString error;
        const Element again = Element::fromXml(element.toXml(), &error);
        const Element expected = fuzz::writable(element);
        if (again != expected) {
            std::fprintf(stderr, "round trip differs: %s\n  -> %s\n", element.toXml().constData(),
                         again.toXml().constData());
        }
        CHARLA_FUZZ_CHECK(again == expected);
        if ((element.name() == QLatin1String("proceed") || element.name() == QLatin1String("success"))
            && restarts < 4) {
            ++restarts;
            parser.reset();
        }
    });
    QObject::connect(&parser, &StreamParser::errorOccurred, [&](const StreamParser::Error &error) {
        CHARLA_FUZZ_CHECK(!finished);
        CHARLA_FUZZ_CHECK(!error.condition.isEmpty());
        CHARLA_FUZZ_CHECK(!error.text.isEmpty());
        finished = true;
    });
    QObject::connect(&parser, &StreamParser::streamClosed, [&] {
        CHARLA_FUZZ_CHECK(!finished);
        finished = true;
    });

    qsizetype pos = 0;
    while (pos < stream.size()) {
        // Mostly small pieces (1..16 bytes), sometimes bigger, like reads from a socket.
        const uint32_t r = rng.next();
        const qsizetype chunk = (r & 3) == 0 ? qsizetype(1 + (r >> 8) % 512) : qsizetype(1 + (r >> 8) % 16);
        parser.feed(stream.mid(pos, chunk));
        pos += chunk;
    }
    if (finished)
        CHARLA_FUZZ_CHECK(parser.state() == StreamParser::State::Failed
                          || parser.state() == StreamParser::State::Closed);
    return 0;
}
