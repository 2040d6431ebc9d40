#include "FakeServer.h"

#include "stream/Error.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

namespace charla::test {

// Off unless asked for (QT_LOGGING_RULES="charla.test.fakeserver.debug=true"): the transcript
// is also in transcript() and in every failure that needs it.
Q_LOGGING_CATEGORY(lcFakeServer, "charla.test.fakeserver", QtWarningMsg)

using fakeserver::matchExpectation;
using fakeserver::parseExpectation;
using fakeserver::prettyXml;
using fakeserver::substituteVariables;
using fakeserver::xmlEscaped;

namespace {

// QTcpServer hands out QTcpSockets; STARTTLS needs a QSslSocket that begins in plain text.
class Listener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

QString shortened(const QString &text, qsizetype max = 160)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max) + QStringLiteral("...");
}

QString printable(const QByteArray &bytes, qsizetype max = 300)
{
    return shortened(QString::fromUtf8(bytes), max);
}

QString headerText(const Element &header)
{
    QString s = QStringLiteral("<stream:stream");
    for (const Element::Attribute &a : header.attributes())
        s += QLatin1Char(' ') + a.name + QStringLiteral("='") + xmlEscaped(a.value) +
             QLatin1Char('\'');
    return s + QLatin1Char('>');
}

QString describeEvent(const FakeServerParser::Event &event)
{
    switch (event.kind) {
    case FakeServerParser::Event::StreamOpened:
        return QStringLiteral("a new stream header ") + headerText(event.element);
    case FakeServerParser::Event::ElementReceived:
        return QStringLiteral("an element:\n") + prettyXml(event.element);
    case FakeServerParser::Event::StreamClosed:
        return QStringLiteral("the client's </stream:stream>");
    case FakeServerParser::Event::Error:
        break;
    }
    return QStringLiteral("unreadable XML: ") + event.error;
}

} // namespace

FakeServer::FakeServer(QObject *parent) : QObject(parent), m_listener(new Listener(this))
{
    connect(m_listener, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
    m_writeTimer.setInterval(0);
    connect(&m_writeTimer, &QTimer::timeout, this, &FakeServer::pumpWrites);
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        m_waitElapsed = true;
        advance();
    });
}

FakeServer::~FakeServer()
{
    m_writeTimer.stop();
    m_waitTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
        m_socket = nullptr;
    }
    m_listener->close();
}

void FakeServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void FakeServer::setCertificate(const TestCa::Leaf &leaf)
{
    setCertificate(leaf.certificate, leaf.key);
}

void FakeServer::setChunkSize(int bytes)
{
    m_chunkSize = qMax(0, bytes);
}

void FakeServer::setChunkInterval(int ms)
{
    m_writeTimer.setInterval(qMax(0, ms));
}

bool FakeServer::listen()
{
    if (m_listener->isListening())
        return true;
    // Loopback only: a test server must never be reachable from the network.
    if (!m_listener->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        m_errorString = m_listener->errorString();
        return false;
    }
    m_port = m_listener->serverPort();
    return true;
}

// --- Script building ---------------------------------------------------------------------------

FakeServer &FakeServer::addStep(Step step)
{
    m_steps.push_back(std::move(step));
    m_finishedSignalled = false;
    // A step added to a running dialogue runs from the event loop, not in the middle of the
    // caller's chain of steps.
    if (m_socket)
        QTimer::singleShot(0, this, [this] { advance(); });
    return *this;
}

FakeServer &FakeServer::expectStreamOpen(const QString &to)
{
    Step s(Step::Kind::ExpectStreamOpen);
    s.text = to;
    s.description = to.isEmpty() ? QStringLiteral("expectStreamOpen()")
                                 : QStringLiteral("expectStreamOpen(to='%1')").arg(to);
    return addStep(std::move(s));
}

FakeServer &FakeServer::sendStreamOpen(const QString &from)
{
    const QString id = QString::number(QRandomGenerator::global()->generate64(), 16);
    Step s(Step::Kind::SendRaw);
    s.description = QStringLiteral("sendStreamOpen(from='%1')").arg(from);
    s.streamId = id;
    s.raw = (QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                            "xmlns:stream='http://etherx.jabber.org/streams' from='") +
             xmlEscaped(from) + QStringLiteral("' id='") + id +
             QStringLiteral("' version='1.0' xml:lang='en'>"))
                .toUtf8();
    return addStep(std::move(s));
}

