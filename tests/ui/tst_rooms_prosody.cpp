// The rooms ui against a real Prosody (its MUC component): the Join Room dialog finds the
// server's group chat service and lists its rooms with their names and how many people are in
// each (disco#items, then disco#info muc#roominfo_occupants for the rows in view); joining from
// it with "bookmark this room" keeps a bookmark on the server, and a new login joins the room
// again on its own and opens its tab; invitations of both kinds arrive as notices whose Join
// opens the room, and a declined mediated invitation is told to the inviter. The occupant
// list's menu moderates (voice, membership, kick, ban: each the XEP-0045 admin request the real
// room acts on, seen by the moderator in the list and by the occupant in their own client); the
// configuration dialog of a new room makes it members-only and persistent, which the room then
// is (its disco#info, a stranger refused, the room kept after everyone left). A picture pasted
// into the room's composer is uploaded (XEP-0363) and reaches the others as a groupchat message
// with its link (XEP-0066); a reply names the room's stanza-id and is shown with its quote.
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "chat/AttachmentFetcher.h"
#include "chat/ChatManager.h"
#include "chat/MessageDelegate.h"
#include "chat/ChatTab.h"
#include "chat/ChatWindow.h"
#include "features/DiscoInfoFeature.h"
#include "forms/DataFormWidget.h"
#include "models/OccupantModel.h"
#include "rooms/OccupantList.h"
#include "rooms/RoomHeader.h"
#include "features/BookmarksFeature.h"
#include "features/CoreFeatures.h"
#include "features/MessageFeature.h"
#include "features/MucFeature.h"
#include "features/UploadFeature.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "models/ConversationModel.h"
#include "rooms/JoinRoomDialog.h"
#include "stanza/DataForm.h"
#include "rooms/RoomActions.h"
#include "rooms/RoomManager.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QClipboard>
#include <QImage>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {

/// One account with the rooms ui: core features, MucFeature, BookmarksFeature, MessageFeature,
/// a ChatManager and the RoomActions of a main window.
struct Peer
{
    QString account;
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MucFeature *muc = nullptr;
    BookmarksFeature *bookmarks = nullptr;
    MessageFeature *messages = nullptr;
    UploadFeature *upload = nullptr;
    QMainWindow window;
    std::unique_ptr<ChatManager> chats;
    RoomActions *actions = nullptr;

    explicit Peer(const QString &user) : account(user + QStringLiteral("@localhost"))
    {
        QString error;
        if (!db.openFile(dir.filePath(QStringLiteral("h.sqlite")), &error))
            qFatal("cannot open: %s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        installCoreFeatures(client);
        muc = new MucFeature(store.get());
        client.addFeature(muc);
        bookmarks = new BookmarksFeature(muc);
        bookmarks->setDefaultNick(user);
        client.addFeature(bookmarks);
        messages = new MessageFeature(store.get());
        messages->setAccountJid(Jid::parse(account));
        client.addFeature(messages);
        upload = new UploadFeature;
        client.addFeature(upload);
        client.setAutoReconnect(false);
        chats = std::make_unique<ChatManager>();
        chats->addAccount(account, messages, nullptr, nullptr);
        chats->setNotifier([](const QString &, const QString &, const QString &, const QString &) {});
        actions = new RoomActions(nullptr, chats.get(), nullptr, &window);
        actions->rooms()->addAccount(account, muc, bookmarks);
    }
    ~Peer()
    {
        // Logged out properly, as Account does: no hibernating session left for later tests.
        client.disconnectFromServer();
        delete actions;
        chats.reset();
    }
    RoomManager *rooms() const { return actions->rooms(); }
};

bool waitFor(QSignalSpy &spy, int count = 1, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (spy.count() < count && t.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
    return spy.count() >= count;
}

QMessageBox *invitationNotice(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(QStringLiteral("invitationNotice"))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

/// Answers the next modal QInputDialog (a kick or ban reason) with @p text, once it shows.
void answerInputDialog(const QString &text)
{
    auto *poll = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, text] {
        if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            d->setTextValue(text);
            d->accept();
            poll->deleteLater();
        } else if (++*tries > 500) {
            poll->deleteLater();
        }
    });
    poll->start(10);
}

