#pragma once

#include "desktop/XmppUriDialog.h"
#include "stanza/XmppUri.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace charla {

class ChatManager;
class Client;

/// Acts on xmpp: links (XEP-0147) from the command line, a second launch or a message:
/// ?message opens the chat with the text prefilled (never sent), the actions that change
/// something (?roster, ?subscribe, ?unsubscribe, ?remove, ?command) first ask in an
/// XmppUriDialog that says exactly what will be sent, ?join opens the Join Room dialog filled
/// in (the person chooses the nickname and presses Join), ?register opens the account wizard on
/// the server's page. With several accounts the person picks the one to act with.
class XmppUriHandler : public QObject
{
    Q_OBJECT
public:
    /// The accounts (bare JIDs, in display order) and their clients.
    using Accounts = std::function<QStringList()>;
    using ClientOf = std::function<Client *(const QString &account)>;
    /// Opens the account wizard's "create an account" page for @p server.
    using Register = std::function<void(const QString &server)>;
    /// Opens the Join Room dialog for @p room (the link's @p password filled in); nothing is
    /// sent before the person presses Join there.
    using RoomJoiner =
        std::function<void(const QString &account, const QString &room, const QString &password)>;

    XmppUriHandler(ChatManager *chats, QWidget *window, QObject *parent = nullptr);

    void setAccounts(Accounts accounts, ClientOf client);
    void setRegister(Register registerAt) { m_register = std::move(registerAt); }
    void setRoomJoiner(RoomJoiner joiner) { m_joinRoom = std::move(joiner); }

    /// Acts on @p text; false (after telling the person) when it is not a usable link.
    bool open(const QString &text);
    bool open(const XmppUri &uri, const QString &fromAccount = QString());
    /// A link clicked in a chat of @p fromAccount: that account acts on it unless the link names
    /// another (so no account question); every change still asks first.
    bool open(const QString &text, const QString &fromAccount);

    /// The question on screen, if any (tests).
    XmppUriDialog *pendingDialog() const { return m_dialog; }

Q_SIGNALS:
    /// Something was done for a link (after confirmation where one was asked): @p what is
    /// "chat", "join", "roster", "subscribe", "unsubscribe", "remove", "register", "command"
    /// ("join" and "register": their dialog was opened, it asks the rest).
    void acted(const QString &what, const QString &account, const QString &jid);
    /// The link could not be used; @p reason says why (already shown to the person).
    void refused(const QString &reason);

private:
    void refuse(const QString &reason);
    void openChat(const XmppUri &uri, const QString &account);
    XmppUriDialog *ask(const XmppUri &uri, const QStringList &accounts, const QString &current);
    void askRoster(const XmppUri &uri, XmppUriDialog *dialog);
    void askPresence(const XmppUri &uri, XmppUriDialog *dialog);
    void askCommand(const XmppUri &uri, XmppUriDialog *dialog);

    QPointer<ChatManager> m_chats;
    QPointer<QWidget> m_window;
    Accounts m_accounts;
    ClientOf m_client;
    Register m_register;
    RoomJoiner m_joinRoom;
    QPointer<XmppUriDialog> m_dialog;
};

} // namespace charla