FakeServer &FakeServer::sendFeatures(const QString &xml)
{
    if (xml.trimmed().startsWith(QLatin1String("<stream:features")))
        return send(xml);
    Step s(Step::Kind::Send);
    s.text = QStringLiteral("<stream:features>") + xml + QStringLiteral("</stream:features>");
    s.description = QStringLiteral("sendFeatures(%1)").arg(shortened(xml));
    return addStep(std::move(s));
}

FakeServer &FakeServer::send(const QString &xml)
{
    Step s(Step::Kind::Send);
    s.text = xml;
    s.description = QStringLiteral("send(%1)").arg(shortened(xml));
    return addStep(std::move(s));
}

FakeServer &FakeServer::send(const Element &element)
{
    Step s(Step::Kind::SendRaw);
    // Children of the stream are in jabber:client unless they say otherwise.
    s.raw = element.toXml(QStringLiteral("jabber:client"));
    s.description = QStringLiteral("send(%1)").arg(shortened(QString::fromUtf8(s.raw)));
    return addStep(std::move(s));
}

FakeServer &FakeServer::sendRaw(const QByteArray &bytes)
{
    Step s(Step::Kind::SendRaw);
    s.raw = bytes;
    s.description =
        QStringLiteral("sendRaw(%1 bytes: %2)").arg(bytes.size()).arg(printable(bytes, 80));
    return addStep(std::move(s));
}

FakeServer &FakeServer::expect(const QString &xml)
{
    Step s(Step::Kind::Expect);
    s.description = QStringLiteral("expect(%1)").arg(xml.simplified());
    QString error;
    s.expected = parseExpectation(xml, &error);
    if (s.expected.isNull()) {
        // A broken script must not pass: it fails before it runs.
        m_failed = true;
        m_failures.append(QStringLiteral("step %1, %2: the expectation is not well-formed XML: %3")
                              .arg(m_steps.size() + 1)
                              .arg(s.description, error));
    }
    return addStep(std::move(s));
}

FakeServer &FakeServer::expectMatching(const QString &description, Predicate check)
{
    Step s(Step::Kind::Expect);
    s.description = QStringLiteral("expectMatching(%1)").arg(description);
    s.check = std::move(check);
    return addStep(std::move(s));
}

FakeServer &FakeServer::expectStreamClose()
{
    Step s(Step::Kind::ExpectStreamClose);
    s.description = QStringLiteral("expectStreamClose()");
    return addStep(std::move(s));
}

FakeServer &FakeServer::expectDisconnect()
{
    Step s(Step::Kind::ExpectDisconnect);
    s.description = QStringLiteral("expectDisconnect()");
    return addStep(std::move(s));
}

FakeServer &FakeServer::startTls()
{
    Step s(Step::Kind::StartTls);
    s.description = QStringLiteral("startTls()");
    return addStep(std::move(s));
}

FakeServer &FakeServer::startTlsExpectingRejection()
{
    Step s(Step::Kind::StartTls);
    s.description = QStringLiteral("startTlsExpectingRejection()");
    s.expectRejection = true;
    return addStep(std::move(s));
}

FakeServer &FakeServer::restartStream()
{
    Step s(Step::Kind::RestartStream);
    s.description = QStringLiteral("restartStream()");
    return addStep(std::move(s));
}

FakeServer &FakeServer::closeStream()
{
    Step s(Step::Kind::SendRaw);
    s.raw = QByteArrayLiteral("</stream:stream>");
    s.description = QStringLiteral("closeStream()");
    return addStep(std::move(s));
}

FakeServer &FakeServer::closeAbruptly()
{
    Step s(Step::Kind::CloseAbruptly);
    s.description = QStringLiteral("closeAbruptly()");
    return addStep(std::move(s));
}

FakeServer &FakeServer::wait(int ms)
{
    Step s(Step::Kind::Wait);
    s.ms = qMax(0, ms);
    s.description = QStringLiteral("wait(%1)").arg(ms);
    return addStep(std::move(s));
}

