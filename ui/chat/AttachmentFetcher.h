#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace charla {

/// Fetches what the chat shows of received files (XEP-0066 links): image previews and "Save
/// as…" downloads, over https only (also after redirects). It fetches only when asked; who may
/// be asked for (AttachmentPolicy: roster contacts, or after a click) is the view's decision.
class AttachmentFetcher : public QObject
{
    Q_OBJECT
public:
    enum class PreviewState { None, Loading, Ready, Failed };
    Q_ENUM(PreviewState)

    /// Largest image fetched for a preview, and the preview's largest size on screen.
    static constexpr qint64 kMaxPreviewBytes = 16 * 1024 * 1024;
    static constexpr int kPreviewWidth = 320;
    static constexpr int kPreviewHeight = 240;

    /// Uses @p nam (not owned) or, when null, a manager of its own.
    explicit AttachmentFetcher(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

    /// Fetches the image at @p url once (https only); previewChanged() tells when it is there.
    void fetchPreview(const QString &url);
    PreviewState previewState(const QString &url) const;
    /// The preview, scaled to fit kPreviewWidth x kPreviewHeight (null until Ready).
    QImage preview(const QString &url) const;
    /// The file's size in bytes once a fetch saw it (-1: unknown).
    qint64 size(const QString &url) const { return m_sizes.value(url, -1); }

    /// Downloads @p url (https only) into @p path, replacing it only when complete.
    void save(const QString &url, const QString &path);
    /// The file name a download of @p url is offered under (DownloadName, sanitised).
    static QString suggestedName(const QString &url);

Q_SIGNALS:
    void previewChanged(const QString &url);
    void saved(const QString &url, const QString &path);
    /// @p error is a sentence for the person.
    void saveFailed(const QString &url, const QString &error);

private:
    QNetworkReply *get(const QString &url);

    QPointer<QNetworkAccessManager> m_nam;
    QHash<QString, PreviewState> m_states;
    QHash<QString, QImage> m_previews;
    QHash<QString, qint64> m_sizes;
};

} // namespace charla
