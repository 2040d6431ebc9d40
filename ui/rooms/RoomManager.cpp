#include "RoomManager.h"

#include "AvatarProvider.h"
#include "NickCompleter.h"
#include "OccupantDelegate.h"
#include "OccupantList.h"
#include "RoomHeader.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/MessageDelegate.h"
#include "features/BookmarksFeature.h"
#include "models/ConversationModel.h"
#include "models/Mention.h"
#include "models/OccupantModel.h"
#include "models/VisibleNick.h"
#include "notify/NotifyModeButton.h"
#include "stream/Client.h"

#include <QLoggingCategory>
#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace charla {

namespace {

Q_LOGGING_CATEGORY(lcRoomsUi, "charla.ui.rooms")

// A room message older than this is history even when it comes after the join: never notified.
constexpr qint64 kLiveSeconds = 5 * 60;

QString nickOf(const QString &from)
{
    return Jid::parse(from).resource();
}

void setRoomTitle(ChatTab *tab, const QString &title)
{
    tab->setTitle(title); // (this names every sender after the title, as in a one-to-one chat)
    // Senders are occupants: their nick, written so look-alikes cannot pass for each other.
    tab->view()->messageDelegate()->setNameResolver(
        [](const QString &from, bool) { return visibleNick(nickOf(from)); });
    tab->view()->messageDelegate()->setOccupantSenders(true);
}

} // namespace

RoomManager::RoomManager(ChatManager *chats, AvatarProvider *avatars, QObject *parent)
    : QObject(parent), m_chats(chats), m_avatars(avatars)
{
    connect(chats, &ChatManager::tabOpened, this, &RoomManager::tabOpened);
}

RoomManager::~RoomManager() = default;

QString RoomManager::key(const QString &account, const QString &jid)
{
    return account + QLatin1Char('\n') + jid;
}

QString RoomManager::defaultNick(const QString &account)
{
    const Jid jid = Jid::parse(account);
    return jid.localpart().isEmpty() ? jid.domain() : jid.localpart();
}

void RoomManager::addAccount(const QString &account, MucFeature *muc, BookmarksFeature *bookmarks)
{
    removeAccount(account);
    m_accounts.insert(account, {muc, bookmarks});
    if (!muc)
        return;
    connect(muc, &MucFeature::roomJoined, this,
            [this, account](const Jid &room, bool created) { joined(account, room, created); });
    connect(muc, &MucFeature::roomRemoved, this,
            [this, account](const Jid &room, MucFeature::Removal, const QString &text) {
                m_loading.remove(key(account, room.full()));
                if (!text.isEmpty())
                    notice(account, room, text);
                updateStatus(account, room);
            });
    connect(muc, &MucFeature::roomError, this,
            [this, account](const Jid &room, const Error &error) {
                notice(account, room, error.text);
                updateStatus(account, room);
            });
    connect(muc, &MucFeature::roomNotice, this,
            [this, account](const Jid &room, const QString &text) { notice(account, room, text); });
    for (auto signal : {&MucFeature::roomInfoChanged, &MucFeature::roomStateChanged})
        connect(muc, signal, this, [this, account](const Jid &room) { updateStatus(account, room); });
    connect(muc, &MucFeature::subjectChanged, this,
            [this, account](const Jid &room, const QString &subject, const QString &by) {
                if (RoomHeader *h = header(account, room))
                    h->setSubject(subject, visibleNick(by));
            });
    connect(muc, &MucFeature::nickChanged, this,
            [this, account](const Jid &room, const QString &) { updateStatus(account, room); });
    connect(muc, &MucFeature::occupantChanged, this,
            [this, account, muc](const Jid &room, const QString &nick) {
                // Our own role or affiliation decides what the room menu and header offer.
                const MucRoom *r = muc->room(room);
                if (r && nick == r->nick)
                    updateStatus(account, room);
            });
    // XEP-0085 5.5: who is typing, in the tab's typing line.
    const auto showTyping = [this, account, muc](const Jid &room) {
        ChatTab *t = tab(account, room);
        const MucRoom *r = muc->room(room);
        if (!t)
            return;
        const QStringList nicks = r ? r->typing : QStringList();
        QString text;
        if (nicks.size() == 1)
            text = tr("%1 is typing\u2026").arg(visibleNick(nicks.at(0)));
        else if (nicks.size() == 2)
            text = tr("%1 and %2 are typing\u2026")
                       .arg(visibleNick(nicks.at(0)), visibleNick(nicks.at(1)));
        else if (nicks.size() > 2)
            text = tr("%1 people are typing\u2026").arg(nicks.size()); // always three or more
        t->setTypingText(text);
    };
    connect(muc, &MucFeature::occupantChatStateChanged, this,
            [showTyping](const Jid &room, const QString &, MessageFeature::ChatState) {
                showTyping(room);
            });
    connect(muc, &MucFeature::occupantsCleared, this, showTyping);
    connect(muc, &MucFeature::historyLoaded, this,
            [this, account](const Jid &room, int) { m_loading.remove(key(account, room.full())); });
    connect(muc, &MucFeature::messageReceived, this,
            [this, account](const ChatMessage &m) { roomMessage(account, m); });
    connect(muc, &MucFeature::privateMessageReceived, this,
            [this, account](const ChatMessage &m) { privateMessage(account, m); });
    connect(muc, &MucFeature::refused, this,
            [this, account](const Jid &room, const QString &reason) { notice(account, room, reason); });
    connect(muc, &MucFeature::invitationReceived, this,
            [this, account](const MucFeature::Invitation &invitation) {
                Q_EMIT invitationReceived(account, invitation);
            });
    connect(muc, &MucFeature::invitationDeclined, this,
            [this, account](const Jid &room, const Jid &by, const QString &reason) {
                notice(account, room,
                       reason.trimmed().isEmpty()
                           ? tr("%1 declined the invitation.").arg(by.bare().full())
                           : tr("%1 declined the invitation: %2")
                                 .arg(by.bare().full(), reason.simplified().left(300)));
            });
}

