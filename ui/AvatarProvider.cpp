#include "AvatarProvider.h"

#include "features/AvatarFeature.h"
#include "features/RosterFeature.h"
#include "stanza/Jid.h"

#include <QImage>
#include <QPainter>

namespace charla {

AvatarProvider::AvatarProvider(QObject *parent) : QObject(parent)
{
    // A few hundred small pictures; the cost is counted in kilobytes.
    m_pixmaps.setMaxCost(16 * 1024);
}

void AvatarProvider::addAccount(const QString &account, AvatarFeature *avatars,
                                RosterFeature *roster)
{
    if (!avatars)
        return;
    m_sources.insert(account, Source{avatars, roster});
    connect(avatars, &AvatarFeature::avatarChanged, this,
            [this, account](const Jid &jid, const QString &) {
                Q_EMIT avatarChanged(account, jid.bare().full());
            });
}

void AvatarProvider::removeAccount(const QString &account)
{
    const Source source = m_sources.take(account);
    if (source.avatars)
        disconnect(source.avatars, nullptr, this, nullptr);
}

bool AvatarProvider::isShown(const Source &source, const QString &account,
                             const QString &jid) const
{
    if (!source.avatars)
        return false;
    const Jid bare = Jid::parse(jid).bare();
    if (!bare.isValid())
        return false;
    if (bare == Jid::parse(account).bare())
        return true;
    return source.roster && source.roster->contains(bare);
}

QImage AvatarProvider::image(const QString &account, const QString &jid) const
{
    const Source source = m_sources.value(account);
    if (!isShown(source, account, jid))
        return {};
    const QByteArray bytes = source.avatars->avatar(Jid::parse(jid).bare());
    return bytes.isEmpty() ? QImage() : QImage::fromData(bytes);
}

QPixmap AvatarProvider::pixmap(const QString &account, const QString &jid, int size,
                               qreal devicePixelRatio) const
{
    const Source source = m_sources.value(account);
    if (size <= 0 || !isShown(source, account, jid))
        return {};
    const QString hash = source.avatars->hashFor(Jid::parse(jid).bare());
    if (hash.isEmpty())
        return m_fallback ? m_fallback(account, jid, size, devicePixelRatio) : QPixmap();
    const QString key = hash + QLatin1Char(' ') + QString::number(size) + QLatin1Char(' ') +
                        QString::number(devicePixelRatio);
    if (const QPixmap *cached = m_pixmaps.object(key))
        return *cached;
    const QImage decoded = image(account, jid);
    if (decoded.isNull())
        return {};
    // Cover the square (cropping the longer side), as a round avatar is drawn.
    const int pixels = qRound(size * devicePixelRatio);
    const QImage scaled = decoded.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding,
                                         Qt::SmoothTransformation);
    QPixmap square(pixels, pixels);
    square.fill(Qt::transparent);
    {
        QPainter p(&square);
        p.drawImage((pixels - scaled.width()) / 2, (pixels - scaled.height()) / 2, scaled);
    }
    square.setDevicePixelRatio(devicePixelRatio);
    m_pixmaps.insert(key, new QPixmap(square), std::max(1, pixels * pixels * 4 / 1024));
    return square;
}

} // namespace charla
