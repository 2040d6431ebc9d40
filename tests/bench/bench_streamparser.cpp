// Throughput of StreamParser against the raw QXmlStreamReader tokenizer over the same bytes,
// and the time to deliver a 10,000-item roster as one Element. Prints one JSON object.
//
//   bench_streamparser [runs]     (default 5 runs; the best run of each measurement counts)
//
// MB is 10^6 bytes. Target: parser MB/s >= 0.70 x raw tokenizing MB/s; roster < 20 ms.

#include "stream/StreamParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

using charla::Element;
using charla::StreamParser;

namespace {

constexpr int kStanzas = 100000;
constexpr int kRosterItems = 10000;

const QByteArray kHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams' from='capulet.example' "
                           "to='juliet@capulet.example' id='c2s-7f3a9' version='1.0' "
                           "xml:lang='en'>";

// A chat message as a modern server delivers it: XEP-0085 chat state, XEP-0359 origin-id and
// stanza-id, XEP-0203 delay, XEP-0333 marker. About 560 bytes; one in eight bodies is not ASCII.
QByteArray messageStanza(int i)
{
    static const char *const bodies[] = {
        "Did my heart love till now? Forswear it, sight! For I ne'er saw true beauty till "
        "this night.",
        "But soft, what light through yonder window breaks? It is the east, and Juliet is "
        "the sun.",
        "\xC2\xBFQu\xC3\xA9 tal? Nos vemos ma\xC3\xB1"
        "ana en la plaza, a las ocho. Trae el "
        "libro \xF0\x9F\x98\x80",
        "The clock struck nine when I did send the nurse; in half an hour she promised to "
        "return.",
    };
    const QByteArray n = QByteArray::number(i);
    const QByteArray id = QByteArray::number(quint64(i) * 2654435761u % 4294967296u, 16);
    const char *body = bodies[(i % 8 == 7) ? 2 : (i % 2 == 0 ? 0 : (i % 3 == 0 ? 1 : 3))];
    return "<message from='romeo@montague.example/orchard' to='juliet@capulet.example/balcony' "
           "type='chat' id='msg-" +
           n + "' xml:lang='en'><body>" + body +
           "</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
           "<origin-id xmlns='urn:xmpp:sid:0' id='5e1c" +
           id + "-9d2f-4c1a'/><stanza-id xmlns='urn:xmpp:sid:0' by='juliet@capulet.example' id='" +
           id +
           "-a1b2c3d4'/><delay xmlns='urn:xmpp:delay' from='capulet.example' "
           "stamp='2024-05-01T12:34:56Z'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
           "</message>";
}

QByteArray rosterStanza()
{
    QByteArray s = "<iq type='result' id='roster-1' to='juliet@capulet.example/balcony'>"
                   "<query xmlns='jabber:iq:roster' ver='ver7321'>";
    for (int i = 0; i < kRosterItems; ++i) {
        const QByteArray n = QByteArray::number(i);
        s += "<item jid='contact" + n + "@example.org' name='Contact " + n +
             "' subscription='both'><group>" + (i % 3 ? "Friends" : "Family") + "</group></item>";
    }
    return s + "</query></iq>";
}

QList<QByteArray> chunks(const QByteArray &data, qsizetype size)
{
    // Separate, mutable buffers, like the ones QSslSocket::readAll() returns.
    QList<QByteArray> out;
    out.reserve(data.size() / size + 1);
    for (qsizetype pos = 0; pos < data.size(); pos += size)
        out.append(QByteArray(data.constData() + pos, std::min(size, data.size() - pos)));
    return out;
}

struct ParserRun
{
    qint64 nsecs = 0;
    qint64 stanzas = 0;
};

ParserRun runParser(const QList<QByteArray> &input)
{
    StreamParser parser;
    ParserRun run;
    qint64 children = 0;
    QObject::connect(&parser, &StreamParser::elementReceived, &parser, [&](const Element &e) {
        ++run.stanzas;
        children += e.children().size();
    });
    QObject::connect(&parser, &StreamParser::errorOccurred, &parser,
                     [](const StreamParser::Error &e) {
                         std::fprintf(stderr, "parser error: %s\n", qPrintable(e.condition));
                         std::exit(1);
                     });
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &chunk : input)
        parser.feed(chunk);
    run.nsecs = timer.nsecsElapsed();
    if (children == 0 || parser.state() != StreamParser::State::Closed) {
        std::fprintf(stderr, "the stream did not parse to its end\n");
        std::exit(1);
    }
    return run;
}

qint64 runRaw(const QList<QByteArray> &input, qint64 *tokens)
{
    QXmlStreamReader reader;
    qint64 count = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &chunk : input) {
        reader.addData(chunk);
        while (reader.readNext() != QXmlStreamReader::Invalid)
            ++count;
        if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            std::fprintf(stderr, "reader error: %s\n", qPrintable(reader.errorString()));
            std::exit(1);
        }
    }
    const qint64 nsecs = timer.nsecsElapsed();
    *tokens = count;
    return nsecs;
}