/// Right-clicks @p nick in @p list and picks @p entry (without '&') from the menu that opens;
/// a reason asked for next gets @p reason (not null: one is asked for). Returns the menu's entries (empty: no menu).
QStringList pickFromOccupantMenu(OccupantList *list, const QString &nick, const QString &entry,
                                 const QString &reason = QString())
{
    const QModelIndex index = list->indexOfNick(nick);
    if (!index.isValid())
        return {};
    list->scrollTo(index);
    const QPoint at = list->visualRect(index).center();
    QStringList entries;
    QTimer::singleShot(0, [&entries, entry, reason] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *pick = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString text = a->text().remove(QLatin1Char('&'));
            entries << text;
            if (text == entry && a->isEnabled())
                pick = a;
        }
        menu->close();
        if (pick) {
            if (!reason.isNull())
                answerInputDialog(reason);
            pick->trigger();
        }
    });
    QContextMenuEvent e(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &e);
    return entries;
}

/// The group @p nick is shown in by @p model, -1 when not shown.
int groupOf(OccupantModel *model, const QString &nick)
{
    const QModelIndex index = model->indexOfNick(nick);
    if (!index.isValid())
        return -1;
    for (auto g : {OccupantModel::Group::Moderators, OccupantModel::Group::Participants,
                   OccupantModel::Group::Visitors}) {
        if (index.parent() == model->groupIndex(g))
            return int(g);
    }
    return -1;
}

/// disco#info of @p room as @p peer's client gets it: its features, or empty with @p error.
QStringList roomFeatures(Peer &peer, const Jid &room, Error *error)
{
    auto *disco = peer.client.feature<DiscoInfoFeature>();
    bool done = false;
    QStringList features;
    disco->requestInfo(room, QString(), &peer.client, [&](const DiscoInfo &info, const Error &e) {
        *error = e;
        if (!e.isError()) {
            for (const QString &f : {QStringLiteral("muc_membersonly"), QStringLiteral("muc_open"),
                                     QStringLiteral("muc_persistent"),
                                     QStringLiteral("muc_temporary")}) {
                if (info.hasFeature(f))
                    features << f;
            }
        }
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QTest::qWait(20);
    return features;
}

} // namespace

class TestRoomsProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void joinDialogListsRoomsWithCountsAndBookmarks();
    void invitationsBothKinds();
    void moderationFromTheOccupantMenu();
    void configurationDialogMakesRoomMembersOnlyAndPersistent();
    void pastedPictureAndReplyInARoom();

private:
    bool login(Peer &peer, const QString &user);
    /// @p peer makes @p room, public and named @p name, and stays in it as @p nick.
    bool makeRoom(Peer &peer, const Jid &room, const QString &nick, const QString &name);

    ProsodyFixture m_prosody;
};

void TestRoomsProsody::initTestCase()
{
    QSettings().clear();
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    // The upload service's https certificate is from the test CA: trusted as a person's
    // system trusts their server's, so file previews are fetched as they would be.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(m_prosody.caFile()));
    QSslConfiguration::setDefaultConfiguration(ssl);
    for (const char *u : {"ana", "ben", "cat"})
        QVERIFY(m_prosody.createAccount(QString::fromLatin1(u),
                                        QString::fromLatin1(u) + QStringLiteral("-pw")));
}

bool TestRoomsProsody::login(Peer &peer, const QString &user)
{
    SessionConfig c;
    c.jid = user + QStringLiteral("@localhost");
    c.password = user + QStringLiteral("-pw");
    c.host = m_prosody.host();
    c.port = m_prosody.c2sPort();
    c.caCertificates = QSslCertificate::fromPath(m_prosody.caFile());
    QSignalSpy up(&peer.client, &Client::connected);
    peer.client.connectToServer(c);
    if (!up.wait(15000))
        return false;
    // Available (invitations go to the bare JID), with caps for the PEP notifications (+notify).
    Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
    for (Feature *f : peer.client.features())
        f->decorateOwnPresence(presence);
    peer.client.send(presence);
    return true;
}