FakeServer &FakeServer::call(std::function<void()> fn)
{
    Step s(Step::Kind::Call);
    s.fn = std::move(fn);
    s.description = QStringLiteral("call()");
    return addStep(std::move(s));
}

void FakeServer::setVariable(const QString &name, const QString &value)
{
    m_variables.insert(name, value);
}

// --- Results -----------------------------------------------------------------------------------

bool FakeServer::isFinished() const
{
    return !m_failed && m_current >= m_steps.size();
}

bool FakeServer::waitForScript(int timeoutMs)
{
    advance();
    if (m_failed)
        return false;
    if (isFinished())
        return true;
    QEventLoop loop;
    m_waitLoop = &loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    m_waitLoop = nullptr;
    if (m_failed)
        return false;
    if (isFinished())
        return true;
    fail(QStringLiteral("timed out after %1 ms: %2").arg(timeoutMs).arg(describePending()));
    return false;
}

// --- Connection --------------------------------------------------------------------------------

void FakeServer::onNewConnection()
{
    while (m_listener->hasPendingConnections()) {
        QTcpSocket *next = m_listener->nextPendingConnection();
        auto *socket = qobject_cast<QSslSocket *>(next);
        if (m_socket || !socket) {
            // One dialogue per server: a second connection is a client bug or another test.
            ++m_rejected;
            log(QStringLiteral("-- refused connection %1").arg(m_rejected + 1));
            next->abort();
            next->deleteLater();
            continue;
        }
        m_socket = socket;
        connect(socket, &QIODevice::readyRead, this, &FakeServer::onReadyRead);
        connect(socket, &QAbstractSocket::disconnected, this, &FakeServer::onDisconnected);
        connect(socket, &QSslSocket::encrypted, this, [this] {
            log(QStringLiteral("-- TLS established (%1)").arg(m_socket->sessionCipher().name()));
            advance();
        });
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) {
                    m_socketError = m_socket->errorString();
                    advance();
                });
        const auto written = [this] {
            // Writes that the kernel took later than flush() end the send step here.
            if (!m_pumping && m_outQueue.isEmpty() && writesDone())
                advance();
        };
        connect(socket, &QIODevice::bytesWritten, this, written);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, written);
        log(QStringLiteral("-- client connected from port %1").arg(socket->peerPort()));
    }
    advance();
}

void FakeServer::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    if (m_socket->isEncrypted())
        m_sentOverTls = true;
    m_inBuffer += data;
    parseIncoming();
    advance();
}

void FakeServer::onDisconnected()
{
    if (m_socket->bytesAvailable() > 0) {
        m_inBuffer += m_socket->readAll();
        parseIncoming();
    }
    m_connectionGone = true;
    m_writeTimer.stop();
    log(m_abortedByServer ? QStringLiteral("-- the server aborted the connection")
                          : QStringLiteral("-- the client disconnected"));
    advance();
}

void FakeServer::parseIncoming()
{
    const QList<FakeServerParser::Event> events = m_parser.feed(m_inBuffer);
    for (const FakeServerParser::Event &event : events) {
        switch (event.kind) {
        case FakeServerParser::Event::StreamOpened:
            log(QStringLiteral("C: ") + headerText(event.element));
            m_pending.append(event);
            break;
        case FakeServerParser::Event::ElementReceived:
            log(QStringLiteral("C: ") +
                QString::fromUtf8(event.element.toXml(QStringLiteral("jabber:client"))));
            m_received.append(event.element);
            if (m_onReceived)
                m_onReceived(event.element);
            m_pending.append(event);
            break;
        case FakeServerParser::Event::StreamClosed:
            log(QStringLiteral("C: </stream:stream>"));
            m_pending.append(event);
            break;
        case FakeServerParser::Event::Error:
            log(QStringLiteral("C: (unreadable) ") + event.error);
            fail(QStringLiteral("the client sent XML the server cannot read: %1\nunread bytes: %2")
                     .arg(event.error, printable(m_inBuffer)));
            break;
        }
    }
}

// --- Running the script ------------------------------------------------------------------------

