#pragma once

#include "FakeServerMatch.h"
#include "FakeServerParser.h"
#include "TestCa.h"
#include "stanza/Element.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSignalSpy>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

class QEventLoop;
class QSslSocket;
class QTcpServer;

namespace charla::test {

/// A scripted XMPP server on 127.0.0.1 for session tests, written like the dialogue it plays:
///
/// ```
/// FakeServer server;
/// server.setCertificate(ca.issue({QStringLiteral("localhost")}));
/// server.expectStreamOpen("localhost").sendStreamOpen()
///       .sendFeatures("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>")
///       .expect("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
///       .send("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
///       .startTls().restartStream().expectStreamOpen("localhost").sendStreamOpen()
///       .sendFeatures(...)
///       .expect("<iq type='set' id='$id'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></iq>")
///       .send("<iq type='result' id='$id'>...</iq>");
/// QVERIFY(server.listen());
/// client.connectToHost("127.0.0.1", server.port());
/// QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join('\n')));
/// ```
///
/// The script runs step by step once the client connects: send steps run at once (cut into
/// setChunkSize() pieces), expect steps wait for the client's next top-level element. The first
/// step that does not match stops the script with a failure naming the step, what it expected and
/// what arrived. Steps may be added after waitForScript() returned to continue the dialogue.
///
/// Expectations are written as on the wire (default namespace `jabber:client`, `stream:` prefix
/// bound) and compared with Element::operator==, so attribute order and quoting do not matter.
/// An attribute value or text of `*` matches anything; `$name` matches anything and captures it,
/// and later send() strings have `$name` replaced by the captured value (`$$` is a `$`).
///
/// One client only: the first connection is served, later ones are accepted and closed at once.
///
/// Wait with waitForScript() (or QSignalSpy::wait), not QTest::qWaitFor: in Qt 6.4 qWaitFor
/// sleeps 10 ms a turn, which turns a 1-byte replay of a dialogue into seconds.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    /// Checks an element the client sent; returns false with @p why set when it is wrong.
    using Predicate = std::function<bool(const Element &element, QString *why)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    // --- Set-up --------------------------------------------------------------------------------

    /// The certificate and key startTls() presents.
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setCertificate(const TestCa::Leaf &leaf);
    /// Everything the server sends is written in pieces of @p bytes, each flushed on its own with
    /// an event-loop turn between them; 0 (the default) writes each step in one piece.
    void setChunkSize(int bytes);
    int chunkSize() const { return m_chunkSize; }
    /// Milliseconds between two pieces when setChunkSize() is on (default 0: one loop turn).
    void setChunkInterval(int ms);

    /// Listens on 127.0.0.1 on a free port (never any other address). False with errorString().
    bool listen();
    /// Same as listen().
    bool start() { return listen(); }
    /// The port listen() got, 0 before.
    quint16 port() const { return m_port; }
    /// Always 127.0.0.1.
    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    QString errorString() const { return m_errorString; }

    // --- Script steps: each appends one step and returns *this ---------------------------------

    /// Waits for the client's `<?xml?><stream:stream>` header. It must declare version='1.0'
    /// (RFC 6120 4.7.5) and xmlns='jabber:client', and to='@p to' when @p to is given.
    /// If a stream was already open, a fresh one is begun first (as restartStream()).
    FakeServer &expectStreamOpen(const QString &to = QString());
    /// Sends the server's stream header (from='@p from', a random id, version 1.0). The id is
    /// also the variable `$streamId`.
    FakeServer &sendStreamOpen(const QString &from = QStringLiteral("localhost"));
    /// Sends `<stream:features>@p xml</stream:features>` (@p xml may be complete features too).
    FakeServer &sendFeatures(const QString &xml = QString());
    /// Sends an XML string as is, after replacing `$name` variables.
    FakeServer &send(const QString &xml);
    /// Sends an element (no variable substitution).
    FakeServer &send(const Element &element);
    /// Sends bytes exactly as given: for malformed or hostile input.
    FakeServer &sendRaw(const QByteArray &bytes);
    /// Waits for the client's next top-level element and matches it against @p xml.
    FakeServer &expect(const QString &xml);
    /// Waits for the client's next top-level element and lets @p check decide (for what a
    /// pattern cannot say, such as a SASL exchange; it may setVariable() for later sends).
    FakeServer &expectMatching(const QString &description, Predicate check);
    /// Waits for the client's `</stream:stream>`.
    FakeServer &expectStreamClose();
    /// Waits until the client closes the connection; what it sends meanwhile is not checked
    /// (it is still in received()).
    FakeServer &expectDisconnect();
    /// Upgrades the connection to TLS (server side) with setCertificate(); the step ends when
    /// the handshake has succeeded and fails if it does not. The client must send nothing
    /// between its `<starttls/>` and the handshake.
    FakeServer &startTls();
    /// Starts TLS as startTls() but expects the client to refuse: the step ends when the client
    /// has disconnected without sending anything over TLS.
    FakeServer &startTlsExpectingRejection();
    /// A fresh XML document for the client's next stream header (after TLS or SASL success).
    FakeServer &restartStream();
    /// Sends `</stream:stream>`.
    FakeServer &closeStream();
    /// Aborts the TCP connection (no closing tag, no TLS close_notify).
    FakeServer &closeAbruptly();
    /// Pauses the script; what the client sends meanwhile waits for the next expect.
    FakeServer &wait(int ms);
    /// Runs @p fn at this point of the script (for instance to compute a variable).
    FakeServer &call(std::function<void()> fn);

