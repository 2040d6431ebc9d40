#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace charla {

class AvatarCache;

/// One `<info/>` of XEP-0084 avatar metadata (XEP-0084 4.2.1).
struct AvatarInfo
{
    QString id; ///< hex SHA-1 of the image bytes
    qint64 bytes = 0;
    QString type;  ///< content type, e.g. "image/png"
    int width = 0; ///< 0 when not given
    int height = 0;
    QString url; ///< set when the image is on the web instead of in the data node

    /// Reads an `<info xmlns='urn:xmpp:avatar:metadata'/>`; nullopt when it is not one or has
    /// no id.
    static std::optional<AvatarInfo> fromElement(const Element &e);
    Element toElement() const;
};

/// Contacts' avatars and the account's own: XEP-0084 User Avatar through PEP (XEP-0163), with
/// XEP-0153 vCard-based avatars for compatibility. (Servers implementing XEP-0398, such as
/// Prosody with mod_vcard_legacy, bridge the two: a PEP avatar shows up as the vCard PHOTO and
/// its hash is added to presence, so nothing more is needed here.)
///
/// Unsolicited data is checked for who sent it (DESIGN.md): a PEP event about contact X is
/// accepted only from X's bare JID, and X must be in the roster (or be the account itself)
/// when the Client has a RosterFeature. Every image is verified against its SHA-1 before it is
/// cached, and fetched only when the cache does not have it yet (XEP-0084 4.2: MUST NOT
/// retrieve a cached image again).
///
/// It looks at presence without consuming it, so add it to the Client before PresenceFeature.
class AvatarFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString DataNamespace = QStringLiteral("urn:xmpp:avatar:data");
    static inline const QString MetadataNamespace = QStringLiteral("urn:xmpp:avatar:metadata");
    static inline const QString UpdateNamespace = QStringLiteral("vcard-temp:x:update");

    using Done = std::function<void(const Error &error)>;

    /// @p cache must outlive the feature.
    explicit AvatarFeature(AvatarCache *cache, QObject *parent = nullptr);

    /// XEP-0163 4: `+notify` asks the server to send avatar metadata events (via XEP-0115 caps).
    QStringList discoFeatures() const override;
    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    /// XEP-0153 4.1: every available presence carries `<x xmlns='vcard-temp:x:update'/>`, with
    /// the own avatar's hash when it is known (else the server fills it in, XEP-0398 5).
    void decorateOwnPresence(Element &presence) const override;

    AvatarCache *cache() const { return m_cache; }
    /// The hash of @p jid's current avatar (bare JID); empty when none is known.
    QString hashFor(const Jid &jid) const;
    /// The image bytes of @p jid's current avatar; empty when none is cached.
    QByteArray avatar(const Jid &jid) const;
    /// The hash of the account's own avatar, empty when unknown.
    QString ownHash() const;
    /// The content type of an image recognised by its first bytes (PNG, JPEG, GIF, WebP);
    /// empty when unknown.
    static QString imageType(const QByteArray &bytes);

    /// Publishes @p image (@p type, e.g. "image/png"; XEP-0084 wants a PNG) as the account's
    /// avatar: the data node first, then the metadata node (XEP-0084 4.1 and 4.2), then
    /// presence is sent again with the new hash. @p width and @p height are the image's size
    /// in pixels, 0 when unknown. Images over AvatarCache::maxBytes() are refused.
    void publishOwn(const QByteArray &image, const QString &type, QObject *context, Done done,
                    int width = 0, int height = 0);
    /// Stops showing an avatar: publishes empty metadata (XEP-0084 4.4).
    void removeOwn(QObject *context, Done done);

Q_SIGNALS:
    /// @p jid (bare) shows another avatar now; @p hash empty means none. The image is in the
    /// cache when this is emitted.
    void avatarChanged(const charla::Jid &jid, const QString &hash);
    /// An image from @p jid was refused: it did not match its hash, was too large or could not
    /// be read. @p reason is for the log, not for a person.
    void avatarRejected(const charla::Jid &jid, const QString &hash, const QString &reason);

private:
    bool handleEvent(const Element &message);
    void handlePresence(const Element &presence);
    bool isTrustedOwner(const Jid &bare) const;
    Jid ownBare() const;
    void announce(const Jid &bare, const QString &hash, bool viaVCard);
    void fetchData(const Jid &bare, const QString &hash);
    void fetchVCardPhoto(const Jid &bare, const QString &hash);
    void accept(const Jid &bare, const QString &hash, const QByteArray &bytes);
    void reject(const Jid &bare, const QString &hash, const QString &reason);
    void setCurrent(const Jid &bare, const QString &hash);
    void publishMetadata(const AvatarInfo &info, QObject *context, Done done);
    void rebroadcastPresence();
    static Element iqGetVCard(const Jid &bare);

    AvatarCache *m_cache = nullptr;
    QHash<Jid, QString> m_wanted; ///< announced but not yet cached, by bare JID
    QSet<QString> m_inFlight;     ///< hashes being downloaded
    QSet<QString> m_failed;       ///< "jid hash" pairs that failed this session: not retried
    bool m_ownKnown = false;      ///< the own avatar was learnt (or published) this session
};

} // namespace charla
