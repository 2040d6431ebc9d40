// What a person does with contacts in the main window: the Contacts menu and the context menu
// (by mouse and keyboard), the dialogs, and subscription requests answered from the notices
// above the list. Where what goes out matters, the account logs in to a FakeServer and the
// script checks the stanzas: roster sets, subscription presences, with the list following the
// server's roster pushes.
#include "AddContactDialog.h"
#include "ContactActions.h"
#include "EditGroupsDialog.h"
#include "LoginScript.h"
#include "RenameContactDialog.h"
#include "RosterDelegate.h"
#include "RosterViewFixture.h"
#include "SubscriptionNotices.h"
#include "TestCa.h"
#include "TestEnv.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace charla;
using namespace charla::test;

namespace {

/// Opens a context menu with @p open and returns its entries ("-" for a disabled one's prefix).
QStringList contextMenuEntries(const std::function<void()> &open)
{
    QStringList entries;
    QTimer::singleShot(0, [&entries] {
        QWidget *popup = QApplication::activePopupWidget();
        if (auto *menu = qobject_cast<QMenu *>(popup)) {
            const auto actions = menu->actions();
            for (QAction *a : actions) {
                if (!a->isSeparator() && a->isVisible())
                    entries << (a->isEnabled() ? QString() : s("-")) + a->text();
            }
        }
        if (popup)
            popup->close();
    });
    open();
    return entries;
}

} // namespace

class TestContactActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void actionsFollowTheSubscription();
    void contextMenuByMouseAndKeyboard();
    void addContactDialogValidates();
    void nicknameCannotImpersonate();
    void emptyRosterOnlineSaysHowToAdd();
    void requestsAndContactActionsOverTheWire();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestContactActions::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestContactActions::actionsFollowTheSubscription()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard +
             item(s("erin@example.org"), s("Erin"), {s("Friends")}, s("subscription='from'")));
    ContactActions *actions = w->contactActions();
    QTreeView *view = w->rosterView();

    // A group header: nothing to rename or remove.
    view->setCurrentIndex(rowNamed(view, s("Friends")));
    QVERIFY(!actions->renameAction()->isEnabled());
    QVERIFY(!actions->removeAction()->isEnabled());
    QVERIFY(actions->addContactAction()->isEnabled());

    // Both directions shared: only the two ways to stop.
    view->setCurrentIndex(rowNamed(view, s("Bob")));
    QVERIFY(actions->renameAction()->isEnabled());
    QVERIFY(actions->removeAction()->isEnabled());
    QVERIFY(!actions->askAction()->isVisible());
    QVERIFY(!actions->allowAction()->isVisible());
    QVERIFY(actions->stopSharingAction()->isVisible());
    QVERIFY(actions->stopSeeingAction()->isVisible());

    // Our request is pending: ask again, or take it back; they do not see us either.
    view->setCurrentIndex(rowNamed(view, s("Dave")));
    QVERIFY(actions->askAction()->isVisible());
    QCOMPARE(actions->askAction()->text(), s("Ask again to see their status"));
    QVERIFY(actions->allowAction()->isVisible());
    QVERIFY(!actions->stopSharingAction()->isVisible());
    QVERIFY(actions->stopSeeingAction()->isVisible());

    // They see us, we do not see them.
    view->setCurrentIndex(rowNamed(view, s("Erin")));
    QVERIFY(actions->askAction()->isVisible());
    QCOMPARE(actions->askAction()->text(), s("Ask to see their status"));
    QVERIFY(!actions->allowAction()->isVisible());
    QVERIFY(actions->stopSharingAction()->isVisible());
    QVERIFY(!actions->stopSeeingAction()->isVisible());
    QCOMPARE(w->rosterDelegate()->secondLine(rowNamed(view, s("Erin"))),
             s("Does not share their status with you"));

    // The Contacts menu holds the same actions, and they have accessible text.
    QMenu *menu = w->findChild<QMenu *>(s("contactsMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(actions->addContactAction()));
    QVERIFY(menu->actions().contains(actions->removeAction()));
    QCOMPARE(actions->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
}

void TestContactActions::contextMenuByMouseAndKeyboard()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTreeView *view = w->rosterView();

    // A right click on Bob: his menu, and Bob becomes the current contact.
    const QPoint bob = view->visualRect(rowNamed(view, s("Bob"))).center();
    const QStringList mouse = contextMenuEntries([&] {
        QContextMenuEvent e(QContextMenuEvent::Mouse, bob, view->viewport()->mapToGlobal(bob));
        QApplication::sendEvent(view->viewport(), &e);
    });
    QCOMPARE(mouse, (QStringList{s("-&Chat"), s("&Details…"), s("&Rename…"),
                                 s("Edit &groups…"),
                                 s("Stop sharing your status"), s("Stop seeing their status"),
                                 s("Re&move contact…")}));
    QCOMPARE(view->currentIndex().data().toString(), s("Bob"));

    // The menu key: the menu of the current row, wherever the mouse is.
    view->setCurrentIndex(rowNamed(view, s("Dave")));
    const QStringList keyboard = contextMenuEntries([&] {
        QContextMenuEvent e(QContextMenuEvent::Keyboard, QPoint(1, 1),
                            view->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(view, &e);
    });
    QVERIFY2(keyboard.contains(s("Ask again to see their status")),
             qPrintable(keyboard.join(u',')));
    QCOMPARE(view->currentIndex().data().toString(), s("Dave"));

    // On a group header: adding a contact is what there is to do.
    const QPoint group = view->visualRect(rowNamed(view, s("Work"))).center();
    const QStringList header = contextMenuEntries([&] {
        QContextMenuEvent e(QContextMenuEvent::Mouse, group, view->viewport()->mapToGlobal(group));
        QApplication::sendEvent(view->viewport(), &e);
    });
    QCOMPARE(header, QStringList{s("&Add contact…")});
}

void TestContactActions::addContactDialogValidates()
{
    AddContactDialog d({s("alice@example.org")}, {s("Friends"), s("Work")});
    const auto okButton = [&d]() -> QPushButton * {
        const auto buttons = d.findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == s("Add"))
                return b;
        }
        return nullptr;
    };
    QVERIFY(okButton());
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(d.errorText().isEmpty()); // nothing typed is not an error yet

    QTest::keyClicks(d.addressEdit(), s("dave@"));
    QVERIFY(!d.errorText().isEmpty());
    QVERIFY(!okButton()->isEnabled());
    auto *error = d.findChild<QLabel *>(s("addressError"));
    QVERIFY(error && !error->isHidden());
    QCOMPARE(error->textFormat(), Qt::PlainText);

    d.addressEdit()->setText(s("dave@example.org/phone"));
    QVERIFY(d.errorText().contains(s("dave@example.org")));
    QVERIFY(!okButton()->isEnabled());

    d.addressEdit()->setText(s("alice@example.org"));
    QCOMPARE(d.errorText(), s("This is your own address."));

    d.addressEdit()->setText(s("  xmpp:Dave@Example.org?roster "));
    QVERIFY(d.errorText().isEmpty());
    QVERIFY(error->isHidden());
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(d.jid().full(), s("dave@example.org"));
    d.nameEdit()->setText(s(" Dave "));
    d.groupBox()->setCurrentText(s("Work"));
    QCOMPARE(d.name(), s("Dave"));
    QCOMPARE(d.group(), s("Work"));
}

void TestContactActions::nicknameCannotImpersonate()
{
    // Nickname given: shown, with the address beside it.
    QCOMPARE(
        SubscriptionNotices::sentence(Jid::parse(s("dave@example.org")), s("Dave the Builder")),
        s("Dave the Builder (dave@example.org) wants to see when you are online"));
    // None: the address alone.
    QCOMPARE(SubscriptionNotices::sentence(Jid::parse(s("dave@example.org/phone")), QString()),
             s("dave@example.org wants to see when you are online"));
    // A nickname that claims to be someone else still shows who is really asking, and cannot
    // reorder the sentence with bidirectional overrides or break it over lines.
    const QString sentence = SubscriptionNotices::sentence(Jid::parse(s("mallory@evil.example")),
                                                           s("bob@example.org\u202E\n(friend)"));
    QVERIFY(sentence.contains(s("(mallory@evil.example)")));
    QVERIFY(!sentence.contains(QChar(0x202E)));
    QVERIFY(!sentence.contains(QLatin1Char('\n')));
    // A very long nickname is cut short.
    QVERIFY(
        SubscriptionNotices::sentence(Jid::parse(s("x@example.org")), QString(500, u'A')).size() <
        120);
}