void FakeServer::advance()
{
    // Signals from the socket arrive while a step runs (a write emits bytesWritten, an abort
    // emits disconnected): run the loop once more afterwards instead of recursing.
    if (m_advancing) {
        m_advanceAgain = true;
        return;
    }
    m_advancing = true;
    do {
        m_advanceAgain = false;
        runSteps();
    } while (m_advanceAgain && !m_failed);
    m_advancing = false;
    if (isFinished() && !m_finishedSignalled) {
        m_finishedSignalled = true;
        Q_EMIT scriptFinished();
    }
    if (m_waitLoop && (m_failed || isFinished()))
        m_waitLoop->quit();
}

void FakeServer::runSteps()
{
    while (!m_failed && m_socket && m_current < m_steps.size()) {
        const Step step = m_steps[m_current]; // a copy: call() may add steps
        if (!runStep(step) || m_failed)
            return;
        ++m_current;
        m_stepStarted = false;
        m_waitElapsed = false;
    }
}

bool FakeServer::runStep(const Step &step)
{
    switch (step.kind) {
    case Step::Kind::ExpectStreamOpen:
        return runExpectStreamOpen(step);
    case Step::Kind::Expect:
        return runExpect(step);
    case Step::Kind::ExpectStreamClose:
        if (m_pending.isEmpty()) {
            if (m_parser.restartPending())
                fail(QStringLiteral("the client began a new stream instead of closing it"));
            else if (m_connectionGone)
                fail(QStringLiteral("the connection closed without the client's "
                                    "</stream:stream>"));
            return false;
        }
        if (m_pending.first().kind != FakeServerParser::Event::StreamClosed) {
            fail(QStringLiteral("expected the client's </stream:stream>, got ") +
                 describeEvent(m_pending.takeFirst()));
            return false;
        }
        m_pending.removeFirst();
        return true;
    case Step::Kind::ExpectDisconnect:
        if (!m_connectionGone)
            return false;
        m_pending.clear();
        return true;
    case Step::Kind::Send:
    case Step::Kind::SendRaw: {
        if (m_stepStarted) {
            if (writesDone())
                return true;
            if (m_connectionGone)
                fail(QStringLiteral("the connection closed while the server was sending (%1 "
                                    "bytes not sent) %2")
                         .arg(m_outQueue.size() + m_socket->bytesToWrite())
                         .arg(m_socketError));
            return false;
        }
        QByteArray bytes = step.raw;
        if (step.kind == Step::Kind::Send) {
            QString error;
            const QString xml = substituteVariables(step.text, m_variables, &error);
            if (xml.isNull()) {
                fail(error);
                return false;
            }
            bytes = xml.toUtf8();
        } else if (!step.streamId.isEmpty()) {
            m_variables.insert(QStringLiteral("streamId"), step.streamId);
        }
        if (m_connectionGone) {
            fail(QStringLiteral("cannot send: the connection is closed ") + m_socketError);
            return false;
        }
        log(QStringLiteral("S: ") + printable(bytes, 1000));
        m_stepStarted = true;
        enqueueWrite(bytes);
        return writesDone();
    }
    case Step::Kind::StartTls:
        return runStartTls(step);
    case Step::Kind::RestartStream:
        m_parser.reset();
        log(QStringLiteral("-- stream restarted"));
        parseIncoming();
        return !m_failed;
    case Step::Kind::Wait:
        if (!m_stepStarted) {
            m_stepStarted = true;
            m_waitElapsed = false;
            m_waitTimer.start(step.ms);
        }
        return m_waitElapsed;
    case Step::Kind::CloseAbruptly:
        m_outQueue.clear();
        m_writeTimer.stop();
        if (!m_connectionGone) {
            m_abortedByServer = true;
            m_connectionGone = true;
            m_socket->abort();
        }
        return true;
    case Step::Kind::Call:
        if (step.fn)
            step.fn();
        return true;
    }
    return false;
}

