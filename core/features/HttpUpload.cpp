#include "features/HttpUpload.h"

#include "features/MessageFeature.h"
#include "features/MucFeature.h"
#include "features/UploadFeature.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace {
Q_LOGGING_CATEGORY(lcHttpUpload, "charla.upload")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kStanzasNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
} // namespace

HttpUpload::HttpUpload(UploadFeature *feature, const Jid &to, const QString &filePath)
    : QObject(feature), m_feature(feature), m_to(to), m_path(filePath)
{
    const QFileInfo fi(filePath);
    m_size = fi.isFile() ? fi.size() : -1;
}

HttpUpload::~HttpUpload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HttpUpload::fileName() const
{
    return QFileInfo(m_path).fileName();
}

void HttpUpload::start()
{
    if (m_state != State::Waiting)
        return; // cancelled before it started
    Client *client = m_feature ? m_feature->client() : nullptr;
    if (!client || !client->isConnected())
        return fail(Error::make(Error::Socket, QStringLiteral("not-connected"),
                                tr("The file was not sent because the account is not connected. "
                                   "Connect and try again.")));
    m_file = new QFile(m_path, this);
    if (m_size < 0 || !m_file->open(QIODevice::ReadOnly))
        return fail(Error::make(Error::Policy, QStringLiteral("unreadable"),
                                tr("Charla cannot read \"%1\": %2")
                                    .arg(fileName(), m_file->errorString())));
    m_contentType = QMimeDatabase().mimeTypeForFile(m_path, QMimeDatabase::MatchExtension).name();
    if (m_contentType.isEmpty())
        m_contentType = QStringLiteral("application/octet-stream");
    if (m_feature->isDiscovered())
        return onServiceKnown();
    connect(m_feature, &UploadFeature::discoveryFinished, this, &HttpUpload::onServiceKnown,
            Qt::SingleShotConnection);
}

void HttpUpload::onServiceKnown()
{
    if (m_state != State::Waiting)
        return;
    if (!m_feature->client()->isConnected())
        return fail(Error::make(Error::Socket, QStringLiteral("not-connected"),
                                tr("The file was not sent because the account is not connected. "
                                   "Connect and try again.")));
    const auto service = m_feature->service();
    if (!service)
        return fail(Error::make(Error::Stanza, QStringLiteral("feature-not-implemented"),
                                tr("Your server does not offer file upload, so files cannot be "
                                   "sent from this account.")));
    // XEP-0363 3: the limit is known before asking, so a too large file costs no request.
    if (service->maxFileSize >= 0 && m_size > service->maxFileSize)
        return fail(Error::make(
            Error::Policy, QStringLiteral("file-too-large"),
            tr("\"%1\" is %2; your server accepts files up to %3.")
                .arg(fileName(), UploadFeature::formatSize(m_size),
                     UploadFeature::formatSize(service->maxFileSize))));
    requestSlot();
}

void HttpUpload::requestSlot()
{
    m_state = State::RequestingSlot;
    // XEP-0363 4: <request filename size content-type/>, to the service.
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), m_feature->service()->jid.full());
    Element &request = iq.addChild(QStringLiteral("request"), UploadFeature::Namespace);
    request.setAttribute(QStringLiteral("filename"), fileName());
    request.setAttribute(QStringLiteral("size"), QString::number(m_size));
    request.setAttribute(QStringLiteral("content-type"), m_contentType);
    m_feature->client()->sendIq(iq, this, [this](const IqResult &r) { onSlot(r); });
}

Error HttpUpload::slotError(const IqResult &result) const
{
    const Element error = result.iq.firstChild(QStringLiteral("error"));
    // XEP-0363 4.1: a too large file, with the service's limit.
    const Element tooLarge = error.firstChild(QStringLiteral("file-too-large"), UploadFeature::Namespace);
    if (!tooLarge.isNull() || result.error.condition == QLatin1String("file-too-large")) {
        bool ok = false;
        const qint64 max = tooLarge.childText(QStringLiteral("max-file-size")).trimmed().toLongLong(&ok);
        if (ok)
            return Error::make(Error::Policy, QStringLiteral("file-too-large"),
                               tr("\"%1\" is %2; your server accepts files up to %3.")
                                   .arg(fileName(), UploadFeature::formatSize(m_size),
                                        UploadFeature::formatSize(max)));
        return Error::make(Error::Policy, QStringLiteral("file-too-large"),
                           tr("\"%1\" is too large for your server.").arg(fileName()));
    }
    if (result.error.kind == Error::Timeout)
        return Error::make(Error::Timeout, QStringLiteral("timeout"),
                           tr("The upload service did not answer. Try again later."));
    const QString condition = result.error.condition;
    // XEP-0363 4.1: a quota is a resource-constraint (type wait), possibly with a retry time.
    if (condition == QLatin1String("resource-constraint"))
        return Error::make(Error::Stanza, condition,
                           tr("You have used up your upload quota on the server. Try again later "
                              "or send a smaller file."));
    if (condition == QLatin1String("not-allowed") || condition == QLatin1String("forbidden"))
        return Error::make(Error::Stanza, condition,
                           tr("Your server does not allow this account to upload files."));
    if (condition == QLatin1String("remote-server-not-found") ||
        condition == QLatin1String("service-unavailable") || condition.isEmpty())
        return Error::make(Error::Stanza, condition.isEmpty() ? QStringLiteral("not-connected") : condition,
                           tr("The upload service is not available right now. Try again later."));
    return Error::make(Error::Stanza, condition,
                       tr("The upload service refused the file (%1).").arg(condition));
}

