#include "stream/StreamParser.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

namespace charla {

namespace {

// Internal linkage so another file of the stream area may define its own lcStream.
Q_LOGGING_CATEGORY(lcStream, "charla.stream")

const auto kStreamsNs = QStringLiteral("http://etherx.jabber.org/streams");
const auto kXmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// QXmlStreamReader decodes everything it is given before tokenizing it, so a big read is handed
// over in slices: limits are checked between slices, long before a huge stanza is all buffered.
constexpr qsizetype kSliceSize = 64 * 1024;

bool isAsciiNameChar(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == ':';
}

// The index of the first byte in [from, size) that is a, b or c; size if none. Eight bytes at a
// time: markup characters are sparse and this runs over every byte of the stream.
qsizetype findAny(const uchar *p, qsizetype from, qsizetype size, uchar a, uchar b, uchar c)
{
    qsizetype i = from;
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    const quint64 wa = kOnes * a;
    const quint64 wb = kOnes * b;
    const quint64 wc = kOnes * c;
    for (; i + 8 <= size; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, sizeof w);
        // A zero byte in w ^ wa is a byte equal to a. The lowest flagged byte is always a true
        // match (false flags only appear above one), and the lowest byte is the first in memory.
        const quint64 xa = w ^ wa;
        const quint64 xb = w ^ wb;
        const quint64 xc = w ^ wc;
        const quint64 hits =
            (((xa - kOnes) & ~xa) | ((xb - kOnes) & ~xb) | ((xc - kOnes) & ~xc)) & kHighs;
        if (hits)
            return i + qsizetype(qCountTrailingZeroBits(hits) / 8);
    }
#endif
    for (; i < size; ++i) {
        if (p[i] == a || p[i] == b || p[i] == c)
            return i;
    }
    return size;
}

bool isAsciiHexDigit(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

// RFC 6120 11.1: the stream may not contain comments, processing instructions, internal or
// external DTD subsets, or entity references other than the predefined ones. This finds them
// in the raw bytes, before QXmlStreamReader sees them, so a DTD is never parsed and no entity is
// ever declared, let alone expanded (billion laughs). It follows just enough of XML (content,
// tags, quoted values, CDATA) to know what each '<', '&' and ']' means; everything else about
// well-formedness is the reader's job. It also catches "]]>" in content, which QXmlStreamReader
// misses when the three bytes arrive in different reads.
class StreamParser::MarkupGuard
{
public:
    enum class Violation {
        None,
        Dtd,
        Comment,
        ProcessingInstruction,
        EntityReference,
        Declaration,
        CdataEndInContent,
    };

    /// Scans the next bytes; returns the index of the byte that reveals forbidden markup, or -1.
    qsizetype scan(const char *data, qsizetype size, Violation *what);

private:
    enum class State : quint8 {
        Content,
        Brackets,   // after ']' in content
        Lt,         // after '<'
        Tag,        // inside a start or end tag
        Value,      // inside a quoted attribute value
        Bang,       // after "<!"
        CdataOpen,  // inside "<![CDATA["
        Cdata,      // inside a CDATA section, where '<' and '&' are plain text
        EntityName, // after '&'
        CharRef,    // after "&#"
        PiTarget,   // after "<?" at the very start: only "<?xml " may follow
        XmlDecl,    // inside the XML declaration
        XmlDeclQ,   // after '?' inside the XML declaration
    };

    State m_state = State::Content;
    State m_afterReference = State::Content; // Content or Value
    quint8 m_matched = 0;                    // characters of "CDATA[" or "xml" matched, or ']' seen
    char m_quote = 0;                        // the quote that ends the current attribute value
    char m_name[4] = {}; // the entity name so far; the predefined ones have at most 4 letters
    quint8 m_nameLength = 0;
    bool m_atStart = true; // nothing but a byte order mark so far: the XML declaration may come
    bool m_declAllowed = false;
    qint64 m_offset = 0; // bytes scanned before this call
};

qsizetype StreamParser::MarkupGuard::scan(const char *data, qsizetype size, Violation *what)
{
    static const char kBom[] = "\xEF\xBB\xBF";
    static const char kCdata[] = "CDATA[";
    static const char kXml[] = "xml";
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    const auto violation = [&](Violation v) {
        *what = v;
        m_offset += i;
        return i;
    };
    const auto startReference = [&](State returnTo) {
        m_afterReference = returnTo;
        m_nameLength = 0;
        m_state = State::EntityName;
    };
    while (i < size) {
        const uchar b = p[i];
        switch (m_state) {
        case State::Content: {
            if (m_atStart) {
                const qint64 offset = m_offset + i;
                if (offset < 3 && b == uchar(kBom[offset])) {
                    ++i;
                    continue;
                }
                m_atStart = false;
                if (b == '<' && (offset == 0 || offset == 3)) {
                    m_declAllowed = true; // XML 1.0 2.8: the declaration comes first or not at all
                    m_state = State::Lt;
                    ++i;
                    continue;
                }
            }
            i = findAny(p, i, size, '<', '&', ']');
            if (i == size)
                break;
            if (p[i] == '<') {
                m_declAllowed = false;
                m_state = State::Lt;
            } else if (p[i] == '&') {
                startReference(State::Content);
            } else {
                m_matched = 1;
                m_state = State::Brackets;
            }
            ++i;
            break;
        }
        case State::Brackets:
            if (b == '>' && m_matched == 2)
                return violation(Violation::CdataEndInContent); // XML 1.0 2.4
            if (b != ']') {
                m_state = State::Content;
                continue; // look at this byte again as content
            }
            m_matched = 2;
            ++i;
            break;
        case State::Lt:
            if (b == '!') {
                m_state = State::Bang;
            } else if (b == '?') {
                if (!m_declAllowed)
                    return violation(Violation::ProcessingInstruction);
                m_matched = 0;
                m_state = State::PiTarget;
            } else {
                m_state = State::Tag;
                continue;
            }
            ++i;
            break;
        case State::Tag:
            i = findAny(p, i, size, '>', '\'', '"');
            if (i == size)
                break;
            if (p[i] == '>') {
                m_state = State::Content;
            } else {
                m_quote = char(p[i]);
                m_state = State::Value;
            }
            ++i;
            break;
        case State::Value:
            i = findAny(p, i, size, uchar(m_quote), '&', uchar(m_quote));
            if (i == size)
                break;
            if (p[i] == '&')
                startReference(State::Value);
            else
                m_state = State::Tag;
            ++i;
            break;
        case State::Bang:
            if (b != '[') {
                return violation(b == '-'   ? Violation::Comment
                                 : b == 'D' ? Violation::Dtd
                                            : Violation::Declaration);
            }
            m_matched = 0;
            m_state = State::CdataOpen;
            ++i;
            break;
        case State::CdataOpen:
            if (b != uchar(kCdata[m_matched])) {
                m_state = State::Content; // not well formed: the reader says so
                continue;
            }
            if (++m_matched == 6) {
                m_matched = 0;
                m_state = State::Cdata;
            }
            ++i;
            break;
        case State::Cdata:
            if (b == ']') {
                if (m_matched < 2)
                    ++m_matched;
            } else if (b == '>' && m_matched == 2) {
                m_state = State::Content;
            } else {
                m_matched = 0;
            }
            ++i;
            break;
        case State::EntityName:
            if (b == '#' && m_nameLength == 0) {
                m_state = State::CharRef; // character references are allowed
            } else if (b == ';') {
                const QLatin1String name(m_name, m_nameLength);
                if (name != QLatin1String("lt") && name != QLatin1String("gt") &&
                    name != QLatin1String("amp") && name != QLatin1String("quot") &&
                    name != QLatin1String("apos"))
                    return violation(Violation::EntityReference);
                m_state = m_afterReference;
            } else if (isAsciiNameChar(b) || b >= 0x80) {
                if (m_nameLength == sizeof m_name || b >= 0x80)
                    return violation(Violation::EntityReference); // longer than any predefined
                m_name[m_nameLength++] = char(b);
            } else {
                m_state = m_afterReference; // not well formed: the reader says so
                continue;
            }
            ++i;
            break;
        case State::CharRef:
            if (b != ';' && !isAsciiHexDigit(b) && b != 'x') {
                m_state = m_afterReference; // not well formed: the reader says so
                continue;
            }
            if (b == ';')
                m_state = m_afterReference;
            ++i;
            break;
        case State::PiTarget:
            if (m_matched < 3) {
                if (b != uchar(kXml[m_matched]))
                    return violation(Violation::ProcessingInstruction);
                ++m_matched;
            } else if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                m_state = State::XmlDecl;
            } else {
                return violation(Violation::ProcessingInstruction); // e.g. <?xml-stylesheet
            }
            ++i;
            break;
        case State::XmlDecl:
            if (b == '?')
                m_state = State::XmlDeclQ;
            ++i;
            break;
        case State::XmlDeclQ:
            if (b == '>')
                m_state = State::Content;
            else if (b != '?')
                m_state = State::XmlDecl;
            ++i;
            break;
        }
    }
    m_offset += size;
    return -1;
}

// Element and attribute names and namespaces repeat in every stanza; sharing one QString per
// distinct name saves an allocation and a copy for each. The table is bounded (later names are
// simply not shared) and seeded, so a peer cannot aim many names at one slot.
class StreamParser::NameTable
{
public:
    NameTable() : m_seed(QRandomGenerator::global()->generate()) {}

