#pragma once

#include "features/Feature.h"
#include "stanza/RosterItem.h"
#include "stream/IqTracker.h"

#include <QHash>

namespace charla {

class RosterCache;

/// The roster (RFC 6121 section 2): fetched at login with versioning, kept in the cache,
/// updated by pushes that are accepted only from the account itself, and edited with roster
/// sets. Signals are keyed and past tense, for RosterModel.
class RosterFeature : public Feature
{
    Q_OBJECT
public:
    /// @p cache may be null (no persistence, as in charla-cli without a profile).
    explicit RosterFeature(RosterCache *cache = nullptr, QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;

    /// Every contact, in no particular order.
    QList<RosterItem> items() const { return m_items.values(); }
    bool contains(const Jid &jid) const { return m_items.contains(jid.bare()); }
    RosterItem item(const Jid &jid) const { return m_items.value(jid.bare()); }
    int count() const { return int(m_items.size()); }
    /// The roster version the cache holds (empty when none).
    QString version() const { return m_version; }
    /// Bytes of the last roster result (0 when the server said the cache is current).
    qint64 lastResultBytes() const { return m_lastResultBytes; }

    using Done = std::function<void(const Error &)>;
    /// Adds or updates a contact (name and groups), RFC 6121 2.3 / 2.4.
    void addOrUpdate(const RosterItem &item, QObject *context, Done done = {});
    /// Removes a contact (which also cancels the subscriptions both ways), RFC 6121 2.5.
    void remove(const Jid &jid, QObject *context, Done done = {});

    /// Applies a roster result (`<iq type='result'/>`, RFC 6121 2.1.4 / 2.6.3) as the answer to
    /// our own request; public so that tests and benchmarks can load a roster without a server.
    void applyResult(const Element &iq);

Q_SIGNALS:
    /// The whole roster was (re)loaded: from the cache at start, or a full roster result.
    void rosterReset();
    /// The server confirmed the cache is current (nothing was downloaded).
    void rosterUpToDate();
    void itemAdded(const charla::Jid &jid);
    void itemChanged(const charla::Jid &jid);
    void itemRemoved(const charla::Jid &jid);
    /// A roster push from someone other than the account was refused.
    void pushRejected(const QString &from);
    void errorOccurred(const charla::Error &error);

private:
    void request();
    void handleResult(const IqResult &result);
    void handlePush(const Element &iq);
    void apply(const RosterItem &item);
    void set(const RosterItem &item, QObject *context, Done done);

    RosterCache *m_cache = nullptr;
    QHash<Jid, RosterItem> m_items;
    QString m_version;
    qint64 m_lastResultBytes = 0;
};

} // namespace charla
