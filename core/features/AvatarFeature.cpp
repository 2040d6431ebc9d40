#include "features/AvatarFeature.h"

#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stanza/VCard.h"
#include "storage/AvatarCache.h"
#include "stream/Client.h"

#include <QLoggingCategory>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcAvatar, "charla.avatar")

const auto kClientNs = QStringLiteral("jabber:client");
const auto kPubSubNs = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto kEventNs = QStringLiteral("http://jabber.org/protocol/pubsub#event");
const auto kMucUserNs = QStringLiteral("http://jabber.org/protocol/muc#user");

QString failureKey(const Jid &bare, const QString &hash)
{
    return bare.full() + QLatin1Char(' ') + hash;
}

/// `<iq type='get|set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>@p child</pubsub></iq>`.
Element pubsubIq(const QString &type, const QString &to, const Element &child)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), type);
    if (!to.isEmpty())
        iq.setAttribute(QStringLiteral("to"), to);
    iq.addChild(QStringLiteral("pubsub"), kPubSubNs).appendChild(child);
    return iq;
}

} // namespace

// --- AvatarInfo --------------------------------------------------------------------------------

std::optional<AvatarInfo> AvatarInfo::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("info") || e.ns() != AvatarFeature::MetadataNamespace)
        return std::nullopt;
    AvatarInfo info;
    info.id = e.attribute(QStringLiteral("id"));
    if (info.id.isEmpty())
        return std::nullopt;
    info.bytes = e.attribute(QStringLiteral("bytes")).toLongLong();
    info.type = e.attribute(QStringLiteral("type"));
    info.width = e.attribute(QStringLiteral("width")).toInt();
    info.height = e.attribute(QStringLiteral("height")).toInt();
    info.url = e.attribute(QStringLiteral("url"));
    return info;
}

Element AvatarInfo::toElement() const
{
    Element e(QStringLiteral("info"), AvatarFeature::MetadataNamespace);
    e.setAttribute(QStringLiteral("bytes"), QString::number(bytes));
    e.setAttribute(QStringLiteral("id"), id);
    e.setAttribute(QStringLiteral("type"), type);
    if (width > 0)
        e.setAttribute(QStringLiteral("width"), QString::number(width));
    if (height > 0)
        e.setAttribute(QStringLiteral("height"), QString::number(height));
    if (!url.isEmpty())
        e.setAttribute(QStringLiteral("url"), url);
    return e;
}

// --- AvatarFeature -----------------------------------------------------------------------------

AvatarFeature::AvatarFeature(AvatarCache *cache, QObject *parent) : Feature(parent), m_cache(cache)
{
    Q_ASSERT(m_cache);
}

QStringList AvatarFeature::discoFeatures() const
{
    return {MetadataNamespace + QStringLiteral("+notify")};
}

Jid AvatarFeature::ownBare() const
{
    return client() ? client()->jid().bare() : Jid();
}

QString AvatarFeature::hashFor(const Jid &jid) const
{
    return m_cache->hashFor(jid);
}

QByteArray AvatarFeature::avatar(const Jid &jid) const
{
    const QString hash = hashFor(jid);
    return hash.isEmpty() ? QByteArray() : m_cache->data(hash);
}

QString AvatarFeature::ownHash() const
{
    const Jid own = ownBare();
    return own.isValid() ? m_cache->hashFor(own) : QString();
}

QString AvatarFeature::imageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return QString();
}

void AvatarFeature::sessionStarted(bool resumed)
{
    if (resumed)
        return;
    // A new session: what failed may work now, and our own hash must be learnt again before
    // it is advertised (XEP-0153 4.2 1: never advertise an image not known to be current).
    m_wanted.clear();
    m_failed.clear();
    m_ownKnown = false;
}

bool AvatarFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() == QLatin1String("presence")) {
        handlePresence(stanza);
        return false; // PresenceFeature still needs it
    }
    if (stanza.name() == QLatin1String("message") &&
        stanza.attribute(QStringLiteral("type")) != QLatin1String("error"))
        return handleEvent(stanza);
    return false;
}

bool AvatarFeature::isTrustedOwner(const Jid &bare) const
{
    if (!bare.isValid() || !bare.isBare() || !bare.hasLocalpart())
        return false;
    if (bare == ownBare())
        return true;
    // Only contacts: a stranger cannot make us download and keep their pictures.
    const auto *roster = client()->feature<RosterFeature>();
    return !roster || roster->contains(bare);
}

