// RoomManager: what the room menu, the occupant menu and the message menu do.
#include "RoomManager.h"

#include "InviteDialog.h"
#include "RoomHeader.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "features/BookmarksFeature.h"
#include "forms/DataFormWidget.h"
#include "models/VisibleNick.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace charla {

void RoomManager::fillRoomMenu(const QString &account, const Jid &room, QMenu *menu)
{
    MucFeature *f = muc(account);
    const MucRoom *state = f ? f->room(room) : nullptr;
    const bool joinedNow = state && state->isJoined();
    if (!state) {
        menu->addAction(tr("&Join again"), this, [this, account, room] {
            const BookmarksFeature *b = bookmarks(account);
            const Bookmark *mark = b ? b->bookmark(room) : nullptr;
            join(account, room, mark && !mark->nick.isEmpty() ? mark->nick : defaultNick(account),
                 mark ? mark->password : QString());
        });
    }
    QAction *nick = menu->addAction(tr("Change &nickname\u2026"), this,
                                    [this, account, room] { askNick(account, room); });
    nick->setEnabled(joinedNow);
    QAction *subject = menu->addAction(tr("Change &subject\u2026"), this,
                                       [this, account, room] { askSubject(account, room); });
    subject->setEnabled(joinedNow && state->ownRole >= MucRole::Participant);
    QAction *invite = menu->addAction(tr("&Invite someone\u2026"), this,
                                      [this, account, room] { askInvite(account, room); });
    invite->setEnabled(joinedNow);
    if (BookmarksFeature *b = bookmarks(account)) {
        QAction *mark = menu->addAction(tr("&Bookmark this room"));
        mark->setCheckable(true);
        mark->setChecked(b->bookmark(room) != nullptr);
        mark->setEnabled(b->isLoaded());
        connect(mark, &QAction::toggled, this,
                [this, account, room](bool on) { toggleBookmark(account, room, on); });
    }
    if (joinedNow && state->ownAffiliation == MucAffiliation::Owner) {
        menu->addSeparator();
        menu->addAction(tr("&Configure room\u2026"), this,
                        [this, account, room] { configure(account, room, false); });
        menu->addAction(tr("&Destroy room\u2026"), this,
                        [this, account, room] { askDestroy(account, room); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Leave room"), this, [this, account, room] { leave(account, room); });
}

void RoomManager::showOccupantMenu(const QString &account, const Jid &room, const QString &nick,
                                   const QPoint &globalPos)
{
    MucFeature *f = muc(account);
    const MucRoom *state = f ? f->room(room) : nullptr;
    const MucOccupant *o = f ? f->occupant(room, nick) : nullptr;
    if (!state || !o)
        return;
    QMenu menu;
    menu.addAction(tr("Send &private message"), this,
                   [this, account, room, nick] { openPrivateChat(account, room, nick); });
    QPointer<ChatTab> t = tab(account, room);
    const QString shown = visibleNick(nick);
    // What the room answers (refused, not allowed) becomes a notice in the room's tab.
    const auto done = [t](const Error &e) {
        if (e.isError() && t)
            t->showNotice(e.text);
    };
    const auto reason = [t](const QString &title, const QString &label, bool *ok) {
        return QInputDialog::getText(t, title, label, QLineEdit::Normal, QString(), ok);
    };
    const bool moderator = state->ownRole == MucRole::Moderator;
    const MucAffiliation mine = state->ownAffiliation;
    if (!o->self && moderator) {
        menu.addSeparator();
        // XEP-0045 8.2: a moderator may kick anyone below admin.
        menu.addAction(tr("&Kick\u2026"), this, [=] {
            bool ok = false;
            const QString why = reason(tr("Kick %1").arg(shown),
                                       tr("Reason (optional, the room shows it):"), &ok);
            if (ok && f)
                f->kick(room, nick, why, this, done);
        });
        // XEP-0045 8.3 / 8.4: voice is the participant role.
        if (o->role == MucRole::Visitor)
            menu.addAction(tr("&Grant voice"), this, [=] {
                if (f)
                    f->setRole(room, nick, MucRole::Participant, QString(), this, done);
            });
        else if (o->role == MucRole::Participant)
            menu.addAction(tr("&Revoke voice"), this, [=] {
                if (f)
                    f->setRole(room, nick, MucRole::Visitor, QString(), this, done);
            });
    }
    const bool admin = mine == MucAffiliation::Admin || mine == MucAffiliation::Owner;
    if (!o->self && admin) {
        if (!o->realJid.isValid()) {
            QAction *none = menu.addAction(tr("The room does not show this person's address"));
            none->setEnabled(false);
        } else {
            const Jid real = o->realJid.bare();
            menu.addSeparator();
            const auto setAff = [=](MucAffiliation a) {
                if (f)
                    f->setAffiliation(room, real, a, QString(), this, done);
            };
            menu.addAction(tr("&Ban\u2026"), this, [=] {
                bool ok = false;
                const QString why = reason(tr("Ban %1").arg(shown),
                                           tr("Reason (optional, the room shows it):"), &ok);
                if (ok && f)
                    f->ban(room, real, why, this, done);
            });
            if (o->affiliation == MucAffiliation::None)
                menu.addAction(tr("Make &member"), this, [=] { setAff(MucAffiliation::Member); });
            else if (o->affiliation == MucAffiliation::Member)
                menu.addAction(tr("Remove &membership"), this,
                               [=] { setAff(MucAffiliation::None); });
            // XEP-0045 10.3 / 10.6: only owners make admins and owners.
            if (mine == MucAffiliation::Owner) {
                if (o->affiliation != MucAffiliation::Admin)
                    menu.addAction(tr("Make &admin"), this, [=] { setAff(MucAffiliation::Admin); });
                else
                    menu.addAction(tr("Remove a&dmin rights"), this,
                                   [=] { setAff(MucAffiliation::Member); });
                if (o->affiliation != MucAffiliation::Owner)
                    menu.addAction(tr("Make &owner"), this, [=] { setAff(MucAffiliation::Owner); });
                else
                    menu.addAction(tr("Remove o&wnership"), this,
                                   [=] { setAff(MucAffiliation::Admin); });
            }
        }
    }
    menu.exec(globalPos);
}

void RoomManager::askNick(const QString &account, const Jid &room)
{
    MucFeature *f = muc(account);
    const MucRoom *state = f ? f->room(room) : nullptr;
    if (!state)
        return;
    bool ok = false;
    const QString nick =
        QInputDialog::getText(tab(account, room), tr("Change Nickname"),
                              tr("Your nickname in %1:").arg(room.full()), QLineEdit::Normal,
                              state->nick, &ok)
            .trimmed();
    if (ok && !nick.isEmpty() && nick != state->nick)
        f->changeNick(room, nick); // a conflict comes back as roomError(): a notice
}

void RoomManager::askSubject(const QString &account, const Jid &room)
{
    MucFeature *f = muc(account);
    const MucRoom *state = f ? f->room(room) : nullptr;
    if (!state || !state->isJoined())
        return;
    bool ok = false;
    const QString subject =
        QInputDialog::getMultiLineText(tab(account, room), tr("Change Subject"),
                                       tr("The subject of %1:").arg(room.full()), state->subject,
                                       &ok);
    if (ok && subject != state->subject)
        f->setSubject(room, subject.trimmed());
}

void RoomManager::askInvite(const QString &account, const Jid &room)
{
    MucFeature *f = muc(account);
    if (!f || !f->isJoined(room))
        return;
    InviteDialog dialog(room, tab(account, room));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Jid who = dialog.invitee();
    if (dialog.direct())
        f->inviteDirect(room, who, dialog.reason());
    else
        f->inviteMediated(room, who, dialog.reason());
    notice(account, room, tr("%1 is invited.").arg(who.full()));
}

void RoomManager::toggleBookmark(const QString &account, const Jid &room, bool on)
{
    BookmarksFeature *b = bookmarks(account);
    MucFeature *f = muc(account);
    if (!b)
        return;
    QPointer<ChatTab> t = tab(account, room);
    const auto done = [t](const Error &e) {
        if (e.isError() && t)
            t->showNotice(e.text);
    };
    if (!on) {
        b->remove(room, this, done);
        return;
    }
    Bookmark mark;
    mark.room = room.bare();
    const MucRoom *state = f ? f->room(room) : nullptr;
    mark.name = state ? state->name : QString();
    mark.nick = state ? state->nick : defaultNick(account);
    mark.password = state ? state->password : QString();
    mark.autojoin = true;
    b->add(mark, this, done);
}

void RoomManager::configure(const QString &account, const Jid &room, bool creating)
{
    MucFeature *f = muc(account);
    QPointer<ChatTab> t = tab(account, room);
    if (!f)
        return;
    // XEP-0045 10.1.3 / 10.2: the room's own form, in the shared renderer.
    f->requestConfiguration(room, this, [this, f, room, t, creating](const DataForm &form,
                                                                     const Error &error) {
        if (error.isError()) {
            if (t)
                t->showNotice(error.text);
            if (creating && f)
                f->createInstantRoom(room, this, [](const Error &) {});
            return;
        }
        auto *dialog = new QDialog(t);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(creating ? tr("New Room %1").arg(room.full())
                                        : tr("Configure %1").arg(room.full()));
        auto *layout = new QVBoxLayout(dialog);
        if (creating) {
            auto *intro = new QLabel(tr("You created this room. Choose its settings, or Cancel "
                                        "to keep the server's defaults."),
                                     dialog);
            intro->setWordWrap(true);
            layout->addWidget(intro);
        }
        auto *scroll = new QScrollArea(dialog);
        scroll->setWidgetResizable(true);
        auto *widget = new DataFormWidget;
        widget->setObjectName(QStringLiteral("roomConfigForm"));
        widget->setForm(form);
        scroll->setWidget(widget);
        layout->addWidget(scroll, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                             dialog);
        layout->addWidget(buttons);
        dialog->resize(520, 600);
        connect(buttons, &QDialogButtonBox::accepted, dialog, [this, f, room, t, widget, dialog] {
            if (!widget->validateAll())
                return;
            if (f)
                f->submitConfiguration(room, widget->submission(), this, [t](const Error &e) {
                    if (t)
                        t->showNotice(e.isError() ? e.text : tr("The room's settings are saved."));
                });
            dialog->accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(dialog, &QDialog::rejected, this, [this, f, room, creating] {
            // XEP-0045 10.1.2: a new room stays locked until configured or made instant.
            if (creating && f)
                f->createInstantRoom(room, this, [](const Error &) {});
        });
        dialog->show();
    });
}

void RoomManager::askDestroy(const QString &account, const Jid &room)
{
    MucFeature *f = muc(account);
    if (!f)
        return;
    bool ok = false;
    const QString why = QInputDialog::getText(
        tab(account, room), tr("Destroy Room"),
        tr("Destroy %1 for everyone? Its occupants are removed and its settings are lost.\n\n"
           "Reason (optional):")
            .arg(room.full()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QPointer<ChatTab> t = tab(account, room);
    f->destroyRoom(room, why, Jid(), this, [t](const Error &e) {
        if (e.isError() && t)
            t->showNotice(e.text);
    });
}

void RoomManager::moderateMessage(const QString &account, const Jid &room,
                                  const ChatMessage &message)
{
    MucFeature *f = muc(account);
    QPointer<ChatTab> t = tab(account, room);
    if (!f || !t)
        return;
    bool ok = false;
    const QString why = QInputDialog::getText(
        t, tr("Remove Message"),
        tr("Remove this message of %1 for everyone in the room?\n\nReason (optional):")
            .arg(visibleNick(Jid::parse(message.from).resource())),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    // XEP-0425: by the room's stanza-id; the room then sends the retraction to everyone.
    f->moderateMessage(room, message.stanzaId, why, this, [t](const Error &e) {
        if (e.isError() && t)
            t->showNotice(e.text);
    });
}

} // namespace charla