void RoomManager::removeAccount(const QString &account)
{
    const Links links = m_accounts.take(account);
    if (links.muc)
        disconnect(links.muc, nullptr, this, nullptr);
}

ChatManager *RoomManager::chats() const
{
    return m_chats;
}

MucFeature *RoomManager::muc(const QString &account) const
{
    return m_accounts.value(account).muc;
}

BookmarksFeature *RoomManager::bookmarks(const QString &account) const
{
    return m_accounts.value(account).bookmarks;
}

RoomManager::Room *RoomManager::roomOf(const QString &account, const Jid &room)
{
    auto it = m_rooms.find(key(account, room.bare().full()));
    return it == m_rooms.end() || !it->tab ? nullptr : &*it;
}

ChatTab *RoomManager::tab(const QString &account, const Jid &room) const
{
    return m_rooms.value(key(account, room.bare().full())).tab;
}

OccupantModel *RoomManager::occupants(const QString &account, const Jid &room) const
{
    return m_rooms.value(key(account, room.bare().full())).model;
}

OccupantList *RoomManager::occupantList(const QString &account, const Jid &room) const
{
    return m_rooms.value(key(account, room.bare().full())).list;
}

RoomHeader *RoomManager::header(const QString &account, const Jid &room) const
{
    return m_rooms.value(key(account, room.bare().full())).header;
}

ChatTab *RoomManager::join(const QString &account, const Jid &room, const QString &nick,
                           const QString &password, bool focus)
{
    MucFeature *m = muc(account);
    if (!m || !room.isValid())
        return nullptr;
    const Jid bare = room.bare();
    const MucRoom *r = m->room(bare);
    if (!r || !r->isJoined())
        m_loading.insert(key(account, bare.full()));
    m->join(bare, nick.trimmed().isEmpty() ? defaultNick(account) : nick.trimmed(), password);
    ChatTab *t = openRoom(account, bare, focus);
    updateStatus(account, bare);
    return t;
}

ChatTab *RoomManager::openRoom(const QString &account, const Jid &room, bool focus)
{
    if (!m_chats || !muc(account))
        return nullptr;
    const Jid bare = room.bare();
    // Marked first: the tab ChatManager makes now is a room's (tabOpened() adds the parts).
    m_rooms[key(account, bare.full())];
    ChatTab *t = m_chats->openChat(account, bare.full(), focus);
    if (t && !tab(account, bare))
        makeRoomTab(account, bare, t); // a one-to-one tab was open for this JID already
    return tab(account, bare);
}

void RoomManager::tabOpened(ChatTab *t)
{
    const QString account = t->account();
    MucFeature *m = muc(account);
    if (!m)
        return;
    const Jid jid = Jid::parse(t->jid());
    if (!jid.resource().isEmpty()) {
        // "room/nick": a private chat with an occupant of a room we know.
        if (m->room(jid.bare()) || m_rooms.contains(key(account, jid.bare().full())))
            wirePrivate(account, jid, t);
        return;
    }
    const auto it = m_rooms.constFind(key(account, jid.full()));
    if ((it != m_rooms.constEnd() && !it->tab) || m->room(jid))
        makeRoomTab(account, jid, t);
}

