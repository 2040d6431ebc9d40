#include "features/NamespaceNames.h"

#include <QCoreApplication>

namespace charla {

namespace {
struct Entry
{
    const char *key;
    const char *name; // source text, translated in context "charla::NamespaceNames"
};

// Feature namespaces a person meets in a service browser (XEP-0030 features of servers,
// components and clients). The text says what the entity can do, not the XEP number.
const Entry kNamespaces[] = {
    {"http://jabber.org/protocol/disco#info", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Service discovery (information)")},
    {"http://jabber.org/protocol/disco#items", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Service discovery (items)")},
    {"http://jabber.org/protocol/muc", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Group chat")},
    {"urn:xmpp:http:upload:0", QT_TRANSLATE_NOOP("charla::NamespaceNames", "File upload")},
    {"http://jabber.org/protocol/pubsub", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Publish-subscribe")},
    {"http://jabber.org/protocol/commands", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Commands")},
    //: A feature a service offers (XEP-0077): signing up for an account (a noun).
    {"jabber:iq:register", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Registration")},
    {"vcard-temp", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Contact card (vCard)")},
    {"urn:xmpp:mam:2", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Message archive")},
    {"urn:xmpp:carbons:2", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Message copies to all devices")},
    //: A feature a server offers (XEP-0191): blocking other users (a noun).
    {"urn:xmpp:blocking", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Blocking")},
    {"jabber:iq:version", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Software version")},
    //: A feature (XEP-0202): a client or server tells its local time.
    {"urn:xmpp:time", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Entity time")},
    {"jabber:iq:last", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Last activity")},
    {"urn:xmpp:ping", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Ping")},
    {"jabber:iq:roster", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Contact list")},
    {"jabber:iq:private", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Private storage")},
    {"jabber:iq:search", QT_TRANSLATE_NOOP("charla::NamespaceNames", "User search")},
    {"http://jabber.org/protocol/caps", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Capabilities")},
    {"urn:xmpp:sm:3", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Stream management")},
    {"urn:xmpp:csi:0", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Client state indication")},
    {"http://jabber.org/protocol/bytestreams", QT_TRANSLATE_NOOP("charla::NamespaceNames", "File transfer proxy")},
    {"urn:xmpp:extdisco:2", QT_TRANSLATE_NOOP("charla::NamespaceNames", "External services (STUN/TURN)")},
    {"urn:xmpp:push:0", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Push notifications")},
    {"http://jabber.org/protocol/pubsub#publish", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Publish-subscribe: publish")},
    {"urn:xmpp:bookmarks:1", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Bookmarks")},
    {"urn:xmpp:avatar:metadata", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Avatars")},
    {"msgoffline", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Offline messages")},
    {"jabber:x:data", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Data forms")},
};

// Identities (XEP-0030 registry), as "category/type".
const Entry kIdentities[] = {
    {"server/im", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Chat server")},
    {"conference/text", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Group chat service")},
    {"store/file", QT_TRANSLATE_NOOP("charla::NamespaceNames", "File storage")},
    {"pubsub/service", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Publish-subscribe service")},
    {"pubsub/pep", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Personal events")},
    {"proxy/bytestreams", QT_TRANSLATE_NOOP("charla::NamespaceNames", "File transfer proxy")},
    {"gateway/", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Gateway")},
    {"client/pc", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Desktop client")},
    {"client/phone", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Phone client")},
    {"client/web", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Web client")},
    {"automation/command-list", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Command list")},
    {"automation/command-node", QT_TRANSLATE_NOOP("charla::NamespaceNames", "Command")},
    {"directory/user", QT_TRANSLATE_NOOP("charla::NamespaceNames", "User directory")},
};
} // namespace

QString namespaceName(const QString &ns)
{
    for (const Entry &e : kNamespaces) {
        if (ns == QLatin1String(e.key))
            return QCoreApplication::translate("charla::NamespaceNames", e.name);
    }
    return QString();
}

QString identityName(const QString &category, const QString &type)
{
    const QString full = category + QLatin1Char('/') + type;
    for (const Entry &e : kIdentities) {
        if (full == QLatin1String(e.key))
            return QCoreApplication::translate("charla::NamespaceNames", e.name);
    }
    // Any gateway type (xmpp, irc, ...) is still a gateway.
    const QString anyType = category + QLatin1Char('/');
    for (const Entry &e : kIdentities) {
        if (anyType == QLatin1String(e.key))
            return QCoreApplication::translate("charla::NamespaceNames", e.name);
    }
    return QString();
}

} // namespace charla
