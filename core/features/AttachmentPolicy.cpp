#include "features/AttachmentPolicy.h"

#include <QStringList>
#include <QUrl>

namespace charla {

bool AttachmentPolicy::isAttachment(const QString &body, const QString &oobUrl)
{
    if (oobUrl.isEmpty())
        return false;
    // XEP-0363 + XEP-0066: uploaders send the URL as the body too, for clients without OOB.
    const QString b = body.trimmed();
    return b.isEmpty() || b == oobUrl.trimmed();
}

bool AttachmentPolicy::isImageUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty())
        return false;
    static const QStringList kImages{QStringLiteral(".png"), QStringLiteral(".jpg"),
                                     QStringLiteral(".jpeg"), QStringLiteral(".gif"),
                                     QStringLiteral(".webp"), QStringLiteral(".bmp")};
    const QString path = u.path().toLower();
    for (const QString &ext : kImages)
        if (path.endsWith(ext))
            return true;
    return false;
}

AttachmentPolicy::Preview AttachmentPolicy::preview(const QString &url, bool outgoing,
                                                    bool senderInRoster, bool clicked)
{
    if (!isImageUrl(url))
        return Preview::None;
    if (outgoing || senderInRoster || clicked)
        return Preview::Fetch;
    return Preview::AskFirst;
}

} // namespace charla
