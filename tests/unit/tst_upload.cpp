// XEP-0363 HTTP File Upload against scripted servers: finding the service and its limit,
// refusing too large files before asking, every slot error as a sentence, http: slots refused,
// and the PUT itself against a tiny HTTPS server: only Authorization/Cookie/Expires from the slot
// reach it, the bytes arrive whole, and a certificate from a CA the account does not trust stops it.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/HttpUpload.h"
#include "features/UploadFeature.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using namespace charla::test;

namespace {

const QString kItemsNs = QStringLiteral("http://jabber.org/protocol/disco#items");
const QString kInfoNs = QStringLiteral("http://jabber.org/protocol/disco#info");
const QString kUploadNs = QStringLiteral("urn:xmpp:http:upload:0");

QString limitForm(qint64 max)
{
    return QStringLiteral("<x xmlns='jabber:x:data' type='result'>"
                          "<field var='FORM_TYPE' type='hidden'><value>%1</value></field>"
                          "<field var='max-file-size'><value>%2</value></field></x>")
        .arg(kUploadNs)
        .arg(max);
}

/// disco#items of the server (one component, upload.localhost), disco#info of the server
/// (nothing for upload) and of the component (@p componentInfo inside its <query/>).
void scriptDiscovery(FakeServer &server, const QString &componentInfo, bool itemsFail = false)
{
    server.expect(QStringLiteral("<iq type='get' to='localhost' id='$items'><query xmlns='%1'/></iq>")
                      .arg(kItemsNs));
    if (itemsFail) {
        server.send(QStringLiteral("<iq type='error' id='$items' from='localhost'><error type='cancel'>"
                                   "<feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                   "</error></iq>"));
    } else {
        server.send(QStringLiteral("<iq type='result' id='$items' from='localhost'><query xmlns='%1'>"
                                   "<item jid='conference.localhost'/><item jid='upload.localhost'/>"
                                   "<item jid='localhost' node='some-node'/></query></iq>")
                        .arg(kItemsNs));
    }
    server.expect(QStringLiteral("<iq type='get' to='localhost' id='$info0'><query xmlns='%1'/></iq>").arg(kInfoNs))
        .send(QStringLiteral("<iq type='result' id='$info0' from='localhost'><query xmlns='%1'>"
                             "<identity category='server' type='im'/><feature var='%1'/></query></iq>")
                  .arg(kInfoNs));
    if (itemsFail)
        return;
    server.expect(QStringLiteral("<iq type='get' to='conference.localhost' id='$info1'><query xmlns='%1'/></iq>").arg(kInfoNs))
        .send(QStringLiteral("<iq type='result' id='$info1' from='conference.localhost'><query xmlns='%1'>"
                             "<identity category='conference' type='text'/></query></iq>")
                  .arg(kInfoNs));
    server.expect(QStringLiteral("<iq type='get' to='upload.localhost' id='$info2'><query xmlns='%1'/></iq>").arg(kInfoNs))
        .send(QStringLiteral("<iq type='result' id='$info2' from='upload.localhost'><query xmlns='%1'>"
                             "<identity category='store' type='file'/>%2</query></iq>")
                  .arg(kInfoNs, componentInfo));
}

QString uploadFeatureXml(qint64 max)
{
    return QStringLiteral("<feature var='%1'/>").arg(kUploadNs) + (max >= 0 ? limitForm(max) : QString());
}

/// An HTTPS server on 127.0.0.1 that takes one PUT and answers @p status.
class TinyHttps : public QObject
{
public:
    QSslServer server;
    QByteArray head;
    QByteArray body;
    int status = 201;
    bool complete = false;
    bool connected = false;

    bool listen(const TestCa::Leaf &leaf)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(leaf.certificate);
        ssl.setPrivateKey(leaf.key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(ssl);
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            auto *socket = static_cast<QSslSocket *>(server.nextPendingConnection());
            connected = true;
            QObject::connect(socket, &QIODevice::readyRead, this, [this, socket] { read(socket); });
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(server.serverPort()).arg(path);
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    QByteArray m_buffer;
    void read(QSslSocket *socket)
    {
        m_buffer += socket->readAll();
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || complete)
            return;
        head = m_buffer.left(end);
        const qint64 length = header("Content-Length").toLongLong();
        body = m_buffer.mid(end + 4);
        if (body.size() < length)
            return;
        complete = true;
        socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) +
                      QByteArrayLiteral(" Whatever\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        socket->disconnectFromHost();
    }
};

bool waitForSpy(QSignalSpy &spy, int ms = 10000)
{
    return !spy.isEmpty() || spy.wait(ms);
}

} // namespace

class TestUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allowedPutHeaders_data();
    void allowedPutHeaders();
    void refuseUrl_data();
    void refuseUrl();
    void discovery_data();
    void discovery();
    void notConnected();
    void tooLargeRefusedBeforeAnySlot();
    void slotErrors_data();
    void slotErrors();
    void putSendsOnlyAllowedHeaders();
    void putRefusesUntrustedCertificate();
    void putHttpErrorIsASentence();

private:
    /// Logs in, runs discovery, then (if @p slotRequest) expects the slot request for the file.
    void script(FakeServer &server, const QString &componentInfo);
    QString makeFile(const QString &name, qint64 size);

    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
    QTemporaryDir m_dir;
};

void TestUpload::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    QVERIFY(!m_leaf.certFile.isEmpty());
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
}

