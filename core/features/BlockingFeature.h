#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QList>
#include <QSet>

#include <functional>

namespace charla {

/// XEP-0191 Blocking Command: the server-side list of addresses whose stanzas never reach the
/// account. Fetched at session start when the server supports it (asked with disco#info, as
/// XEP-0191 3.1 requires), kept current by the server's pushes, edited with block/unblock.
///
/// Pushes are accepted only from the account itself (no 'from', or the own bare JID), the rule
/// of roster pushes (RFC 6121 2.1.6); anyone else gets service-unavailable and changes nothing.
class BlockingFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("urn:xmpp:blocking");

    using Done = std::function<void(const Error &error)>;

    explicit BlockingFeature(QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;

    /// The server said it supports XEP-0191 (false until its disco#info answered).
    bool isSupported() const { return m_supported; }
    /// The blocklist was received this session.
    bool isLoaded() const { return m_loaded; }
    /// Every blocked address, sorted.
    QList<Jid> blocklist() const;
    /// Whether the server withholds stanzas from @p jid: an item equal to the full JID, its
    /// bare JID, its domain/resource or its domain matches (XEP-0191 6).
    bool isBlocked(const Jid &jid) const;

    /// Blocks @p jids (XEP-0191 3.3). The list changes when the server confirms.
    void block(const QList<Jid> &jids, QObject *context, Done done = {});
    /// Unblocks @p jids (XEP-0191 3.4).
    void unblock(const QList<Jid> &jids, QObject *context, Done done = {});
    /// Empties the blocklist (XEP-0191 3.5).
    void unblockAll(QObject *context, Done done = {});

Q_SIGNALS:
    /// The blocklist was loaded or changed.
    void blocklistChanged();
    /// A block or unblock push from someone other than the account was refused.
    void pushRejected(const QString &from);
    void errorOccurred(const charla::Error &error);

private:
    void requestList();
    void edit(const QString &action, const QList<Jid> &jids, QObject *context, Done done);
    /// Applies `<block/>` or `<unblock/>`; emits blocklistChanged() when something changed.
    void apply(const Element &action);

    QSet<Jid> m_blocked;
    bool m_supported = false;
    bool m_loaded = false;
};

} // namespace charla