bool TestRoomsProsody::makeRoom(Peer &peer, const Jid &room, const QString &nick,
                                const QString &name)
{
    QSignalSpy joined(peer.muc, &MucFeature::roomJoined);
    peer.muc->join(room, nick);
    if (!waitFor(joined))
        return false;
    // XEP-0045 10.1.3: configured through its form, public (listed) and named.
    DataForm form;
    bool gotForm = false;
    Error error;
    peer.muc->requestConfiguration(room, this, [&](const DataForm &f, const Error &e) {
        form = f;
        error = e;
        gotForm = true;
    });
    QElapsedTimer t;
    t.start();
    while (!gotForm && t.elapsed() < 10000)
        QTest::qWait(20);
    if (!gotForm || error.isError())
        return false;
    form.setValue(QStringLiteral("muc#roomconfig_publicroom"), QStringLiteral("1"));
    form.setValue(QStringLiteral("muc#roomconfig_roomname"), name);
    bool done = false;
    peer.muc->submitConfiguration(room, form, this, [&](const Error &e) {
        error = e;
        done = true;
    });
    t.start();
    while (!done && t.elapsed() < 10000)
        QTest::qWait(20);
    return done && !error.isError();
}

void TestRoomsProsody::joinDialogListsRoomsWithCountsAndBookmarks()
{
    const Jid lobby = Jid::parse(QStringLiteral("lobby@conference.localhost"));
    const Jid quiet = Jid::parse(QStringLiteral("quiet@conference.localhost"));
    Peer ana(QStringLiteral("ana")), ben(QStringLiteral("ben"));
    QVERIFY(login(ana, QStringLiteral("ana")));
    QVERIFY(login(ben, QStringLiteral("ben")));
    QVERIFY(makeRoom(ana, lobby, QStringLiteral("Ana"), QStringLiteral("The Lobby")));
    QVERIFY(makeRoom(ana, quiet, QStringLiteral("Ana"), QStringLiteral("Quiet corner")));
    QSignalSpy benIn(ben.muc, &MucFeature::roomJoined);
    ben.muc->join(lobby, QStringLiteral("Ben"));
    QVERIFY(waitFor(benIn));

    // cat browses: the service is found on the server, its rooms listed with their counts.
    auto cat = std::make_unique<Peer>(QStringLiteral("cat"));
    QSignalSpy loaded(cat->bookmarks, &BookmarksFeature::loaded);
    QVERIFY(login(*cat, QStringLiteral("cat")));
    QVERIFY(waitFor(loaded));
    JoinRoomDialog dialog(cat->rooms());
    dialog.setAccount(cat->account);
    dialog.show();
    QSignalSpy listed(&dialog, &JoinRoomDialog::roomsListed);
    QSignalSpy counted(&dialog, &JoinRoomDialog::countLoaded);
    dialog.browse();
    QVERIFY2(waitFor(listed), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.serviceEdit()->text(), QStringLiteral("conference.localhost"));
    QTreeWidget *list = dialog.roomList();
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.insert(list->topLevelItem(i)->text(1), list->topLevelItem(i));
    const QString listedText = QStringList(rows.keys()).join(u' ') + u' ' + dialog.statusText();
    QVERIFY2(rows.contains(lobby.full()), qPrintable(listedText));
    QVERIFY2(rows.contains(quiet.full()), qPrintable(listedText));
    QVERIFY(waitFor(counted, int(rows.size())));
    QTRY_COMPARE(rows.value(lobby.full())->text(2), QStringLiteral("2"));
    QCOMPARE(rows.value(quiet.full())->text(2), QStringLiteral("1"));
    QCOMPARE(rows.value(lobby.full())->text(0), QStringLiteral("The Lobby"));
    const QString png = charla::test::outputDir() + QStringLiteral("/join-room-dialog.png");
    QVERIFY(dialog.grab().save(png));

    // Picking a row fills the address; joining with "bookmark this room" keeps it.
    list->setCurrentItem(rows.value(lobby.full()));
    QCOMPARE(dialog.room(), lobby);
    dialog.nickEdit()->setText(QStringLiteral("Gata"));
    dialog.bookmarkBox()->setChecked(true);
    QSignalSpy catIn(cat->muc, &MucFeature::roomJoined);
    QSignalSpy marked(cat->bookmarks, &BookmarksFeature::bookmarksChanged);
    dialog.accept();
    QVERIFY(waitFor(catIn));
    QVERIFY(cat->rooms()->tab(cat->account, lobby));
    QTRY_VERIFY_WITH_TIMEOUT(cat->bookmarks->bookmark(lobby), 10000);
    QVERIFY(cat->bookmarks->bookmark(lobby)->autojoin);
    QCOMPARE(cat->bookmarks->bookmark(lobby)->nick, QStringLiteral("Gata"));
    QTRY_VERIFY_WITH_TIMEOUT(ana.muc->occupant(lobby, QStringLiteral("Gata")), 10000);

    // Logged out; a new login (a new client, as after a restart) joins it and opens its tab.
    cat.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!ana.muc->occupant(lobby, QStringLiteral("Gata")), 10000);
    Peer again(QStringLiteral("cat"));
    QSignalSpy autojoined(again.muc, &MucFeature::roomJoined);
    QVERIFY(login(again, QStringLiteral("cat")));
    QVERIFY(waitFor(autojoined));
    QCOMPARE(autojoined.first().first().value<Jid>(), lobby);
    QTRY_VERIFY(again.rooms()->tab(again.account, lobby));
    QCOMPARE(again.muc->room(lobby)->nick, QStringLiteral("Gata"));
    QTRY_VERIFY_WITH_TIMEOUT(ana.muc->occupant(lobby, QStringLiteral("Gata")), 10000);
}