void RoomManager::makeRoomTab(const QString &account, const Jid &room, ChatTab *t)
{
    MucFeature *m = muc(account);
    auto *model = new OccupantModel(m, room, t);
    auto *list = new OccupantList(t);
    auto *head = new RoomHeader(t);
    Room &r = m_rooms[key(account, room.full())];
    r.tab = t;
    r.model = model;
    r.list = list;
    r.header = head;
    // A room: "Mentions only" is offered, and is the default until the person picks another.
    t->notifyButton()->setMentionsOffered(true);
    t->notifyButton()->setMode(m_chats->notifyMode(account, room.full(), true));
    list->occupantDelegate()->setAvatarProvider(m_avatars, account);
    list->setOccupants(model);
    t->setSidePanel(list);
    t->addHeaderWidget(head);
    const MucRoom *state = m->room(room);
    if (state)
        head->setSubject(state->subject, visibleNick(state->subjectBy));
    QPointer<OccupantModel> guard = model;
    r.completer = new NickCompleter(
        t->composer()->editor(),
        [guard] {
            const OccupantModel *occupants = guard;
            QStringList nicks;
            if (!occupants)
                return nicks;
            for (int g = 0; g < occupants->rowCount(); ++g) {
                const QModelIndex group = occupants->index(g, 0);
                for (int i = 0; i < occupants->rowCount(group); ++i)
                    nicks.append(
                        occupants->index(i, 0, group).data(OccupantModel::NickRole).toString());
            }
            return nicks;
        },
        t);
    setRoomTitle(t, state && !state->name.trimmed().isEmpty() ? state->name : room.full());
    connect(head->menu(), &QMenu::aboutToShow, this, [this, account, room] {
        if (RoomHeader *h = header(account, room)) {
            h->menu()->clear();
            fillRoomMenu(account, room, h->menu());
        }
    });
    connect(head, &RoomHeader::editSubjectRequested, this,
            [this, account, room] { askSubject(account, room); });
    connect(list, &OccupantList::privateChatRequested, this,
            [this, account, room](const QString &nick) { openPrivateChat(account, room, nick); });
    connect(list, &OccupantList::menuRequested, this,
            [this, account, room](const QString &nick, const QPoint &at) {
                showOccupantMenu(account, room, nick, at);
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this, account, room] { updateStatus(account, room); });
    t->view()->setMenuExtender([this, account, room](QMenu *menu, const QModelIndex &index) {
        MucFeature *f = muc(account);
        const MucRoom *state = f ? f->room(room) : nullptr;
        const QVariant v = index.data(ConversationModel::MessageRole);
        if (!state || !v.canConvert<ChatMessage>())
            return;
        const ChatMessage message = v.value<ChatMessage>();
        if (message.stanzaId.isEmpty() || !state->supportsStanzaIds) {
            // XEP-0461 4: a room message without the room's stanza-id cannot be replied to.
            for (QAction *a : menu->actions()) {
                if (a->text() == ChatView::tr("&Reply")) {
                    a->setEnabled(false);
                    a->setToolTip(tr("This room gives its messages no id to reply to."));
                }
            }
        }
        if (!state->isJoined() || state->ownRole != MucRole::Moderator)
            return;
        if (message.retracted || message.stanzaId.isEmpty())
            return;
        menu->addSeparator();
        QAction *a = menu->addAction(tr("&Remove for everyone (moderate)\u2026"));
        a->setEnabled(state->supportsModeration);
        if (!state->supportsModeration)
            a->setToolTip(tr("This room does not support removing messages."));
        connect(a, &QAction::triggered, this,
                [this, account, room, message] { moderateMessage(account, room, message); });
    });
    rewire(account, room, t);
    // Closing the tab leaves the room (XEP-0045 7.14); a bookmark's autojoin brings it back.
    connect(t, &QObject::destroyed, this, [this, account, room] {
        m_rooms.remove(key(account, room.full()));
        m_loading.remove(key(account, room.full()));
        if (MucFeature *f = muc(account); f && f->room(room))
            f->leave(room);
    });
    updateStatus(account, room);
}