double mbPerSecond(qint64 bytes, qint64 nsecs)
{
    return double(bytes) / 1e6 / (double(nsecs) / 1e9);
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("charla.*.debug=false"));
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;

    QByteArray stream = kHeader;
    stream.reserve(60 * 1000 * 1000);
    for (int i = 0; i < kStanzas; ++i)
        stream += messageStanza(i);
    stream += "</stream:stream>";
    const qint64 bytes = stream.size();

    QJsonObject result;
    result[QStringLiteral("benchmark")] = QStringLiteral("stream_parser");
    result[QStringLiteral("build_type")] = QStringLiteral(CHARLA_BUILD_TYPE);
    result[QStringLiteral("runs")] = runs;
    result[QStringLiteral("stanzas")] = kStanzas;
    result[QStringLiteral("stream_bytes")] = bytes;
    result[QStringLiteral("avg_stanza_bytes")] = qint64((bytes - kHeader.size()) / kStanzas);

    double worstRatio = 1e9;
    double bestRaw = 0;
    for (const qsizetype chunkSize : {qsizetype(1460), qsizetype(16 * 1024)}) {
        const QList<QByteArray> input = chunks(stream, chunkSize);
        qint64 bestParser = std::numeric_limits<qint64>::max();
        qint64 bestRawNs = std::numeric_limits<qint64>::max();
        qint64 tokens = 0;
        qint64 stanzas = 0;
        // Interleaved so that both see the same machine state.
        for (int r = 0; r < runs; ++r) {
            const ParserRun run = runParser(input);
            bestParser = std::min(bestParser, run.nsecs);
            stanzas = run.stanzas;
            bestRawNs = std::min(bestRawNs, runRaw(input, &tokens));
        }
        const double parserMBps = mbPerSecond(bytes, bestParser);
        const double rawMBps = mbPerSecond(bytes, bestRawNs);
        const double ratio = parserMBps / rawMBps;
        worstRatio = std::min(worstRatio, ratio);
        bestRaw = std::max(bestRaw, rawMBps);
        QJsonObject c;
        c[QStringLiteral("parser_MB_per_s")] = round2(parserMBps);
        c[QStringLiteral("parser_stanzas_per_s")] =
            qint64(double(stanzas) / (double(bestParser) / 1e9));
        c[QStringLiteral("raw_tokenize_MB_per_s")] = round2(rawMBps);
        c[QStringLiteral("raw_tokens")] = tokens;
        c[QStringLiteral("ratio")] = round2(ratio);
        c[QStringLiteral("stanzas_delivered")] = stanzas;
        result[QStringLiteral("chunk_%1").arg(chunkSize)] = c;
    }
    result[QStringLiteral("raw_tokenize_MB_per_s")] = round2(bestRaw);
    result[QStringLiteral("ratio_min")] = round2(worstRatio);
    result[QStringLiteral("ratio_target")] = 0.70;
    result[QStringLiteral("ratio_ok")] = worstRatio >= 0.70;

    // One ~1 MB roster result, delivered as one Element.
    const QByteArray roster = kHeader + rosterStanza();
    const QList<QByteArray> rosterInput = chunks(roster, 16 * 1024);
    qint64 bestRoster = std::numeric_limits<qint64>::max();
    qsizetype items = 0;
    for (int r = 0; r < runs; ++r) {
        StreamParser parser;
        // The consumer keeps the roster, as the roster feature would; freeing it is not parsing.
        Element kept;
        QObject::connect(&parser, &StreamParser::elementReceived, &parser, [&](const Element &e) {
            items = e.firstChild(QStringLiteral("query")).children().size();
            kept = e;
        });
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &chunk : rosterInput)
            parser.feed(chunk);
        bestRoster = std::min(bestRoster, timer.nsecsElapsed());
    }
    qint64 bestRosterRaw = std::numeric_limits<qint64>::max();
    for (int r = 0; r < runs; ++r) {
        qint64 tokens = 0;
        bestRosterRaw = std::min(bestRosterRaw, runRaw(rosterInput, &tokens));
    }
    QJsonObject r;
    r[QStringLiteral("items")] = qint64(items);
    r[QStringLiteral("bytes")] = roster.size();
    r[QStringLiteral("chunk_bytes")] = 16 * 1024;
    r[QStringLiteral("ms")] = round2(double(bestRoster) / 1e6);
    r[QStringLiteral("raw_tokenize_ms")] = round2(double(bestRosterRaw) / 1e6);
    r[QStringLiteral("target_ms")] = 20;
    r[QStringLiteral("ok")] = items == kRosterItems && bestRoster < 20 * 1000 * 1000;
    result[QStringLiteral("roster")] = r;

    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
