// A room in the chat window, against a FakeServer room: the tab has the occupant list grouped
// by role (200 occupants), the subject in its header, senders named by nick; a message that
// names our nick is marked in the list and notified while another is only counted; Tab
// completes nicks; what is typed goes to the room as groupchat; a private chat goes to the
// occupant's room JID with the muc#user marker; join errors become the sentences of MucErrors
// in the tab; a lost connection does not leave the room looking joined; a moderator removes
// someone's message from its menu (XEP-0425) where the room supports it; who is typing is
// shown in the tab, and our typing goes to the room (XEP-0085 5.5).
#include "../unit/MucFixture.h"
#include "TestEnv.h"
#include "ConsistentColor.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/ChatWindow.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/MessageDelegate.h"
#include "features/MessageFeature.h"
#include "models/ConversationModel.h"
#include "models/OccupantModel.h"
#include "rooms/InviteDialog.h"
#include "rooms/JoinRoomDialog.h"
#include "rooms/OccupantList.h"
#include "rooms/RoomHeader.h"
#include "rooms/RoomManager.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTest>

#include <algorithm>

using namespace charla;
using namespace charla::test::muc;
using charla::test::FakeServer;
using charla::test::TestCa;

namespace {

const QString kAccount = QStringLiteral("alice@localhost");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Arrived
{
    QString chat;
    QString body;
    bool room = false;
    bool mention = false;
};

/// MucFixture's client and FakeServer room, with the chat window's managers on top. The
/// one-to-one MessageFeature lives on a client that never connects (only its store is used).
struct RoomUi : Fixture
{
    std::unique_ptr<Client> idle;
    MessageFeature *messages = nullptr;
    std::unique_ptr<ChatManager> chats;
    std::unique_ptr<RoomManager> rooms;
    QList<QPair<QString, QString>> notices; ///< title, text
    QList<Arrived> arrived;

    explicit RoomUi(const TestCa::Leaf &leaf) : Fixture(leaf)
    {
        QSettings().clear();
        idle = std::make_unique<Client>();
        messages = new MessageFeature(store.get());
        messages->setAccountJid(Jid::parse(kAccount));
        idle->addFeature(messages);
        chats = std::make_unique<ChatManager>();
        chats->addAccount(kAccount, messages, nullptr, nullptr);
        chats->setNotifier([this](const QString &title, const QString &text, const QString &,
                                  const QString &) { notices.append({title, text}); });
        QObject::connect(chats.get(), &ChatManager::messageArrived, chats.get(),
                         [this](const QString &, const ChatMessage &m, bool room, bool mention) {
                             arrived.append({m.chat, m.body, room, mention});
                         });
        rooms = std::make_unique<RoomManager>(chats.get());
        rooms->addAccount(kAccount, muc, nullptr);
    }
    ~RoomUi()
    {
        rooms.reset();
        chats.reset();
    }

    bool connect()
    {
        if (!server.listen())
            return false;
        QSignalSpy up(&client, &Client::connected);
        client.connectToServer(charla::test::fakeServerConfig(*caRef, server.port()));
        return up.wait(10000);
    }
};

/// The colour covering most of @p area of @p image that is none of @p backgrounds nor grey
/// (text, white initials): an avatar's fill.
QColor dominantColour(const QImage &image, const QRect &area, const QList<QColor> &backgrounds)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool background = std::any_of(backgrounds.cbegin(), backgrounds.cend(),
                                                [&c](const QColor &b) { return b.rgb() == c.rgb(); });
            if (background || (c.red() == c.green() && c.green() == c.blue()))
                continue;
            ++counts[c.rgb()];
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return most ? QColor::fromRgb(best) : QColor();
}

