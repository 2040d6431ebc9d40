#pragma once

#include "features/Feature.h"
#include "stanza/ChatMessage.h"
#include "stanza/Jid.h"

#include <QHash>

namespace charla {

class HistoryStore;

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

    /// The chat state @p chat last sent us (None when unknown or stale).
    ChatState peerChatState(const Jid &chat) const;

Q_SIGNALS:
    /// A new incoming message was stored (not a duplicate, not from the archive).
    void messageReceived(const charla::ChatMessage &message);
    /// A peer's chat state changed.
    void chatStateChanged(const charla::Jid &chat, charla::MessageFeature::ChatState state);
    /// A correction, retraction or reaction was refused (wrong sender, unknown message).
    void refused(const QString &chat, const QString &reason);

private:
    HistoryStore *m_store;
    bool m_sidTrusted = false;
    QHash<QString, ChatState> m_peerStates;
    QHash<QString, ChatState> m_ownStates;
};

} // namespace charla
