#include "features/PresenceFeature.h"

#include "stream/Client.h"
#include "stream/IqTracker.h"

#include <utility>

namespace charla {

PresenceFeature::PresenceFeature(QObject *parent) : Feature(parent)
{
    m_own.show = Presence::Show::Online;
}

void PresenceFeature::sessionStarted(bool resumed)
{
    if (resumed) {
        // XEP-0198 5: a resumed stream is the same session. The server sends no presence
        // again (only what changed while the link was down, replayed next): what contacts
        // had before the break still holds.
        m_contacts = std::exchange(m_held, {});
        for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it)
            Q_EMIT presenceChanged(it.key());
        return;
    }
    m_held.clear();
    // RFC 6121 4.2: initial presence on every new session; a resumed stream kept it.
    if (m_own.show != Presence::Show::Offline)
        sendOwn();
}

void PresenceFeature::sessionEnded()
{
    // Without a stream every contact shows offline; kept aside in case it is resumed (a
    // failed reconnection attempt ends "a session" again, with nothing left to keep).
    if (m_contacts.isEmpty())
        return;
    m_held = std::exchange(m_contacts, {});
    Q_EMIT presenceReset();
}

void PresenceFeature::setPresence(Presence::Show show, const QString &status, int priority)
{
    m_own.show = show;
    m_own.status = status;
    m_own.priority = std::clamp(priority, -128, 127);
    if (client() && client()->isConnected())
        sendOwn();
    Q_EMIT ownPresenceChanged();
}

void PresenceFeature::setIdleSince(const QDateTime &since)
{
    if (m_own.idleSince == since)
        return;
    m_own.idleSince = since;
    // Kept private, the idle time changes nothing on the wire.
    if (m_sendIdle && client() && client()->isConnected() &&
        m_own.show != Presence::Show::Offline)
        sendOwn();
}

void PresenceFeature::setSendsIdleTime(bool on)
{
    if (m_sendIdle == on)
        return;
    m_sendIdle = on;
    // Only a presence that carries (or carried) an idle time changes on the wire.
    if (m_own.idleSince.isValid() && client() && client()->isConnected() &&
        m_own.show != Presence::Show::Offline)
        sendOwn();
}

void PresenceFeature::sendOwn()
{
    Presence p = m_own;
    p.to = Jid();
    if (!m_sendIdle)
        p.idleSince = QDateTime();
    p.type = m_own.show == Presence::Show::Offline ? Presence::Type::Unavailable
                                                   : Presence::Type::Available;
    Element e = p.toElement();
    if (p.type == Presence::Type::Available) {
        for (Feature *f : client()->features())
            f->decorateOwnPresence(e);
    }
    client()->send(e);
}

void PresenceFeature::sendSubscription(const Jid &jid, Presence::Type type, const QString &nick)
{
    Presence p;
    p.to = jid.bare(); // RFC 6121 3.1.1: subscription stanzas go to the bare JID
    p.type = type;
    p.nick = nick;
    client()->send(p.toElement());
}

void PresenceFeature::subscribe(const Jid &jid, const QString &nick)
{
    sendSubscription(jid, Presence::Type::Subscribe, nick);
}

void PresenceFeature::approve(const Jid &jid)
{
    sendSubscription(jid, Presence::Type::Subscribed);
}

void PresenceFeature::deny(const Jid &jid)
{
    sendSubscription(jid, Presence::Type::Unsubscribed);
}

void PresenceFeature::unsubscribe(const Jid &jid)
{
    sendSubscription(jid, Presence::Type::Unsubscribe);
}

QHash<QString, Presence> PresenceFeature::resources(const Jid &bare) const
{
    QHash<QString, Presence> byResource;
    const auto list = m_contacts.value(bare.bare());
    for (const Presence &p : list)
        byResource.insert(p.from.resource(), p);
    return byResource;
}

Presence PresenceFeature::best(const Jid &bare) const
{
    const auto resources = m_contacts.value(bare.bare());
    Presence bestSoFar;
    bestSoFar.show = Presence::Show::Offline;
    bestSoFar.type = Presence::Type::Unavailable;
    bool found = false;
    for (const Presence &p : resources) {
        const bool better = !found || p.priority > bestSoFar.priority ||
                            (p.priority == bestSoFar.priority && p.show < bestSoFar.show);
        if (better) {
            bestSoFar = p;
            found = true;
        }
    }
    return bestSoFar;
}

bool PresenceFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("presence"))
        return false;
    const auto presence = Presence::fromElement(stanza);
    if (!presence || !presence->from.isValid())
        return true; // malformed or from nobody: nothing to show, nothing to answer
    const Jid bare = presence->from.bare();
    switch (presence->type) {
    case Presence::Type::Available: {
        m_errors.remove(bare);
        QList<Presence> &list = m_contacts[bare];
        const QString resource = presence->from.resource();
        auto same = std::find_if(list.begin(), list.end(), [&](const Presence &p) {
            return p.from.resource() == resource;
        });
        if (same != list.end())
            *same = *presence;
        else
            list.append(*presence);
        Q_EMIT presenceChanged(bare);
        break;
    }
    case Presence::Type::Unavailable: {
        auto it = m_contacts.find(bare);
        if (it != m_contacts.end()) {
            // An unavailable presence from the bare JID means every resource is gone.
            if (presence->from.isBare()) {
                it->clear();
            } else {
                const QString resource = presence->from.resource();
                it->removeIf([&](const Presence &p) { return p.from.resource() == resource; });
            }
            if (it->isEmpty())
                m_contacts.erase(it);
        }
        Q_EMIT presenceChanged(bare);
        break;
    }
    case Presence::Type::Subscribe:
        Q_EMIT subscriptionRequested(bare, presence->nick);
        break;
    case Presence::Type::Subscribed:
        Q_EMIT subscriptionApproved(bare);
        break;
    case Presence::Type::Unsubscribed:
        Q_EMIT subscriptionRevoked(bare);
        break;
    case Presence::Type::Unsubscribe:
    case Presence::Type::Probe:
        break; // the server handles these (RFC 6121 3.3, 4.3)
    case Presence::Type::Error: {
        const Error e = stanzaError(stanza);
        m_errors.insert(bare, e);
        m_contacts.remove(bare);
        Q_EMIT presenceError(bare, e);
        Q_EMIT presenceChanged(bare);
        break;
    }
    }
    return true;
}

} // namespace charla
