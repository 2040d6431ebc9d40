#pragma once

#include "features/Feature.h"
#include "features/MessageFeature.h"
#include "features/MucRoom.h"
#include "stanza/ChatMessage.h"
#include "stanza/DataForm.h"
#include "stanza/Jid.h"
#include "stanza/MucItem.h"
#include "stream/Error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace charla {

class HistoryStore;
struct Message;
struct MucUser;
struct IqResult;

/// Group chat (XEP-0045) and what rides on it: history from the room's archive (XEP-0313) or
/// its own history, stanza-ids (XEP-0359) and occupant-ids (XEP-0421) trusted only from rooms
/// that advertise them, self-ping (XEP-0410), moderation (XEP-0045 admin, XEP-0425), room
/// configuration (XEP-0045 owner with XEP-0004 forms) and invitations (XEP-0045 7.8, XEP-0249).
///
/// A room is a conversation like a one-to-one chat: its messages go to the HistoryStore with
/// ChatMessage::chat = the room's bare JID and ChatMessage::from = the occupant's room JID, so
/// ConversationModel shows it; private messages to an occupant are the chat "room/nick".
///
/// Only rooms we joined are believed: a groupchat message or a room presence from any other
/// JID is dropped, and carbons are never unwrapped here (a carbon-wrapped groupchat message
/// is not an occupant's message). Add this feature before MessageFeature and PresenceFeature:
/// it takes the room traffic they must not see.
class MucFeature : public Feature
{
    Q_OBJECT
public:
    /// Why we are out of a room (XEP-0045 status codes, 10.9 destruction).
    enum class Removal { Left, Kicked, Banned, AffiliationChanged, MembersOnly, Shutdown,
                         Destroyed, TechnicalError, JoinFailed, ConnectionLost };
    Q_ENUM(Removal)

    /// An invitation for the ui to offer (XEP-0249 direct or XEP-0045 7.8 mediated).
    struct Invitation
    {
        Jid room;
        Jid from;        ///< who invites (a real JID; for mediated ones, what the room says)
        QString reason;
        QString password;
        bool direct = false;
    };

    using ErrorCallback = std::function<void(const Error &error)>;
    using FormCallback = std::function<void(const DataForm &form, const Error &error)>;

    /// @p store may be null: messages are then only signalled (charla-cli, tests).
    explicit MucFeature(HistoryStore *store = nullptr, QObject *parent = nullptr);
    ~MucFeature() override;

    QStringList discoFeatures() const override;
    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    HistoryStore *store() const { return m_store; }
    /// Where room messages are kept (null: only signalled).
    void setStore(HistoryStore *store) { m_store = store; }

    // --- Joining ----------------------------------------------------------------------------
    /// Joins @p room as @p nick: asks the room what it supports (disco#info), then sends the
    /// join presence; history comes from the room's archive when it has one (urn:xmpp:mam:2),
    /// else the room sends up to historyLimit() messages. roomJoined() or roomRemoved() follow.
    void join(const Jid &room, const QString &nick, const QString &password = QString());
    /// Leaves @p room (XEP-0045 7.14); roomRemoved(Left) follows at once.
    void leave(const Jid &room, const QString &status = QString());
    /// Asks for a new nick (XEP-0045 7.6); nickChanged() or roomError() follow.
    void changeNick(const Jid &room, const QString &nick);
    /// The rooms joined or being joined.
    QList<Jid> rooms() const;
    /// A room's state, or nullptr when we are not in it.
    const MucRoom *room(const Jid &room) const;
    bool isJoined(const Jid &room) const;
    /// The occupant @p nick of @p room, or nullptr.
    const MucOccupant *occupant(const Jid &room, const QString &nick) const;
    /// XEP-0045 7.7: sends the account's current show and status to every joined room (rooms
    /// do not get the broadcast presence).
    void sendOwnPresenceToRooms();
    /// Room history messages asked for when the room keeps no archive (default 50).
    void setHistoryLimit(int n) { m_historyLimit = n; }
    int historyLimit() const { return m_historyLimit; }

