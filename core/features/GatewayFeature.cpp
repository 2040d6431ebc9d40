#include "features/GatewayFeature.h"

#include "features/DiscoClient.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/ServiceRegistration.h"
#include "stanza/Presence.h"
#include "stream/Client.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcGateway, "charla.gateway")

namespace charla {

namespace {
const auto kGatewayCategory = QStringLiteral("gateway");
} // namespace

GatewayFeature::GatewayFeature(RosterFeature *roster, PresenceFeature *presence,
                               DiscoClient *disco, QObject *parent)
    : Feature(parent), m_roster(roster), m_presence(presence), m_disco(disco)
{
    if (m_roster) {
        // A full roster (rosterReset) or the cached one confirmed current (rosterUpToDate).
        connect(m_roster, &RosterFeature::rosterReset, this, &GatewayFeature::learnFromRoster);
        connect(m_roster, &RosterFeature::rosterUpToDate, this, &GatewayFeature::learnFromRoster);
    }
}

void GatewayFeature::sessionStarted(bool resumed)
{
    if (!resumed)
        m_gateways.clear();
}

void GatewayFeature::noteInfo(const QString &domain, const DiscoInfo &info)
{
    for (const DiscoIdentity &i : info.identities) {
        if (i.category != kGatewayCategory)
            continue;
        Gateway &g = m_gateways[domain];
        g.jid = domain;
        g.name = i.name;
        g.type = i.type;
        return;
    }
}

void GatewayFeature::learnFromRoster()
{
    if (!m_roster || !m_disco || !client())
        return;
    // XEP-0100 6.3: a registered gateway is in the roster under its own address (a domain).
    const QString own = client()->jid().domain();
    for (const RosterItem &item : m_roster->items()) {
        if (item.jid.hasLocalpart() || item.jid.domain() == own)
            continue;
        const QString domain = item.jid.bare().full();
        m_disco->info(item.jid.bare(), QString(), this,
                      [this, domain](const DiscoInfo &info, const Error &error) {
                          if (error.isError())
                              return;
                          noteInfo(domain, info);
                          if (m_gateways.contains(domain)) {
                              m_gateways[domain].registered = true;
                              Q_EMIT gatewaysChanged();
                          }
                      });
    }
}

void GatewayFeature::findGateways(QObject *context, FindCallback done)
{
    if (!m_disco || !client() || !client()->isConnected()) {
        done({}, Error::make(Error::Policy, QStringLiteral("offline"),
                             tr("The account is not connected.")));
        return;
    }
    const Jid server = Jid::parse(client()->jid().domain());
    QPointer<GatewayFeature> self(this);
    m_disco->items(server, QString(), context, [self, context, done](const QList<DiscoItem> &items,
                                                                     const Error &error) {
        if (!self)
            return;
        if (error.isError()) {
            done({}, error);
            return;
        }
        // One answer per item, then the list: a shared counter (cached answers come at once).
        auto pending = std::make_shared<int>(1);
        auto finish = [self, pending, done] {
            if (--*pending > 0 || !self)
                return;
            done(self->knownGateways(), Error());
        };
        for (const DiscoItem &item : items) {
            if (!item.node.isEmpty())
                continue;
            ++*pending;
            const QString domain = item.jid;
            self->m_disco->info(Jid::parse(item.jid), QString(), context,
                                [self, domain, finish](const DiscoInfo &info, const Error &e) {
                                    if (self && !e.isError())
                                        self->noteInfo(domain, info);
                                    finish();
                                });
        }
        finish();
    });
}

QList<GatewayFeature::Gateway> GatewayFeature::knownGateways() const
{
    QList<Gateway> out = m_gateways.values();
    std::sort(out.begin(), out.end(), [](const Gateway &a, const Gateway &b) { return a.jid < b.jid; });
    return out;
}

QList<GatewayFeature::Gateway> GatewayFeature::registeredGateways() const
{
    QList<Gateway> out;
    for (const Gateway &g : m_gateways)
        if (g.registered)
            out.append(g);
    return out;
}

std::optional<GatewayFeature::Gateway> GatewayFeature::gateway(const QString &domain) const
{
    const auto it = m_gateways.constFind(domain);
    if (it == m_gateways.constEnd())
        return std::nullopt;
    return *it;
}

bool GatewayFeature::isGatewayContact(const Jid &jid) const
{
    const auto it = m_gateways.constFind(jid.domain());
    return it != m_gateways.constEnd() && it->registered;
}

void GatewayFeature::registered(const Gateway &gateway)
{
    Gateway g = gateway;
    g.registered = true;
    m_gateways.insert(g.jid, g);
    Q_EMIT gatewaysChanged();
    if (!m_roster || !m_presence)
        return;
    RosterItem item;
    item.jid = Jid::parse(g.jid);
    item.name = g.group();
    item.groups = {g.group()};
    m_roster->addOrUpdate(item, this);
    m_presence->subscribe(item.jid);
}

bool GatewayFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("presence"))
        return false;
    if (stanza.attribute(QStringLiteral("type")) != QLatin1String("subscribe"))
        return false;
    const Jid from = Jid::parse(stanza.attribute(QStringLiteral("from")));
    if (!from.isValid() || !isGatewayContact(from))
        return false; // the person decides (PresenceFeature, SubscriptionNotices)
    const Gateway g = m_gateways.value(from.domain());
    const Jid bare = from.bare();
    qCDebug(lcGateway) << "letting in a contact of" << g.jid;
    // XEP-0100 6.3.1 / 7: the gateway's own request and its contacts' are approved, and the
    // subscription made mutual; contacts go to the gateway's group.
    if (m_presence) {
        m_presence->approve(bare);
        const RosterItem existing = m_roster ? m_roster->item(bare) : RosterItem();
        const bool seeing = existing.subscription == RosterItem::Subscription::To ||
                            existing.subscription == RosterItem::Subscription::Both ||
                            existing.askSubscribe;
        if (!seeing)
            m_presence->subscribe(bare);
    }
    if (m_roster && bare.hasLocalpart()) {
        RosterItem item = m_roster->item(bare);
        const bool known = item.jid.isValid();
        item.jid = bare;
        if (item.name.isEmpty()) {
            const auto nick = Presence::fromElement(stanza);
            if (nick && !nick->nick.isEmpty())
                item.name = nick->nick;
        }
        if (!item.groups.contains(g.group()))
            item.groups.append(g.group());
        if (!known || item.groups != m_roster->item(bare).groups)
            m_roster->addOrUpdate(item, this);
        Q_EMIT contactAdded(bare, g.jid);
    }
    return true;
}

void GatewayFeature::unregister(const Jid &gateway, QObject *context, Done done)
{
    if (!client()) {
        done(Error::make(Error::Policy, QStringLiteral("offline"), tr("The account is not connected.")));
        return;
    }
    QPointer<GatewayFeature> self(this);
    const QString domain = gateway.bare().full();
    ServiceRegistration::unregister(
        *client(), gateway, context, [self, domain, done](const Error &error) {
            if (error.isError() || !self) {
                done(error);
                return;
            }
            // XEP-0100 6.4: the gateway's contacts and the gateway leave the roster.
            if (self->m_roster) {
                for (const RosterItem &item : self->m_roster->items())
                    if (item.jid.domain() == domain)
                        self->m_roster->remove(item.jid, self);
            }
            self->m_gateways[domain].registered = false;
            Q_EMIT self->gatewaysChanged();
            done(Error());
        });
}

} // namespace charla
