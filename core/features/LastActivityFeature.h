#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <functional>
#include <optional>

namespace charla {

/// The answer of XEP-0012 Last Activity:
/// `<query xmlns='jabber:iq:last' seconds='N'>status</query>`.
struct LastActivity
{
    /// For a bare JID: seconds since the contact was last connected (0 while online); for a
    /// full JID: since that resource was last active; for a server: its uptime (XEP-0012 7).
    qint64 seconds = 0;
    QString status; ///< the status of the last unavailable presence, if the server kept it

    /// Reads a `<query xmlns='jabber:iq:last'/>`; nullopt when it is not one or its required
    /// 'seconds' is missing or not a non-negative number (XEP-0012 2).
    static std::optional<LastActivity> fromQuery(const Element &query);
    Element toQuery() const;
    bool operator==(const LastActivity &o) const
    {
        return seconds == o.seconds && status == o.status;
    }
};

/// XEP-0012 Last Activity, asking only: when was an offline contact last seen. (Charla does not
/// answer these questions about itself: the Client's default service-unavailable is the answer
/// XEP-0012 4 asks of a client that keeps it private.)
class LastActivityFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("jabber:iq:last");
    using LastActivityCallback =
        std::function<void(const LastActivity &activity, const Error &error)>;

    explicit LastActivityFeature(QObject *parent = nullptr);

    bool handleStanza(const Element &) override { return false; }

    /// Asks @p jid (usually a contact's bare JID, answered by their server; XEP-0012 3). The
    /// server answers forbidden unless we may see the contact's presence. @p done is not called
    /// if @p context is destroyed first.
    void requestLastActivity(const Jid &jid, QObject *context, LastActivityCallback done);
};

} // namespace charla
