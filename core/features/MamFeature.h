#pragma once

#include "features/Feature.h"
#include "features/MessageFeature.h"
#include "stanza/MamQuery.h"
#include "stream/Error.h"
#include "stream/IqTracker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

namespace charla {

class HistoryStore;
struct MamFin;

/// XEP-0313 message archive management (urn:xmpp:mam:2) for the account's own archive.
///
/// At each new session it catches up from HistoryStore::lastArchiveId() page by page (RSM,
/// XEP-0059); with no id yet it fetches only the newest messages (initialDays(), at most
/// initialLimit()) instead of the whole archive. Once a catch-up is done, the id to continue
/// from moves with each message that arrives live (its stanza-id is its archive id) for as long
/// as the stream lasts or is resumed, so a new session fetches only what the old one missed.
/// Open queries survive a dropped stream that is resumed (XEP-0198). Older history of one chat
/// is fetched on demand with fetchOlder() when the person scrolls past what the store holds.
///
/// A <result/> is believed only when it answers a query that is open, with the same queryid,
/// and comes from the archive that query asked (the own bare JID, or no 'from'); anything else
/// is dropped (XEP-0313 5: otherwise anyone could inject "archived" messages).
class MamFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = MamQuery::Namespace;

    MamFeature(MessageFeature *messages, HistoryStore *store, QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    /// Starts a catch-up now (also done at every new session). No-op while one runs.
    void catchUp();
    bool isCatchingUp() const { return m_catchUpRunning; }
    /// Asks the archive for up to @p max messages of @p chat older than the archive id
    /// @p beforeId (or, when it is empty, older than @p before); olderFetched() tells the end.
    /// With neither, it fetches the newest page of @p chat: what a chat opened during the
    /// catch-up should call, so its own messages come first (the catch-up deduplicates).
    void fetchOlder(const QString &chat, const QString &beforeId, const QDateTime &before,
                    int max = 50);

    /// Page size of queries (default 100).
    void setPageSize(int n) { m_pageSize = n; }
    /// The first catch-up (no archive id stored) fetches at most @p messages of the last
    /// @p days days (defaults 500 and 7).
    void setInitialLimits(int messages, int days)
    {
        m_initialLimit = messages;
        m_initialDays = days;
    }
    int initialLimit() const { return m_initialLimit; }
    int initialDays() const { return m_initialDays; }
    /// How many queries are open (for tests).
    int openQueries() const { return int(m_queries.size()); }

Q_SIGNALS:
    void catchUpStarted();
    /// Catch-up progress: messages fetched so far and the archive's estimate (-1: unknown).
    void progress(int fetched, int estimated);
    /// The catch-up reached the newest archived message; @p added new messages were stored.
    void catchUpFinished(int added);
    /// fetchOlder() ended: @p added new messages; @p complete when the archive has no older.
    void olderFetched(const QString &chat, int added, bool complete);
    /// A result was dropped: not for an open query of ours, or from the wrong archive.
    void resultRejected(const QString &from, const QString &reason);
    void errorOccurred(const charla::Error &error);

private:
    enum class Purpose { CatchUpForward, CatchUpInitial, Older };
    struct Query
    {
        Purpose purpose = Purpose::CatchUpForward;
        QString chat;
        QList<MessageFeature::Archived> results;
        int max = 0;
    };

    void sendQuery(MamQuery query, Purpose purpose, const QString &chat = QString());
    void onFinished(const QString &queryId, const IqResult &result);
    void continueCatchUp(const Query &query, const MamFin &fin, int added);
    void finishCatchUp();
    void startInitial();
    void onLiveMessage(const ChatMessage &message);
    /// Stores the live anchor (if any) as the archive id to continue from.
    void saveLiveAnchor();

    MessageFeature *m_messages;
    HistoryStore *m_store;
    QHash<QString, Query> m_queries;
    bool m_catchUpRunning = false;
    int m_fetched = 0;
    int m_added = 0;
    QString m_newestId; ///< initial catch-up: the newest id seen, stored when done
    int m_pageSize = 100;
    int m_initialLimit = 500;
    int m_initialDays = 7;
    quint64 m_generation = 0; ///< bumps per session; answers of an older one are ignored
    /// Every archived message up to now is stored: a catch-up completed on this stream, which
    /// has at most been resumed since.
    bool m_gapless = false;
    QString m_liveAnchor; ///< archive id of the newest live message while gapless, not yet saved
    QElapsedTimer m_anchorSaved;
    QDateTime m_notBefore; ///< forward catch-up: the floor of new messages' stamps
};

} // namespace charla
