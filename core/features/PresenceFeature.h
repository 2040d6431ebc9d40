#pragma once

#include "features/Feature.h"
#include "stanza/Presence.h"
#include "stream/Error.h"

#include <QHash>

namespace charla {

/// Presence (RFC 6121 4) and subscriptions (RFC 6121 3): the account's own availability,
/// every contact's presence per resource, and the subscription handshake.
class PresenceFeature : public Feature
{
    Q_OBJECT
public:
    explicit PresenceFeature(QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    // --- Own presence ---------------------------------------------------------------------
    /// Sets and (when connected) broadcasts the account's presence; it is sent again as the
    /// initial presence of every new session. Offline sends unavailable presence.
    void setPresence(Presence::Show show, const QString &status = QString(), int priority = 0);
    Presence::Show ownShow() const { return m_own.show; }
    QString ownStatus() const { return m_own.status; }
    int ownPriority() const { return m_own.priority; }
    /// XEP-0319: idle since @p since (invalid: not idle); re-broadcasts when connected.
    void setIdleSince(const QDateTime &since);
    /// Privacy (the Settings dialog): off, the XEP-0319 idle time is kept to ourselves (the
    /// presence still says Away). Default on; a change is broadcast when connected.
    void setSendsIdleTime(bool on);
    bool sendsIdleTime() const { return m_sendIdle; }

    // --- Contacts ---------------------------------------------------------------------------
    /// Every available resource of @p bare, by resource.
    QHash<QString, Presence> resources(const Jid &bare) const;
    /// The resource that represents the contact (RFC 6121 4.7.2.3 priority, then the most
    /// available show, then the most recent); show Offline when none is available.
    Presence best(const Jid &bare) const;
    /// The last error presence of @p bare, if any.
    Error lastError(const Jid &bare) const { return m_errors.value(bare.bare()); }

    // --- Subscriptions (RFC 6121 3) ---------------------------------------------------------
    /// Asks to see @p jid's presence, optionally introducing ourselves with a nickname.
    void subscribe(const Jid &jid, const QString &nick = QString());
    /// Approves a request (or pre-approves one, RFC 6121 3.4).
    void approve(const Jid &jid);
    /// Denies a request, or cancels a subscription the contact has to us.
    void deny(const Jid &jid);
    /// Stops seeing @p jid's presence.
    void unsubscribe(const Jid &jid);

Q_SIGNALS:
    /// A contact's presence changed (one signal per stanza; models batch them).
    void presenceChanged(const charla::Jid &bare);
    /// All contacts went offline at once (the session ended).
    void presenceReset();
    void ownPresenceChanged();
    /// @p from asks to see our presence; @p nick is their XEP-0172 nickname, if given.
    void subscriptionRequested(const charla::Jid &from, const QString &nick);
    void subscriptionApproved(const charla::Jid &from);
    void subscriptionRevoked(const charla::Jid &from);
    void presenceError(const charla::Jid &from, const charla::Error &error);

private:
    void sendOwn();
    void sendSubscription(const Jid &jid, Presence::Type type, const QString &nick = QString());

    Presence m_own;
    bool m_sendIdle = true;
    // A contact has a handful of resources: a small list per contact costs far less than a
    // hash per contact (Qt 6.4 allocates a 128-slot span for the first entry of a QHash).
    QHash<Jid, QList<Presence>> m_contacts;
    QHash<Jid, QList<Presence>> m_held; ///< m_contacts while the stream is down (may resume)
    QHash<Jid, Error> m_errors;
};

} // namespace charla
