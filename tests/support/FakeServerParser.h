#pragma once

#include "stanza/Element.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QXmlStreamReader;

namespace charla::test {

/// FakeServer's reader for the client's half of an XMPP stream (its own, so FakeServer does not
/// depend on the product's StreamParser that it is meant to test).
///
/// Bytes are handed to QXmlStreamReader only up to each '>', so when a top-level element or the
/// stream header ends the reader holds no byte past it. A stream restart (after STARTTLS or SASL)
/// can then give the rest of the buffer to a fresh reader without losing or re-reading anything.
class FakeServerParser
{
public:
    struct Event
    {
        enum Kind { StreamOpened, ElementReceived, StreamClosed, Error };
        Kind kind = Error;
        /// The stream header (its attributes, plus `xmlns`/`xmlns:stream` declarations) or the
        /// complete top-level element.
        Element element;
        QString error;
    };

    FakeServerParser();
    ~FakeServerParser();

    /// Starts a fresh document: the next bytes must be an (optional XML declaration and a)
    /// stream header.
    void reset();
    /// Consumes what it can from the front of @p buffer and returns what completed, in order.
    /// Stops (leaving the bytes in @p buffer) in front of a new stream header inside the stream,
    /// see restartPending(), after the stream's end tag, and after an error.
    QList<Event> feed(QByteArray &buffer);

    /// The client's next bytes are a new stream header (`<?xml` or `<stream:stream`): only
    /// reset() goes on from here.
    bool restartPending() const { return m_restartPending; }
    /// Between the stream header and its end tag.
    bool inStream() const { return m_state == State::InStream; }
    /// Nothing read yet since the last reset().
    bool beforeHeader() const { return m_state == State::BeforeHeader; }
    /// The client closed the stream with `</stream:stream>`.
    bool closed() const { return m_state == State::Closed; }
    bool failed() const { return m_state == State::Failed; }
    /// Bytes given to the reader since the last complete element: a partial element.
    QByteArray partial() const { return m_partial; }

private:
    enum class State { BeforeHeader, InStream, Closed, Failed };
    void pull(QList<Event> &out);
    void error(QList<Event> &out, const QString &message);

    std::unique_ptr<QXmlStreamReader> m_reader;
    QList<Element> m_open; ///< elements started below the stream element, innermost last
    QByteArray m_partial;
    State m_state = State::BeforeHeader;
    bool m_atBoundary = true; ///< the reader holds no partial token
    bool m_restartPending = false;
};

} // namespace charla::test