    // --- Talking ----------------------------------------------------------------------------
    /// Sends @p body to the room; stored Pending, Sent once the room reflects it. @p options
    /// may add a link (XEP-0066, an uploaded file) and a reply: its replyToId is what the tab
    /// knows the message by, sent as the room's stanza-id with the occupant's room JID
    /// (XEP-0461 4); a message the room gave no stanza-id cannot be replied to (only quoted).
    ChatMessage sendMessage(const Jid &room, const QString &body,
                            const MessageFeature::SendOptions &options = {});
    /// XEP-0045 7.5: a private message to @p occupant (room/nick).
    ChatMessage sendPrivateMessage(const Jid &occupant, const QString &body,
                                   const MessageFeature::SendOptions &options = {});
    /// XEP-0308 in a room: replaces the text of our stored message @p id; the room's reflection
    /// confirms it for everyone. False when it is not ours, retracted, or not sent.
    bool correctMessage(qint64 id, const QString &newBody);
    /// XEP-0424 in a room: retracts our stored message @p id (by the room's stanza-id where we
    /// have it); the reflection empties it here.
    bool retractMessage(qint64 id);
    /// XEP-0444 in a room: our reactions to stored message @p id become exactly @p emojis (by
    /// the room's stanza-id); the reflection stores them.
    bool reactToMessage(qint64 id, const QStringList &emojis);
    /// XEP-0085 5.5 in the room: tells it we are composing, paused or active (once per change;
    /// never gone, and inactive is not multicast). Nothing while not joined or while the
    /// person does not let Charla tell (setSendsChatStates()).
    void setChatState(const Jid &room, MessageFeature::ChatState state);
    /// Whether chat states are sent to rooms (AppSettings' privacy switch; default on).
    void setSendsChatStates(bool on) { m_sendStates = on; }
    bool sendsChatStates() const { return m_sendStates; }
    /// XEP-0045 8.1: sets the subject (the room says whether we may).
    void setSubject(const Jid &room, const QString &subject);

    // --- Invitations ------------------------------------------------------------------------
    /// XEP-0249: invites @p who straight to @p room (with the room's password, if any).
    void inviteDirect(const Jid &room, const Jid &who, const QString &reason = QString());
    /// XEP-0045 7.8.2: invites @p who through the room (members-only rooms add them as members).
    void inviteMediated(const Jid &room, const Jid &who, const QString &reason = QString());
    /// XEP-0045 7.8.2: declines a mediated invitation.
    void declineInvitation(const Jid &room, const Jid &inviter, const QString &reason = QString());

    // --- Moderation and configuration (XEP-0045 8-10) ---------------------------------------
    /// XEP-0045 8.2 / 8.3 / 8.4: sets @p nick's role (None kicks, Visitor revokes voice,
    /// Participant grants it, Moderator).
    void setRole(const Jid &room, const QString &nick, MucRole role, const QString &reason,
                 QObject *context, ErrorCallback done);
    void kick(const Jid &room, const QString &nick, const QString &reason, QObject *context,
              ErrorCallback done)
    {
        setRole(room, nick, MucRole::None, reason, context, std::move(done));
    }
    /// XEP-0045 9.1 / 9.3 / 10.3 / 10.6: sets a real JID's affiliation (Outcast bans).
    void setAffiliation(const Jid &room, const Jid &jid, MucAffiliation affiliation,
                        const QString &reason, QObject *context, ErrorCallback done);
    void ban(const Jid &room, const Jid &jid, const QString &reason, QObject *context,
             ErrorCallback done)
    {
        setAffiliation(room, jid, MucAffiliation::Outcast, reason, context, std::move(done));
    }
    /// XEP-0425: removes a message (by the room's stanza-id) for everyone, where the room
    /// supports it; otherwise @p done gets a Policy error saying so.
    void moderateMessage(const Jid &room, const QString &stanzaId, const QString &reason,
                         QObject *context, ErrorCallback done);
    /// XEP-0045 10.2: the room's configuration form, to fill in and give to
    /// submitConfiguration().
    void requestConfiguration(const Jid &room, QObject *context, FormCallback done);
    /// Submits a filled configuration form (XEP-0045 10.2; only its values go back).
    void submitConfiguration(const Jid &room, const DataForm &form, QObject *context,
                             ErrorCallback done);
    /// XEP-0045 10.1.2: accepts the default configuration of a room we just created.
    void createInstantRoom(const Jid &room, QObject *context, ErrorCallback done);
    /// XEP-0045 10.9: destroys the room (owners only).
    void destroyRoom(const Jid &room, const QString &reason, const Jid &alternate,
                     QObject *context, ErrorCallback done);