void RoomManager::rewire(const QString &account, const Jid &room, ChatTab *t)
{
    // ChatManager wired the tab to the one-to-one MessageFeature; a room's requests are
    // MucFeature's, and chat states and markers do not go to a room at all. Uploads stay
    // ChatManager's: HttpUpload sends the link to a room as groupchat (XEP-0363 + XEP-0066).
    QObject *c = m_chats;
    disconnect(t, &ChatTab::sendRequested, c, nullptr);
    disconnect(t, &ChatTab::correctionRequested, c, nullptr);
    disconnect(t, &ChatTab::retractRequested, c, nullptr);
    disconnect(t, &ChatTab::reactionsRequested, c, nullptr);
    disconnect(t, &ChatTab::retryRequested, c, nullptr);
    disconnect(t, &ChatTab::chatStateChanged, c, nullptr);
    // XEP-0085 5.5: our typing goes to the room (MucFeature decides what is worth sending).
    connect(t, &ChatTab::chatStateChanged, this,
            [this, account, room](MessageFeature::ChatState state) {
                if (MucFeature *f = muc(account))
                    f->setChatState(room, state);
            });
    disconnect(t, &ChatTab::displayed, c, nullptr);
    connect(t, &ChatTab::sendRequested, this,
            [this, account, room, t](const QString &body,
                                     const MessageFeature::SendOptions &options) {
                MucFeature *f = muc(account);
                if (!f || !f->isJoined(room)) {
                    // After the tab has cleared its composer: the text comes back with why.
                    QMetaObject::invokeMethod(
                        t,
                        [t, body] {
                            t->composer()->setText(body);
                            t->showNotice(tr("You are not in this room now, so the message was "
                                             "not sent. Join it again from the Room menu."));
                        },
                        Qt::QueuedConnection);
                    return;
                }
                f->sendMessage(room, body, options); // a reply: XEP-0461 by stanza-id
            });
    // XEP-0308 / XEP-0424 / XEP-0444 in the room; the room's reflection updates the store.
    const auto refusedEdit = [t] {
        t->showNotice(tr("You are not in this room now, or the message is not yours to change, "
                         "so nothing was sent."));
    };
    connect(t, &ChatTab::correctionRequested, this,
            [this, account, refusedEdit](qint64 id, const QString &body) {
                MucFeature *f = muc(account);
                if (!f || !f->correctMessage(id, body))
                    refusedEdit();
            });
    connect(t, &ChatTab::retractRequested, this, [this, account, t, refusedEdit](qint64 id) {
        const auto answer = QMessageBox::question(
            t, ChatTab::tr("Delete Message"),
            tr("Delete this message for everyone in the room? Their apps may still keep a copy."));
        MucFeature *f = muc(account);
        if (answer == QMessageBox::Yes && (!f || !f->retractMessage(id)))
            refusedEdit();
    });
    connect(t, &ChatTab::reactionsRequested, this,
            [this, account, refusedEdit](qint64 id, const QStringList &emojis) {
                MucFeature *f = muc(account);
                if (!f || !f->reactToMessage(id, emojis))
                    refusedEdit();
            });
    connect(t, &ChatTab::retryRequested, this, [this, account, room, t](qint64 id) {
        // Sent again as a new message (the failed copy stays, marked failed).
        auto *model = qobject_cast<ConversationModel *>(t->conversation());
        MucFeature *f = muc(account);
        if (!model || !f)
            return;
        const int row = model->rowForId(id);
        if (row >= 0 && f->isJoined(room))
            f->sendMessage(room, model->messageAt(row).body);
        else
            t->showNotice(tr("You are not in this room now, so the message was not sent."));
    });
}

void RoomManager::wirePrivate(const QString &account, const Jid &occupant, ChatTab *t)
{
    const QString k = key(account, occupant.full());
    if (m_privateTabs.contains(k))
        return;
    m_privateTabs.insert(k);
    connect(t, &QObject::destroyed, this, [this, k] { m_privateTabs.remove(k); });
    // XEP-0045 7.5: private messages go through MucFeature (with the muc#user marker).
    disconnect(t, &ChatTab::sendRequested, static_cast<QObject *>(m_chats), nullptr);
    connect(t, &ChatTab::sendRequested, this,
            [this, account, occupant, t](const QString &body,
                                         const MessageFeature::SendOptions &options) {
                MucFeature *f = muc(account);
                if (!f || !f->isJoined(occupant.bare())) {
                    QMetaObject::invokeMethod(
                        t,
                        [t, body, occupant] {
                            t->composer()->setText(body);
                            t->showNotice(tr("You are not in the room of %1 now, so the message "
                                             "was not sent.")
                                              .arg(visibleNick(occupant.resource())));
                        },
                        Qt::QueuedConnection);
                    return;
                }
                f->sendPrivateMessage(occupant, body, options);
            });
    const QString nick = visibleNick(occupant.resource());
    t->setTitle(tr("%1 (in %2)").arg(nick, occupant.bare().full()));
    t->view()->messageDelegate()->setNameResolver(
        [nick](const QString &, bool outgoing) { return outgoing ? QString() : nick; });
    t->view()->messageDelegate()->setOccupantSenders(true);
    t->setStatusText(tr("Private chat through the room"));
}