bool FakeServer::runExpectStreamOpen(const Step &step)
{
    if (!m_stepStarted) {
        m_stepStarted = true;
        if (!m_parser.beforeHeader()) {
            m_parser.reset();
            log(QStringLiteral("-- stream restarted"));
            parseIncoming();
            if (m_failed)
                return false;
        }
    }
    if (m_pending.isEmpty()) {
        if (m_connectionGone)
            fail(QStringLiteral("the connection closed before the client's stream header ") +
                 m_socketError);
        return false;
    }
    const FakeServerParser::Event event = m_pending.takeFirst();
    if (event.kind != FakeServerParser::Event::StreamOpened) {
        fail(QStringLiteral("expected the client's stream header, got ") + describeEvent(event));
        return false;
    }
    m_clientHeader = event.element;
    const auto check = [&](const QString &attribute, const QString &expected, const char *rule) {
        const QString actual = m_clientHeader.attribute(attribute);
        if (actual == expected)
            return true;
        fail(
            QStringLiteral("the client's stream header has %1='%2', expected '%3' (%4)\n%5")
                .arg(attribute, actual, expected, QLatin1String(rule), headerText(m_clientHeader)));
        return false;
    };
    if (!check(QStringLiteral("version"), QStringLiteral("1.0"), "RFC 6120 4.7.5") ||
        !check(QStringLiteral("xmlns"), QStringLiteral("jabber:client"), "RFC 6120 4.8.2"))
        return false;
    return step.text.isEmpty() || check(QStringLiteral("to"), step.text, "RFC 6120 4.7.2");
}

bool FakeServer::runExpect(const Step &step)
{
    if (m_pending.isEmpty()) {
        if (m_parser.restartPending())
            fail(QStringLiteral("the client began a new stream (a stream header arrived)"));
        else if (m_connectionGone)
            fail(QStringLiteral("the connection closed before the client sent it ") +
                 m_socketError);
        return false;
    }
    const FakeServerParser::Event event = m_pending.takeFirst();
    if (event.kind != FakeServerParser::Event::ElementReceived) {
        fail(QStringLiteral("expected an element, got ") + describeEvent(event));
        return false;
    }
    if (step.check) {
        QString why;
        if (step.check(event.element, &why))
            return true;
        fail((why.isEmpty() ? QStringLiteral("the check failed") : why) +
             QStringLiteral("\nreceived:\n") + prettyXml(event.element));
        return false;
    }
    fakeserver::Variables captures;
    QString difference;
    if (matchExpectation(step.expected, event.element, &captures, &difference)) {
        m_variables.insert(captures);
        return true;
    }
    fail(QStringLiteral("the client's element does not match (%1)\nexpected:\n%2\nreceived:\n%3")
             .arg(difference, prettyXml(step.expected), prettyXml(event.element)));
    return false;
}

bool FakeServer::runStartTls(const Step &step)
{
    if (!m_stepStarted) {
        if (m_certificate.isNull() || m_key.isNull()) {
            fail(QStringLiteral("no certificate: call setCertificate() first"));
            return false;
        }
        const QByteArray unread = m_parser.partial() + m_inBuffer;
        if (!m_pending.isEmpty() || !unread.isEmpty()) {
            // RFC 6120 5.4.3.3: nothing may follow <starttls/> until TLS is in place.
            fail(QStringLiteral("the client sent data before the TLS handshake: ") +
                 (m_pending.isEmpty() ? printable(unread) : describeEvent(m_pending.first())));
            return false;
        }
        if (m_connectionGone) {
            fail(QStringLiteral("the connection closed before TLS ") + m_socketError);
            return false;
        }
        m_stepStarted = true;
        m_sentOverTls = false;
        m_socketError.clear();
        m_socket->setLocalCertificate(m_certificate);
        m_socket->setPrivateKey(m_key);
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        log(QStringLiteral("-- TLS handshake"));
        m_socket->startServerEncryption();
    }
    if (step.expectRejection) {
        if (m_sentOverTls) {
            fail(QStringLiteral("the client accepted the certificate and went on over TLS"));
            return false;
        }
        return m_connectionGone;
    }
    if (m_socket->isEncrypted())
        return true;
    if (m_connectionGone || !m_socketError.isEmpty()) {
        fail(QStringLiteral("the TLS handshake failed: ") +
             (m_socketError.isEmpty() ? QStringLiteral("the connection closed") : m_socketError));
    }
    return false;
}

