// XEP-0363 against a real Prosody 0.12 (mod_http_file_share over HTTPS on 127.0.0.1, signed by the
// fixture's test CA): a real file uploads, the peer (a second real client) receives a message
// whose body and XEP-0066 link are the GET URL, and GETting it returns the same bytes; a file
// over the server's limit is refused with that limit in the sentence; cancel stops the PUT (the
// file never appears and nothing is sent).
#include "ProsodyFixture.h"
#include "features/CoreFeatures.h"
#include "features/HttpUpload.h"
#include "features/MessageFeature.h"
#include "features/PresenceFeature.h"
#include "features/UploadFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {

constexpr qint64 kLimit = 8 * 1024 * 1024; // http_file_share_size_limit below

struct Peer
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MessageFeature *messages = nullptr;
    UploadFeature *upload = new UploadFeature;

    Peer()
    {
        db.openFile(dir.filePath(QStringLiteral("history.sqlite")));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        installCoreFeatures(client);
        client.addFeature(messages);
        client.addFeature(new PresenceFeature);
        client.addFeature(upload);
    }
};

} // namespace

class TestUploadProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void discoversServiceAndLimit();
    void uploadReachesPeerAndDownloads();
    void tooLargeRefusedWithServerLimit();
    void cancelStopsThePut();

private:
    SessionConfig config(const QString &user) const;
    bool login(Peer &peer, const QString &user);
    QString makeFile(const QString &name, qint64 size);
    /// GETs @p url trusting only the test CA; @p status gets the HTTP status.
    QByteArray get(const QString &url, int *status);

    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
    Peer m_ana;
    Peer m_ben;
};

void TestUploadProsody::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_prosody.setExtraConfig(QStringLiteral("http_file_share_size_limit = %1").arg(kLimit));
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    for (const char *u : {"ana", "ben"})
        QVERIFY(m_prosody.createAccount(QString::fromLatin1(u), QString::fromLatin1(u) + QStringLiteral("-pw")));
    QVERIFY(login(m_ana, QStringLiteral("ana")));
    QVERIFY(login(m_ben, QStringLiteral("ben")));
}

SessionConfig TestUploadProsody::config(const QString &user) const
{
    return m_prosody.sessionConfig(user, QStringLiteral("charla"));
}

bool TestUploadProsody::login(Peer &peer, const QString &user)
{
    QSignalSpy up(&peer.client, &Client::connected);
    QSignalSpy discovered(peer.upload, &UploadFeature::discoveryFinished);
    peer.client.connectToServer(config(user));
    return up.wait(15000) && (discovered.size() > 0 || discovered.wait(10000));
}

QString TestUploadProsody::makeFile(const QString &name, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                              chunk.size() / 4);
        f.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    }
    return path;
}

QByteArray TestUploadProsody::get(const QString &url, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_prosody.caFile()));
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

void TestUploadProsody::discoversServiceAndLimit()
{
    const auto service = m_ana.upload->service();
    QVERIFY(service.has_value());
    QCOMPARE(service->jid.full(), m_prosody.uploadDomain());
    QCOMPARE(service->maxFileSize, kLimit);
}

void TestUploadProsody::uploadReachesPeerAndDownloads()
{
    const qint64 size = 3 * 1024 * 1024 + 17;
    const QString path = makeFile(QStringLiteral("holiday photo.png"), size);
    QSignalSpy received(m_ben.messages, &MessageFeature::messageReceived);
    QElapsedTimer timer;
    timer.start();
    HttpUpload *job = m_ana.upload->upload(Jid::parse(QStringLiteral("ben@localhost")), path);
    QSignalSpy finished(job, &HttpUpload::finished);
    QSignalSpy failed(job, &HttpUpload::failed);
    QSignalSpy progress(job, &HttpUpload::progress);
    QVERIFY(finished.wait(30000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<Error>().text));
    qInfo("uploaded %lld bytes over HTTPS in %lld ms (%lld progress signals)", size, timer.elapsed(),
          qint64(progress.size()));
    const QString url = finished.at(0).at(0).toString();
    QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:%1/").arg(m_prosody.httpsPort())), qPrintable(url));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), size);

    // The peer gets the link as body and as XEP-0066 data.
    QVERIFY(received.size() > 0 || received.wait(10000));
    const auto message = received.at(0).at(0).value<ChatMessage>();
    QCOMPARE(message.body, url);
    QCOMPARE(message.oobUrl, url);
    QCOMPARE(message.chat, QStringLiteral("ana@localhost"));

    int status = 0;
    const QByteArray downloaded = get(url, &status);
    QCOMPARE(status, 200);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(downloaded.size(), size);
    QVERIFY(downloaded == f.readAll());
}

void TestUploadProsody::tooLargeRefusedWithServerLimit()
{
    const QString path = makeFile(QStringLiteral("too big.bin"), kLimit + 1);
    HttpUpload *job = m_ana.upload->upload(Jid::parse(QStringLiteral("ben@localhost")), path);
    QSignalSpy failed(job, &HttpUpload::failed);
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.condition, QStringLiteral("file-too-large"));
    QVERIFY2(error.text.contains(QStringLiteral("8.0 MB")), qPrintable(error.text));
}

void TestUploadProsody::cancelStopsThePut()
{
    const QString path = makeFile(QStringLiteral("cancelled.bin"), kLimit - 1);
    QSignalSpy received(m_ben.messages, &MessageFeature::messageReceived);
    HttpUpload *job = m_ana.upload->upload(Jid::parse(QStringLiteral("ben@localhost")), path);
    QString url;
    // Cancelled while bytes are on their way (after the first real progress).
    connect(job, &HttpUpload::progress, job, [job, &url](qint64 sent, qint64) {
        if (sent > 0 && job->state() == HttpUpload::State::Uploading) {
            url = job->getUrl();
            job->cancel();
        }
    });
    QSignalSpy failed(job, &HttpUpload::failed);
    QSignalSpy finished(job, &HttpUpload::finished);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.at(0).at(0).value<Error>().condition, QStringLiteral("cancelled"));
    QVERIFY(finished.isEmpty());
    QVERIFY(!url.isEmpty());
    // Nothing was stored under the slot, and the peer got nothing.
    int status = 0;
    const QByteArray body = get(url, &status);
    // Prosody 0.12 answers 410 Gone for a slot whose upload never completed.
    QVERIFY2(status == 404 || status == 410, qPrintable(QString::number(status)));
    QVERIFY(body.isEmpty() || !body.startsWith(QByteArray(16, '\0')));
    QTest::qWait(500);
    QCOMPARE(received.size(), 0);
}

QTEST_GUILESS_MAIN(TestUploadProsody)
#include "tst_upload_prosody.moc"