/// 200 occupants of every role and affiliation, with a few nicks made to look alike.
QStringList occupantPresences(int *moderators, int *participants, int *visitors)
{
    static const char *names[] = {"bob",   "carol", "dave",  "erin",  "frank", "grace",
                                  "heidi", "ivan",  "judy",  "mallory", "niaj", "olivia",
                                  "peggy", "rupert", "sybil", "trent", "victor", "walter"};
    QStringList out;
    *moderators = *participants = *visitors = 0;
    for (int i = 0; i < 200; ++i) {
        QString nick = i < 18 ? QString::fromLatin1(names[i])
                              : QStringLiteral("%1%2").arg(QString::fromLatin1(names[i % 18])).arg(i);
        QString affiliation = QStringLiteral("none");
        QString role = QStringLiteral("participant");
        if (i < 4) {
            role = QStringLiteral("moderator");
            affiliation = i == 0 ? QStringLiteral("owner") : QStringLiteral("admin");
        } else if (i % 9 == 0) {
            role = QStringLiteral("visitor");
        } else if (i % 3 == 0) {
            affiliation = QStringLiteral("member");
        }
        // Invisible letters a JID allows (zero-width and bidi controls it does not): these
        // must not pass for "bob".
        if (i == 20)
            nick = s("bob\u3164"); // Hangul filler
        if (i == 21)
            nick = s("bob\u2800"); // braille blank
        QString extra;
        if (i % 5 == 1)
            extra = QStringLiteral("<show>away</show><status>in a meeting</status>");
        if (i % 7 == 2)
            extra = QStringLiteral("<show>dnd</show>");
        const QString p = presence(nick, affiliation, role);
        out << QString(p).replace(QStringLiteral("</presence>"), extra + QStringLiteral("</presence>"));
        if (role == QLatin1String("moderator"))
            ++*moderators;
        else if (role == QLatin1String("visitor"))
            ++*visitors;
        else
            ++*participants;
    }
    return out;
}

/// Answers the next modal QInputDialog (a reason) with @p text, once it shows.
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

/// Right-clicks @p viewport at @p at and picks the enabled entry @p entry (without '&') of the
/// menu that opens; a reason asked for next gets @p reason (not null: one is asked for). Returns the menu's entries, a
/// disabled one prefixed with "-".
QStringList pickFromMenu(QWidget *viewport, const QPoint &at, const QString &entry,
                         const QString &reason = QString())
{
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
            entries << (a->isEnabled() ? QString() : QStringLiteral("-")) + text;
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
    QContextMenuEvent e(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &e);
    return entries;
}

} // namespace

class TestRooms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roomTabWithOccupantsMentionsAndSending();
    void dialogErrorsCanBeRead();
    void joinErrorsAreShownInTheTab_data();
    void joinErrorsAreShownInTheTab();
    void lostConnectionIsNotJoined();
    void moderatorRemovesMessageFromItsMenu_data();
    void moderatorRemovesMessageFromItsMenu();
    void typingInTheRoom();

private:
    std::unique_ptr<RoomUi> fixture();
    void scriptBigJoin(RoomUi &f, int *moderators, int *participants, int *visitors);
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestRooms::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

std::unique_ptr<RoomUi> TestRooms::fixture()
{
    auto f = std::make_unique<RoomUi>(m_leaf);
    f->caRef = m_ca.get();
    return f;
}

void TestRooms::scriptBigJoin(RoomUi &f, int *moderators, int *participants, int *visitors)
{
    f.server
        .expect(QStringLiteral("<iq type='get' to='%1' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>")
                    .arg(kRoom))
        .send(discoResult({}))
        .expect(QStringLiteral("<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/muc'>"
                               "<history maxstanzas='50'/></x></presence>")
                    .arg(kRoom));
    for (const QString &p : occupantPresences(moderators, participants, visitors))
        f.server.send(p);
    f.server
        .send(presence(QStringLiteral("alice"), QStringLiteral("member"),
                       QStringLiteral("participant"), QStringLiteral("<status code='110'/>")))
        .send(QStringLiteral("<message type='groupchat' from='%1/carol' to='%2'>"
                             "<subject>Release planning \u2014 3.2 ships Friday</subject></message>")
                  .arg(kRoom, kMe));
    ++*participants; // us
}

