#include "stream/StreamParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using charla::Element;
using charla::StreamHeader;
using charla::StreamParser;

namespace {

// How a test's bytes reach feed(): the results must not depend on it (DESIGN.md "Tests").
enum Split { OnePiece, OneByte, RandomPieces, MiBPieces };
constexpr quint32 kSeed = 20240611;

QList<QByteArray> split(const QByteArray &data, int mode, qsizetype maxRandomPiece = 23)
{
    QList<QByteArray> pieces;
    QRandomGenerator random(kSeed);
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype n = data.size();
        if (mode == OneByte)
            n = 1;
        else if (mode == RandomPieces)
            n = 1 + random.bounded(maxRandomPiece);
        else if (mode == MiBPieces)
            n = 1024 * 1024;
        pieces.append(data.mid(pos, n));
        pos += n;
    }
    return pieces;
}

const QByteArray kHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams' from='example.org' "
                           "to='alice@example.org' id='c2s-1' version='1.0' xml:lang='en'>";
const QString kOpen = QStringLiteral(
    "open from=example.org to=alice@example.org id=c2s-1 version=1.0 lang=en "
    "content=jabber:client ns==jabber:client,stream=http://etherx.jabber.org/streams");

QString describe(const StreamHeader &h)
{
    QStringList ns;
    for (const StreamHeader::Namespace &n : h.namespaces)
        ns << n.prefix + u'=' + n.uri;
    return QStringLiteral("open from=%1 to=%2 id=%3 version=%4 lang=%5 content=%6 ns=%7")
        .arg(h.from, h.to, h.id, h.version, h.lang, h.contentNamespace, ns.join(u','));
}

QString describe(const Element &e)
{
    return QStringLiteral("element:") + QString::fromUtf8(e.toXml());
}

// The expected event for a stanza as it appears inside kHeader's stream: Element::fromXml is the
// oracle, with the stream's namespaces in scope.
QString el(const QByteArray &stanza)
{
    const Element wrapper = Element::fromXml(
        "<w xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>" + stanza +
        "</w>");
    if (wrapper.children().size() != 1)
        return QStringLiteral("BAD EXPECTATION: ") + QString::fromUtf8(stanza);
    return describe(wrapper.children().constFirst());
}

// A stanza of exactly @p size bytes; with @p twoByteChars its body is mostly "é".
QByteArray stanzaOfSize(qsizetype size, bool twoByteChars = false)
{
    QByteArray s = "<message><body>";
    const QByteArray tail = "</body></message>";
    while (s.size() + tail.size() + (twoByteChars ? 2 : 1) <= size)
        s += twoByteChars ? "\xC3\xA9" : "x";
    while (s.size() + tail.size() < size)
        s += 'x';
    return s + tail;
}

QByteArray nested(int depth)
{
    return QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth);
}

// Records what the parser emits as readable lines.
struct Recorder
{
    explicit Recorder(StreamParser &parser)
    {
        QObject::connect(&parser, &StreamParser::streamOpened, &parser,
                         [this](const StreamHeader &h) { events << describe(h); });
        QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                         [this](const Element &e) {
                             events << describe(e);
                             ++elements;
                         });
        QObject::connect(&parser, &StreamParser::streamClosed, &parser,
                         [this] { events << QStringLiteral("closed"); });
        QObject::connect(&parser, &StreamParser::errorOccurred, &parser,
                         [this](const StreamParser::Error &e) {
                             events << QStringLiteral("error:") + e.condition;
                             QVERIFY(!e.text.isEmpty());
                         });
    }
    QStringList events;
    int elements = 0;
};