void TestUpload::script(FakeServer &server, const QString &componentInfo)
{
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    scriptDiscovery(server, componentInfo);
}

QString TestUpload::makeFile(const QString &name, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk;
    for (int i = 0; i < 4096; ++i)
        chunk.append(char('a' + i % 26));
    for (qint64 left = size; left > 0; left -= chunk.size())
        f.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    return path;
}

void TestUpload::allowedPutHeaders_data()
{
    using Headers = QList<QPair<QString, QString>>;
    QTest::addColumn<Headers>("slot");
    QTest::addColumn<QStringList>("expected"); // "Name: value"
    QTest::newRow("all three") << Headers{{QStringLiteral("Authorization"), QStringLiteral("Basic Zm9v")},
                                          {QStringLiteral("Cookie"), QStringLiteral("a=b")},
                                          {QStringLiteral("Expires"), QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT")}}
                               << QStringList{QStringLiteral("Authorization: Basic Zm9v"),
                                              QStringLiteral("Cookie: a=b"),
                                              QStringLiteral("Expires: Wed, 21 Oct 2026 07:28:00 GMT")};
    QTest::newRow("case-insensitive names") << Headers{{QStringLiteral("authorization"), QStringLiteral("x")},
                                                       {QStringLiteral("COOKIE"), QStringLiteral("y")}}
                                            << QStringList{QStringLiteral("Authorization: x"),
                                                           QStringLiteral("Cookie: y")};
    QTest::newRow("others dropped") << Headers{{QStringLiteral("Host"), QStringLiteral("evil.example")},
                                               {QStringLiteral("Content-Length"), QStringLiteral("1")},
                                               {QStringLiteral("Content-Type"), QStringLiteral("text/html")},
                                               {QStringLiteral("Transfer-Encoding"), QStringLiteral("chunked")},
                                               {QStringLiteral("X-Anything"), QStringLiteral("1")},
                                               {QStringLiteral("Authorization2"), QStringLiteral("1")},
                                               {QStringLiteral("Set-Cookie"), QStringLiteral("1")}}
                                    << QStringList{};
    QTest::newRow("newline injection") << Headers{{QStringLiteral("Authorization"),
                                                   QStringLiteral("x\r\nHost: evil.example\r\n")}}
                                       << QStringList{QStringLiteral("Authorization: xHost: evil.example")};
    QTest::newRow("empty") << Headers{} << QStringList{};
}

void TestUpload::allowedPutHeaders()
{
    using Headers = QList<QPair<QString, QString>>;
    QFETCH(Headers, slot);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const auto &[name, value] : UploadFeature::allowedPutHeaders(slot))
        got.append(QString::fromUtf8(name + ": " + value));
    QCOMPARE(got, expected);
}

void TestUpload::refuseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("https") << QStringLiteral("https://upload.example/a/b.png") << false;
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.1:5281/f/x") << false;
    QTest::newRow("http") << QStringLiteral("http://upload.example/a") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:5280/a") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://upload.example/a") << true;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << true;
    QTest::newRow("no host") << QStringLiteral("https:///a") << true;
    QTest::newRow("empty") << QString() << true;
}