void TestRoomsProsody::invitationsBothKinds()
{
    const Jid room = Jid::parse(QStringLiteral("invites@conference.localhost"));
    Peer ana(QStringLiteral("ana")), ben(QStringLiteral("ben"));
    QVERIFY(login(ana, QStringLiteral("ana")));
    QVERIFY(login(ben, QStringLiteral("ben")));
    QVERIFY(makeRoom(ana, room, QStringLiteral("Ana"), QStringLiteral("Invites")));

    // XEP-0249: a direct invitation is a notice; Join opens the room.
    ana.muc->inviteDirect(room, Jid::parse(ben.account), QStringLiteral("come in"));
    QTRY_VERIFY_WITH_TIMEOUT(invitationNotice(&ben.window), 10000);
    QMessageBox *box = invitationNotice(&ben.window);
    QVERIFY(box->text().contains(room.full()));
    QVERIFY(box->text().contains(QStringLiteral("come in")));
    QCOMPARE(box->windowModality(), Qt::NonModal);
    QSignalSpy benIn(ben.muc, &MucFeature::roomJoined);
    box->findChild<QPushButton *>(QStringLiteral("acceptInvitation"))->click();
    QVERIFY(waitFor(benIn));
    QVERIFY(ben.rooms()->tab(ben.account, room));
    QTRY_VERIFY_WITH_TIMEOUT(ana.muc->occupant(room, QStringLiteral("ben")), 10000);

    // XEP-0045 7.8.2: a mediated invitation through the room; declining tells the inviter.
    Peer cat(QStringLiteral("cat"));
    QVERIFY(login(cat, QStringLiteral("cat")));
    QSignalSpy declined(ana.muc, &MucFeature::invitationDeclined);
    ana.muc->inviteMediated(room, Jid::parse(cat.account), QStringLiteral("through the room"));
    QTRY_VERIFY_WITH_TIMEOUT(invitationNotice(&cat.window), 10000);
    box = invitationNotice(&cat.window);
    QVERIFY(box->text().contains(QStringLiteral("through the room")));
    box->findChild<QPushButton *>(QStringLiteral("declineInvitation"))->click();
    QVERIFY(waitFor(declined));
    QCOMPARE(declined.first().at(1).value<Jid>().bare().full(), cat.account);
    QVERIFY(!cat.muc->room(room));
}

