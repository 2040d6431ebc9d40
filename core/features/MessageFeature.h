#pragma once

#include "features/Feature.h"
#include "stanza/ChatMessage.h"
#include "stanza/Jid.h"
#include "storage/HistoryStore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

class QTimer;

namespace charla {

class HistoryStore;
struct Message;

/// One-to-one chat messages (RFC 6121 5) and what rides on them: receipts (XEP-0184), chat
/// markers (XEP-0333), chat states (XEP-0085), corrections (XEP-0308), retractions (XEP-0424),
/// reactions (XEP-0444), replies (XEP-0461), origin/stanza ids (XEP-0359), delay (XEP-0203),
/// out-of-band links (XEP-0066).
///
/// Incoming messages are written to the HistoryStore inside handleStanza(), so they are
/// committed before the session counts them as handled for XEP-0198 (crash safety).
/// Carbons (XEP-0280) and archive results (XEP-0313) are unwrapped by their own features and
/// given to processForwarded() with the checks of their XEP already done.
class MessageFeature : public Feature
{
    Q_OBJECT
public:
    /// XEP-0085 states we send and show.
    enum class ChatState { None, Active, Composing, Paused, Inactive, Gone };
    Q_ENUM(ChatState)

    /// Extras for send().
    struct SendOptions
    {
        QString replyToId;   ///< XEP-0461
        QString replyToFrom;
        QString replyQuote;
        QString oobUrl;      ///< XEP-0066 (file upload links)
        QString oobDescription;
    };

    explicit MessageFeature(HistoryStore *store, QObject *parent = nullptr);

    /// Adds @p options' reply (XEP-0461, with its quote as XEP-0428 fallback before @p m's
    /// body) and link (XEP-0066; the body is the URL when empty) to @p m. Shared with rooms.
    static void addReplyAndLink(Message &m, const SendOptions &options);

    QStringList discoFeatures() const override;
    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    HistoryStore *store() const { return m_store; }

    /// Sends @p body to @p to (bare or full JID) with an origin-id and a receipt request,
    /// stores it as Pending first and returns the stored message (Failed when not connected
    /// and nothing could be queued).
    ChatMessage send(const Jid &to, const QString &body, const SendOptions &options = {});
    /// Sends a stored Failed or Pending message again (same origin-id).
    bool retry(qint64 id);
    /// XEP-0308: corrects our own message @p id (the newest outgoing one of its chat).
    bool correct(qint64 id, const QString &newBody);
    /// XEP-0424: retracts our own message @p id.
    bool retract(qint64 id);
    /// XEP-0444: our reactions to message @p id become exactly @p emojis.
    bool react(qint64 id, const QStringList &emojis);
    /// XEP-0085: tells @p to our chat state (only when it changed, and only to peers that
    /// support it or sent states themselves).
    void setChatState(const Jid &to, ChatState state);
    /// XEP-0333: the person has seen everything up to incoming message @p id.
    void markDisplayed(qint64 id);

    /// A message unwrapped from a carbon or an archive result: @p forwarded is the inner
    /// <message/>, @p delayStamp the <delay/> of the <forwarded/> (may be invalid),
    /// @p archiveId the trusted archive id (MAM result id, or empty), @p outgoing whether the
    /// account sent it. Returns the stored (or duplicate) message, or nullopt when it carries
    /// nothing to store (e.g. only a chat state).
    std::optional<ChatMessage> processForwarded(const Element &forwarded,
                                                const QDateTime &delayStamp,
                                                const QString &archiveId, bool outgoing,
                                                bool fromArchive);
    /// Whether the server stamps stanza-ids we may trust (disco feature urn:xmpp:sid:0 on the
    /// account's bare JID). Set by the account after disco; default false.
    void setServerStanzaIdsTrusted(bool trusted) { m_sidTrusted = trusted; }

    /// Privacy (the Settings dialog): off, no XEP-0085 typing notifications go out, not even
    /// <active/> on messages. Default on.
    void setSendsChatStates(bool on) { m_sendStates = on; }
    bool sendsChatStates() const { return m_sendStates; }
    /// Privacy: off, messages still count as read here but no XEP-0333 displayed marker tells
    /// the sender. Default on.
    void setSendsDisplayedMarkers(bool on) { m_sendMarkers = on; }
    bool sendsDisplayedMarkers() const { return m_sendMarkers; }

    /// The account's bare JID, for messages written before the first connection (the bound
    /// JID is used once there is one).
    void setAccountJid(const Jid &jid) { m_accountJid = jid.bare(); }

    /// The newest stamp of an incoming message stored as it came on the stream (not from the
    /// archive); invalid before the first.
    QDateTime newestLiveStamp() const { return m_newestLive; }

    /// The chat state @p chat last sent us (None when unknown or stale).
    ChatState peerChatState(const Jid &chat) const;
    /// Our own current chat state towards @p chat.
    ChatState ownChatState(const Jid &chat) const { return m_ownStates.value(chat.bare().full()); }

    /// XEP-0085 5.2 timing of our own states: Composing becomes Paused after @p pausedMs without
    /// typing; Active or Paused becomes Inactive after @p inactiveMs (defaults 30 s and 2 min).
    void setChatStateTimeouts(int pausedMs, int inactiveMs);