// Resident memory of the process; freed heap memory is returned to the system first so that
// only what is still held counts.
qint64 residentKiB()
{
#if defined(__SANITIZE_ADDRESS__)
    return -1; // AddressSanitizer keeps freed memory in quarantine: RSS says nothing here
#endif
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

class TestStreamParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void textAndAttributes();
    void utf8Validator_data();
    void utf8Validator();
    void stopDiscardsRestOfRead_data();
    void stopDiscardsRestOfRead();
    void resetInHandlerDiscardsRestOfRead();
    void feedFromHandlerAfterReset();
    void errorStopsUntilReset();
    void limits();
    void hugeStanza_data();
    void hugeStanza();
    void deepNesting_data();
    void deepNesting();
    void billionLaughsNeverReachesTheReader_data();
    void billionLaughsNeverReachesTheReader();
    void resetMidStanza();
    void mutatedStreamsAreSplitIndependent();
};

namespace {
void addRows(const char *name, const QByteArray &input, const QStringList &expected,
             qint64 maxStanzaSize = 0, int maxDepth = 0)
{
    QTest::addRow("%s/one-piece", name)
        << input << int(OnePiece) << expected << maxStanzaSize << maxDepth;
    QTest::addRow("%s/1-byte", name)
        << input << int(OneByte) << expected << maxStanzaSize << maxDepth;
    QTest::addRow("%s/random", name)
        << input << int(RandomPieces) << expected << maxStanzaSize << maxDepth;
}
} // namespace

void TestStreamParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("split");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("maxStanzaSize");
    QTest::addColumn<int>("maxDepth");

    const QByteArray message = "<message to='bob@example.net' type='chat' id='m1'><body>Hi</body>"
                               "<active xmlns='http://jabber.org/protocol/chatstates'/></message>";
    const QByteArray presence = "<presence from='bob@example.net/pc'><show>away</show></presence>";
    const QByteArray iq = "<iq type='result' id='r1'><query xmlns='jabber:iq:roster' ver='3'>"
                          "<item jid='bob@example.net' name='Bob'><group>Friends</group></item>"
                          "</query></iq>";
    const QByteArray utf8 = "<message to='caf\xC3\xA9@example.org'><body>caf\xC3\xA9 "
                            "\xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87</body></message>";

    // Stream header, stanzas, close.
    addRows("header-attributes", kHeader, {kOpen});
    addRows("header-without-declaration", kHeader.mid(21), {kOpen});
    addRows("header-after-bom", "\xEF\xBB\xBF" + kHeader, {kOpen});
    addRows("header-server-namespace",
            "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
            "xmlns='jabber:server' from='a.example' to='b.example' version='1.0'>",
            {QStringLiteral("open from=a.example to=b.example id= version=1.0 lang= "
                            "content=jabber:server "
                            "ns=stream=http://etherx.jabber.org/streams,=jabber:server")});
    const QByteArray features =
        "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
        "<required/></starttls></stream:features>";
    addRows("stream-features", kHeader + features, {kOpen, el(features)});
    addRows("several-stanzas-in-one-read", kHeader + message + presence + iq,
            {kOpen, el(message), el(presence), el(iq)});
    addRows("multibyte-utf8", kHeader + utf8 + message, {kOpen, el(utf8), el(message)});
    const QByteArray entities = "<message><body a='&quot;&amp;&#x1F600;'>&lt;&gt;&amp;&quot;"
                                "&apos;&#233;&#x1F600;</body></message>";
    addRows("predefined-entities-and-char-refs", kHeader + entities, {kOpen, el(entities)});
    const QByteArray cdata = "<message><body><![CDATA[x<y &custom; <!-- ]]]></body></message>";
    addRows("cdata-is-text", kHeader + cdata + message, {kOpen, el(cdata), el(message)});
    const QByteArray brackets = "<message id=']]>' to='a>b' type=\"x'y\"><body>a]]b ]>] ]] ></body>"
                                "</message>";
    addRows("brackets-and-quotes", kHeader + brackets, {kOpen, el(brackets)});
    addRows("cdata-end-in-text", kHeader + message + "<message><body>a]]>b</body></message>",
            {kOpen, el(message), QStringLiteral("error:not-well-formed")});
    addRows("stream-close", kHeader + message + "</stream:stream>",
            {kOpen, el(message), QStringLiteral("closed")});
    addRows("nothing-after-close", kHeader + "</stream:stream>" + message + "\xFF<!--",
            {kOpen, QStringLiteral("closed")});
    addRows("whitespace-keepalives", kHeader + " " + message + "\n\n \t" + presence + " \r\n",
            {kOpen, el(message), el(presence)});
    const QByteArray indented = "<iq type='get' id='2'>\n  <ping xmlns='urn:xmpp:ping'/>\n</iq>";
    addRows("indentation-dropped", kHeader + indented, {kOpen, el(indented)});
    addRows("text-outside-stanzas", kHeader + message + "hello" + presence,
            {kOpen, el(message), QStringLiteral("error:bad-format")});

    // RFC 6120 11.1: restricted XML.
    const QStringList restricted = {QStringLiteral("error:restricted-xml")};
    addRows("doctype", "<?xml version='1.0'?><!DOCTYPE stream:stream>" + kHeader.mid(21),
            restricted);
    addRows("billion-laughs",
            "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
            "<!ENTITY lol1 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
            "<!ENTITY lol2 '&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'>"
            "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>"
            "<!ENTITY lol9 '&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'>]>" +
                kHeader.mid(21) + "<message><body>&lol9;</body></message>",
            restricted);
    addRows("doctype-inside-stream", kHeader + "<!DOCTYPE x>" + message,
            {kOpen, QStringLiteral("error:restricted-xml")});
    addRows("comment-between-stanzas", kHeader + message + "<!-- hi -->" + presence,
            {kOpen, el(message), QStringLiteral("error:restricted-xml")});
    addRows("comment-in-stanza", kHeader + "<message><!-- x --><body/></message>",
            {kOpen, QStringLiteral("error:restricted-xml")});
    addRows("comment-in-prolog", "<?xml version='1.0'?><!-- x -->" + kHeader.mid(21), restricted);
    addRows("processing-instruction", kHeader + message + "<?foo bar?>" + presence,
            {kOpen, el(message), QStringLiteral("error:restricted-xml")});
    addRows("stylesheet-in-prolog", "<?xml version='1.0'?><?xml-stylesheet href='x'?>" + kHeader,
            restricted);
    addRows("declaration-not-first", " " + kHeader, restricted);
    addRows("custom-entity", kHeader + message + "<message><body>&custom;</body></message>",
            {kOpen, el(message), QStringLiteral("error:restricted-xml")});
    addRows("short-custom-entity", kHeader + "<message><body>&a;</body></message>",
            {kOpen, QStringLiteral("error:restricted-xml")});
    addRows("entity-in-attribute", kHeader + "<message to='&custom;'/>",
            {kOpen, QStringLiteral("error:restricted-xml")});
    addRows("markup-declaration", kHeader + "<!ENTITY x 'y'>",
            {kOpen, QStringLiteral("error:restricted-xml")});

    // Malformed input.
    addRows("mismatched-tags", kHeader + message + "<message><body>x</message>",
            {kOpen, el(message), QStringLiteral("error:not-well-formed")});
    addRows("undeclared-prefix", kHeader + "<x:message/>",
            {kOpen, QStringLiteral("error:not-well-formed")});
    addRows("encoding-not-utf8", "<?xml version='1.0' encoding='ISO-8859-1'?>" + kHeader.mid(21),
            {QStringLiteral("error:unsupported-encoding")});
    const struct
    {
        const char *name;
        QByteArray bytes;
    } invalidUtf8[] = {
        {"utf8-c3-28", "\xC3\x28"},
        {"utf8-ff", "\xFF"},
        {"utf8-lone-continuation", "\x80"},
        {"utf8-overlong-slash", "\xC0\xAF"},
        {"utf8-overlong-3-bytes", "\xE0\x80\xAF"},
        {"utf8-overlong-4-bytes", "\xF0\x80\x80\xAF"},
        {"utf8-surrogate", "\xED\xA0\x80"},
        {"utf8-above-10ffff", "\xF4\x90\x80\x80"},
        {"utf8-truncated", "\xE2\x82<"},
    };
    for (const auto &bad : invalidUtf8) {
        addRows(bad.name, kHeader + message + "<message><body>a" + bad.bytes + "b</body></message>",
                {kOpen, el(message), QStringLiteral("error:not-well-formed")});
    }
    addRows("utf8-in-header",
            "<stream:stream xmlns='jabber:client' "
            "xmlns:stream='http://etherx.jabber.org/streams' to='\xFF'>",
            {QStringLiteral("error:not-well-formed")});

    // RFC 6120 4.8: namespaces of the stream.
    addRows("wrong-stream-namespace",
            "<stream:stream xmlns='jabber:client' xmlns:stream='http://example.com/streams'>",
            {QStringLiteral("error:invalid-namespace")});
    addRows("wrong-content-namespace",
            "<stream:stream xmlns='jabber:iq:roster' "
            "xmlns:stream='http://etherx.jabber.org/streams'>",
            {QStringLiteral("error:invalid-namespace")});
    addRows("no-content-namespace",
            "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>",
            {QStringLiteral("error:invalid-namespace")});
    addRows("not-a-stream", "<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
            {QStringLiteral("error:invalid-namespace")});
    addRows("features-as-root", "<stream:features xmlns:stream='http://etherx.jabber.org/streams'>",
            {QStringLiteral("error:bad-format")});

    // Limits: depth and size.
    addRows("depth-64-allowed", kHeader + nested(64) + message,
            {kOpen, el(nested(64)), el(message)});
    addRows("depth-65-refused", kHeader + message + nested(65),
            {kOpen, el(message), QStringLiteral("error:policy-violation")});
    addRows("max-depth-3", kHeader + nested(3) + nested(4),
            {kOpen, el(nested(3)), QStringLiteral("error:policy-violation")}, 0, 3);
    // The limit counts from the end of the previous top-level element; the header counts too.
    const qint64 limit = 300;
    addRows("size-at-limit",
            kHeader + stanzaOfSize(limit) + stanzaOfSize(limit, true) + stanzaOfSize(limit + 1),
            {kOpen, el(stanzaOfSize(limit)), el(stanzaOfSize(limit, true)),
             QStringLiteral("error:policy-violation")},
            limit);
    addRows("size-multibyte-over-limit",
            kHeader + stanzaOfSize(limit) + stanzaOfSize(limit + 1, true),
            {kOpen, el(stanzaOfSize(limit)), QStringLiteral("error:policy-violation")}, limit);
    addRows("size-never-closed", kHeader + "<message><body>" + QByteArray(2 * limit, 'x'),
            {kOpen, QStringLiteral("error:policy-violation")}, limit);
    addRows("size-keepalives-count", kHeader + QByteArray(160, ' ') + stanzaOfSize(160),
            {kOpen, QStringLiteral("error:policy-violation")}, limit);
    addRows("size-header-counts", kHeader, {QStringLiteral("error:policy-violation")},
            kHeader.size() - 1);
    addRows("size-header-at-limit", kHeader + stanzaOfSize(kHeader.size()),
            {kOpen, el(stanzaOfSize(kHeader.size()))}, kHeader.size());
}

void TestStreamParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, split);
    QFETCH(QStringList, expected);
    QFETCH(qint64, maxStanzaSize);
    QFETCH(int, maxDepth);

    StreamParser parser;
    if (maxStanzaSize)
        parser.setMaxStanzaSize(maxStanzaSize);
    if (maxDepth)
        parser.setMaxDepth(maxDepth);
    Recorder recorder(parser);
    for (const QByteArray &piece : ::split(input, split))
        parser.feed(piece);
    QCOMPARE(recorder.events, expected);
    const bool failed = expected.constLast().startsWith(u"error:");
    QCOMPARE(parser.state() == StreamParser::State::Failed, failed);
    QCOMPARE(parser.error().condition.isEmpty(), !failed);
}

void TestStreamParser::textAndAttributes()
{
    StreamParser parser;
    QList<Element> received;
    connect(&parser, &StreamParser::elementReceived, this,
            [&](const Element &e) { received.append(e); });
    const QByteArray stanza =
        "<message xmlns:x='urn:x' to='a@b' xml:lang='es' x:extra='1'>"
        "<body>&lt;b&gt; &amp; &quot;&apos; &#233;&#x1F600; \xC3\xA9</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='2024-01-01T00:00:00Z'/></message>";
    parser.feed(kHeader + stanza);
    QCOMPARE(received.size(), 1);
    const Element &m = received.constFirst();
    QCOMPARE(m.name(), QStringLiteral("message"));
    QCOMPARE(m.ns(), QStringLiteral("jabber:client"));
    QCOMPARE(m.attribute(QStringLiteral("to")), QStringLiteral("a@b"));
    QCOMPARE(m.attribute(QStringLiteral("xml:lang")), QStringLiteral("es"));
    QCOMPARE(m.attribute(QStringLiteral("x:extra")), QStringLiteral("1"));
    QCOMPARE(m.childText(QStringLiteral("body")),
             QString::fromUtf8("<b> & \"' \xC3\xA9\xF0\x9F\x98\x80 \xC3\xA9"));
    QCOMPARE(m.firstChild(QStringLiteral("delay"), QStringLiteral("urn:xmpp:delay"))
                 .attribute(QStringLiteral("stamp")),
             QStringLiteral("2024-01-01T00:00:00Z"));
    QCOMPARE(describe(m), el(stanza));
    QCOMPARE(parser.header().id, QStringLiteral("c2s-1"));
    QCOMPARE(parser.header().lang, QStringLiteral("en"));
}

