#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>

#include <functional>
#include <QPointer>

namespace charla {

class AvatarFeature;
class RosterFeature;

/// The pictures of the contact list: decodes the avatars an account's AvatarFeature has cached
/// into pixmaps of the size they are drawn at, keeps them by image hash (one decode per picture
/// and size, however many contacts share it) and says when a contact's picture changed.
///
/// Only roster members (and the account itself) get a picture here: nothing is fetched, and an
/// image from a stranger is never decoded. Images are decoded with QImage from verified bytes
/// (AvatarFeature checks each against its SHA-1); anything that does not decode is no picture.
class AvatarProvider : public QObject
{
    Q_OBJECT
public:
    explicit AvatarProvider(QObject *parent = nullptr);

    /// Shows the avatars of @p account's contacts from @p avatars; @p roster says who they are.
    void addAccount(const QString &account, AvatarFeature *avatars, RosterFeature *roster);
    void removeAccount(const QString &account);

    /// @p jid's picture (bare JID) scaled to @p size device-independent pixels at
    /// @p devicePixelRatio; null when there is none.
    QPixmap pixmap(const QString &account, const QString &jid, int size,
                   qreal devicePixelRatio = 1.0) const;
    /// A picture for contacts without one of their own (a gateway's icon for its contacts);
    /// returning a null pixmap keeps the initials.
    using Fallback = std::function<QPixmap(const QString &account, const QString &jid, int size,
                                           qreal devicePixelRatio)>;
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    /// Says @p jid's picture may have changed (e.g. what the fallback gives), so views repaint.
    void invalidate(const QString &account, const QString &jid) { Q_EMIT avatarChanged(account, jid); }
    /// The raw image of @p jid as cached (for larger views: the details dialog); null when none.
    QImage image(const QString &account, const QString &jid) const;

Q_SIGNALS:
    /// @p jid of @p account shows another picture now (or none).
    void avatarChanged(const QString &account, const QString &jid);

private:
    struct Source
    {
        QPointer<AvatarFeature> avatars;
        QPointer<RosterFeature> roster;
    };
    bool isShown(const Source &source, const QString &account, const QString &jid) const;

    QHash<QString, Source> m_sources;
    Fallback m_fallback;
    mutable QCache<QString, QPixmap> m_pixmaps; ///< "hash size dpr" -> scaled picture
};

} // namespace charla