// --- Writing -----------------------------------------------------------------------------------

void FakeServer::enqueueWrite(const QByteArray &bytes)
{
    m_outQueue += bytes;
    pumpWrites();
}

void FakeServer::pumpWrites()
{
    if (m_outQueue.isEmpty() || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_writeTimer.stop();
        return;
    }
    const qsizetype n =
        m_chunkSize > 0 ? qMin<qsizetype>(m_chunkSize, m_outQueue.size()) : m_outQueue.size();
    m_pumping = true;
    m_socket->write(m_outQueue.constData(), n);
    m_outQueue.remove(0, n);
    // Each piece goes to the kernel now, so the client reads it on its own.
    m_socket->flush();
    m_pumping = false;
    if (!m_outQueue.isEmpty()) {
        if (!m_writeTimer.isActive())
            m_writeTimer.start();
        return;
    }
    m_writeTimer.stop();
    // The next step runs now, before the event loop can read what the client answers: after
    // <proceed/> the server must be in TLS before the client's ClientHello is read.
    if (writesDone())
        advance();
}

bool FakeServer::writesDone() const
{
    return m_outQueue.isEmpty() &&
           (!m_socket || (m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0));
}

// --- Diagnostics -------------------------------------------------------------------------------

void FakeServer::fail(const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    const QString message = stepLabel() + QStringLiteral(": ") + what;
    m_failures.append(message);
    log(QStringLiteral("!! ") + message);
    m_outQueue.clear();
    m_writeTimer.stop();
    m_waitTimer.stop();
    Q_EMIT scriptFailed(message);
    if (m_waitLoop)
        m_waitLoop->quit();
}

QString FakeServer::stepLabel() const
{
    if (m_current >= m_steps.size())
        return QStringLiteral("after the last step (%1)").arg(m_steps.size());
    return QStringLiteral("step %1 of %2, %3")
        .arg(m_current + 1)
        .arg(m_steps.size())
        .arg(m_steps[m_current].description);
}

QString FakeServer::describePending() const
{
    if (!m_socket) {
        return QStringLiteral("no client connected to 127.0.0.1:%1%2")
            .arg(m_port)
            .arg(m_listener->isListening() ? QString()
                                           : QStringLiteral(" (listen() was not called)"));
    }
    QStringList parts;
    for (const FakeServerParser::Event &event : m_pending)
        parts << QStringLiteral("read but not taken by a step: ") + describeEvent(event);
    if (m_parser.restartPending())
        parts << QStringLiteral("the client began a new stream (missing restartStream() or "
                                "expectStreamOpen()?)");
    const QByteArray unread = m_parser.partial() + m_inBuffer;
    if (!unread.isEmpty())
        parts << QStringLiteral("incomplete data from the client: ") + printable(unread);
    if (!m_outQueue.isEmpty())
        parts << QStringLiteral("%1 bytes still to send").arg(m_outQueue.size());
    if (m_current < m_steps.size() && m_steps[m_current].kind == Step::Kind::StartTls &&
        !m_socket->isEncrypted())
        parts << QStringLiteral("the TLS handshake has not finished ") + m_socketError;
    if (m_connectionGone)
        parts << QStringLiteral("the connection is closed");
    if (parts.isEmpty())
        parts << QStringLiteral("nothing more arrived from the client");
    const qsizetype tail = qMin<qsizetype>(m_transcript.size(), 6);
    return parts.join(QStringLiteral("; ")) + QStringLiteral("\nlast of the transcript:\n") +
           m_transcript.mid(m_transcript.size() - tail).join(QLatin1Char('\n'));
}

void FakeServer::log(const QString &line)
{
    m_transcript.append(line);
    qCDebug(lcFakeServer).noquote() << line;
}

void addChunkColumn()
{
    QTest::addColumn<int>("chunk");
}

void addChunkRows()
{
    addChunkColumn();
    QTest::newRow("one-piece") << 0;
    QTest::newRow("1-byte") << 1;
}

QString firstErrorText(const QSignalSpy &errors)
{
    return errors.isEmpty() ? QString() : errors.first().first().value<Error>().text;
}

} // namespace charla::test
