#include "forms/FormMedia.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QUrl>

namespace charla {

namespace {

// A CAPTCHA is a few KiB; anything this large is not one.
constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;

QImage decode(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = QCoreApplication::translate("charla::DataFormWidget",
                                             "The server sent a picture too large to show.");
        return {};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The size is read from the header first: a small file must not unpack into a huge image.
    const QSize size = reader.size();
    if (size.isValid() &&
        (size.width() > FormMedia::kMaxSide || size.height() > FormMedia::kMaxSide)) {
        *error = QCoreApplication::translate("charla::DataFormWidget",
                                             "The server sent a picture too large to show.");
        return {};
    }
    QImage image = reader.read();
    if (image.isNull())
        *error = QCoreApplication::translate("charla::DataFormWidget",
                                             "The server sent a picture Charla cannot read.");
    return image;
}

} // namespace

QByteArray FormMedia::decodeDataUri(const QString &uri, QString *mimeType)
{
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return {};
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return {};
    const QString meta = uri.mid(5, comma - 5);
    const QString payload = uri.mid(comma + 1);
    const bool base64 = meta.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive);
    if (mimeType)
        *mimeType = meta.section(QLatin1Char(';'), 0, 0);
    if (base64)
        return QByteArray::fromBase64(payload.toLatin1());
    return QByteArray::fromPercentEncoding(payload.toUtf8());
}

FormMedia FormMedia::load(const DataFormMedia &media, const QList<BobData> &data)
{
    FormMedia out;
    for (const DataFormMedia::Uri &u : media.uris) {
        const QString uri = u.uri.trimmed();
        if (uri.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive)) {
            for (const BobData &d : data) {
                if (!d.matches(uri))
                    continue;
                out.image = decode(d.bytes, &out.error);
                if (!out.image.isNull())
                    return out;
            }
        } else if (uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            out.image = decode(decodeDataUri(uri), &out.error);
            if (!out.image.isNull())
                return out;
        } else if (out.webUrl.isEmpty()) {
            const QUrl url(uri);
            if (url.isValid() && (url.scheme() == QLatin1String("https") ||
                                  url.scheme() == QLatin1String("http")))
                out.webUrl = url.toString();
        }
    }
    if (out.image.isNull() && out.webUrl.isEmpty() && out.error.isEmpty() && !media.uris.isEmpty())
        out.error = QCoreApplication::translate("charla::DataFormWidget",
                                                "The server refers to a picture it did not send.");
    return out;
}

} // namespace charla