    QString intern(QStringView s)
    {
        if (s.isEmpty())
            return QString();
        if (s.size() > kMaxLength)
            return s.toString();
        const size_t hash = qHash(s, m_seed);
        for (size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
            Slot &slot = m_slots[i];
            if (slot.string.isNull()) {
                if (m_count == kMaxEntries)
                    return s.toString();
                slot.string = s.toString();
                slot.hash = hash;
                ++m_count;
                return slot.string;
            }
            if (slot.hash == hash && slot.string.size() == s.size() &&
                std::memcmp(slot.string.constData(), s.data(), size_t(s.size()) * 2) == 0)
                return slot.string;
        }
    }

private:
    static constexpr size_t kSlots = 1024; // a power of two, at most half full
    static constexpr size_t kMaxEntries = kSlots / 2;
    static constexpr qsizetype kMaxLength = 128;
    struct Slot
    {
        QString string;
        size_t hash = 0;
    };
    size_t m_seed;
    size_t m_count = 0;
    Slot m_slots[kSlots];
};

StreamParser::StreamParser(QObject *parent)
    : QObject(parent), m_names(std::make_unique<NameTable>())
{
    reset();
}

StreamParser::~StreamParser() = default;

void StreamParser::setMaxStanzaSize(qint64 bytes)
{
    m_maxStanzaSize = std::max<qint64>(bytes, 1);
}

void StreamParser::setMaxDepth(int depth)
{
    m_maxDepth = std::max(depth, 1);
}

void StreamParser::reset()
{
    ++m_generation;
    m_reader = std::make_unique<QXmlStreamReader>();
    // No entity resolver is set, so QXmlStreamReader never loads external entities; the
    // MarkupGuard stops a DTD before any internal entity could be declared.
    m_guard = std::make_unique<MarkupGuard>();
    m_utf8.reset();
    m_stack.clear();
    m_stack.reserve(size_t(std::min(m_maxDepth, 16)));
    m_header = StreamHeader();
    m_error = Error();
    m_state = State::WaitingForHeader;
    m_pending.clear();
    m_bytesFed = 0;
    m_unitsFed = 0;
    m_boundaryBytes = 0;
    m_slice = QByteArray();
    m_sliceBytes = 0;
    m_sliceUnits = 0;
    m_sliceAscii = true;
    m_cursorBytes = 0;
    m_cursorUnits = 0;
}

void StreamParser::stop()
{
    if (accepting()) {
        qCDebug(lcStream) << "parsing stopped after" << m_bytesFed << "bytes";
        m_state = State::Stopped;
    }
    m_pending.clear();
    if (!m_feeding)
        releaseIfDone();
}

void StreamParser::feed(const QByteArray &bytes)
{
    if (m_feeding) {
        // Called from one of our handlers: parse after the current bytes, in order.
        m_pending.append(bytes);
        return;
    }
    m_feeding = true;
    QByteArray data = bytes;
    for (;;) {
        if (accepting())
            processData(data);
        if (m_pending.isEmpty())
            break;
        data = std::exchange(m_pending, QByteArray());
    }
    m_feeding = false;
    releaseIfDone();
}

void StreamParser::releaseIfDone()
{
    if (accepting())
        return;
    // Nothing more will be parsed until reset(): give the reader's buffers back now.
    m_reader.reset();
    std::vector<Element>().swap(m_stack);
    m_slice = QByteArray();
}

void StreamParser::processData(const QByteArray &data)
{
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size && accepting()) {
        const qsizetype n = std::min(kSliceSize, size - pos);
        const char *p = data.constData() + pos;
        const qint64 unitsBefore = m_utf8.utf16Units();
        // RFC 6120 11.6: the stream is UTF-8. QXmlStreamReader does notice bad UTF-8, but only
        // when decoding a whole buffer, before the valid elements ahead of it; checking here
        // delivers exactly the elements before the bad byte however the bytes were split.
        const qsizetype badUtf8 = m_utf8.validate(p, n);
        MarkupGuard::Violation violation = MarkupGuard::Violation::None;
        const qsizetype restricted = m_guard->scan(p, badUtf8 < 0 ? n : badUtf8, &violation);
        qsizetype cut = n;
        if (restricted >= 0)
            cut = restricted;
        else if (badUtf8 >= 0)
            cut = badUtf8;
        if (cut > 0) {
            // The reader only gets the bytes before a violation: what precedes it is delivered.
            const QByteArray slice = (pos == 0 && cut == size) ? data : data.mid(pos, cut);
            const qint64 units = cut == n ? m_utf8.utf16Units() - unitsBefore : -1;
            if (!parseSlice(slice, units))
                return; // stopped, restarted, closed or failed: the rest is dropped
        }
        if (restricted >= 0 && violation == MarkupGuard::Violation::CdataEndInContent) {
            fail(QStringLiteral("not-well-formed"),
                 tr("The server sent malformed XML (\"]]>\" in text), so the connection was "
                    "closed. If it keeps happening, tell the server's administrator."));
            return;
        }
        if (restricted >= 0) {
            QString text;
            switch (violation) {
            case MarkupGuard::Violation::Dtd:
                text = tr("The server sent a document type declaration (DTD), which XMPP "
                          "forbids, so the connection was closed. If it keeps happening, tell the "
                          "server's administrator.");
                break;
            case MarkupGuard::Violation::Comment:
                text = tr("The server sent an XML comment, which XMPP forbids, so the "
                          "connection was closed. If it keeps happening, tell the server's "
                          "administrator.");
                break;
            case MarkupGuard::Violation::ProcessingInstruction:
                text = tr("The server sent an XML processing instruction, which XMPP forbids, "
                          "so the connection was closed. If it keeps happening, tell the "
                          "server's administrator.");
                break;
            case MarkupGuard::Violation::EntityReference:
                text = tr("The server sent an XML entity reference, which XMPP forbids, so the "
                          "connection was closed. If it keeps happening, tell the server's "
                          "administrator.");
                break;
            case MarkupGuard::Violation::Declaration:
            case MarkupGuard::Violation::CdataEndInContent:
            case MarkupGuard::Violation::None:
                text = tr("The server sent an XML markup declaration, which XMPP forbids, so "
                          "the connection was closed. If it keeps happening, tell the server's "
                          "administrator.");
                break;
            }
            fail(QStringLiteral("restricted-xml"), text);
            return;
        }
        if (badUtf8 >= 0) {
            fail(QStringLiteral("not-well-formed"),
                 tr("The server sent text that is not valid UTF-8, so the connection was "
                    "closed. If it keeps happening, tell the server's administrator."));
            return;
        }
        pos += n;
        // Checked while the stanza is still arriving: the reader holds at most one slice more.
        if (pendingStanzaBytes() > m_maxStanzaSize) {
            failTooBig();
            return;
        }
    }
}