    // --- Self-ping (XEP-0410) ---------------------------------------------------------------
    /// Rooms silent for @p ms are pinged through our own occupant JID; a "not joined" answer
    /// rejoins. 0 turns it off. Default 5 minutes.
    void setSelfPingInterval(int ms);
    /// How long a self-ping may wait for its answer (default 60 s); without one, a notice
    /// says the room does not answer and the ping is repeated at the next check.
    void setSelfPingTimeout(int ms) { m_selfPingTimeoutMs = ms; }
    /// Pings every joined room now (also what the timer does for the silent ones).
    void selfPingAll();

Q_SIGNALS:
    /// We are in @p room (our presence came back with status 110). @p created: a new room
    /// (XEP-0045 10.1: it stays locked until configured or created as instant).
    void roomJoined(const charla::Jid &room, bool created);
    /// We are out of @p room; @p text says why in a sentence (empty for Left).
    void roomRemoved(const charla::Jid &room, charla::MucFeature::Removal why, const QString &text);
    /// Something went wrong in a room we are in or joining (nick conflict, no voice, ...).
    void roomError(const charla::Jid &room, const charla::Error &error);
    /// A sentence about the room worth showing in it (status codes 100, 170, 104, ...).
    void roomNotice(const charla::Jid &room, const QString &text);
    /// What the room supports was learnt or changed (disco#info).
    void roomInfoChanged(const charla::Jid &room);
    /// @p room's MucRoom::state changed without a join or removal: the stream went down (we
    /// are in no room until it is back) or was resumed.
    void roomStateChanged(const charla::Jid &room);

    // Occupants: keyed and past tense, for OccupantModel (which batches them).
    void occupantJoined(const charla::Jid &room, const QString &nick);
    void occupantChanged(const charla::Jid &room, const QString &nick);
    void occupantLeft(const charla::Jid &room, const QString &nick);
    void occupantRenamed(const charla::Jid &room, const QString &oldNick, const QString &newNick);
    /// Every occupant of @p room is gone at once (left, removed, connection lost, rejoining).
    void occupantsCleared(const charla::Jid &room);
    /// Our own nick in @p room is now @p nick.
    void nickChanged(const charla::Jid &room, const QString &nick);

    void subjectChanged(const charla::Jid &room, const QString &subject, const QString &by);
    /// Who is typing in @p room changed (MucRoom::typing): @p nick is now @p state.
    void occupantChatStateChanged(const charla::Jid &room, const QString &nick,
                                  charla::MessageFeature::ChatState state);
    /// A new room message was stored (live or history; not a duplicate).
    void messageReceived(const charla::ChatMessage &message);
    /// A new private message from an occupant (chat = "room/nick").
    void privateMessageReceived(const charla::ChatMessage &message);
    /// The join history of @p room is complete (@p count new messages).
    void historyLoaded(const charla::Jid &room, int count);
    /// A correction or retraction in @p room was refused (wrong occupant, unknown message).
    void refused(const charla::Jid &room, const QString &reason);
    void invitationReceived(const charla::MucFeature::Invitation &invitation);
    void invitationDeclined(const charla::Jid &room, const charla::Jid &by, const QString &reason);

private:
    // MucFeature.cpp: joining, presence, self-ping
    void sendJoin(MucRoom &room);
    /// A presence to our occupant JID in @p room with our show, status and caps.
    Element ownPresenceTo(const MucRoom &room) const;
    void requestRoomInfo(const Jid &room, bool thenJoin);
    bool handlePresence(const Element &stanza);
    void handleSelfPresence(MucRoom &room, const Element &stanza, const MucUser &user);
    void handlePresenceError(MucRoom &room, const Element &stanza);
    void handleUnavailable(MucRoom &room, const QString &nick, const MucUser &user);
    void removeRoom(const Jid &room, Removal why, const QString &text);
    void noteStatusCodes(MucRoom &room, const QList<int> &codes);
    void onSelfPingTimer();
    void selfPing(MucRoom &room);
    void rejoin(const Jid &room);
    MucRoom *roomOf(const Jid &jid);