void TestStreamParser::utf8Validator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("invalidAt");
    QTest::addColumn<int>("units");
    QTest::newRow("ascii") << QByteArray("hello, world <x/>") << -1 << 17;
    QTest::newRow("two-byte") << QByteArray("caf\xC3\xA9") << -1 << 4;
    QTest::newRow("three-byte") << QByteArray("\xE2\x82\xAC\xE4\xB8\xAD") << -1 << 2;
    QTest::newRow("four-byte") << QByteArray("a\xF0\x9F\x98\x80") << -1 << 3;
    QTest::newRow("max") << QByteArray("\xF4\x8F\xBF\xBF") << -1 << 2;
    QTest::newRow("c3-28") << QByteArray("ab\xC3\x28") << 3 << 0;
    QTest::newRow("ff") << QByteArray("ab\xFF") << 2 << 0;
    QTest::newRow("continuation") << QByteArray("\x80") << 0 << 0;
    QTest::newRow("overlong-c0") << QByteArray("\xC0\x80") << 0 << 0;
    QTest::newRow("overlong-e0") << QByteArray("\xE0\x9F\xBF") << 1 << 0;
    QTest::newRow("overlong-f0") << QByteArray("\xF0\x8F\xBF\xBF") << 1 << 0;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 1 << 0;
    QTest::newRow("above-max") << QByteArray("\xF4\x90\x80\x80") << 1 << 0;
    QTest::newRow("f5") << QByteArray("\xF5\x80\x80\x80") << 0 << 0;
    QTest::newRow("long-ascii-then-bad") << QByteArray(40, 'a') + "\xFE" << 40 << 0;
}

void TestStreamParser::utf8Validator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, invalidAt);
    QFETCH(int, units);

    charla::Utf8Validator whole;
    QCOMPARE(whole.validate(bytes.constData(), bytes.size()), qsizetype(invalidAt));
    if (invalidAt < 0) {
        QCOMPARE(whole.utf16Units(), qint64(units));
        QVERIFY(whole.atCharacterBoundary());
    }
    charla::Utf8Validator bytewise;
    qsizetype failedAt = -1;
    for (qsizetype i = 0; i < bytes.size() && failedAt < 0; ++i) {
        if (bytewise.validate(bytes.constData() + i, 1) == 0)
            failedAt = i;
    }
    QCOMPARE(failedAt, qsizetype(invalidAt));
    if (invalidAt < 0)
        QCOMPARE(bytewise.utf16Units(), qint64(units));
}