void TestRoomsProsody::moderationFromTheOccupantMenu()
{
    const Jid room = Jid::parse(QStringLiteral("moderated@conference.localhost"));
    Peer ana(QStringLiteral("ana")), ben(QStringLiteral("ben")), cat(QStringLiteral("cat"));
    QVERIFY(login(ana, QStringLiteral("ana")));
    QVERIFY(login(ben, QStringLiteral("ben")));
    QVERIFY(login(cat, QStringLiteral("cat")));
    QVERIFY(makeRoom(ana, room, QStringLiteral("Ana"), QStringLiteral("Moderated")));
    for (Peer *p : {&ben, &cat}) {
        QSignalSpy in(p->muc, &MucFeature::roomJoined);
        p->muc->join(room, p == &ben ? QStringLiteral("Ben") : QStringLiteral("Cat"));
        QVERIFY(waitFor(in));
    }
    // Ana's room tab (opened when she joined), shown as a person would see it.
    QTRY_VERIFY(ana.rooms()->tab(ana.account, room));
    ChatWindow *window = ana.chats->sharedWindow();
    window->resize(900, 600);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    OccupantList *list = ana.rooms()->occupantList(ana.account, room);
    OccupantModel *model = ana.rooms()->occupants(ana.account, room);
    QVERIFY(list && model);
    // As owner and moderator she sees their addresses (Prosody: whois moderators).
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOfNick(QStringLiteral("Ben")).isValid()
                                 && model->indexOfNick(QStringLiteral("Cat")).isValid(),
                             10000);
    QTRY_COMPARE(model->indexOfNick(QStringLiteral("Ben")).data(OccupantModel::RealJidRole)
                     .toString(),
                 ben.account);
    const int visitors = int(OccupantModel::Group::Visitors);
    const int participants = int(OccupantModel::Group::Participants);
    QCOMPARE(groupOf(model, QStringLiteral("Ben")), participants);

    // XEP-0045 8.4: revoke voice -> Ben is a visitor, in the room and in Ana's list.
    const QStringList entries =
        pickFromOccupantMenu(list, QStringLiteral("Ben"), QStringLiteral("Revoke voice"));
    for (const char *e : {"Send private message", "Kick\u2026", "Revoke voice", "Ban\u2026",
                          "Make member", "Make admin", "Make owner"})
        QVERIFY2(entries.contains(QString::fromUtf8(e)), qPrintable(entries.join(u'|')));
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(model, QStringLiteral("Ben")), visitors, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ben.muc->room(room)->ownRole, MucRole::Visitor, 10000);
    // 8.3: and granted again.
    QVERIFY(pickFromOccupantMenu(list, QStringLiteral("Ben"), QStringLiteral("Grant voice"))
                .contains(QStringLiteral("Grant voice")));
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(model, QStringLiteral("Ben")), participants, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ben.muc->room(room)->ownRole, MucRole::Participant, 10000);

    // 9.3: membership, by his real JID; the badge follows in the list.
    pickFromOccupantMenu(list, QStringLiteral("Ben"), QStringLiteral("Make member"));
    QTRY_COMPARE_WITH_TIMEOUT(model->indexOfNick(QStringLiteral("Ben"))
                                  .data(OccupantModel::AffiliationRole)
                                  .toInt(),
                              int(MucAffiliation::Member), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ben.muc->room(room)->ownAffiliation, MucAffiliation::Member, 10000);
    QVERIFY(pickFromOccupantMenu(list, QStringLiteral("Ben"), QStringLiteral("Grant voice"))
                .contains(QStringLiteral("Remove membership")));

    // 8.2: kick with a reason: Cat is out and told why; gone from Ana's list.
    QSignalSpy catOut(cat.muc, &MucFeature::roomRemoved);
    pickFromOccupantMenu(list, QStringLiteral("Cat"), QStringLiteral("Kick\u2026"),
                         QStringLiteral("too loud"));
    QVERIFY(waitFor(catOut));
    QCOMPARE(catOut.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::Kicked);
    QVERIFY2(catOut.first().at(2).toString().contains(QStringLiteral("too loud")),
             qPrintable(catOut.first().at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexOfNick(QStringLiteral("Cat")).isValid(), 10000);
    const QString png = charla::test::outputDir() + QStringLiteral("/room-moderation.png");
    QVERIFY(window->grab().save(png));

    // 9.1: ban: Ben is out, and cannot come back.
    QSignalSpy benOut(ben.muc, &MucFeature::roomRemoved);
    pickFromOccupantMenu(list, QStringLiteral("Ben"), QStringLiteral("Ban\u2026"),
                         QStringLiteral("spam"));
    QVERIFY(waitFor(benOut));
    QCOMPARE(benOut.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::Banned);
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexOfNick(QStringLiteral("Ben")).isValid(), 10000);
    QSignalSpy benAgain(ben.muc, &MucFeature::roomRemoved);
    ben.muc->join(room, QStringLiteral("Ben"));
    QVERIFY(waitFor(benAgain));
    QCOMPARE(benAgain.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::JoinFailed);
    QVERIFY(!ben.muc->isJoined(room));
    // Cat was only kicked: she may come back.
    QSignalSpy catIn(cat.muc, &MucFeature::roomJoined);
    cat.muc->join(room, QStringLiteral("Cat"));
    QVERIFY(waitFor(catIn));
}