bool StreamParser::parseSlice(const QByteArray &slice, qint64 units)
{
    m_slice = slice;
    m_sliceBytes = m_bytesFed;
    m_sliceUnits = m_unitsFed;
    m_sliceAscii = units == slice.size();
    m_cursorBytes = 0;
    m_cursorUnits = 0;
    m_bytesFed += slice.size();
    m_unitsFed += units;
    m_reader->addData(slice);

    const quint64 generation = m_generation;
    for (;;) {
        bool ok = true;
        switch (m_reader->readNext()) {
        case QXmlStreamReader::StartElement:
            ok = m_state == State::Open ? startElement() : openStream();
            break;
        case QXmlStreamReader::EndElement:
            ok = endElement();
            break;
        case QXmlStreamReader::Characters:
            if (!m_stack.empty()) {
                Element &top = m_stack.back();
                if (top.m_text.isEmpty())
                    top.m_text = m_reader->text().toString();
                else
                    top.m_text += m_reader->text();
            } else if (m_state == State::Open && !m_reader->isWhitespace()) {
                // RFC 6120 4.9.3.1: only elements are children of <stream:stream>; whitespace
                // keepalives (RFC 6120 4.6.1) are fine and ignored.
                fail(QStringLiteral("bad-format"),
                     tr("The server sent text outside of any stanza, so the connection was "
                        "closed. If it keeps happening, tell the server's administrator."));
                ok = false;
            }
            break;
        case QXmlStreamReader::StartDocument: {
            // RFC 6120 11.6: UTF-8 only; the reader would switch to a declared encoding.
            const QStringView encoding = m_reader->documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
                fail(QStringLiteral("unsupported-encoding"),
                     tr("The server declared a text encoding other than UTF-8, so the "
                        "connection was closed. If it keeps happening, tell the server's "
                        "administrator."));
                ok = false;
            }
            break;
        }
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
            // RFC 6120 11.1. The MarkupGuard stops these first; this is a second line.
            fail(QStringLiteral("restricted-xml"),
                 tr("The server sent XML markup that XMPP forbids, so the connection was "
                    "closed. If it keeps happening, tell the server's administrator."));
            ok = false;
            break;
        case QXmlStreamReader::Invalid:
            if (m_reader->error() == QXmlStreamReader::PrematureEndOfDocumentError)
                return true; // all tokens of this slice are out: wait for more bytes
            fail(QStringLiteral("not-well-formed"),
                 tr("The server sent malformed XML (%1), so the connection was closed. If it "
                    "keeps happening, tell the server's administrator.")
                     .arg(m_reader->errorString()));
            ok = false;
            break;
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::EndDocument:
            break;
        }
        if (!ok || generation != m_generation || !accepting())
            return false;
    }
}