void TestStreamParser::stopDiscardsRestOfRead_data()
{
    QTest::addColumn<int>("split");
    QTest::newRow("one-piece") << int(OnePiece);
    QTest::newRow("1-byte") << int(OneByte);
    QTest::newRow("random") << int(RandomPieces);
}

void TestStreamParser::stopDiscardsRestOfRead()
{
    QFETCH(int, split);
    // RFC 6120 5.4.3.3: after <proceed/> the next bytes are TLS. Plaintext that came in the same
    // read (here a stanza, a DOCTYPE and bad UTF-8) must be dropped, never parsed.
    const QByteArray proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
    const QByteArray injected = "<message><body>injected</body></message><!DOCTYPE x>\xFF";
    StreamParser parser;
    Recorder recorder(parser);
    connect(&parser, &StreamParser::elementReceived, this, [&](const Element &e) {
        if (e.name() == u"proceed")
            parser.stop();
    });
    for (const QByteArray &piece : ::split(kHeader + proceed + injected, split))
        parser.feed(piece);
    QCOMPARE(recorder.events, QStringList({kOpen, el(proceed)}));
    QCOMPARE(parser.state(), StreamParser::State::Stopped);
    QVERIFY(parser.error().condition.isEmpty());

    // After the TLS handshake the session restarts the stream.
    parser.reset();
    QCOMPARE(parser.state(), StreamParser::State::WaitingForHeader);
    const QByteArray message = "<message><body>secure</body></message>";
    for (const QByteArray &piece : ::split(kHeader + message, split))
        parser.feed(piece);
    QCOMPARE(recorder.events, QStringList({kOpen, el(proceed), kOpen, el(message)}));
}

void TestStreamParser::resetInHandlerDiscardsRestOfRead()
{
    // RFC 6120 6.4.6: after SASL success the stream restarts; bytes after <success/> in the
    // same read belong to no stream and are dropped.
    const QByteArray success = "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>";
    StreamParser parser;
    Recorder recorder(parser);
    connect(&parser, &StreamParser::elementReceived, this, [&](const Element &e) {
        if (e.name() == u"success")
            parser.reset();
    });
    parser.feed(kHeader + success + "<message><body>injected</body></message>");
    QCOMPARE(recorder.events, QStringList({kOpen, el(success)}));
    QCOMPARE(parser.state(), StreamParser::State::WaitingForHeader);
    QCOMPARE(parser.bytesParsed(), qint64(0));

    const QByteArray message = "<message><body>fresh</body></message>";
    parser.feed(kHeader + message);
    QCOMPARE(recorder.events, QStringList({kOpen, el(success), kOpen, el(message)}));
    QCOMPARE(parser.state(), StreamParser::State::Open);
}

void TestStreamParser::feedFromHandlerAfterReset()
{
    const QByteArray success = "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>";
    const QByteArray message = "<message><body>fresh</body></message>";
    StreamParser parser;
    Recorder recorder(parser);
    connect(&parser, &StreamParser::elementReceived, this, [&](const Element &e) {
        if (e.name() == u"success") {
            parser.reset();
            parser.feed(kHeader + message); // parsed once this handler returns
            QCOMPARE(recorder.events.size(), 2);
        }
    });
    parser.feed(kHeader + success + "<message><body>dropped</body></message>");
    QCOMPARE(recorder.events, QStringList({kOpen, el(success), kOpen, el(message)}));
}

void TestStreamParser::errorStopsUntilReset()
{
    StreamParser parser;
    Recorder recorder(parser);
    parser.feed(kHeader + "<message><!-- no --></message>");
    QCOMPARE(parser.state(), StreamParser::State::Failed);
    QCOMPARE(parser.error().condition, QStringLiteral("restricted-xml"));
    parser.feed("<message/>");
    parser.feed(kHeader + "<message/>");
    QCOMPARE(recorder.events, QStringList({kOpen, QStringLiteral("error:restricted-xml")}));

    parser.reset();
    QVERIFY(parser.error().condition.isEmpty());
    parser.feed(kHeader + "<message/>");
    QCOMPARE(recorder.events.size(), 4);
    QCOMPARE(recorder.events.constLast(), el("<message/>"));
}