void TestRooms::roomTabWithOccupantsMentionsAndSending()
{
    auto f = fixture();
    int moderators = 0, participants = 0, visitors = 0;
    scriptBigJoin(*f, &moderators, &participants, &visitors);
    QVERIFY(f->connect());
    QSignalSpy subject(f->muc, &MucFeature::subjectChanged);
    // Not focused: the window stays hidden, so nothing counts as seen.
    ChatTab *tab = f->rooms->join(kAccount, Jid::parse(kRoom), QStringLiteral("alice"), {}, false);
    QVERIFY(tab);
    WAIT_SCRIPT(f);
    QVERIFY(subject.count() == 1 || subject.wait(5000));

    // The room is a tab of the chat window, with the occupant list beside the messages.
    QCOMPARE(f->chats->tab(kAccount, kRoom), tab);
    QVERIFY(f->chats->sharedWindow()->tabs().contains(tab));
    QVERIFY(tab->findChild<QSplitter *>(QStringLiteral("chatSplitter")));
    OccupantModel *model = f->rooms->occupants(kAccount, Jid::parse(kRoom));
    OccupantList *list = f->rooms->occupantList(kAccount, Jid::parse(kRoom));
    QVERIFY(model && list);
    auto *sorted = qobject_cast<QSortFilterProxyModel *>(list->model());
    QVERIFY(sorted && sorted->sourceModel() == model);
    QTRY_COMPARE(model->occupantCount(), 201);
    QCOMPARE(model->rowCount(model->groupIndex(OccupantModel::Group::Moderators)), moderators);
    QCOMPARE(model->rowCount(model->groupIndex(OccupantModel::Group::Participants)), participants);
    QCOMPARE(model->rowCount(model->groupIndex(OccupantModel::Group::Visitors)), visitors);
    // Sorted in the list: the owner first among moderators; among participants the members
    // (alphabetically), then the others.
    const QModelIndex mods = sorted->index(0, 0);
    QCOMPARE(sorted->index(0, 0, mods).data(OccupantModel::NickRole).toString(),
             QStringLiteral("bob"));
    const QModelIndex parts = sorted->index(1, 0);
    QString previous;
    bool membersDone = false;
    for (int i = 0; i < sorted->rowCount(parts); ++i) {
        const QModelIndex o = sorted->index(i, 0, parts);
        const bool member = o.data(OccupantModel::AffiliationRole).toInt() == int(MucAffiliation::Member);
        if (!member && !membersDone) {
            membersDone = true;
            previous.clear();
        }
        QVERIFY2(member || membersDone, "a member after a non-member");
        const QString nick = o.data().toString().toCaseFolded();
        QVERIFY2(QString::localeAwareCompare(previous, nick) <= 0, qPrintable(previous + u' ' + nick));
        previous = nick;
    }
    QVERIFY(list->indexOfNick(QStringLiteral("rupert")).isValid());
    // Look-alike nicks are shown so they cannot pass for someone else.
    for (const QString &fakeNick : {s("bob\u3164"), s("bob\u2800")}) {
        const QModelIndex fake = model->indexOfNick(fakeNick);
        QVERIFY(fake.isValid());
        QVERIFY(fake.data().toString().startsWith(QStringLiteral("bob")));
        QVERIFY(fake.data().toString().contains(QStringLiteral("U+")));
    }
    // Header: subject and our standing.
    RoomHeader *header = f->rooms->header(kAccount, Jid::parse(kRoom));
    QVERIFY(header);
    QCOMPARE(header->subjectLabel()->text(), s("Release planning \u2014 3.2 ships Friday"));
    QVERIFY(header->isSubjectEditable());
    QVERIFY2(tab->statusText().contains(QStringLiteral("201")), qPrintable(tab->statusText()));

    // Two live messages: one names us, one does not.
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"),
                             QStringLiteral("Alice, can you check the release notes?")))
        .send(groupchat(QStringLiteral("carol"), QStringLiteral("m2"),
                        QStringLiteral("Lunch at noon, anyone?")))
        .send(groupchat(QStringLiteral("dave"), QStringLiteral("m3"),
                        QStringLiteral("malice aforethought is not a mention")));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(f->arrived.size(), 3);
    QVERIFY(f->arrived.at(0).room && f->arrived.at(0).mention);
    QVERIFY(f->arrived.at(1).room && !f->arrived.at(1).mention);
    QVERIFY(!f->arrived.at(2).mention);
    QCOMPARE(f->arrived.at(0).chat, kRoom);
    // Only the mention notifies; all three count as unread.
    QCOMPARE(f->notices.size(), 1);
    QVERIFY(f->notices.at(0).second.contains(QStringLiteral("release notes")));
    QCOMPARE(f->chats->unreadCount(kAccount, kRoom), 3);

    // The message list: senders by nick, the mention marked.
    auto *conversation = qobject_cast<ConversationModel *>(tab->conversation());
    QVERIFY(conversation);
    QTRY_COMPARE(conversation->rowCount(), 3);
    MessageDelegate *delegate = tab->view()->messageDelegate();
    QCOMPARE(delegate->senderName(tab->view()->indexForRow(0)), QStringLiteral("bob"));
    QVERIFY(delegate->isMention(tab->view()->indexForRow(0)));
    QVERIFY(!delegate->isMention(tab->view()->indexForRow(1)));
    QVERIFY(!delegate->isMention(tab->view()->indexForRow(2)));

    // A picture for a person to look at.
    ChatWindow *window = f->chats->sharedWindow();
    window->resize(900, 640);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    list->scrollToTop();
    QTest::qWait(50);
    const QString png = charla::test::outputDir() + QStringLiteral("/room-200-occupants.png");
    QVERIFY(window->grab().save(png));
    qInfo() << "saved" << png;

    // XEP-0392: an occupant has one colour, the nick's, in the messages and in the list; not
    // the room's (every sender would share it).
    {
        const QImage messages = tab->view()->viewport()->grab().toImage();
        auto avatarInMessages = [&](int row) {
            // The row's own background (a mention is tinted, under the day separator) is
            // what shows beside the avatar.
            const QRect r = tab->view()->visualRect(tab->view()->indexForRow(row));
            return dominantColour(messages, QRect(r.left(), r.top(), 48, r.height()),
                                  {messages.pixelColor(r.topLeft() + QPoint(1, 1)),
                                   messages.pixelColor(r.bottomLeft() + QPoint(8, -1))});
        };
        const QColor bobInMessages = avatarInMessages(0);
        const QColor carolInMessages = avatarInMessages(1);
        const QImage occupants = list->viewport()->grab().toImage();
        const QRect bobRow = list->visualRect(list->indexOfNick(QStringLiteral("bob")));
        const QColor bobInList =
            dominantColour(occupants, QRect(bobRow.left(), bobRow.top(), 40, bobRow.height()),
                           {occupants.pixelColor(bobRow.topLeft() + QPoint(1, 1))});
        QVERIFY(bobInMessages.isValid());
        QCOMPARE(bobInMessages.name(), consistentColor(QStringLiteral("bob")).name());
        QCOMPARE(bobInList.name(), bobInMessages.name());
        QCOMPARE(carolInMessages.name(), consistentColor(QStringLiteral("carol")).name());
    }

    // XEP-0461 4: this room gives no stanza-ids, so its messages cannot be replied to.
    {
        ChatView *view = tab->view();
        const QPoint at = view->visualRect(view->indexForRow(0)).topLeft() + QPoint(8, 8);
        const QStringList entries = pickFromMenu(view->viewport(), at, QString());
        QVERIFY2(entries.contains(QStringLiteral("-Reply")), qPrintable(entries.join(u'|')));
    }

    // Tab completes a nick at the start of the message with ": ". (Typing notifications off
    // here: the stanzas below are the messages; typingInTheRoom() checks the states.)
    f->muc->setSendsChatStates(false);
    ComposerEdit *edit = tab->composer()->editor();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("ol"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(edit->toPlainText(), QStringLiteral("olivia: "));
    // Tab again cycles to the next nick starting the same way.
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(edit->toPlainText(), QStringLiteral("olivia101: "));
    edit->clear();

    // What is typed goes to the room as groupchat.
    f->server.expectMatching(QStringLiteral("a groupchat message to the room"),
                             [](const Element &e, QString *why) {
                                 *why = QString::fromUtf8(e.toXml());
                                 return e.name() == QLatin1String("message")
                                        && e.attribute(QStringLiteral("type")) == QLatin1String("groupchat")
                                        && e.attribute(QStringLiteral("to")) == kRoom
                                        && e.childText(QStringLiteral("body")) == QLatin1String("olivia: ready");
                             });
    QTest::keyClicks(edit, QStringLiteral("ol"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QTest::keyClicks(edit, QStringLiteral("ready"));
    QTest::keyClick(edit, Qt::Key_Return);
    WAIT_SCRIPT(f);

    // A private chat with an occupant: its own tab, sent to the room JID with muc#user.
    f->server.expectMatching(QStringLiteral("a private message through the room"),
                             [](const Element &e, QString *why) {
                                 *why = QString::fromUtf8(e.toXml());
                                 return e.name() == QLatin1String("message")
                                        && e.attribute(QStringLiteral("type")) == QLatin1String("chat")
                                        && e.attribute(QStringLiteral("to")) == kRoom + QStringLiteral("/bob")
                                        && e.hasChild(QStringLiteral("x"), QStringLiteral("http://jabber.org/protocol/muc#user"))
                                        && e.childText(QStringLiteral("body")) == QLatin1String("psst");
                             });
    Q_EMIT list->privateChatRequested(QStringLiteral("bob"));
    ChatTab *pm = f->chats->tab(kAccount, kRoom + QStringLiteral("/bob"));
    QVERIFY(pm);
    QVERIFY(pm != tab);
    QVERIFY(pm->title().startsWith(QStringLiteral("bob")));
    QTest::keyClicks(pm->composer()->editor(), QStringLiteral("psst"));
    QTest::keyClick(pm->composer()->editor(), Qt::Key_Return);
    WAIT_SCRIPT(f);
}

void TestRooms::dialogErrorsCanBeRead()
{
    // The Join and Invite dialogs say what is missing in a colour that stands out from the
    // dialog's background (BrightText, used before, is white on light palettes).
    const auto readable = [](QDialog &dialog, const QString &sentence) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QMetaObject::invokeMethod(&dialog, "accept");
        QLabel *shown = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(sentence))
                shown = l;
        }
        QVERIFY2(shown, qPrintable(sentence));
        QVERIFY(dialog.isVisible()); // nothing accepted
        const int text = shown->palette().color(shown->foregroundRole()).lightness();
        const int back = dialog.palette().color(QPalette::Window).lightness();
        QVERIFY2(qAbs(text - back) > 80,
                 qPrintable(QStringLiteral("text %1, background %2").arg(text).arg(back)));
    };
    InviteDialog invite(Jid::parse(QStringLiteral("room@conference.localhost")));
    readable(invite, QStringLiteral("Type the address of the person to invite"));
    JoinRoomDialog join(nullptr);
    readable(join, QStringLiteral("Type the room's address"));
}

