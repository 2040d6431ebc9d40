#pragma once

#include <QFont>
#include <QImage>
#include <QPalette>
#include <QRect>
#include <QString>

class QPainter;

namespace charla {

/// The card a received or sent file link is drawn as in the message list: an icon or the
/// image preview, the file name (sanitised, as it would be saved), its size when known, and the
/// "Save as…" / "Show preview" buttons. Geometry and painting only; MessageDelegate decides
/// what goes in and AttachmentFetcher fetches.
struct AttachmentCard
{
    /// The file link of a message, or "" when it is not a file: an XEP-0066 URL whose body is
    /// empty or the URL itself, or a body that is only an aesgcm:// link (XEP-0454) or an
    /// https link to a file (its name ends like a picture, sound, video, document or archive).
    static QString fileUrlOf(const QString &body, const QString &oobUrl);

    QString url;
    QString name;      ///< DownloadName of the URL
    QString detail;    ///< size, or what kind of file it is
    bool canSave = false;       ///< https: Save as… is offered
    bool offerPreview = false;  ///< a stranger's image: "Show preview" is offered
    QImage preview;             ///< shown when not null

    QRect rect, image, icon, nameRect, detailRect, save, showPreview; ///< relative to the row

    /// Lays the card out at @p topLeft, at most @p maxWidth wide; returns its height.
    int layout(const QPoint &topLeft, int maxWidth, const QFont &font);
    void paint(QPainter *p, const QPoint &offset, const QFont &font, const QPalette &pal) const;
};

} // namespace charla
