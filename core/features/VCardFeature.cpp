#include "features/VCardFeature.h"

#include "features/AvatarFeature.h"
#include "storage/AvatarCache.h"
#include "stream/Client.h"

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
}

VCardFeature::VCardFeature(QObject *parent) : Feature(parent) {}

void VCardFeature::request(const Jid &jid, QObject *context, VCardCallback done)
{
    Q_ASSERT(client());
    const Jid bare = jid.bare();
    const bool own = !bare.isValid() || bare == client()->jid().bare();
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    // XEP-0054 3.1: one's own vCard is asked with no 'to'; a contact's at the bare JID.
    if (!own)
        iq.setAttribute(QStringLiteral("to"), bare.full());
    iq.appendChild(VCard::requestElement());
    client()->sendIq(iq, context, [own, done = std::move(done)](const IqResult &r) {
        if (!r.ok()) {
            // XEP-0054 3.1: "no vCard" is item-not-found, or service-unavailable for a
            // contact (3.3: the same answer as for no such user, against harvesting).
            const bool none = r.error.condition == QLatin1String("item-not-found") ||
                              (!own && r.error.condition == QLatin1String("service-unavailable"));
            done(VCard(), none ? Error() : r.error);
            return;
        }
        const Element payload = r.iq.firstChild(QStringLiteral("vCard"), VCard::Namespace);
        // An empty result also means no vCard (XEP-0054 3.1).
        done(VCard::fromElement(payload).value_or(VCard()), Error());
    });
}

void VCardFeature::publishOwn(const VCard &vcard, QObject *context, Done done)
{
    Q_ASSERT(client());
    VCard copy = vcard;
    if (copy.photo.isEmpty()) {
        if (const auto *avatars = client()->feature<AvatarFeature>()) {
            const QString hash = avatars->ownHash();
            const QByteArray image = hash.isEmpty() ? QByteArray() : avatars->cache()->data(hash);
            if (!image.isEmpty()) {
                copy.photo = image;
                copy.photoType = AvatarFeature::imageType(image);
            }
        }
    }
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    // XEP-0054 3.2: a set with no 'to' address, which is the account's own bare JID
    // (RFC 6120 10.3.3).
    iq.appendChild(copy.toElement());
    client()->sendIq(iq, context, [done = std::move(done)](const IqResult &r) {
        if (done)
            done(r.error);
    });
}

} // namespace charla