bool AvatarFeature::handleEvent(const Element &message)
{
    const Element items = message.firstChild(QStringLiteral("event"), kEventNs)
                              .firstChild(QStringLiteral("items"), kEventNs);
    if (items.attribute(QStringLiteral("node")) != MetadataNamespace)
        return false;
    // XEP-0163 4.1: the PEP service is the owner's bare JID, so its notifications come from
    // there, stamped by the owner's server; no 'from' means our own account. A full JID, a
    // domain, or someone who is not a contact is somebody else speaking for them: ignored.
    const QString fromText = message.attribute(QStringLiteral("from"));
    const Jid from = fromText.isEmpty() ? ownBare() : Jid::parse(fromText);
    if (!isTrustedOwner(from)) {
        qCDebug(lcAvatar) << "ignoring avatar event from" << fromText;
        return true;
    }
    const QList<Element> list = items.childrenNamed(QStringLiteral("item"), kEventNs);
    if (list.isEmpty())
        return true; // retractions only: the avatar stays until new metadata says otherwise
    const Element item = list.last(); // the newest
    const Element metadata = item.firstChild(QStringLiteral("metadata"), MetadataNamespace);
    if (metadata.isNull())
        return true;
    const QList<Element> infos = metadata.childrenNamed(QStringLiteral("info"), MetadataNamespace);
    if (infos.isEmpty()) {
        // XEP-0084 3.5: empty metadata means the contact shows no avatar.
        m_wanted.remove(from);
        setCurrent(from, QString());
        return true;
    }
    // XEP-0084 4.2: the item id is the SHA-1 of the image/png in the data node; other <info/>
    // elements describe alternatives, and ones with a url live on the web (not fetched here).
    const QString itemId = item.attribute(QStringLiteral("id"));
    std::optional<AvatarInfo> chosen;
    for (const Element &e : infos) {
        const auto info = AvatarInfo::fromElement(e);
        if (!info || !info->url.isEmpty())
            continue;
        if (!chosen || info->id.compare(itemId, Qt::CaseInsensitive) == 0)
            chosen = info;
        if (info->id.compare(itemId, Qt::CaseInsensitive) == 0)
            break;
    }
    if (!chosen || !AvatarCache::isValidHash(chosen->id)) {
        qCDebug(lcAvatar) << "no avatar Charla can fetch in the metadata of" << from;
        return true;
    }
    const QString hash = chosen->id.toLower();
    if (chosen->bytes > m_cache->maxBytes()) {
        reject(from, hash, QStringLiteral("announced as %1 bytes").arg(chosen->bytes));
        return true;
    }
    announce(from, hash, false);
    return true;
}

void AvatarFeature::handlePresence(const Element &presence)
{
    if (presence.hasAttribute(QStringLiteral("type")))
        return; // only available presence advertises an image
    const Element update = presence.firstChild(QStringLiteral("x"), UpdateNamespace);
    // XEP-0153 4.1 2: an update element without <photo/> means "not ready": change nothing.
    if (update.isNull() || !update.hasChild(QStringLiteral("photo"), UpdateNamespace))
        return;
    // A room occupant's address is the room's, not the person's: not handled here.
    if (presence.hasChild(QStringLiteral("x"), kMucUserNs))
        return;
    const Jid from = Jid::parse(presence.attribute(QStringLiteral("from")));
    if (!from.isValid())
        return;
    const Jid bare = from.bare();
    // Our own other resources: the PEP metadata events are the authority on our avatar
    // (XEP-0398 7.1); following their presence too could make two clients argue forever.
    if (bare == ownBare() || !isTrustedOwner(bare))
        return;
    const QString hash =
        update.childText(QStringLiteral("photo"), UpdateNamespace).trimmed().toLower();
    if (hash.isEmpty()) {
        // XEP-0153 4.1 3: an empty photo element means no image is advertised.
        m_wanted.remove(bare);
        setCurrent(bare, QString());
        return;
    }
    if (!AvatarCache::isValidHash(hash))
        return;
    announce(bare, hash, true);
}

