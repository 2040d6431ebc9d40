#include "AttachmentFetcher.h"

#include "features/DownloadName.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrl>

Q_LOGGING_CATEGORY(lcAttachments, "charla.ui.attachments")

namespace charla {

namespace {
bool isHttps(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}
} // namespace

AttachmentFetcher::AttachmentFetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam ? nam : new QNetworkAccessManager(this))
{
}

QNetworkReply *AttachmentFetcher::get(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!isHttps(u) || !m_nam)
        return nullptr;
    QNetworkRequest request(u);
    // A redirect is followed only to another https address: a file link must not turn into
    // a plain-text fetch that anyone on the way can read or change.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &to) {
        if (isHttps(to))
            Q_EMIT reply->redirectAllowed();
        else
            reply->abort();
    });
    return reply;
}

void AttachmentFetcher::fetchPreview(const QString &url)
{
    const PreviewState state = previewState(url);
    if (state == PreviewState::Loading || state == PreviewState::Ready)
        return;
    QNetworkReply *reply = get(url);
    if (!reply) {
        m_states.insert(url, PreviewState::Failed);
        Q_EMIT previewChanged(url);
        return;
    }
    qCDebug(lcAttachments) << "fetching a preview";
    m_states.insert(url, PreviewState::Loading);
    Q_EMIT previewChanged(url);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxPreviewBytes || total > kMaxPreviewBytes)
            reply->abort(); // too big for a preview: the person can still save it
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        QImage image;
        if (reply->error() == QNetworkReply::NoError) {
            const QByteArray data = reply->readAll();
            m_sizes.insert(url, data.size());
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            // Decode straight to the preview's size: a huge image never becomes a huge bitmap.
            const QSize full = reader.size();
            if (full.isValid() && !full.isEmpty())
                reader.setScaledSize(
                    full.scaled(QSize(kPreviewWidth, kPreviewHeight), Qt::KeepAspectRatio)
                        .boundedTo(full));
            image = reader.read();
        }
        if (image.isNull()) {
            m_states.insert(url, PreviewState::Failed);
        } else {
            m_previews.insert(url, image);
            m_states.insert(url, PreviewState::Ready);
        }
        Q_EMIT previewChanged(url);
    });
}

AttachmentFetcher::PreviewState AttachmentFetcher::previewState(const QString &url) const
{
    return m_states.value(url, PreviewState::None);
}

QImage AttachmentFetcher::preview(const QString &url) const
{
    return m_previews.value(url);
}

QString AttachmentFetcher::suggestedName(const QString &url)
{
    return DownloadName::fromUrl(url);
}

void AttachmentFetcher::save(const QString &url, const QString &path)
{
    QNetworkReply *reply = get(url);
    if (!reply) {
        Q_EMIT saveFailed(url, tr("Charla downloads files only over a secure (https) "
                                  "connection, and this link is not one."));
        return;
    }
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        reply->abort();
        reply->deleteLater();
        Q_EMIT saveFailed(url, tr("Could not create %1: %2.")
                                   .arg(QDir::toNativeSeparators(path), file->errorString()));
        return;
    }
    connect(reply, &QIODevice::readyRead, reply, [reply, file] {
        if (file->write(reply->readAll()) < 0)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, url, path] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError && file->write(reply->readAll()) >= 0) {
            m_sizes.insert(url, file->size());
            if (file->commit()) {
                Q_EMIT saved(url, path);
                return;
            }
            Q_EMIT saveFailed(url, tr("Could not write %1: %2.")
                                       .arg(QDir::toNativeSeparators(path), file->errorString()));
            return;
        }
        file->cancelWriting();
        Q_EMIT saveFailed(url, tr("The file could not be downloaded: %1.")
                                   .arg(reply->errorString()));
    });
}

} // namespace charla