void TestStreamParser::limits()
{
    StreamParser parser;
    QCOMPARE(parser.maxStanzaSize(), qint64(16 * 1024 * 1024));
    QCOMPARE(parser.maxDepth(), 64);
    parser.setMaxStanzaSize(1000);
    parser.setMaxDepth(8);
    parser.reset();
    QCOMPARE(parser.maxStanzaSize(), qint64(1000));
    QCOMPARE(parser.maxDepth(), 8);
}

void TestStreamParser::hugeStanza_data()
{
    QTest::addColumn<int>("split");
    QTest::newRow("1-MiB-pieces") << int(MiBPieces);
    QTest::newRow("one-piece") << int(OnePiece);
    QTest::newRow("random-pieces") << int(RandomPieces);
}

void TestStreamParser::hugeStanza()
{
    QFETCH(int, split);
    // A 20 MB body against the default 16 MiB limit.
    const QByteArray input = kHeader + "<message to='a@b'><body>" +
                             QByteArray(20 * 1000 * 1000, 'x') + "</body></message>";
    const QList<QByteArray> pieces = ::split(input, split, 256 * 1024);
    StreamParser parser;
    Recorder recorder(parser);
    qint64 fedWhenFailed = -1;
    qint64 parsedWhenFailed = -1;
    qint64 residentWhenFailed = -1;
    qint64 fed = 0;
    connect(&parser, &StreamParser::errorOccurred, this, [&] {
        fedWhenFailed = fed;
        parsedWhenFailed = parser.bytesParsed();
        residentWhenFailed = residentKiB();
    });
    const qint64 residentBefore = residentKiB();
    for (const QByteArray &piece : pieces) {
        fed += piece.size();
        parser.feed(piece);
    }
    QCOMPARE(recorder.events, QStringList({kOpen, QStringLiteral("error:policy-violation")}));
    QCOMPARE(recorder.elements, 0);
    const qint64 limit = StreamParser::kDefaultMaxStanzaSize;
    // The reader never got much more than the limit: one 64 KiB slice at most.
    QVERIFY2(parsedWhenFailed <= kHeader.size() + limit + 64 * 1024,
             qPrintable(QString::number(parsedWhenFailed)));
    if (split != OnePiece)
        QVERIFY2(fedWhenFailed < input.size(), qPrintable(QString::number(fedWhenFailed)));
    if (residentBefore > 0) {
        // The reader holds the body as UTF-16: about twice its bytes.
        const qint64 grownKiB = residentWhenFailed - residentBefore;
        qInfo("resident memory grew by %lld KiB for a %lld KiB limit", grownKiB, limit / 1024);
        QVERIFY2(grownKiB * 1024 < limit * 5 / 2, qPrintable(QString::number(grownKiB)));
    }
}

void TestStreamParser::deepNesting_data()
{
    QTest::addColumn<int>("split");
    QTest::newRow("one-piece") << int(OnePiece);
    QTest::newRow("1-byte") << int(OneByte);
    QTest::newRow("random") << int(RandomPieces);
}

void TestStreamParser::deepNesting()
{
    QFETCH(int, split);
    const QByteArray input = kHeader + QByteArray("<a>").repeated(100000);
    StreamParser parser;
    Recorder recorder(parser);
    for (const QByteArray &piece : ::split(input, split))
        parser.feed(piece);
    QCOMPARE(recorder.events, QStringList({kOpen, QStringLiteral("error:policy-violation")}));
    QCOMPARE(recorder.elements, 0);
    if (split == OneByte) // refused on the '>' of the 65th start tag
        QCOMPARE(parser.bytesParsed(), qint64(kHeader.size() + 65 * 3));
}

void TestStreamParser::billionLaughsNeverReachesTheReader_data()
{
    stopDiscardsRestOfRead_data();
}