void AvatarFeature::announce(const Jid &bare, const QString &hash, bool viaVCard)
{
    if (m_cache->has(hash)) {
        // XEP-0084 3.3: a cached image MUST NOT be retrieved again.
        m_wanted.remove(bare);
        setCurrent(bare, hash);
        return;
    }
    if (m_failed.contains(failureKey(bare, hash)))
        return; // refused once this session; presence repeats, the answer would not change
    m_wanted.insert(bare, hash);
    if (m_inFlight.contains(hash))
        return; // one download per image, however many resources or events announce it
    m_inFlight.insert(hash);
    if (viaVCard)
        fetchVCardPhoto(bare, hash);
    else
        fetchData(bare, hash);
}

void AvatarFeature::fetchData(const Jid &bare, const QString &hash)
{
    // XEP-0084 3.4: a retrieve-items request for just this item, to the owner's bare JID (the
    // IqTracker accepts the answer only from there).
    Element items(QStringLiteral("items"), kPubSubNs);
    items.setAttribute(QStringLiteral("node"), DataNamespace);
    items.addChild(QStringLiteral("item"), kPubSubNs).setAttribute(QStringLiteral("id"), hash);
    client()->sendIq(
        pubsubIq(QStringLiteral("get"), bare.full(), items), this,
        [this, bare, hash](const IqResult &r) {
            m_inFlight.remove(hash);
            if (!r.ok()) {
                reject(bare, hash, r.error.text);
                return;
            }
            const Element result = r.iq.firstChild(QStringLiteral("pubsub"), kPubSubNs)
                                       .firstChild(QStringLiteral("items"), kPubSubNs);
            Element data;
            for (const Element &item : result.childrenNamed(QStringLiteral("item"), kPubSubNs)) {
                data = item.firstChild(QStringLiteral("data"), DataNamespace);
                if (!data.isNull())
                    break;
            }
            const QString text = data.text();
            // Base64 is 4/3 of the bytes (plus line feeds): refuse before decoding a huge blob.
            if (text.size() > m_cache->maxBytes() / 3 * 4 + m_cache->maxBytes() / 16 + 16) {
                reject(bare, hash, QStringLiteral("data larger than the limit"));
                return;
            }
            const auto bytes = VCard::decodeBase64(text);
            if (data.isNull() || !bytes) {
                reject(bare, hash, QStringLiteral("no avatar data in the answer"));
                return;
            }
            accept(bare, hash, *bytes);
        });
}

void AvatarFeature::fetchVCardPhoto(const Jid &bare, const QString &hash)
{
    // XEP-0153 3.2: the image is the PHOTO of the contact's vCard, asked of the bare JID.
    client()->sendIq(iqGetVCard(bare), this, [this, bare, hash](const IqResult &r) {
        m_inFlight.remove(hash);
        if (!r.ok()) {
            reject(bare, hash, r.error.text);
            return;
        }
        const auto vcard =
            VCard::fromElement(r.iq.firstChild(QStringLiteral("vCard"), VCard::Namespace));
        if (!vcard || vcard->photo.isEmpty()) {
            reject(bare, hash, QStringLiteral("the vCard has no photo"));
            return;
        }
        accept(bare, hash, vcard->photo);
    });
}

Element AvatarFeature::iqGetVCard(const Jid &bare)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), bare.full());
    iq.appendChild(VCard::requestElement());
    return iq;
}

void AvatarFeature::accept(const Jid &bare, const QString &hash, const QByteArray &bytes)
{
    if (bytes.size() > m_cache->maxBytes()) {
        reject(bare, hash, QStringLiteral("%1 bytes, over the limit").arg(bytes.size()));
        return;
    }
    // The id is a claim; the bytes must prove it before anyone sees them.
    if (AvatarCache::hashOf(bytes) != hash) {
        reject(bare, hash, QStringLiteral("the data hashes to %1").arg(AvatarCache::hashOf(bytes)));
        return;
    }
    if (!m_cache->store(hash, bytes)) {
        reject(bare, hash, QStringLiteral("cannot be written to the cache"));
        return;
    }
    // Everyone who announced this image shows it now (usually just @p bare).
    QList<Jid> showing;
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        if (it.value() == hash) {
            showing.append(it.key());
            it = m_wanted.erase(it);
        } else {
            ++it;
        }
    }
    for (const Jid &jid : std::as_const(showing))
        setCurrent(jid, hash);
}

void AvatarFeature::reject(const Jid &bare, const QString &hash, const QString &reason)
{
    qCWarning(lcAvatar) << "avatar" << hash << "of" << bare.full() << "refused:" << reason;
    m_failed.insert(failureKey(bare, hash));
    if (m_wanted.value(bare) == hash)
        m_wanted.remove(bare);
    Q_EMIT avatarRejected(bare, hash, reason);
}