bool StreamParser::openStream()
{
    // RFC 6120 4.8.1: the root is <stream> qualified by the streams namespace.
    if (m_reader->namespaceUri() != kStreamsNs) {
        fail(QStringLiteral("invalid-namespace"),
             tr("The server did not open an XMPP stream (wrong namespace), so the connection "
                "was closed. Check the server's address and port."));
        return false;
    }
    if (m_reader->name() != u"stream") {
        fail(QStringLiteral("bad-format"),
             tr("The server did not open an XMPP stream, so the connection was closed. Check "
                "the server's address and port."));
        return false;
    }
    StreamHeader header;
    const QXmlStreamAttributes attributes = m_reader->attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.namespaceUri().isEmpty()) {
            if (a.name() == u"from")
                header.from = a.value().toString();
            else if (a.name() == u"to")
                header.to = a.value().toString();
            else if (a.name() == u"id")
                header.id = a.value().toString();
            else if (a.name() == u"version")
                header.version = a.value().toString();
        } else if (a.namespaceUri() == kXmlNs && a.name() == u"lang") {
            header.lang = a.value().toString();
        }
    }
    const QXmlStreamNamespaceDeclarations declarations = m_reader->namespaceDeclarations();
    for (const QXmlStreamNamespaceDeclaration &d : declarations) {
        header.namespaces.append({d.prefix().toString(), d.namespaceUri().toString()});
        if (d.prefix().isEmpty())
            header.contentNamespace = d.namespaceUri().toString();
    }
    // RFC 6120 4.8.2, 4.9.3.10: the content namespace is jabber:client or jabber:server.
    if (header.contentNamespace != u"jabber:client" &&
        header.contentNamespace != u"jabber:server") {
        fail(QStringLiteral("invalid-namespace"),
             tr("The server opened a stream with an unsupported content namespace, so the "
                "connection was closed. Check the server's address and port."));
        return false;
    }
    // The header is bounded like a stanza, whatever pieces it came in.
    const qint64 end = byteOffsetOf(m_reader->characterOffset());
    if (end - m_boundaryBytes > m_maxStanzaSize) {
        failTooBig();
        return false;
    }
    m_header = header;
    m_state = State::Open;
    m_boundaryBytes = end;
    qCDebug(lcStream) << "stream opened, id" << header.id << "version" << header.version;
    Q_EMIT streamOpened(header);
    return true;
}

