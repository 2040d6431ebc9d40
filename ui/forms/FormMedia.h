#pragma once

#include "stanza/DataForm.h"
#include "stream/Registration.h"

#include <QImage>
#include <QList>
#include <QString>

namespace charla {

/// The picture of a field's XEP-0221 media element, from data the form came with: XEP-0231
/// bits of binary (`cid:`) carried in the same stanza, or a `data:` URI. Nothing is ever
/// fetched from the network: an http(s) picture is only named (webUrl) for the person to open
/// if they choose, since fetching it would tell its server who is registering (XEP-0158 4).
struct FormMedia
{
    QImage image;   ///< null when there is no picture to show
    QString webUrl; ///< an http(s) URI of the media, when the stanza carries no picture
    QString error;  ///< why a carried picture could not be shown (unreadable, too large)

    /// Reads the first picture of @p media found in @p data or in a data: URI.
    static FormMedia load(const DataFormMedia &media, const QList<BobData> &data);
    /// The bytes of a `data:` URI (RFC 2397), or empty when @p uri is not one.
    static QByteArray decodeDataUri(const QString &uri, QString *mimeType = nullptr);
    /// Pictures larger than this on a side are refused before they are decoded.
    static constexpr int kMaxSide = 2048;
};

} // namespace charla
