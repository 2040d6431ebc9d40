#include "FakeServerParser.h"

#include <QXmlStreamReader>

namespace charla::test {

namespace {

const auto kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");

enum class Restart { No, Yes, NeedMore };

// A stream restart begins with a new XML declaration or stream header; inside the stream either
// would be a reader error, so it is recognised on the raw bytes before the reader sees it.
Restart looksLikeRestart(const QByteArray &buffer)
{
    if (buffer.isEmpty())
        return Restart::NeedMore;
    for (const char *marker : {"<?xml", "<stream:stream"}) {
        const QByteArray m = QByteArray::fromRawData(marker, qstrlen(marker));
        if (buffer.startsWith(m))
            return Restart::Yes;
        if (m.startsWith(buffer))
            return Restart::NeedMore;
    }
    return Restart::No;
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QString describeStart(const QXmlStreamReader &reader)
{
    return QLatin1Char('<') + reader.qualifiedName().toString() + QStringLiteral(" xmlns='") +
           reader.namespaceUri().toString() + QStringLiteral("'>");
}

} // namespace

FakeServerParser::FakeServerParser()
{
    reset();
}

FakeServerParser::~FakeServerParser() = default;

void FakeServerParser::reset()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_open.clear();
    m_partial.clear();
    m_state = State::BeforeHeader;
    m_atBoundary = true;
    m_restartPending = false;
}

QList<FakeServerParser::Event> FakeServerParser::feed(QByteArray &buffer)
{
    QList<Event> out;
    while (m_state == State::BeforeHeader || m_state == State::InStream) {
        if (m_state == State::InStream && m_atBoundary) {
            // Whitespace between top-level elements is a keepalive (RFC 6120 4.6.1), not content.
            qsizetype spaces = 0;
            while (spaces < buffer.size() && isXmlSpace(buffer.at(spaces)))
                ++spaces;
            buffer.remove(0, spaces);
            const Restart restart = looksLikeRestart(buffer);
            if (restart == Restart::Yes)
                m_restartPending = true;
            if (restart != Restart::No)
                return out;
        }
        if (buffer.isEmpty())
            break;
        const qsizetype gt = buffer.indexOf('>');
        const qsizetype n = gt < 0 ? buffer.size() : gt + 1;
        const QByteArray piece = buffer.left(n);
        buffer.remove(0, n);
        m_reader->addData(piece);
        m_partial += piece;
        m_atBoundary = false;
        pull(out);
    }
    return out;
}

void FakeServerParser::pull(QList<Event> &out)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_reader->readNext();
        switch (token) {
        case QXmlStreamReader::Invalid:
            if (m_reader->error() != QXmlStreamReader::PrematureEndOfDocumentError)
                error(out, m_reader->errorString());
            return;
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
            break;
        case QXmlStreamReader::StartElement:
            if (m_state == State::BeforeHeader) {
                if (m_reader->name() != QLatin1String("stream") ||
                    m_reader->namespaceUri() != kStreamNs) {
                    error(out, QStringLiteral("expected a stream header, got ") +
                                   describeStart(*m_reader));
                    return;
                }
                Element header(QStringLiteral("stream"), kStreamNs);
                const QXmlStreamNamespaceDeclarations decls = m_reader->namespaceDeclarations();
                for (const QXmlStreamNamespaceDeclaration &d : decls) {
                    header.setAttribute(d.prefix().isEmpty()
                                            ? QStringLiteral("xmlns")
                                            : QStringLiteral("xmlns:") + d.prefix().toString(),
                                        d.namespaceUri().toString());
                }
                const QXmlStreamAttributes attrs = m_reader->attributes();
                for (const QXmlStreamAttribute &a : attrs)
                    header.setAttribute(a.qualifiedName().toString(), a.value().toString());
                m_state = State::InStream;
                m_atBoundary = true;
                m_partial.clear();
                out.append({Event::StreamOpened, header, {}});
                return;
            } else {
                Element e(m_reader->name().toString(), m_reader->namespaceUri().toString());
                const QXmlStreamAttributes attrs = m_reader->attributes();
                for (const QXmlStreamAttribute &a : attrs)
                    e.setAttribute(a.qualifiedName().toString(), a.value().toString());
                m_open.append(e);
            }
            break;
        case QXmlStreamReader::EndElement:
            if (m_open.isEmpty()) {
                m_state = State::Closed;
                out.append({Event::StreamClosed, {}, {}});
                return;
            } else {
                Element done = m_open.takeLast();
                // Same rule as Element::read: indentation between children is not content.
                if (!done.children().isEmpty() && done.text().trimmed().isEmpty())
                    done.setText(QString());
                if (m_open.isEmpty()) {
                    m_atBoundary = true;
                    m_partial.clear();
                    out.append({Event::ElementReceived, done, {}});
                    return;
                }
                m_open.last().appendChild(done);
            }
            break;
        case QXmlStreamReader::Characters:
            if (m_open.isEmpty()) {
                if (!m_reader->isWhitespace()) {
                    error(out, QStringLiteral("text outside any element: ") +
                                   m_reader->text().toString());
                    return;
                }
            } else {
                Element &top = m_open.last();
                top.setText(top.text() + m_reader->text().toString());
            }
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::ProcessingInstruction:
            // RFC 6120 11.1: restricted XML, none of these may appear in a stream.
            error(out, QStringLiteral("restricted XML (RFC 6120 11.1): the client sent a ") +
                           m_reader->tokenString());
            return;
        case QXmlStreamReader::NoToken:
            return;
        }
    }
}

void FakeServerParser::error(QList<Event> &out, const QString &message)
{
    m_state = State::Failed;
    out.append({Event::Error, {}, message});
}

} // namespace charla::test