bool StreamParser::startElement()
{
    // A stanza's nesting is bounded so a deep tree can neither exhaust memory nor recurse deep.
    if (int(m_stack.size()) >= m_maxDepth) {
        fail(QStringLiteral("policy-violation"),
             tr("The server sent a stanza nested more than %1 levels deep, so the connection "
                "was closed to protect memory.")
                 .arg(m_maxDepth));
        return false;
    }
    Element &e = m_stack.emplace_back();
    e.m_name = m_names->intern(m_reader->name());
    e.m_ns = m_names->intern(m_reader->namespaceUri());
    const QXmlStreamAttributes attributes = m_reader->attributes();
    if (!attributes.isEmpty()) {
        e.m_attributes.reserve(attributes.size());
        for (const QXmlStreamAttribute &a : attributes)
            e.m_attributes.append({m_names->intern(a.qualifiedName()), a.value().toString()});
    }
    return true;
}

bool StreamParser::endElement()
{
    if (m_stack.empty()) {
        // RFC 6120 4.4: the closing tag of the stream.
        qCDebug(lcStream) << "stream closed by the peer";
        m_state = State::Closed;
        Q_EMIT streamClosed();
        return false;
    }
    Element e = std::move(m_stack.back());
    m_stack.pop_back();
    // As Element::read: indentation between children is not content.
    if (!e.m_children.isEmpty() && !e.m_text.isEmpty() && e.m_text.trimmed().isEmpty())
        e.m_text.clear();
    if (!m_stack.empty()) {
        m_stack.back().m_children.append(std::move(e));
        return true;
    }
    const qint64 end = byteOffsetOf(m_reader->characterOffset());
    if (end - m_boundaryBytes > m_maxStanzaSize) {
        failTooBig();
        return false;
    }
    m_boundaryBytes = end;
    Q_EMIT elementReceived(e);
    return true;
}