void TestUpload::refuseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    const QString why = UploadFeature::refuseUrl(QUrl(url, QUrl::StrictMode));
    QCOMPARE(!why.isEmpty(), refused);
}

void TestUpload::discovery_data()
{
    QTest::addColumn<QString>("componentInfo");
    QTest::addColumn<bool>("itemsFail");
    QTest::addColumn<bool>("found");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("limit in form") << uploadFeatureXml(5 * 1024 * 1024) << false << true << qint64(5 * 1024 * 1024);
    QTest::newRow("no form") << uploadFeatureXml(-1) << false << true << qint64(-1);
    QTest::newRow("other form type")
        << QStringLiteral("<feature var='%1'/><x xmlns='jabber:x:data' type='result'>"
                          "<field var='FORM_TYPE' type='hidden'><value>urn:example</value></field>"
                          "<field var='max-file-size'><value>7</value></field></x>").arg(kUploadNs)
        << false << true << qint64(-1);
    QTest::newRow("legacy namespace only")
        << QStringLiteral("<feature var='urn:xmpp:http:upload'/>") << false << false << qint64(-1);
    QTest::newRow("no upload") << QString() << false << false << qint64(-1);
    QTest::newRow("items fail") << QString() << true << false << qint64(-1);
}

void TestUpload::discovery()
{
    QFETCH(QString, componentInfo);
    QFETCH(bool, itemsFail);
    QFETCH(bool, found);
    QFETCH(qint64, limit);
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    scriptDiscovery(server, componentInfo, itemsFail);
    QVERIFY(server.listen());
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    QSignalSpy done(upload, &UploadFeature::discoveryFinished);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitForSpy(done));
    QVERIFY(upload->isDiscovered());
    QCOMPARE(upload->service().has_value(), found);
    if (found) {
        QCOMPARE(upload->service()->jid.full(), QStringLiteral("upload.localhost"));
        QCOMPARE(upload->service()->maxFileSize, limit);
    }
}

void TestUpload::notConnected()
{
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    HttpUpload *job = upload->upload(Jid::parse(QStringLiteral("bob@localhost")), makeFile(QStringLiteral("n.txt"), 10));
    QSignalSpy failed(job, &HttpUpload::failed);
    QVERIFY(waitForSpy(failed));
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.condition, QStringLiteral("not-connected"));
    QVERIFY(error.text.contains(QStringLiteral("not connected")));
}

void TestUpload::tooLargeRefusedBeforeAnySlot()
{
    FakeServer server;
    script(server, uploadFeatureXml(1024 * 1024));
    // Anything the client sent now (a slot request) would fail this barrier's expect.
    server.send(QStringLiteral("<iq type='get' id='b1' from='localhost'><query xmlns='urn:example:barrier'/></iq>"))
        .expect(QStringLiteral("<iq type='error' id='b1' to='localhost'><error type='cancel'>"
                               "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QVERIFY(server.listen());
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(up.wait(10000));
    // Usually asked before discovery ends: the job then waits for it.
    HttpUpload *job = upload->upload(Jid::parse(QStringLiteral("bob@localhost")),
                                     makeFile(QStringLiteral("big.bin"), 1024 * 1024 + 1));
    QSignalSpy failed(job, &HttpUpload::failed);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitForSpy(failed));
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.condition, QStringLiteral("file-too-large"));
    QVERIFY2(error.text.contains(QStringLiteral("1.0 MB")), qPrintable(error.text)); // the server's limit
    QVERIFY2(error.text.contains(QStringLiteral("big.bin")), qPrintable(error.text));
}

