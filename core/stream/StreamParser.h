#pragma once

#include "stanza/Element.h"
#include "stream/StreamHeader.h"
#include "stream/Utf8Validator.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QXmlStreamReader;

namespace charla {

/// Parses the bytes of one incoming XML stream (RFC 6120 4) into a header and one Element per
/// top-level child of `<stream:stream>`.
///
/// Bytes go straight from the socket into feed(), in whatever pieces they arrive: a
/// QXmlStreamReader is fed with addData() and never re-parses what it has seen. Each top-level
/// element is delivered by elementReceived() as soon as its end tag arrives, one at a time.
///
/// Security (RFC 6120 11.1, DESIGN.md "Security defaults"): a DTD, comment, processing
/// instruction (other than the leading XML declaration) or entity reference other than the five
/// predefined ones ends the stream with `restricted-xml`; they are found in the raw bytes before
/// the XML reader sees them, so no entity is ever declared or expanded. Invalid UTF-8 ends it
/// with `not-well-formed`. A stanza bigger than maxStanzaSize() bytes or nested deeper than
/// maxDepth() ends it with `policy-violation` while it is still arriving, so memory stays
/// bounded. A wrong stream or content namespace gives `invalid-namespace`; text between stanzas
/// or a root other than `<stream>` gives `bad-format`; a declared encoding other than UTF-8 gives
/// `unsupported-encoding`. Whitespace between stanzas (keepalives) is ignored.
///
/// Stream restarts (RFC 6120 5.4.3.3 after STARTTLS, 6.4.6 after SASL success): a handler of
/// elementReceived() may call stop() or reset(). The parser then returns at once and the rest of
/// the bytes of that feed() call are discarded, never parsed: plaintext that arrived after
/// `<proceed/>` in the same read cannot leak into the TLS stream. After stop(), feed() ignores
/// everything until reset(); after reset(), the next bytes must open a new stream. A handler may
/// also call feed(): those bytes are parsed, in order, once the handler returns.
///
/// After an error (errorOccurred()) or the end of the stream (streamClosed()) nothing more is
/// delivered and feed() does nothing until reset(). Do not delete the parser from one of its own
/// signals; use deleteLater().
class StreamParser : public QObject
{
    Q_OBJECT
public:
    /// Why the stream cannot go on: a condition of RFC 6120 4.9.3 and a sentence for a person.
    struct Error
    {
        QString condition; ///< e.g. "not-well-formed", "restricted-xml", "policy-violation"
        QString text;      ///< translated; says what happened; never quotes stanza contents
    };

    enum class State {
        WaitingForHeader, ///< before `<stream:stream>` (after construction or reset())
        Open,             ///< delivering elements
        Closed,           ///< `</stream:stream>` arrived
        Stopped,          ///< stop() was called; waiting for reset()
        Failed,           ///< an error was reported; waiting for reset()
    };

    static constexpr qint64 kDefaultMaxStanzaSize = 16 * 1024 * 1024;
    static constexpr int kDefaultMaxDepth = 64;

    explicit StreamParser(QObject *parent = nullptr);
    ~StreamParser() override;

    /// Parses the next bytes of the stream, emitting signals as elements complete.
    void feed(const QByteArray &bytes);
    /// Stops parsing right now: the rest of the current feed() and all later ones are dropped
    /// until reset(). Meant to be called from an elementReceived() handler.
    void stop();
    /// Starts over with a brand-new XML reader for a stream restart; the rest of the current
    /// feed() (when called from a handler) is dropped. Limits are kept.
    void reset();

    /// Largest stanza in bytes, counted from the end of the previous top-level element.
    void setMaxStanzaSize(qint64 bytes);
    qint64 maxStanzaSize() const { return m_maxStanzaSize; }
    /// Deepest nesting of elements in a stanza; the stanza element itself is depth 1.
    void setMaxDepth(int depth);
    int maxDepth() const { return m_maxDepth; }

    State state() const { return m_state; }
    /// The header of the current stream (empty before streamOpened()).
    const StreamHeader &header() const { return m_header; }
    /// The error that ended the stream (empty condition if none).
    const Error &error() const { return m_error; }
    /// Bytes handed to the XML reader since construction or reset().
    qint64 bytesParsed() const { return m_bytesFed; }
    /// Bytes handed to the XML reader since the end of the last top-level element (or header):
    /// what the stanza still arriving holds. Compared against maxStanzaSize().
    qint64 pendingStanzaBytes() const { return m_bytesFed - m_boundaryBytes; }

Q_SIGNALS:
    /// The peer's `<stream:stream>` tag arrived (RFC 6120 4.7).
    void streamOpened(const charla::StreamHeader &header);
    /// A top-level child of the stream is complete: a stanza or a stream-level element.
    void elementReceived(const charla::Element &element);
    /// `</stream:stream>` arrived (RFC 6120 4.4); nothing more will be delivered.
    void streamClosed();
    /// The stream cannot go on; the session should send this stream error and close.
    void errorOccurred(const charla::StreamParser::Error &error);

private:
    class MarkupGuard;
    class NameTable;

    bool accepting() const { return m_state == State::WaitingForHeader || m_state == State::Open; }
    void processData(const QByteArray &data);
    bool parseSlice(const QByteArray &slice, qint64 units);
    bool openStream();
    bool startElement();
    bool endElement();
    void fail(const QString &condition, const QString &text);
    void failTooBig();
    void releaseIfDone();
    qint64 byteOffsetOf(qint64 characterOffset);

    std::unique_ptr<QXmlStreamReader> m_reader;
    std::unique_ptr<MarkupGuard> m_guard;
    std::unique_ptr<NameTable> m_names;
    Utf8Validator m_utf8;
    std::vector<Element> m_stack; // the open elements of the stanza being read, outermost first
    StreamHeader m_header;
    Error m_error;
    State m_state = State::WaitingForHeader;
    qint64 m_maxStanzaSize = kDefaultMaxStanzaSize;
    int m_maxDepth = kDefaultMaxDepth;

    quint64 m_generation = 0; // bumped by reset(): a handler started a new stream
    bool m_feeding = false;
    QByteArray m_pending; // bytes fed from inside a handler, parsed when the handler returns

    // Byte accounting: the reader reports positions in UTF-16 units; the stanza limit is in bytes.
    qint64 m_bytesFed = 0;
    qint64 m_unitsFed = 0;
    qint64 m_boundaryBytes = 0; // where the current stanza began
    QByteArray m_slice;         // the bytes last handed to the reader, to map positions back
    qint64 m_sliceBytes = 0;    // m_bytesFed before m_slice
    qint64 m_sliceUnits = 0;    // m_unitsFed before m_slice
    bool m_sliceAscii = true;
    qsizetype m_cursorBytes = 0; // a position inside m_slice and its UTF-16 offset
    qint64 m_cursorUnits = 0;
};

} // namespace charla