void TestRoomsProsody::configurationDialogMakesRoomMembersOnlyAndPersistent()
{
    const Jid room = Jid::parse(QStringLiteral("club@conference.localhost"));
    Peer ana(QStringLiteral("ana")), ben(QStringLiteral("ben"));
    QVERIFY(login(ana, QStringLiteral("ana")));
    QVERIFY(login(ben, QStringLiteral("ben")));
    // A new room (XEP-0045 10.1.2): its tab offers the room's form at once.
    ChatTab *tab = ana.rooms()->join(ana.account, room, QStringLiteral("Ana"));
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<DataFormWidget *>(QStringLiteral("roomConfigForm")),
                             15000);
    auto *form = tab->findChild<DataFormWidget *>(QStringLiteral("roomConfigForm"));
    auto *membersOnly =
        qobject_cast<QCheckBox *>(form->editor(QStringLiteral("muc#roomconfig_membersonly")));
    auto *persistent =
        qobject_cast<QCheckBox *>(form->editor(QStringLiteral("muc#roomconfig_persistentroom")));
    QVERIFY(membersOnly && persistent);
    QVERIFY(!membersOnly->isChecked());
    membersOnly->setChecked(true);
    persistent->setChecked(true);
    QWidget *dialog = form->window();
    const QString png = charla::test::outputDir() + QStringLiteral("/room-configuration.png");
    QVERIFY(dialog->grab().save(png));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPointer<QWidget> open = dialog;
    buttons->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!open || !open->isVisible());

    // The room is what the form said: its disco#info, seen by someone else...
    Error error;
    QStringList features;
    QTRY_VERIFY_WITH_TIMEOUT((features = roomFeatures(ben, room, &error))
                                 .contains(QStringLiteral("muc_membersonly")),
                             10000);
    QVERIFY2(!error.isError(), qPrintable(error.text));
    QVERIFY2(features.contains(QStringLiteral("muc_membersonly")), qPrintable(features.join(u' ')));
    QVERIFY2(features.contains(QStringLiteral("muc_persistent")), qPrintable(features.join(u' ')));
    // ...who, not a member, is refused with a sentence...
    QSignalSpy refused(ben.muc, &MucFeature::roomRemoved);
    ben.muc->join(room, QStringLiteral("Ben"));
    QVERIFY(waitFor(refused));
    QCOMPARE(refused.first().at(1).value<MucFeature::Removal>(), MucFeature::Removal::JoinFailed);
    QVERIFY2(refused.first().at(2).toString().contains(QStringLiteral("member")),
             qPrintable(refused.first().at(2).toString()));
    // ...and the Configure entry of the room menu shows the stored values.
    RoomHeader *header = ana.rooms()->header(ana.account, room);
    QVERIFY(header);
    Q_EMIT header->menu()->aboutToShow();
    QAction *configure = nullptr;
    for (QAction *a : header->menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Configure room\u2026"))
            configure = a;
    }
    QVERIFY(configure);
    delete open;
    configure->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<DataFormWidget *>(QStringLiteral("roomConfigForm")),
                             10000);
    form = tab->findChild<DataFormWidget *>(QStringLiteral("roomConfigForm"));
    QVERIFY(qobject_cast<QCheckBox *>(form->editor(QStringLiteral("muc#roomconfig_membersonly")))
                ->isChecked());
    delete form->window();

    // Persistent: the room outlives its last occupant.
    QSignalSpy left(ana.muc, &MucFeature::roomRemoved);
    ana.rooms()->leave(ana.account, room);
    QTRY_VERIFY(!ana.muc->room(room));
    QTest::qWait(300);
    features = roomFeatures(ben, room, &error);
    QVERIFY2(!error.isError(), qPrintable(error.text));
    QVERIFY(features.contains(QStringLiteral("muc_persistent")));
}