void TestContactActions::emptyRosterOnlineSaysHowToAdd()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(s("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(s("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .expect(s("<presence/>"));
    QVERIFY(server.listen());
    QTemporaryDir dir;
    FakeAccount a("alice@localhost");
    auto w = makeWindow(dir.path(), a);
    w->show();
    QVERIFY(w->emptyStateText().startsWith(s("Not connected yet.")));
    a.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(w->emptyStateText(),
                 s("No contacts yet.\n\nAdd one with Contacts > Add contact…"));
    QVERIFY(w->findChild<QLabel *>(s("emptyState"))->isVisible());
}

void TestContactActions::requestsAndContactActionsOverTheWire()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    LoginScript{}.addTo(server);
    server.expect(s("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(s("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>"
                "<item jid='bob@localhost' name='Bob' subscription='both'><group>Friends</group>"
                "</item></query></iq>"))
        .expect(s("<presence/>"))
        .send(s("<presence from='dave@localhost' type='subscribe'><nick "
                "xmlns='http://jabber.org/protocol/nick'>Dave the Builder</nick></presence>"))
        .send(s("<presence from='erin@localhost' type='subscribe'/>"));
    QVERIFY(server.listen());
    QTemporaryDir dir;
    FakeAccount a("alice@localhost");
    auto w = makeWindow(dir.path(), a);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    a.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    const auto wait = [&server] { return server.waitForScript(10000); };

    // Two requests, stacked as rows above the list; no dialog.
    SubscriptionNotices *notices = w->subscriptionNotices();
    QTRY_COMPARE(notices->count(), 2);
    QVERIFY(notices->isVisible());
    QCOMPARE(notices->texts(),
             (QStringList{s("Dave the Builder (dave@localhost) wants to see when you are online"),
                          s("erin@localhost wants to see when you are online")}));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-requests.png")));
    auto rows = notices->findChildren<QWidget *>(s("subscriptionRequest"));
    QCOMPARE(rows.size(), 2);
    QPushButton *allowDave = nullptr;
    QPushButton *denyErin = nullptr;
    for (QWidget *row : std::as_const(rows)) {
        if (row->accessibleName().startsWith(s("Dave")))
            allowDave = row->findChild<QPushButton *>(s("allowButton"));
        else
            denyErin = row->findChild<QPushButton *>(s("denyButton"));
    }
    QVERIFY(allowDave && denyErin);
    QTest::mouseClick(allowDave, Qt::LeftButton);
    server.expect(s("<presence to='dave@localhost' type='subscribed'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(notices->count(), 1);
    QTest::mouseClick(denyErin, Qt::LeftButton);
    server.expect(s("<presence to='erin@localhost' type='unsubscribed'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(notices->count(), 0);
    QTRY_VERIFY(!notices->isVisible());

    QTreeView *view = w->rosterView();
    ContactActions *actions = w->contactActions();

    // Rename: the dialog sends a roster set; the list follows the server's push.
    view->setCurrentIndex(rowNamed(view, s("Bob")));
    actions->renameAction()->trigger();
    auto *rename = w->findChild<RenameContactDialog *>();
    QVERIFY(rename && rename->isVisible());
    QCOMPARE(rename->nameEdit()->text(), s("Bob"));
    rename->nameEdit()->setText(s("Robert"));
    rename->accept();
    server
        .expect(
            s("<iq type='set' id='$s'><query xmlns='jabber:iq:roster'><item jid='bob@localhost' "
              "name='Robert'><group>Friends</group></item></query></iq>"))
        .send(s("<iq type='set' id='p1'><query xmlns='jabber:iq:roster'><item jid='bob@localhost' "
                "name='Robert' subscription='both'><group>Friends</group></item></query></iq>"))
        .send(s("<iq type='result' id='$s'/>"))
        .expect(s("<iq type='result' id='p1'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(visibleRows(view), (QStringList{s("[Friends]"), s("Robert")}));

    // Edit groups: a second group; the contact then shows in both.
    view->setCurrentIndex(rowNamed(view, s("Robert")));
    actions->editGroupsAction()->trigger();
    auto *groups = w->findChild<EditGroupsDialog *>();
    QVERIFY(groups && groups->isVisible());
    QCOMPARE(groups->groups(), QStringList{s("Friends")});
    QTest::keyClicks(groups->newGroupEdit(), s("Band"));
    QTest::keyClick(groups->newGroupEdit(), Qt::Key_Return); // adds, does not close
    QVERIFY(groups->isVisible());
    QCOMPARE(groups->groups(), (QStringList{s("Friends"), s("Band")}));
    groups->accept();
    server
        .expect(
            s("<iq type='set' id='$g'><query xmlns='jabber:iq:roster'><item jid='bob@localhost' "
              "name='Robert'><group>Friends</group><group>Band</group></item></query></iq>"))
        .send(s("<iq type='set' id='p2'><query xmlns='jabber:iq:roster'><item jid='bob@localhost' "
                "name='Robert' subscription='both'><group>Friends</group><group>Band</group></item>"
                "</query></iq>"))
        .send(s("<iq type='result' id='$g'/>"))
        .expect(s("<iq type='result' id='p2'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(visibleRows(view),
                 (QStringList{s("[Band]"), s("Robert"), s("[Friends]"), s("Robert")}));

    // Add contact: a roster set, then a subscription request with our nickname.
    actions->addContactAction()->trigger();
    auto *add = w->findChild<AddContactDialog *>();
    QVERIFY(add && add->isVisible());
    QTest::keyClicks(add->addressEdit(), s("carol@localhost"));
    add->nameEdit()->setText(s("Carol"));
    add->groupBox()->setCurrentText(s("Work"));
    add->accept();
    server
        .expect(s("<iq type='set' id='$a'><query xmlns='jabber:iq:roster'><item "
                  "jid='carol@localhost' name='Carol'><group>Work</group></item></query></iq>"))
        .expect(s("<presence to='carol@localhost' type='subscribe'><nick "
                  "xmlns='http://jabber.org/protocol/nick'>alice</nick></presence>"))
        .send(s("<iq type='set' id='p3'><query xmlns='jabber:iq:roster'><item "
                "jid='carol@localhost' name='Carol' subscription='none' ask='subscribe'>"
                "<group>Work</group></item></query></iq>"))
        .send(s("<iq type='result' id='$a'/>"))
        .expect(s("<iq type='result' id='p3'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(rowNamed(view, s("Carol")).isValid());
    QCOMPARE(w->rosterDelegate()->secondLine(rowNamed(view, s("Carol"))),
             s("Waiting for approval"));

    // Stop sharing our status with Robert: unsubscribed (RFC 6121 3.2).
    view->setCurrentIndex(rowNamed(view, s("Robert")));
    QVERIFY(actions->stopSharingAction()->isVisible());
    actions->stopSharingAction()->trigger();
    server.expect(s("<presence to='bob@localhost' type='unsubscribed'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));

    // Remove, after a confirmation that names the contact with its address.
    view->setCurrentIndex(rowNamed(view, s("Carol")));
    actions->removeAction()->trigger();
    auto *box = w->findChild<QMessageBox *>(s("removeContactDialog"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), s("Remove Carol (carol@localhost) from your contacts?"));
    QTest::mouseClick(box->findChild<QPushButton *>(s("confirmRemove")), Qt::LeftButton);
    server
        .expect(s("<iq type='set' id='$d'><query xmlns='jabber:iq:roster'><item "
                  "jid='carol@localhost' subscription='remove'/></query></iq>"))
        .send(s("<iq type='set' id='p4'><query xmlns='jabber:iq:roster'><item "
                "jid='carol@localhost' subscription='remove'/></query></iq>"))
        .send(s("<iq type='result' id='$d'/>"))
        .expect(s("<iq type='result' id='p4'/>"));
    QVERIFY2(wait(), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(!rowNamed(view, s("Carol")).isValid());
}

QTEST_MAIN(TestContactActions)
#include "tst_contactactions.moc"