void StreamParser::fail(const QString &condition, const QString &text)
{
    m_state = State::Failed;
    m_error = {condition, text};
    m_stack.clear();
    // The condition and position only: the text may name the peer's elements.
    qCWarning(lcStream).noquote() << "stream error" << condition << "near byte" << m_bytesFed;
    const Error error = m_error;
    Q_EMIT errorOccurred(error);
}

void StreamParser::failTooBig()
{
    fail(QStringLiteral("policy-violation"),
         tr("The server sent a stanza larger than %1 bytes, so the connection was closed to "
            "protect memory.")
             .arg(m_maxStanzaSize));
}

// Maps a QXmlStreamReader::characterOffset() (UTF-16 units) to a byte offset in the stream.
// Positions asked for lie in the slice last handed to the reader, and only grow.
qint64 StreamParser::byteOffsetOf(qint64 characterOffset)
{
    const qint64 wanted = characterOffset - m_sliceUnits;
    if (wanted <= 0)
        return m_sliceBytes;
    if (m_sliceAscii)
        return m_sliceBytes + std::min<qint64>(wanted, m_slice.size());
    if (wanted < m_cursorUnits) {
        m_cursorBytes = 0;
        m_cursorUnits = 0;
    }
    const auto *p = reinterpret_cast<const uchar *>(m_slice.constData());
    const qsizetype size = m_slice.size();
    while (m_cursorBytes < size) {
        // Eight ASCII bytes at a time: each is one UTF-16 unit.
        if (m_cursorBytes + 8 <= size && m_cursorUnits + 8 <= wanted) {
            quint64 word;
            std::memcpy(&word, p + m_cursorBytes, sizeof word);
            if (!(word & 0x8080808080808080ULL)) {
                m_cursorBytes += 8;
                m_cursorUnits += 8;
                continue;
            }
        }
        const uchar b = p[m_cursorBytes];
        // Units are counted at a character's first byte, as Utf8Validator counts them.
        int length = 1;
        int units = 1;
        if (b >= 0xF0) {
            length = 4;
            units = 2;
        } else if (b >= 0xE0) {
            length = 3;
        } else if (b >= 0xC0) {
            length = 2;
        } else if (b >= 0x80) {
            units = 0; // the tail of a character begun in the previous slice
        }
        if (m_cursorUnits + units > wanted)
            break;
        m_cursorUnits += units;
        m_cursorBytes = std::min<qsizetype>(m_cursorBytes + length, size);
    }
    return m_sliceBytes + m_cursorBytes;
}

} // namespace charla