    /// One message from an archive page (XEP-0313), in archive order.
    struct Archived
    {
        Element message;      ///< the inner <message/>
        QDateTime delayStamp; ///< the <delay/> of its <forwarded/>
        QString archiveId;    ///< the archive's id (trusted: the result answered our query)
    };
    /// Stores an archive page: plain messages go to HistoryStore::addBatch in one transaction;
    /// corrections, retractions, reactions, receipts and markers are applied in order between
    /// them. Returns how many new messages were stored. With @p catchUp (messages that came
    /// while we were away), receipts are answered for new ones that ask: a server may keep
    /// offline messages back from a client that queries its archive (Prosody does), so the
    /// archive is the only way they reach us and the sender's "delivered" depends on it.
    /// @p olderThanStored: the page was fetched backwards (RSM <before/>), so its messages go
    /// before stored messages of the same second (HistoryStore::OlderPage).
    /// @p floor (a page fetched forwards, in archive order): new messages with an origin-id
    /// are placed no earlier than it, and it moves up to the stored time of each one already
    /// stored; archive stamps have whole seconds, and this keeps them after the messages that
    /// came before them in the archive but were stamped on arrival, a moment later.
    int processArchived(const QList<Archived> &items, bool catchUp = false,
                        bool olderThanStored = false, QDateTime *floor = nullptr);

    /// Whether @p jid may learn from us that we are online (receipts and markers reveal it,
    /// XEP-0184 8): the own account, or a roster contact with a subscription of 'from' or
    /// 'both' (the same people who see our presence; what Dino and Conversations do too).
    bool sharesPresenceWith(const Jid &jid) const;

Q_SIGNALS:
    /// A new incoming message was stored (not a duplicate, not from the archive).
    void messageReceived(const charla::ChatMessage &message);
    /// A peer's chat state changed.
    void chatStateChanged(const charla::Jid &chat, charla::MessageFeature::ChatState state);
    /// A correction, retraction or reaction was refused (wrong sender, unknown message).
    void refused(const QString &chat, const QString &reason);
    /// The server's support for trusted stanza-ids is known (disco of the own bare JID).
    void stanzaIdTrustChanged(bool trusted);

private:
    /// Where a message came from, which decides what of it is believed and answered.
    struct Origin
    {
        bool outgoing = false;  ///< sent by the account (a sent carbon, or ours in the archive)
        bool live = false;      ///< addressed to this resource right now (not a copy)
        bool fromArchive = false;
        QDateTime stamp;        ///< the best-known original time
        QString archiveId;      ///< trusted archive id, if any
    };

    /// Applies @p m; plain new messages go to @p batch when given (archive pages), otherwise
    /// they are stored at once. Returns the stored or changed message.
    std::optional<ChatMessage> process(const Message &m, const Origin &origin,
                                       QList<ChatMessage> *batch);
    /// Corrections, retractions and reactions (XEP-0308, 0424, 0444); true when @p m was one
    /// (applied or refused), @p result then holds the changed message if any.
    bool applyEdit(const Message &m, const Origin &origin, const QString &chat,
                   std::optional<ChatMessage> *result);
    /// Receipts and markers moving an outgoing message forward (XEP-0184, XEP-0333).
    void applyDeliveryReport(const Message &m, const Origin &origin, const QString &chat);
    void handleError(const Message &m);
    void handlePeerChatState(const Message &m, const QString &chat);
    void answerReceipt(const Message &m);
    void onAcknowledged(const QString &id);
    void checkStanzaIdSupport();
    int flushBatch(QList<ChatMessage> *batch, HistoryStore::OlderPage *olderPage = nullptr);
    /// Whether an incoming message is already in the store (by origin-id or id, same sender).
    bool isStored(const Message &m) const;
    /// The stanza of a stored outgoing message (for send and retry).
    Element buildOutgoing(const ChatMessage &message, const SendOptions &options) const;
    bool transmit(ChatMessage &message, const Element &stanza);
    void sendChatState(const QString &chat, ChatState state);
    void armChatStateTimer(const QString &chat, ChatState state);
    QString ownBare() const;

    HistoryStore *m_store;
    Jid m_accountJid;
    bool m_sidTrusted = false;
    bool m_ackConnected = false;
    bool m_sendStates = true;
    bool m_sendMarkers = true;
    int m_pausedMs = 30 * 1000;
    int m_inactiveMs = 2 * 60 * 1000;
    QHash<QString, ChatState> m_peerStates;
    QHash<QString, ChatState> m_ownStates;
    QHash<QString, QTimer *> m_stateTimers;   ///< per chat: our next automatic state change
    QSet<QString> m_statePeers;               ///< bare JIDs that sent us chat states
    QSet<QString> m_markerPeers;              ///< bare JIDs whose messages were markable
    QHash<QString, qint64> m_unacked;         ///< stanza id -> row of messages awaiting the ack
    QDateTime m_newestLive;  ///< newestLiveStamp()
    QDateTime m_resumeFloor; ///< after a resumption: m_newestLive then, until the replay ends
    QDateTime m_sessionFloor;   ///< m_newestLive when this session started
    QDateTime m_sessionStart;   ///< when this session (new or resumed) started
    QDateTime m_firstUndelayed; ///< stamp of this session's first live stanza without a delay
};

} // namespace charla
