// The rooms ui against a real Prosody (its MUC component): the Join Room dialog finds the
// server's group chat service and lists its rooms with their names and how many people are in
// each (disco#items, then disco#info muc#roominfo_occupants for the rows in view); joining from
// it with "bookmark this room" keeps a bookmark on the server, and a new login joins the room
// again on its own and opens its tab; invitations of both kinds arrive as notices whose Join
// opens the room, and a declined mediated invitation is told to the inviter.
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "features/BookmarksFeature.h"
#include "features/CoreFeatures.h"
#include "features/MessageFeature.h"
#include "features/MucFeature.h"
#include "rooms/JoinRoomDialog.h"
#include "stanza/DataForm.h"
#include "rooms/RoomActions.h"
#include "rooms/RoomManager.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QCheckBox>
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

} // namespace

class TestRoomsProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void joinDialogListsRoomsWithCountsAndBookmarks();
    void invitationsBothKinds();

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

QTEST_MAIN(TestRoomsProsody)
#include "tst_rooms_prosody.moc"
