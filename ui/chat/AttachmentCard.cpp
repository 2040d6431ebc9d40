#include "AttachmentCard.h"

#include "features/AttachmentPolicy.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

namespace charla {

namespace {

QFont smaller(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * 0.85)));
    return f;
}

QColor mixed(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

QString saveLabel()
{
    return QCoreApplication::translate("charla::AttachmentCard", "Save as\u2026");
}

QString previewLabel()
{
    return QCoreApplication::translate("charla::AttachmentCard", "Show preview");
}

bool looksLikeFile(const QUrl &url)
{
    static const QStringList kFiles{
        QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("bmp"),  QStringLiteral("heic"), QStringLiteral("svg"),
        QStringLiteral("mp4"),  QStringLiteral("webm"), QStringLiteral("mov"),  QStringLiteral("mkv"),
        QStringLiteral("mp3"),  QStringLiteral("ogg"),  QStringLiteral("opus"), QStringLiteral("m4a"),
        QStringLiteral("oga"),  QStringLiteral("wav"),  QStringLiteral("flac"), QStringLiteral("pdf"),
        QStringLiteral("txt"),  QStringLiteral("odt"),  QStringLiteral("ods"),  QStringLiteral("odp"),
        QStringLiteral("doc"),  QStringLiteral("docx"), QStringLiteral("xls"),  QStringLiteral("xlsx"),
        QStringLiteral("ppt"),  QStringLiteral("pptx"), QStringLiteral("zip"),  QStringLiteral("gz"),
        QStringLiteral("tgz"),  QStringLiteral("xz"),   QStringLiteral("7z"),   QStringLiteral("tar"),
        QStringLiteral("apk"),  QStringLiteral("vcf"),  QStringLiteral("ics")};
    const QString path = url.path();
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot > path.lastIndexOf(QLatin1Char('/')) &&
           kFiles.contains(path.mid(dot + 1).toLower());
}

} // namespace

QString AttachmentCard::fileUrlOf(const QString &body, const QString &oobUrl)
{
    if (AttachmentPolicy::isAttachment(body, oobUrl))
        return oobUrl.trimmed();
    const QString b = body.trimmed();
    if (b.isEmpty() || b.contains(QLatin1Char(' ')) || b.contains(QLatin1Char('\n')))
        return QString();
    const QUrl url(b, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    // XEP-0454: OMEMO media sharing sends the file as an aesgcm:// link in the body.
    if (url.scheme() == QLatin1String("aesgcm"))
        return b;
    if (url.scheme() == QLatin1String("https") && looksLikeFile(url))
        return b;
    return QString();
}

int AttachmentCard::layout(const QPoint &topLeft, int maxWidth, const QFont &font)
{
    const QFontMetrics fm(font);
    const QFontMetrics sm(smaller(font));
    const int pad = qMax(3, fm.height() / 3);
    const int width = qMin(maxWidth, qMax(fm.height() * 18, preview.width() + pad * 2));
    int y = topLeft.y() + pad;
    const int left = topLeft.x() + pad;
    if (!preview.isNull()) {
        const QSize size = preview.size().boundedTo(QSize(width - pad * 2, preview.height()));
        const QSize shown = preview.size().scaled(size, Qt::KeepAspectRatio);
        image = QRect(QPoint(left, y), shown);
        y += shown.height() + pad;
    } else {
        image = QRect();
    }
    const int iconSize = fm.height() + sm.height();
    icon = preview.isNull() ? QRect(left, y, iconSize * 3 / 4, iconSize) : QRect();
    const int textLeft = icon.isNull() ? left : icon.right() + 1 + pad;
    const int textWidth = topLeft.x() + width - pad - textLeft;
    nameRect = QRect(textLeft, y, textWidth, fm.height());
    detailRect = QRect(textLeft, y + fm.height(), textWidth, sm.height());
    y += qMax(iconSize, fm.height() + sm.height()) + pad;
    int x = left;
    save = QRect();
    showPreview = QRect();
    if (canSave) {
        save = QRect(x, y, sm.horizontalAdvance(saveLabel()) + pad * 2, sm.height() + pad);
        x = save.right() + 1 + pad;
    }
    if (offerPreview)
        showPreview = QRect(x, y, sm.horizontalAdvance(previewLabel()) + pad * 2,
                            sm.height() + pad);
    if (canSave || offerPreview)
        y += sm.height() + pad * 2;
    rect = QRect(topLeft.x(), topLeft.y(), width, y - topLeft.y());
    return rect.height();
}

void AttachmentCard::paint(QPainter *p, const QPoint &o, const QFont &font,
                           const QPalette &pal) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor border = mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2);
    const QRectF box = QRectF(rect.translated(o)).adjusted(0.5, 0.5, -0.5, -0.5);
    p->setPen(border);
    p->setBrush(mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.04));
    p->drawRoundedRect(box, 6, 6);
    if (!image.isNull())
        p->drawImage(QRectF(image.translated(o)), preview);
    if (!icon.isNull()) {
        // A sheet of paper with a folded corner.
        const QRectF r = QRectF(icon.translated(o)).adjusted(1.5, 0.5, -1.5, -0.5);
        const qreal fold = r.width() / 3;
        QPainterPath sheet;
        sheet.moveTo(r.topLeft());
        sheet.lineTo(r.right() - fold, r.top());
        sheet.lineTo(r.right(), r.top() + fold);
        sheet.lineTo(r.bottomRight());
        sheet.lineTo(r.bottomLeft());
        sheet.closeSubpath();
        p->setPen(QPen(pal.color(QPalette::Link), 1.2));
        p->setBrush(pal.color(QPalette::Base));
        p->drawPath(sheet);
        p->drawLine(QPointF(r.right() - fold, r.top()), QPointF(r.right() - fold, r.top() + fold));
        p->drawLine(QPointF(r.right() - fold, r.top() + fold), QPointF(r.right(), r.top() + fold));
    }
    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    const QRect nr = nameRect.translated(o);
    p->drawText(nr, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetrics(bold).elidedText(name, Qt::ElideMiddle, nr.width()));
    const QFont small = smaller(font);
    p->setFont(small);
    p->setPen(mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45));
    const QRect dr = detailRect.translated(o);
    p->drawText(dr, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetrics(small).elidedText(detail, Qt::ElideRight, dr.width()));
    for (const auto &[r, label] :
         {std::pair<QRect, QString>(save, saveLabel()),
          std::pair<QRect, QString>(showPreview, previewLabel())}) {
        if (r.isNull())
            continue;
        const QRectF b = QRectF(r.translated(o)).adjusted(0.5, 0.5, -0.5, -0.5);
        p->setPen(pal.color(QPalette::Link));
        p->setBrush(pal.color(QPalette::Base));
        p->drawRoundedRect(b, 4, 4);
        p->drawText(r.translated(o), Qt::AlignCenter | Qt::TextSingleLine, label);
    }
    p->restore();
}

} // namespace charla