    // --- Variables -----------------------------------------------------------------------------

    void setVariable(const QString &name, const QString &value);
    QString variable(const QString &name) const { return m_variables.value(name); }
    fakeserver::Variables variables() const { return m_variables; }

    // --- Results -------------------------------------------------------------------------------

    /// Runs the event loop until every step so far has run, a step failed, or @p timeoutMs
    /// passed (recorded as a failure). True when every step ran and none failed.
    bool waitForScript(int timeoutMs = 5000);
    /// Every step so far has run and none failed.
    bool isFinished() const;
    bool hasFailed() const { return m_failed; }
    /// What went wrong: the step (number, total, what it does), what was expected, what arrived.
    QStringList failures() const { return m_failures; }
    /// Every top-level element the client sent, in order (stream headers excluded).
    QList<Element> received() const { return m_received; }
    /// The client's latest stream header, its attributes and namespace declarations.
    Element clientStreamHeader() const { return m_clientHeader; }
    /// The id of the latest stream header the server sent.
    QString streamId() const { return m_variables.value(QStringLiteral("streamId")); }
    /// A client connected (and was served).
    bool clientConnected() const { return m_socket != nullptr; }
    /// The client closed the connection (not counting closeAbruptly()).
    bool clientDisconnected() const { return m_connectionGone && !m_abortedByServer; }
    /// Connections after the first, closed at once.
    int rejectedConnections() const { return m_rejected; }
    /// The dialogue so far, one line per step or element: `C: ...` client, `S: ...` server.
    QStringList transcript() const { return m_transcript; }
    /// Calls @p hook with each element as soon as it is read (before any step looks at it).
    void onReceived(std::function<void(const Element &)> hook) { m_onReceived = std::move(hook); }

Q_SIGNALS:
    /// Every step so far has run.
    void scriptFinished();
    void scriptFailed(const QString &failure);

private:
    struct Step
    {
        enum class Kind {
            ExpectStreamOpen,
            Expect,
            ExpectStreamClose,
            ExpectDisconnect,
            Send,
            SendRaw,
            StartTls,
            RestartStream,
            Wait,
            CloseAbruptly,
            Call
        };
        explicit Step(Kind k) : kind(k) {}
        Kind kind;
        QString description;
        QString text;     ///< what to send, or the expected `to`
        QByteArray raw;   ///< for SendRaw
        Element expected; ///< for Expect with a pattern
        Predicate check;  ///< for Expect with a predicate
        std::function<void()> fn;
        QString streamId; ///< for sendStreamOpen(): becomes $streamId when the step runs
        int ms = 0;
        bool expectRejection = false;
    };

    FakeServer &addStep(Step step);
    void onNewConnection();
    void onReadyRead();
    void onDisconnected();
    void parseIncoming();
    void advance();
    void runSteps();
    bool runStep(const Step &step);
    bool runExpectStreamOpen(const Step &step);
    bool runExpect(const Step &step);
    bool runStartTls(const Step &step);
    bool runSend(const QByteArray &bytes);
    void enqueueWrite(const QByteArray &bytes);
    void pumpWrites();
    bool writesDone() const;
    void fail(const QString &what);
    QString stepLabel() const;
    QString describePending() const;
    void log(const QString &line);

    QTcpServer *m_listener = nullptr;
    QSslSocket *m_socket = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_port = 0;
    QString m_errorString;
    int m_chunkSize = 0;
    QTimer m_writeTimer;
    QTimer m_waitTimer;
    QByteArray m_outQueue;

    std::vector<Step> m_steps;
    size_t m_current = 0;
    bool m_stepStarted = false;
    bool m_waitElapsed = false;
    bool m_advancing = false;
    bool m_advanceAgain = false;
    bool m_pumping = false;
    bool m_failed = false;
    bool m_finishedSignalled = false;
    QEventLoop *m_waitLoop = nullptr;

    FakeServerParser m_parser;
    QByteArray m_inBuffer;
    QList<FakeServerParser::Event> m_pending; ///< read but not yet taken by a step
    QList<Element> m_received;
    Element m_clientHeader;
    fakeserver::Variables m_variables;
    QStringList m_failures;
    QStringList m_transcript;
    QString m_socketError;
    std::function<void(const Element &)> m_onReceived;
    bool m_connectionGone = false;
    bool m_abortedByServer = false;
    bool m_sentOverTls = false; ///< the client sent bytes after the TLS handshake
    int m_rejected = 0;
};

/// QtTest data column "chunk": how the server cuts its bytes (0: in one piece, N: N-byte writes).
void addChunkColumn();
/// addChunkColumn() plus the two rows every script is replayed with (DESIGN.md): one piece and
/// 1-byte pieces.
void addChunkRows();
/// The text of the first charla::Error a QSignalSpy on errorOccurred caught (for failure
/// messages); empty when none.
QString firstErrorText(const QSignalSpy &errors);

} // namespace charla::test
