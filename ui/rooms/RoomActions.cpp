#include "RoomActions.h"

#include "JoinRoomDialog.h"
#include "RoomManager.h"
#include "chat/ChatManager.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "features/BookmarksFeature.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace charla {

RoomActions::RoomActions(AccountManager *accounts, ChatManager *chats, AvatarProvider *avatars,
                         QWidget *window)
    : QObject(window), m_accounts(accounts), m_window(window),
      m_rooms(new RoomManager(chats, avatars, this)), m_join(new QAction(tr("&Join Room\u2026"), this))
{
    setObjectName(QStringLiteral("roomActions"));
    m_join->setObjectName(QStringLiteral("joinRoomAction"));
    m_join->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_join, &QAction::triggered, this, [this] { showJoinDialog(); });
    if (chats) {
        chats->setRoomJoiner([this](const QString &account, const QString &room) {
            showJoinDialog(account, room);
        });
    }
    connect(m_rooms, &RoomManager::invitationReceived, this,
            [this](const QString &account, const MucFeature::Invitation &invitation) {
                showInvitation(account, invitation);
            });
    if (accounts) {
        for (Account *a : accounts->accounts())
            addAccount(a);
        connect(accounts, &AccountManager::accountAdded, this, &RoomActions::addAccount);
        connect(accounts, &AccountManager::accountRemoved, this, [this](Account *a) {
            m_rooms->removeAccount(a->jid().full());
        });
    }
}

void RoomActions::addAccount(Account *account)
{
    if (!account->muc())
        return;
    m_rooms->addAccount(account->jid().full(), account->muc(), account->bookmarks());
}

void RoomActions::fillMenu(QMenu *menu)
{
    menu->setTitle(tr("&Rooms"));
    menu->setObjectName(QStringLiteral("roomsMenu"));
    // Rebuilt each time it opens: bookmarks change here and on the person's other clients.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillBookmarks(menu); });
    fillBookmarks(menu);
}

void RoomActions::fillBookmarks(QMenu *menu)
{
    menu->clear();
    menu->addAction(m_join);
    menu->addSection(tr("Bookmarked rooms"));
    bool any = false;
    const QStringList accounts = m_rooms->accounts();
    for (const QString &account : accounts) {
        BookmarksFeature *b = m_rooms->bookmarks(account);
        if (!b)
            continue;
        for (const Bookmark &mark : b->bookmarks()) {
            any = true;
            // Names are the person's own, but may come from another client: one line, no '&'.
            QString text = mark.name.simplified().isEmpty() ? mark.room.full() : mark.name.simplified();
            text.replace(QLatin1Char('&'), QLatin1String("&&"));
            if (accounts.size() > 1)
                text = tr("%1 (%2)").arg(text, account);
            const Bookmark kept = mark;
            menu->addAction(text, this, [this, account, kept] {
                m_rooms->join(account, kept.room,
                              kept.nick.isEmpty() ? RoomManager::defaultNick(account) : kept.nick,
                              kept.password);
            });
        }
    }
    if (!any) {
        QAction *none = menu->addAction(tr("No bookmarked rooms"));
        none->setEnabled(false);
    }
}

void RoomActions::showJoinDialog(const QString &account, const QString &room)
{
    auto *dialog = new JoinRoomDialog(m_rooms, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!account.isEmpty())
        dialog->setAccount(account);
    if (!room.isEmpty())
        dialog->setRoom(room);
    dialog->show();
}

QWidget *RoomActions::showInvitation(const QString &account, const MucFeature::Invitation &inv)
{
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("invitationNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Invitation to a Room"));
    // Everything here comes from the network: plain text.
    box->setTextFormat(Qt::PlainText);
    // (The informative text would guess the format: the message goes into the plain text.)
    QString text = tr("%1 invites you (%2) to the room %3.")
                       .arg(inv.from.bare().full(), account, inv.room.full());
    if (!inv.reason.trimmed().isEmpty())
        text += QStringLiteral("\n\n") + tr("Their message: %1").arg(inv.reason.simplified().left(500));
    box->setText(text);
    QPushButton *join = box->addButton(tr("&Join"), QMessageBox::AcceptRole);
    join->setObjectName(QStringLiteral("acceptInvitation"));
    QPushButton *decline = box->addButton(tr("&Decline"), QMessageBox::RejectRole);
    decline->setObjectName(QStringLiteral("declineInvitation"));
    box->addButton(tr("&Later"), QMessageBox::ActionRole);
    QPointer<RoomManager> rooms = m_rooms;
    connect(join, &QPushButton::clicked, this, [rooms, account, inv] {
        if (rooms)
            rooms->join(account, inv.room, RoomManager::defaultNick(account), inv.password);
    });
    connect(decline, &QPushButton::clicked, this, [rooms, account, inv] {
        // XEP-0045 7.8.2: a mediated invitation can be declined through the room; a direct one
        // (XEP-0249) has no answer.
        MucFeature *muc = rooms ? rooms->muc(account) : nullptr;
        if (muc && !inv.direct)
            muc->declineInvitation(inv.room, inv.from);
    });
    box->show();
    return box;
}

} // namespace charla