void HttpUpload::onSlot(const IqResult &result)
{
    if (m_state != State::RequestingSlot)
        return;
    if (!result.ok())
        return fail(slotError(result));
    const Element slot = result.iq.firstChild(QStringLiteral("slot"), UploadFeature::Namespace);
    const Element putEl = slot.firstChild(QStringLiteral("put"), UploadFeature::Namespace);
    const Element getEl = slot.firstChild(QStringLiteral("get"), UploadFeature::Namespace);
    const QUrl putUrl(putEl.attribute(QStringLiteral("url")), QUrl::StrictMode);
    const QUrl getUrl(getEl.attribute(QStringLiteral("url")), QUrl::StrictMode);
    if (slot.isNull() || putEl.isNull() || getEl.isNull())
        return fail(Error::make(Error::Stanza, QStringLiteral("malformed-reply"),
                                tr("The upload service gave an answer Charla does not understand.")));
    for (const QUrl &url : {putUrl, getUrl}) {
        const QString refused = UploadFeature::refuseUrl(url);
        if (!refused.isEmpty())
            return fail(Error::make(Error::Policy, QStringLiteral("insecure-url"), refused));
    }
    QList<QPair<QString, QString>> headers;
    for (const Element &h : putEl.childrenNamed(QStringLiteral("header")))
        headers.append({h.attribute(QStringLiteral("name")), h.text()});
    m_getUrl = getUrl.toString(QUrl::FullyEncoded);
    put(putUrl.toString(QUrl::FullyEncoded), headers);
}

void HttpUpload::put(const QString &putUrl, const QList<QPair<QString, QString>> &headers)
{
    m_state = State::Uploading;
    QNetworkRequest request{QUrl(putUrl)};
    // The HTTP host is checked like the XMPP server: system CAs plus the account's own CA
    // certificates; sslErrors are never ignored, so any of them ends the upload.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QList<QSslCertificate> cas = m_feature->client()->session()->config().caCertificates;
    if (!cas.isEmpty())
        ssl.addCaCertificates(cas);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_size);
    for (const auto &[name, value] : UploadFeature::allowedPutHeaders(headers))
        request.setRawHeader(name, value);
    // The QFile is the upload device: Qt reads it as the socket drains, not all at once.
    m_reply = m_feature->networkAccessManager()->put(request, m_file);
    // The device must outlive the reply (Qt may still touch it while an abort unwinds).
    m_file->setParent(m_reply);
    m_file = nullptr;
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent == 0 && total == 0)
            return; // Qt's "no more upload" report at the end, not a step back to 0
        Q_EMIT progress(sent, total > 0 ? total : m_size);
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpUpload::onPutFinished);
    Q_EMIT progress(0, m_size);
}

void HttpUpload::onPutFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_state != State::Uploading)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        const QNetworkReply::NetworkError e = reply->error();
        if (e == QNetworkReply::SslHandshakeFailedError)
            return fail(Error::make(Error::Tls, QStringLiteral("tls"),
                                    tr("The upload server's certificate is not trusted (%1), so "
                                       "the file was not sent.")
                                        .arg(reply->errorString())));
        if (status == 413)
            return fail(Error::make(Error::Policy, QStringLiteral("file-too-large"),
                                    tr("\"%1\" is too large for your server.").arg(fileName())));
        if (status > 0)
            return fail(Error::make(Error::Socket, QStringLiteral("http-%1").arg(status),
                                    tr("The upload server refused the file (HTTP %1 %2).")
                                        .arg(status)
                                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                                 .toString())));
        return fail(Error::make(Error::Socket, QStringLiteral("network"),
                                tr("The upload failed: %1. Try again.").arg(reply->errorString())));
    }
    m_state = State::Finished;
    qCInfo(lcHttpUpload) << "uploaded" << m_size << "bytes";
    // XEP-0363 + XEP-0066: the body is the URL itself, so clients without OOB still link it.
    MessageFeature::SendOptions options;
    options.oobUrl = m_getUrl;
    auto *muc = m_feature->client()->feature<MucFeature>();
    if (muc && muc->room(m_to.bare()) && m_to.isBare()) {
        muc->sendMessage(m_to, m_getUrl, options); // to a room: groupchat (XEP-0045 7.4)
    } else if (muc && muc->room(m_to.bare())) {
        muc->sendPrivateMessage(m_to, m_getUrl, options); // to an occupant (XEP-0045 7.5)
    } else if (auto *messages = m_feature->client()->feature<MessageFeature>()) {
        messages->send(m_to, m_getUrl, options);
    }
    Q_EMIT finished(m_getUrl);
    deleteLater();
}

void HttpUpload::cancel()
{
    if (m_state == State::Finished || m_state == State::Failed)
        return;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    fail(Error::make(Error::Policy, QStringLiteral("cancelled"), tr("The upload was cancelled.")));
}

void HttpUpload::fail(const Error &error)
{
    if (m_state == State::Finished || m_state == State::Failed)
        return;
    m_state = State::Failed;
    if (m_file)
        m_file->close();
    qCInfo(lcHttpUpload) << "upload failed:" << error.condition;
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace charla