void AvatarFeature::setCurrent(const Jid &bare, const QString &hash)
{
    const bool own = bare == ownBare();
    const bool wasKnown = m_ownKnown;
    if (own)
        m_ownKnown = true;
    if (m_cache->hashFor(bare) == hash) {
        if (own && !wasKnown && !hash.isEmpty())
            rebroadcastPresence(); // we sent <x/> so far; the server may not fill it in
        return;
    }
    m_cache->setHashFor(bare, hash);
    if (own)
        rebroadcastPresence(); // XEP-0153 4.1 3: a new image means a new presence
    Q_EMIT avatarChanged(bare, hash);
}

void AvatarFeature::rebroadcastPresence()
{
    auto *presence = client() ? client()->feature<PresenceFeature>() : nullptr;
    if (!presence || !client()->isConnected() || presence->ownShow() == Presence::Show::Offline)
        return;
    presence->setPresence(presence->ownShow(), presence->ownStatus(), presence->ownPriority());
}

void AvatarFeature::decorateOwnPresence(Element &presence) const
{
    Element x(QStringLiteral("x"), UpdateNamespace);
    // XEP-0153 4.1: <photo>hash</photo> once the own avatar is known this session, <photo/>
    // for none; until then an empty <x/>, which XEP-0398 servers fill in themselves.
    if (m_ownKnown)
        x.addChild(QStringLiteral("photo"), UpdateNamespace).setText(ownHash());
    presence.appendChild(x);
}

void AvatarFeature::publishOwn(const QByteArray &image, const QString &type, QObject *context,
                               Done done, int width, int height)
{
    Q_ASSERT(client());
    if (image.isEmpty() || image.size() > m_cache->maxBytes()) {
        if (done)
            done(Error::make(Error::Policy, QStringLiteral("too-large"),
                             tr("The picture is larger than %1 KiB. Choose a smaller picture.")
                                 .arg(m_cache->maxBytes() / 1024)));
        return;
    }
    AvatarInfo info;
    info.id = AvatarCache::hashOf(image);
    info.bytes = image.size();
    info.type = type.isEmpty() ? imageType(image) : type;
    info.width = width;
    info.height = height;
    m_cache->store(info.id, image);
    // XEP-0084 3.1: the data node first, so the metadata never points at missing data.
    Element publish(QStringLiteral("publish"), kPubSubNs);
    publish.setAttribute(QStringLiteral("node"), DataNamespace);
    Element &item = publish.addChild(QStringLiteral("item"), kPubSubNs);
    item.setAttribute(QStringLiteral("id"), info.id);
    item.addChild(QStringLiteral("data"), DataNamespace)
        .setText(QString::fromLatin1(image.toBase64()));
    client()->sendIq(pubsubIq(QStringLiteral("set"), QString(), publish), context,
                     [this, info, context, done](const IqResult &r) {
                         if (!r.ok()) {
                             if (done)
                                 done(r.error);
                             return;
                         }
                         publishMetadata(info, context, done);
                     });
}

void AvatarFeature::removeOwn(QObject *context, Done done)
{
    publishMetadata(AvatarInfo(), context, std::move(done));
}

void AvatarFeature::publishMetadata(const AvatarInfo &info, QObject *context, Done done)
{
    Element publish(QStringLiteral("publish"), kPubSubNs);
    publish.setAttribute(QStringLiteral("node"), MetadataNamespace);
    Element metadata(QStringLiteral("metadata"), MetadataNamespace);
    Element &item = publish.addChild(QStringLiteral("item"), kPubSubNs);
    if (!info.id.isEmpty()) {
        // XEP-0084 3.2: the item id is the image's SHA-1, as in the data node.
        item.setAttribute(QStringLiteral("id"), info.id);
        metadata.appendChild(info.toElement());
    } // else XEP-0084 3.5: empty metadata disables the avatar
    item.appendChild(metadata);
    const QString hash = info.id;
    const Element iq = pubsubIq(QStringLiteral("set"), QString(), publish);
    client()->sendIq(iq, context, [this, hash, done](const IqResult &r) {
        if (r.ok()) {
            const Jid own = ownBare();
            m_wanted.remove(own);
            setCurrent(own, hash);
        }
        if (done)
            done(r.error);
    });
}

} // namespace charla