void TestUpload::slotErrors_data()
{
    QTest::addColumn<QString>("answer"); // inside <iq id='$slot' from='upload.localhost'>
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("sentence");
    const QString stanzas = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
    QTest::newRow("too large with limit")
        << QStringLiteral("type='error'><error type='modify'><not-acceptable xmlns='%1'/>"
                          "<text xmlns='%1'>File too large</text><file-too-large xmlns='%2'>"
                          "<max-file-size>2097152</max-file-size></file-too-large></error>").arg(stanzas, kUploadNs)
        << QStringLiteral("file-too-large") << QStringLiteral("up to 2.0 MB");
    QTest::newRow("quota")
        << QStringLiteral("type='error'><error type='wait'><resource-constraint xmlns='%1'/>"
                          "<text xmlns='%1'>Daily quota reached</text></error>").arg(stanzas)
        << QStringLiteral("resource-constraint") << QStringLiteral("quota");
    QTest::newRow("not allowed")
        << QStringLiteral("type='error'><error type='cancel'><not-allowed xmlns='%1'/></error>").arg(stanzas)
        << QStringLiteral("not-allowed") << QStringLiteral("does not allow");
    QTest::newRow("other")
        << QStringLiteral("type='error'><error type='modify'><bad-request xmlns='%1'/></error>").arg(stanzas)
        << QStringLiteral("bad-request") << QStringLiteral("refused the file");
    QTest::newRow("no slot") << QStringLiteral("type='result'>") << QStringLiteral("malformed-reply")
                             << QStringLiteral("does not understand");
    QTest::newRow("http put")
        << QStringLiteral("type='result'><slot xmlns='%1'><put url='http://127.0.0.1:1/p'>"
                          "<header name='Authorization'>secret</header></put>"
                          "<get url='https://127.0.0.1:1/g'/></slot>").arg(kUploadNs)
        << QStringLiteral("insecure-url") << QStringLiteral("not https");
    QTest::newRow("http get")
        << QStringLiteral("type='result'><slot xmlns='%1'><put url='https://127.0.0.1:1/p'/>"
                          "<get url='http://127.0.0.1:1/g'/></slot>").arg(kUploadNs)
        << QStringLiteral("insecure-url") << QStringLiteral("not https");
}

void TestUpload::slotErrors()
{
    QFETCH(QString, answer);
    QFETCH(QString, condition);
    QFETCH(QString, sentence);
    FakeServer server;
    script(server, uploadFeatureXml(-1));
    server.expect(QStringLiteral("<iq type='get' to='upload.localhost' id='$slot'><request xmlns='%1' "
                                 "filename='notes.txt' size='3000' content-type='text/plain'/></iq>")
                      .arg(kUploadNs))
        .send(QStringLiteral("<iq id='$slot' from='upload.localhost' ") + answer + QStringLiteral("</iq>"));
    QVERIFY(server.listen());
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(up.wait(10000));
    HttpUpload *job = upload->upload(Jid::parse(QStringLiteral("bob@localhost")),
                                     makeFile(QStringLiteral("notes.txt"), 3000));
    QSignalSpy failed(job, &HttpUpload::failed);
    QSignalSpy finished(job, &HttpUpload::finished);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitForSpy(failed));
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.condition, condition);
    QVERIFY2(error.text.contains(sentence), qPrintable(error.text));
    QVERIFY(finished.isEmpty());
}