ChatTab *RoomManager::openPrivateChat(const QString &account, const Jid &room, const QString &nick)
{
    if (!m_chats || nick.isEmpty())
        return nullptr;
    const Jid occupant = room.bare().withResource(nick);
    ChatTab *t = m_chats->openChat(account, occupant.full(), true);
    if (t)
        wirePrivate(account, occupant, t);
    return t;
}

void RoomManager::leave(const QString &account, const Jid &room)
{
    if (MucFeature *f = muc(account))
        f->leave(room.bare());
    if (ChatTab *t = tab(account, room))
        m_chats->closeChat(t);
}

bool RoomManager::isLoadingHistory(const QString &account, const Jid &room) const
{
    return m_loading.contains(key(account, room.bare().full()));
}

void RoomManager::joined(const QString &account, const Jid &room, bool created)
{
    // XEP-0045 7.2.15: the history comes after our own presence, until the subject (or the
    // archive query) ends it; a rejoin after a reconnection replays it too.
    m_loading.insert(key(account, room.bare().full()));
    // Joined from elsewhere (bookmark autojoin, another window): the room gets its tab.
    if (!tab(account, room))
        openRoom(account, room, false);
    updateStatus(account, room);
    if (created)
        configure(account, room, true);
}

void RoomManager::updateStatus(const QString &account, const Jid &room)
{
    Room *r = roomOf(account, room);
    MucFeature *f = muc(account);
    if (!r || !f)
        return;
    const MucRoom *state = f->room(room);
    QString text;
    if (!state) {
        text = tr("You are not in this room.");
    } else if (!state->isJoined() && !(f->client() && f->client()->isConnected())) {
        text = tr("Offline: you join this room again once connected.");
    } else if (!state->isJoined()) {
        text = tr("Joining as %1\u2026").arg(visibleNick(state->nick));
    } else {
        const int n = r->model ? r->model->occupantCount() : int(state->occupants.size());
        text = tr("%n occupant(s)", "", n) + QStringLiteral(" \u2014 ")
               + tr("you are %1").arg(visibleNick(state->nick));
        if (state->ownRole == MucRole::Moderator)
            text += QStringLiteral(" (") + tr("moderator") + QLatin1Char(')');
        else if (state->ownRole == MucRole::Visitor)
            text += QStringLiteral(" (") + tr("no voice") + QLatin1Char(')');
    }
    r->tab->setStatusText(text);
    if (state && !state->name.trimmed().isEmpty() && r->tab->title() != state->name)
        setRoomTitle(r->tab, state->name);
    const bool joinedNow = state && state->isJoined();
    r->header->setSubjectEditable(joinedNow && state->ownRole >= MucRole::Participant);
    if (r->completer)
        r->completer->setOwnNick(state ? state->nick : QString());
    r->tab->view()->messageDelegate()->setMentionNick(state ? state->nick : QString());
    // Our reactions in a room are stored under our occupant-id, else our nick.
    if (state)
        r->tab->setOwnJid(state->supportsOccupantId && !state->ownOccupantId.isEmpty()
                              ? state->ownOccupantId
                              : state->nick);
}

void RoomManager::notice(const QString &account, const Jid &room, const QString &text)
{
    if (text.isEmpty())
        return;
    if (ChatTab *t = tab(account, room))
        t->showNotice(text);
    else
        qCInfo(lcRoomsUi) << "notice for a room without a tab:" << room.full();
}

void RoomManager::roomMessage(const QString &account, const ChatMessage &message)
{
    if (!m_chats || message.isOutgoing())
        return;
    const Jid room = Jid::parse(message.chat);
    MucFeature *f = muc(account);
    const MucRoom *state = f ? f->room(room) : nullptr;
    // Join history and archive catch-up are not news: no unread count, no notification.
    const bool live = state && state->historyDone && !isLoadingHistory(account, room)
                      && message.timestamp.secsTo(QDateTime::currentDateTimeUtc()) < kLiveSeconds;
    if (!live)
        return;
    const bool mention = mentionsNick(message.body, state->nick);
    m_chats->received(account, message, true, mention);
}

void RoomManager::privateMessage(const QString &account, const ChatMessage &message)
{
    if (!m_chats)
        return;
    if (ChatTab *t = m_chats->tab(account, message.chat))
        wirePrivate(account, Jid::parse(message.chat), t);
    m_chats->received(account, message);
}

} // namespace charla