void TestRooms::joinErrorsAreShownInTheTab_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("words");
    QTest::newRow("nick conflict") << QStringLiteral("conflict") << QStringLiteral("nickname is already in use");
    QTest::newRow("banned") << QStringLiteral("forbidden") << QStringLiteral("banned");
    QTest::newRow("members only") << QStringLiteral("registration-required") << QStringLiteral("members only");
    QTest::newRow("password") << QStringLiteral("not-authorized") << QStringLiteral("password");
}

void TestRooms::joinErrorsAreShownInTheTab()
{
    QFETCH(QString, condition);
    QFETCH(QString, words);
    auto f = fixture();
    f->server
        .expect(QStringLiteral("<iq type='get' to='%1' id='$d'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>")
                    .arg(kRoom))
        .send(discoResult({}))
        .expect(QStringLiteral("<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/muc'>"
                               "<history maxstanzas='50'/></x></presence>")
                    .arg(kRoom))
        .send(QStringLiteral("<presence from='%1/alice' to='%2' type='error'>"
                             "<x xmlns='http://jabber.org/protocol/muc'/>"
                             "<error type='cancel'><%3 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></presence>")
                  .arg(kRoom, kMe, condition));
    QVERIFY(f->connect());
    ChatTab *tab = f->rooms->join(kAccount, Jid::parse(kRoom), QStringLiteral("alice"), {}, false);
    QVERIFY(tab);
    WAIT_SCRIPT(f);
    QTRY_VERIFY2(tab->noticeText().contains(words, Qt::CaseInsensitive), qPrintable(tab->noticeText()));
    QVERIFY(tab->noticeText().contains(kRoom));
    QVERIFY(!f->muc->isJoined(Jid::parse(kRoom)));
}