void TestRoomsProsody::pastedPictureAndReplyInARoom()
{
    const Jid room = Jid::parse(QStringLiteral("pictures@conference.localhost"));
    Peer ana(QStringLiteral("ana")), ben(QStringLiteral("ben"));
    QVERIFY(login(ana, QStringLiteral("ana")));
    QVERIFY(login(ben, QStringLiteral("ben")));
    QVERIFY(makeRoom(ana, room, QStringLiteral("Ana"), QStringLiteral("Pictures")));
    QSignalSpy benIn(ben.muc, &MucFeature::roomJoined);
    ben.muc->join(room, QStringLiteral("Ben"));
    QVERIFY(waitFor(benIn));
    QTRY_VERIFY_WITH_TIMEOUT(ana.upload->isDiscovered() && ana.upload->service(), 10000);
    QTRY_VERIFY(ana.rooms()->tab(ana.account, room) && ben.rooms()->tab(ben.account, room));
    ChatTab *anaTab = ana.rooms()->tab(ana.account, room);
    ChatTab *benTab = ben.rooms()->tab(ben.account, room);

    // Ana pastes a picture into the room's composer: uploaded, then sent to the room.
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(0x33, 0x99, 0xcc));
    QApplication::clipboard()->setImage(picture);
    QSignalSpy benGot(ben.muc, &MucFeature::messageReceived);
    anaTab->composer()->editor()->setFocus();
    anaTab->composer()->editor()->paste();
    QVERIFY(waitFor(benGot, 1, 30000));
    const auto file = benGot.first().first().value<ChatMessage>();
    QCOMPARE(file.chat, room.full());
    QCOMPARE(file.from, room.withResource(QStringLiteral("Ana")).full());
    QVERIFY2(file.oobUrl.startsWith(QStringLiteral("https://127.0.0.1:%1/")
                                        .arg(m_prosody.httpsPort())),
             qPrintable(file.oobUrl));
    QCOMPARE(file.body, file.oobUrl);
    // Ana's own copy in her room is the same link (its card), confirmed by the room.
    auto *anaConversation = qobject_cast<ConversationModel *>(anaTab->conversation());
    QTRY_COMPARE(anaConversation->rowCount(), 1);
    QCOMPARE(anaConversation->messageAt(0).oobUrl, file.oobUrl);
    QTRY_COMPARE(anaConversation->messageAt(0).state, ChatMessage::State::Sent);

    // Ben replies to it from his tab: XEP-0461 by the room's stanza-id, to Ana's room JID.
    auto *benConversation = qobject_cast<ConversationModel *>(benTab->conversation());
    QTRY_COMPARE(benConversation->rowCount(), 1);
    const QString stanzaId = benConversation->messageAt(0).stanzaId;
    QVERIFY2(!stanzaId.isEmpty(), "Prosody's room gives stanza-ids (urn:xmpp:sid:0)");
    QVERIFY(ben.muc->room(room)->supportsStanzaIds);
    QSignalSpy anaGot(ana.muc, &MucFeature::messageReceived);
    benTab->startReply(benTab->view()->indexForRow(0));
    QTest::keyClicks(benTab->composer()->editor(), QStringLiteral("what a blue"));
    QTest::keyClick(benTab->composer()->editor(), Qt::Key_Return);
    QVERIFY(waitFor(anaGot));
    const auto reply = anaGot.first().first().value<ChatMessage>();
    QCOMPARE(reply.replyToId, stanzaId);
    QCOMPARE(reply.replyToFrom, room.withResource(QStringLiteral("Ana")).full());
    QCOMPARE(reply.body, QStringLiteral("what a blue"));
    // The quote is Ana's message as she has it (her copy learnt the room's stanza-id).
    QCOMPARE(reply.replyQuote, file.oobUrl);
    QTRY_COMPARE(anaConversation->rowCount(), 2);
    QCOMPARE(anaConversation->index(1, 0).data(ConversationModel::ReplyQuoteRole).toString(),
             file.oobUrl);

    ChatWindow *window = ana.chats->sharedWindow();
    window->resize(900, 600);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Our own picture in the room is previewed without a click (AttachmentPolicy: our uploads
    // are trusted; the room's bare JID is not in the roster and must not decide it).
    AttachmentFetcher *files = anaTab->view()->messageDelegate()->attachmentFetcher();
    QVERIFY(files);
    QTRY_VERIFY_WITH_TIMEOUT(files->previewState(file.oobUrl) == AttachmentFetcher::PreviewState::Ready,
                             10000);
    QTest::qWait(200);
    const QString png = charla::test::outputDir() + QStringLiteral("/room-picture-and-reply.png");
    QVERIFY(window->grab().save(png));
}

QTEST_MAIN(TestRoomsProsody)
#include "tst_rooms_prosody.moc"