    // MucMessages.cpp: messages, history, invitations received
    bool handleMessage(const Element &stanza);
    bool handleGroupchat(MucRoom &room, const Element &stanza, const Message &m);
    bool handlePrivateMessage(MucRoom &room, const Element &stanza, const Message &m);
    bool handleInvitation(const Element &stanza, const Message &m);
    bool handleArchiveResult(MucRoom &room, const Element &stanza);
    bool handleModeration(MucRoom &room, const Element &stanza, const Message &m);
    /// XEP-0085 5.5: @p nick's chat state (a standalone one or the active of a message).
    void noteChatState(MucRoom &room, const QString &nick, MessageFeature::ChatState state);
    bool acceptCorrection(MucRoom &room, const Message &m, const QString &occupantId);
    /// Whether @p m (with @p occupantId) comes from whoever sent @p original.
    bool sameSender(const MucRoom &room, const ChatMessage &original, const Message &m,
                    const QString &occupantId) const;
    std::optional<ChatMessage> roomMessage(const MucRoom &room, const Element &stanza,
                                           const Message &m, const QDateTime &stamp,
                                           bool fromArchive);
    void queryArchive(MucRoom &room, const QString &after = QString());
    void finishArchiveQuery(const Jid &room, const IqResult &result);
    bool storeMessage(ChatMessage &message);
    /// Stores @p messages in one transaction; signals and counts the new ones.
    int storeBatch(QList<ChatMessage> &messages);
    /// Stores the join history collected so far (XEP-0045 7.2.15); returns how many were new.
    int flushJoinHistory(MucRoom &room);
    ChatMessage sendText(const Jid &to, const QString &body, bool groupchat,
                         MessageFeature::SendOptions options);
    /// A groupchat message to the room of stored message @p id when we are in it (with
    /// @p original filled in), or nullopt.
    std::optional<Message> roomEdit(qint64 id, ChatMessage *original) const;

    // MucAdmin.cpp: admin and owner requests
    void sendAdminItem(const Jid &room, const MucItem &item, QObject *context, ErrorCallback done);
    void sendOwnerSet(const Jid &room, const Element &payload, QObject *context,
                      ErrorCallback done);

    HistoryStore *m_store;
    QHash<Jid, std::shared_ptr<MucRoom>> m_rooms;
    /// Rooms to join again after a new (not resumed) session: nick and password.
    QHash<Jid, QPair<QString, QString>> m_wanted;
    /// Rooms we left whose answer (our unavailable presence, XEP-0045 7.14) is still to come.
    QSet<Jid> m_leaving;
    QTimer *m_selfPingTimer = nullptr;
    QElapsedTimer m_clock;
    int m_selfPingMs = 5 * 60 * 1000;
    /// The answer may come from another of our clients, through the room (XEP-0410 3.2).
    int m_selfPingTimeoutMs = 60 * 1000;
    int m_historyLimit = 50;
    bool m_sendStates = true;
};

} // namespace charla

Q_DECLARE_METATYPE(charla::MucFeature::Invitation)