void TestStreamParser::billionLaughsNeverReachesTheReader()
{
    QFETCH(int, split);
    QByteArray entities = "<!ENTITY lol0 'lol'>";
    for (int i = 1; i < 10; ++i) {
        entities += "<!ENTITY lol" + QByteArray::number(i) + " '" +
                    QByteArray("&lol" + QByteArray::number(i - 1) + ';').repeated(10) + "'>";
    }
    const QByteArray declaration = "<?xml version='1.0'?>";
    const QByteArray input = declaration + "<!DOCTYPE lolz [" + entities + "]>" + kHeader.mid(21) +
                             "<message><body>&lol9;</body></message>";
    StreamParser parser;
    Recorder recorder(parser);
    for (const QByteArray &piece : ::split(input, split))
        parser.feed(piece);
    QCOMPARE(recorder.events, QStringList({QStringLiteral("error:restricted-xml")}));
    QCOMPARE(recorder.elements, 0);
    // The XML reader got the declaration and the "<!" of "<!DOCTYPE", nothing more: no entity
    // was declared, so none could be expanded.
    QCOMPARE(parser.bytesParsed(), qint64(declaration.size() + 2));
}

void TestStreamParser::resetMidStanza()
{
    StreamParser parser;
    Recorder recorder(parser);
    parser.feed(kHeader + "<message><body>half");
    parser.reset();
    QCOMPARE(parser.state(), StreamParser::State::WaitingForHeader);
    const QByteArray message = "<message><body>whole</body></message>";
    parser.feed(kHeader + message);
    QCOMPARE(recorder.events, QStringList({kOpen, kOpen, el(message)}));
}

void TestStreamParser::mutatedStreamsAreSplitIndependent()
{
    // Whatever the bytes, how they were split must not change what is delivered.
    const QByteArray base =
        kHeader + "<message to='a@b' type='chat'><body>caf\xC3\xA9 &amp; \xF0\x9F\x98\x80</body>"
                  "<active xmlns='http://jabber.org/protocol/chatstates'/></message> "
                  "<iq type='result' id='1'><query xmlns='jabber:iq:roster'><item jid='x@y'/>"
                  "</query></iq><presence/></stream:stream>";
    const QByteArray tokens[] = {"<",
                                 ">",
                                 "&",
                                 ";",
                                 "!",
                                 "?",
                                 "/",
                                 "'",
                                 "\"",
                                 "=",
                                 "]",
                                 "]]>",
                                 "<![CDATA[",
                                 "<!--",
                                 "-->",
                                 "<!DOCTYPE",
                                 "<?",
                                 "&lt;",
                                 "&x;",
                                 "&#",
                                 "&#x41;",
                                 "#",
                                 "\xC3",
                                 "\xA9",
                                 "\xFF",
                                 "\xF0\x9F",
                                 "\xED\xA0\x80",
                                 " ",
                                 "\r\n",
                                 "a",
                                 "<a>",
                                 "</a>",
                                 "<b/>",
                                 "/>",
                                 "xmlns='q'",
                                 "<?xml ",
                                 "x:",
                                 "xml:lang='e'",
                                 "</stream:stream>",
                                 QByteArray("\0", 1)};
    QRandomGenerator random(kSeed);
    for (int round = 0; round < 1000; ++round) {
        QByteArray input = base;
        const int mutations = 1 + random.bounded(3);
        for (int m = 0; m < mutations; ++m) {
            const qsizetype at = random.bounded(input.size());
            const QByteArray &token = tokens[random.bounded(int(std::size(tokens)))];
            if (random.bounded(2))
                input.insert(at, token);
            else
                input.replace(at, std::min<qsizetype>(token.size(), input.size() - at), token);
        }
        QStringList reference;
        for (const int mode : {OnePiece, OneByte, RandomPieces}) {
            StreamParser parser;
            parser.setMaxStanzaSize(4096);
            Recorder recorder(parser);
            for (const QByteArray &piece : ::split(input, mode))
                parser.feed(piece);
            if (mode == OnePiece)
                reference = recorder.events;
            else
                QVERIFY2(recorder.events == reference,
                         input.toPercentEncoding(" <>/='&;!?:\"").constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestStreamParser)
#include "tst_streamparser.moc"
