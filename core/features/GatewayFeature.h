#pragma once

#include "features/Feature.h"
#include "stanza/DiscoInfo.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

namespace charla {

class DiscoClient;
class PresenceFeature;
class RosterFeature;

/// Gateways to other networks (XEP-0100) for one account: finds the server's transports (disco
/// identities of category "gateway"), remembers those the account is registered with (their
/// address in the roster), lets their contacts in (a subscription request from a contact of a
/// registered gateway is approved and the contact put in the gateway's own roster group), and
/// on unregistering removes the gateway and its contacts from the roster.
///
/// Only gateways the person registered with are trusted this way: a subscription request from
/// any other address goes to PresenceFeature and the person decides.
class GatewayFeature : public Feature
{
    Q_OBJECT
public:
    struct Gateway
    {
        QString jid;  ///< the transport's address (a domain)
        QString name; ///< its identity name, may be empty
        QString type; ///< its identity type ("irc", "xmpp", "telegram", ...)
        bool registered = false;
        /// The roster group of its contacts: its name, else its address.
        QString group() const { return name.isEmpty() ? jid : name; }
    };
    using FindCallback = std::function<void(const QList<Gateway> &gateways, const Error &error)>;
    using Done = std::function<void(const Error &error)>;

    GatewayFeature(RosterFeature *roster, PresenceFeature *presence, DiscoClient *disco,
                   QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;

    /// XEP-0100 5: the server's items whose identity category is "gateway".
    void findGateways(QObject *context, FindCallback done);
    /// Every gateway known this session (found on the server or registered), by address.
    QList<Gateway> knownGateways() const;
    /// The gateways the account is registered with (known this session).
    QList<Gateway> registeredGateways() const;
    /// The gateway @p domain, if known (found or registered).
    std::optional<Gateway> gateway(const QString &domain) const;
    /// True when @p jid is a contact on a registered gateway (or the gateway itself).
    bool isGatewayContact(const Jid &jid) const;

    /// After registering with @p gateway (XEP-0100 6.3): puts it in the roster and asks for
    /// its presence, so its contacts' requests are let in.
    void registered(const Gateway &gateway);
    /// XEP-0100 6.4: unregisters, then removes the gateway's contacts and the gateway itself
    /// from the roster.
    void unregister(const Jid &gateway, QObject *context, Done done);

Q_SIGNALS:
    /// The list of registered gateways changed.
    void gatewaysChanged();
    /// A contact of a gateway was let in (approved and put in its group).
    void contactAdded(const charla::Jid &contact, const QString &gateway);

private:
    void learnFromRoster();
    void noteInfo(const QString &domain, const DiscoInfo &info);

    QPointer<RosterFeature> m_roster;
    QPointer<PresenceFeature> m_presence;
    QPointer<DiscoClient> m_disco;
    QHash<QString, Gateway> m_gateways; ///< by domain
};

} // namespace charla