void TestRooms::lostConnectionIsNotJoined()
{
    auto f = fixture();
    int m = 0, p = 0, v = 0;
    scriptBigJoin(*f, &m, &p, &v);
    QVERIFY(f->connect());
    ChatTab *tab = f->rooms->join(kAccount, Jid::parse(kRoom), QStringLiteral("alice"), {}, false);
    WAIT_SCRIPT(f);
    QTRY_VERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    QSignalSpy down(&f->client, &Client::disconnected);
    f->server.closeAbruptly();
    QVERIFY(down.wait(5000));
    // Without a stream we are in no room: not joined, and the tab says so.
    QVERIFY(!f->muc->isJoined(Jid::parse(kRoom)));
    QVERIFY2(tab->statusText().contains(QStringLiteral("Offline")), qPrintable(tab->statusText()));
    QTest::keyClicks(tab->composer()->editor(), QStringLiteral("hello?"));
    QTest::keyClick(tab->composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY2(tab->noticeText().contains(QStringLiteral("not in this room")),
                 qPrintable(tab->noticeText()));
    // What was typed is given back, not lost.
    QCOMPARE(tab->composer()->text(), QStringLiteral("hello?"));
}

void TestRooms::moderatorRemovesMessageFromItsMenu_data()
{
    QTest::addColumn<bool>("supported");
    QTest::newRow("room supports XEP-0425") << true;
    QTest::newRow("room without it") << false;
}

void TestRooms::moderatorRemovesMessageFromItsMenu()
{
    QFETCH(bool, supported);
    auto f = fixture();
    QStringList features{QStringLiteral("urn:xmpp:sid:0")};
    if (supported)
        features << QStringLiteral("urn:xmpp:message-moderate:1");
    f->scriptJoin(features); // we are the owner, a moderator
    QVERIFY(f->connect());
    ChatTab *tab = f->rooms->join(kAccount, Jid::parse(kRoom), QStringLiteral("alice"));
    QVERIFY(tab);
    WAIT_SCRIPT(f);
    QTRY_VERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    f->server.send(groupchat(QStringLiteral("bob"), QStringLiteral("m1"),
                             QStringLiteral("buy cheap watches"),
                             QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='s-1' by='%1'/>")
                                 .arg(kRoom)));
    WAIT_SCRIPT(f);
    auto *conversation = qobject_cast<ConversationModel *>(tab->conversation());
    QVERIFY(conversation);
    QTRY_COMPARE(conversation->rowCount(), 1);
    ChatWindow *window = f->chats->sharedWindow();
    window->resize(800, 500);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ChatView *view = tab->view();
    const QPoint at = view->visualRect(view->indexForRow(0)).topLeft() + QPoint(8, 8);
    const QString entry = QString::fromUtf8("Remove for everyone (moderate)\u2026");

    if (!supported) {
        // Offered, but disabled: the room could not do it.
        const int sent = int(f->server.received().size());
        const QStringList entries = pickFromMenu(view->viewport(), at, entry);
        QVERIFY2(entries.contains(QStringLiteral("-") + entry), qPrintable(entries.join(u'|')));
        QTest::qWait(100);
        QCOMPARE(int(f->server.received().size()), sent);
        return;
    }
    // XEP-0425 4: the room's stanza-id and the reason, in a moderate request to the room.
    f->server
        .expect(QStringLiteral("<iq type='set' to='%1' id='$m'><moderate id='s-1' "
                               "xmlns='urn:xmpp:message-moderate:1'><retract "
                               "xmlns='urn:xmpp:message-retract:1'/><reason>off topic</reason>"
                               "</moderate></iq>")
                    .arg(kRoom))
        .send(QStringLiteral("<iq type='result' id='$m' from='%1'/>").arg(kRoom))
        // 6: the room tells everyone, naming the message by its stanza-id.
        .send(QStringLiteral("<message type='groupchat' from='%1' to='%2' id='r-1'><retract "
                             "id='s-1' xmlns='urn:xmpp:message-retract:1'><moderated "
                             "by='%1/alice' xmlns='urn:xmpp:message-moderate:1'/><reason>off "
                             "topic</reason></retract></message>")
                  .arg(kRoom, kMe));
    const QStringList entries =
        pickFromMenu(view->viewport(), at, entry, QStringLiteral("off topic"));
    QVERIFY2(entries.contains(entry), qPrintable(entries.join(u'|')));
    WAIT_SCRIPT(f);
    QTRY_VERIFY(conversation->messageAt(0).retracted);
    QVERIFY(!conversation->messageAt(0).body.contains(QStringLiteral("watches")));
    QVERIFY2(tab->noticeText().isEmpty(), qPrintable(tab->noticeText()));
    // A removed message has nothing left to moderate.
    const QStringList after = pickFromMenu(view->viewport(), at, QString());
    QVERIFY2(!after.join(u'|').contains(QStringLiteral("moderate")), qPrintable(after.join(u'|')));
    const QString png = charla::test::outputDir() + QStringLiteral("/room-moderated-message.png");
    QVERIFY(window->grab().save(png));
}

void TestRooms::typingInTheRoom()
{
    auto f = fixture();
    f->scriptJoin({});
    QVERIFY(f->connect());
    ChatTab *tab = f->rooms->join(kAccount, Jid::parse(kRoom), QStringLiteral("alice"));
    QVERIFY(tab);
    WAIT_SCRIPT(f);
    QTRY_VERIFY(f->muc->isJoined(Jid::parse(kRoom)));
    const auto state = [](const QString &nick, const char *kind) {
        return QStringLiteral("<message type='groupchat' from='%1/%2' to='%3'><%4 "
                              "xmlns='http://jabber.org/protocol/chatstates'/></message>")
            .arg(kRoom, nick, kMe, QLatin1String(kind));
    };
    f->server.send(state(QStringLiteral("bob"), "composing"));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(tab->peerChatStateText(), QString::fromUtf8("bob is typing\u2026"));
    f->server.send(state(QStringLiteral("carol"), "composing"));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(tab->peerChatStateText(), QString::fromUtf8("bob and carol are typing\u2026"));
    f->server.send(state(QStringLiteral("bob"), "paused"));
    WAIT_SCRIPT(f);
    QTRY_COMPARE(tab->peerChatStateText(), QString::fromUtf8("carol is typing\u2026"));
    f->server.send(groupchat(QStringLiteral("carol"), QStringLiteral("c1"), QStringLiteral("hi")));
    WAIT_SCRIPT(f);
    QTRY_VERIFY(tab->peerChatStateText().isEmpty());

    // Typing in the room's composer tells the room, once.
    f->server.expect(QStringLiteral("<message type='groupchat' to='%1' id='*'><composing "
                                    "xmlns='http://jabber.org/protocol/chatstates'/></message>")
                         .arg(kRoom));
    ComposerEdit *edit = tab->composer()->editor();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("hel"));
    WAIT_SCRIPT(f);
    const int sent = int(f->server.received().size());
    QTest::keyClicks(edit, QStringLiteral("lo"));
    QTest::qWait(100);
    QCOMPARE(int(f->server.received().size()), sent);
}

QTEST_MAIN(TestRooms)
#include "tst_rooms.moc"