void TestUpload::putSendsOnlyAllowedHeaders()
{
    TinyHttps http;
    QVERIFY(http.listen(m_leaf));
    FakeServer server;
    script(server, uploadFeatureXml(1024 * 1024));
    server.expect(QStringLiteral("<iq type='get' to='upload.localhost' id='$slot'><request xmlns='%1' "
                                 "filename='data.bin' size='100000' content-type='application/octet-stream'/></iq>")
                      .arg(kUploadNs))
        .send(QStringLiteral("<iq id='$slot' from='upload.localhost' type='result'><slot xmlns='%1'>"
                             "<put url='%2'><header name='Authorization'>Bearer t0ken</header>"
                             "<header name='Cookie'>c=1</header><header name='Expires'>never</header>"
                             "<header name='X-Tracking'>1</header><header name='Host'>evil.example</header>"
                             "<header name='Content-Type'>text/html</header></put>"
                             "<get url='%3'/></slot></iq>")
                  .arg(kUploadNs, http.url(QStringLiteral("/put/data.bin")), http.url(QStringLiteral("/get/data.bin"))));
    QVERIFY(server.listen());
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(up.wait(10000));
    const QString path = makeFile(QStringLiteral("data.bin"), 100000);
    HttpUpload *job = upload->upload(Jid::parse(QStringLiteral("bob@localhost")), path);
    QSignalSpy finished(job, &HttpUpload::finished);
    QSignalSpy failed(job, &HttpUpload::failed);
    QSignalSpy progress(job, &HttpUpload::progress);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<Error>().text));
    QCOMPARE(finished.at(0).at(0).toString(), http.url(QStringLiteral("/get/data.bin")));

    QVERIFY(http.head.startsWith("PUT /put/data.bin HTTP/1.1"));
    QCOMPARE(http.header("Authorization"), QByteArrayLiteral("Bearer t0ken"));
    QCOMPARE(http.header("Cookie"), QByteArrayLiteral("c=1"));
    QCOMPARE(http.header("Expires"), QByteArrayLiteral("never"));
    QVERIFY(http.header("X-Tracking").isEmpty());
    QCOMPARE(http.header("Host"), QStringLiteral("127.0.0.1:%1").arg(http.server.serverPort()).toUtf8());
    QCOMPARE(http.header("Content-Type"), QByteArrayLiteral("application/octet-stream"));
    QCOMPARE(http.header("Content-Length"), QByteArrayLiteral("100000"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(http.body, f.readAll());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 100000);
}

void TestUpload::putRefusesUntrustedCertificate()
{
    // The HTTP host presents a certificate from a CA the account does not trust.
    TestCa otherCa(QStringLiteral("Someone Else's CA"));
    QVERIFY(otherCa.isValid());
    TinyHttps http;
    QVERIFY(http.listen(otherCa.issue({QStringLiteral("127.0.0.1")})));
    FakeServer server;
    script(server, uploadFeatureXml(-1));
    server.expect(QStringLiteral("<iq type='get' to='upload.localhost' id='$slot'><request xmlns='%1' "
                                 "filename='s.txt' size='10' content-type='text/plain'/></iq>").arg(kUploadNs))
        .send(QStringLiteral("<iq id='$slot' from='upload.localhost' type='result'><slot xmlns='%1'>"
                             "<put url='%2'/><get url='%2'/></slot></iq>")
                  .arg(kUploadNs, http.url(QStringLiteral("/s.txt"))));
    QVERIFY(server.listen());
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(up.wait(10000));
    HttpUpload *job = upload->upload(Jid::parse(QStringLiteral("bob@localhost")), makeFile(QStringLiteral("s.txt"), 10));
    QSignalSpy failed(job, &HttpUpload::failed);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitForSpy(failed));
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, Error::Tls);
    QVERIFY2(error.text.contains(QStringLiteral("not trusted")), qPrintable(error.text));
    QVERIFY(http.head.isEmpty()); // not one header left the client
}

void TestUpload::putHttpErrorIsASentence()
{
    TinyHttps http;
    http.status = 403;
    QVERIFY(http.listen(m_leaf));
    FakeServer server;
    script(server, uploadFeatureXml(-1));
    server.expect(QStringLiteral("<iq type='get' to='upload.localhost' id='$slot'><request xmlns='%1' "
                                 "filename='h.txt' size='10' content-type='text/plain'/></iq>").arg(kUploadNs))
        .send(QStringLiteral("<iq id='$slot' from='upload.localhost' type='result'><slot xmlns='%1'>"
                             "<put url='%2'/><get url='%2'/></slot></iq>")
                  .arg(kUploadNs, http.url(QStringLiteral("/h.txt"))));
    QVERIFY(server.listen());
    Client client;
    auto *upload = new UploadFeature;
    client.addFeature(upload);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY(up.wait(10000));
    HttpUpload *job = upload->upload(Jid::parse(QStringLiteral("bob@localhost")), makeFile(QStringLiteral("h.txt"), 10));
    QSignalSpy failed(job, &HttpUpload::failed);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QVERIFY(waitForSpy(failed));
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.condition, QStringLiteral("http-403"));
    QVERIFY2(error.text.contains(QStringLiteral("HTTP 403")), qPrintable(error.text));
}

QTEST_GUILESS_MAIN(TestUpload)
#include "tst_upload.moc"
