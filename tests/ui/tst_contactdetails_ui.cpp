// Contact details in the main window: avatars drawn in the contact list, the details dialog
// (vCard, resources, software and time asked for one resource), and blocking from the contact
// menu with the "blocked" mark that follows the server's push. Where stanzas matter the account
// logs in to a FakeServer and the script checks what goes out.
#include "ConsistentColor.h"
#include "AvatarProvider.h"
#include "BlockedContactsDialog.h"
#include "ContactActions.h"
#include "ContactDetailsDialog.h"
#include "LoginScript.h"
#include "RosterDelegate.h"
#include "RosterViewFixture.h"
#include "TestCa.h"
#include "TestEnv.h"
#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/LastActivityFeature.h"
#include "features/TimeFeature.h"
#include "features/VCardFeature.h"
#include "features/VersionFeature.h"
#include "storage/AvatarCache.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace charla;
using namespace charla::test;

namespace {

/// An account with every feature the details need, in the order Account adds them.
struct DetailsAccount
{
    explicit DetailsAccount(const QString &dir)
        : jid(Jid::parse(s("alice@localhost"))), cache(dir + s("/avatars"), nullptr)
    {
        client.addFeature(roster);
        client.addFeature(vcard);
        client.addFeature(version);
        client.addFeature(time);
        client.addFeature(avatars);
        client.addFeature(blocking);
        client.addFeature(last);
        client.addFeature(presence);
    }
    Jid jid;
    AvatarCache cache;
    Client client;
    RosterFeature *roster = new RosterFeature;
    VCardFeature *vcard = new VCardFeature;
    VersionFeature *version = new VersionFeature;
    TimeFeature *time = new TimeFeature;
    AvatarFeature *avatars = new AvatarFeature(&cache);
    BlockingFeature *blocking = new BlockingFeature;
    LastActivityFeature *last = new LastActivityFeature;
    PresenceFeature *presence = new PresenceFeature;
};

QByteArray solidPng(const QColor &color, int size = 64)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 &&
           qAbs(a.blue() - b.blue()) < 24;
}

/// The login, the roster (Bob online on his phone, Carol offline) and blocking supported.
void loginScript(FakeServer &server)
{
    LoginScript{}.addTo(server);
    server.expect(s("<iq type='get' id='$r'><query xmlns='jabber:iq:roster'/></iq>"))
        .send(s("<iq type='result' id='$r'><query xmlns='jabber:iq:roster'>"
                "<item jid='bob@localhost' name='Bob' subscription='both'><group>Friends</group>"
                "</item><item jid='carol@localhost' name='Carol' subscription='to'/>"
                "</query></iq>"))
        .expect(s("<iq type='get' to='localhost' id='$i'>"
                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .expect(s("<presence><x xmlns='vcard-temp:x:update'/></presence>"))
        .send(s("<iq type='result' id='$i' from='localhost'>"
                "<query xmlns='http://jabber.org/protocol/disco#info'>"
                "<identity category='server' type='im'/>"
                "<feature var='urn:xmpp:blocking'/></query></iq>"))
        .expect(s("<iq type='get' id='$b'><blocklist xmlns='urn:xmpp:blocking'/></iq>"))
        .send(s("<iq type='result' id='$b'><blocklist xmlns='urn:xmpp:blocking'/></iq>"))
        .send(s("<presence from='bob@localhost/phone'><show>away</show>"
                "<status>On the &lt;b&gt;bus&lt;/b&gt;</status><priority>5</priority>"
                "</presence>"));
}

} // namespace

class TestContactDetailsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void avatarsInTheContactList();
    void detailsShowVCardResourcesAndSoftware();
    void blockFromTheMenu();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestContactDetailsUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestContactDetailsUi::avatarsInTheContactList()
{
    QTemporaryDir dir;
    DetailsAccount a(dir.path());
    auto w = std::make_unique<MainWindow>(Profile(dir.path()));
    w->rosterModel()->setPresenceFlushInterval(0);
    w->addRoster(a.jid, a.roster, a.presence);
    a.roster->applyResult(Element::fromXml(
        s("<iq xmlns='jabber:client' type='result' id='r1'><query xmlns='jabber:iq:roster'>") +
        item(s("bob@localhost"), s("Bob"), {s("Friends")}) +
        item(s("carol@localhost"), s("Carol"), {s("Friends")}) + s("</query></iq>")));
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTreeView *view = w->rosterView();

    // Bob has a green picture in the (verified) cache; Carol has none.
    const QByteArray png = solidPng(QColor(20, 200, 40));
    const QString hash = AvatarCache::hashOf(png);
    QVERIFY(a.cache.store(hash, png));
    QVERIFY(a.cache.setHashFor(Jid::parse(s("bob@localhost")), hash));
    // A stranger with a picture: never drawn, never decoded.
    QVERIFY(a.cache.setHashFor(Jid::parse(s("mallory@evil.example")), hash));
    QVERIFY(w->avatarProvider()
                ->pixmap(a.jid.full(), s("mallory@evil.example"), 32)
                .isNull());

    const auto avatarCentre = [&](const QString &name) {
        const QRect row = view->visualRect(rowNamed(view, name));
        // The avatar is the first thing on a contact row, a square as high as two lines.
        const QRect icon = w->rosterDelegate()->statusIconRect(row, rowNamed(view, name),
                                                               view->font());
        return QPoint(row.left() + (icon.left() - row.left()) / 2, row.center().y());
    };
    Q_EMIT a.avatars->avatarChanged(Jid::parse(s("bob@localhost")), hash);
    QApplication::processEvents();
    const QImage grab = view->viewport()->grab().toImage();
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-avatars.png")));
    const QColor bob = grab.pixelColor(avatarCentre(s("Bob")) * grab.devicePixelRatio());
    const QColor carol = grab.pixelColor(avatarCentre(s("Carol")) * grab.devicePixelRatio());
    QVERIFY2(near(bob, QColor(20, 200, 40)), qPrintable(bob.name()));
    QVERIFY(!near(carol, QColor(20, 200, 40)));
    QVERIFY2(!near(bob, consistentColor(s("bob@localhost"))), qPrintable(bob.name()));
}

void TestContactDetailsUi::detailsShowVCardResourcesAndSoftware()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    loginScript(server);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    DetailsAccount a(dir.path());
    auto w = std::make_unique<MainWindow>(Profile(dir.path()));
    w->rosterModel()->setPresenceFlushInterval(0);
    w->addRoster(a.jid, a.roster, a.presence);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    a.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(!a.presence->resources(Jid::parse(s("bob@localhost"))).isEmpty());
    QTreeView *view = w->rosterView();

    server.expect(s("<iq type='get' to='bob@localhost' id='$v'><vCard xmlns='vcard-temp'/></iq>"))
        .send(s("<iq type='result' id='$v' from='bob@localhost'><vCard xmlns='vcard-temp'>"
                "<FN>Robert &lt;i&gt;Builder&lt;/i&gt;</FN><NICKNAME>Bob</NICKNAME>"
                "<EMAIL><INTERNET/><USERID>bob@example.org</USERID></EMAIL>"
                "<EMAIL><USERID>robert@work.example</USERID></EMAIL>"
                "<TEL><NUMBER>+34 600 000 000</NUMBER></TEL><URL>https://bob.example</URL>"
                "<BDAY>1990-04-01</BDAY><ORG><ORGNAME>Builders Ltd</ORGNAME></ORG>"
                "<TITLE>Foreman</TITLE><NOTE>Can we fix it?</NOTE></vCard></iq>"));
    view->setCurrentIndex(rowNamed(view, s("Bob")));
    QAction *details = w->contactActions()->detailsAction();
    QVERIFY(details->isEnabled());
    QCOMPARE(details->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    details->trigger();
    auto *dialog = w->findChild<ContactDetailsDialog *>();
    QVERIFY(dialog);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(dialog->isVCardLoaded());
    QCOMPARE(dialog->fieldText(s("fullName")), s("Robert <i>Builder</i>"));
    QCOMPARE(dialog->fieldText(s("emails")), s("bob@example.org\nrobert@work.example"));
    QCOMPARE(dialog->fieldText(s("phones")), s("+34 600 000 000"));
    QCOMPARE(dialog->fieldText(s("organization")), s("Builders Ltd"));
    QCOMPARE(dialog->fieldText(s("title")), s("Foreman"));
    QCOMPARE(dialog->fieldText(s("note")), s("Can we fix it?"));
    QCOMPARE(dialog->fieldText(s("birthday")), s("1990-04-01"));
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (!l->objectName().isEmpty()) // the form's own captions are ours
            QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
    }
    QCOMPARE(dialog->findChild<QLabel *>(s("subscription"))->text(),
             s("You share your status with each other."));
    QCOMPARE(dialog->findChild<QLabel *>(s("groups"))->text(), s("Groups: Friends"));

    QTreeWidget *resources = dialog->resourceList();
    QCOMPARE(resources->topLevelItemCount(), 1);
    QCOMPARE(resources->topLevelItem(0)->text(0), s("phone"));
    QCOMPARE(resources->topLevelItem(0)->text(1), s("Away: On the <b>bus</b>"));
    QCOMPARE(resources->topLevelItem(0)->text(2), s("5"));
    QVERIFY(dialog->lastSeenText().isEmpty());

    // Software and time: asked of that resource only, on request.
    server
        .expect(s("<iq type='get' to='bob@localhost/phone' id='$q'>"
                  "<query xmlns='jabber:iq:version'/></iq>"))
        .expect(s("<iq type='get' to='bob@localhost/phone' id='$t'>"
                  "<time xmlns='urn:xmpp:time'/></iq>"))
        .send(s("<iq type='result' id='$q' from='bob@localhost/phone'>"
                "<query xmlns='jabber:iq:version'><name>Conversations</name>"
                "<version>2.16</version></query></iq>"))
        .send(s("<iq type='result' id='$t' from='bob@localhost/phone'>"
                "<time xmlns='urn:xmpp:time'><tzo>+02:00</tzo>"
                "<utc>2026-11-21T10:00:00Z</utc></time></iq>"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("askSoftwareButton")), Qt::LeftButton);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(resources->topLevelItem(0)->text(3), s("Conversations 2.16"));
    QTRY_COMPARE(resources->topLevelItem(0)->text(4), s("12:00 PM (UTC+02:00)"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->grab().save(test::outputDir() + s("/contact-details.png")));
    dialog->close();

    // Carol is offline: when was she last seen? Her server does not say.
    server
        .expect(s("<iq type='get' to='carol@localhost' id='$l'>"
                  "<query xmlns='jabber:iq:last'/></iq>"))
        .expect(s("<iq type='get' to='carol@localhost' id='$c'><vCard xmlns='vcard-temp'/></iq>"))
        .send(s("<iq type='result' id='$c' from='carol@localhost'/>"))
        .send(s("<iq type='error' id='$l' from='carol@localhost'><error type='auth'>"
                "<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    view->setCurrentIndex(rowNamed(view, s("Carol")));
    details->trigger();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    ContactDetailsDialog *carol = nullptr;
    const auto dialogs = w->findChildren<ContactDetailsDialog *>();
    for (ContactDetailsDialog *d : dialogs) {
        if (d->jid() == Jid::parse(s("carol@localhost")))
            carol = d;
    }
    QVERIFY(carol);
    QTRY_VERIFY(carol->isVCardLoaded());
    QCOMPARE(carol->resourceList()->topLevelItemCount(), 0);
    QCOMPARE(carol->lastSeenText(), s("Last seen: unknown"));
    QCOMPARE(carol->fieldText(s("fullName")), s("—"));
}

void TestContactDetailsUi::blockFromTheMenu()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    loginScript(server);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    DetailsAccount a(dir.path());
    auto w = std::make_unique<MainWindow>(Profile(dir.path()));
    w->rosterModel()->setPresenceFlushInterval(0);
    w->addRoster(a.jid, a.roster, a.presence);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ContactActions *actions = w->contactActions();
    QTreeView *view = w->rosterView();
    // Before the server said it supports blocking: no Block entry.
    a.roster->applyResult(Element::fromXml(
        s("<iq xmlns='jabber:client' type='result' id='r1'><query xmlns='jabber:iq:roster'>") +
        item(s("bob@localhost"), s("Bob"), {s("Friends")}) + s("</query></iq>")));
    view->setCurrentIndex(rowNamed(view, s("Bob")));
    QVERIFY(!actions->blockAction()->isVisible());

    a.client.connectToServer(fakeServerConfig(*m_ca, server.port()));
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_VERIFY(a.blocking->isLoaded());
    view->setCurrentIndex(rowNamed(view, s("Bob")));
    actions->updateActions();
    QVERIFY(actions->blockAction()->isVisible());
    QVERIFY(!actions->unblockAction()->isVisible());
    QTRY_COMPARE(w->rosterDelegate()->statusIconName(rowNamed(view, s("Bob"))), s("away"));

    server
        .expect(s("<iq type='set' id='$k'><block xmlns='urn:xmpp:blocking'>"
                  "<item jid='bob@localhost'/></block></iq>"))
        .send(s("<iq type='set' id='push1'><block xmlns='urn:xmpp:blocking'>"
                "<item jid='bob@localhost'/></block></iq>"))
        .send(s("<iq type='result' id='$k'/>"))
        .expect(s("<iq type='result' id='push1'/>"));
    actions->blockAction()->trigger();
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(w->rosterDelegate()->statusIconName(rowNamed(view, s("Bob"))), s("blocked"));
    QCOMPARE(w->rosterDelegate()->secondLine(rowNamed(view, s("Bob"))), s("Blocked"));
    actions->updateActions();
    QVERIFY(!actions->blockAction()->isVisible());
    QVERIFY(actions->unblockAction()->isVisible());
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-blocked.png")));

    // The Blocked contacts dialog lists him, refuses a non-address, and unblocks.
    QVERIFY(actions->blockedListAction()->isEnabled());
    actions->blockedListAction()->trigger();
    auto *blocked = w->findChild<BlockedContactsDialog *>();
    QVERIFY(blocked);
    QCOMPARE(blocked->list()->count(), 1);
    QCOMPARE(blocked->list()->item(0)->text(), s("bob@localhost"));
    blocked->addField()->setText(s("not an address@"));
    QVERIFY(!blocked->addButton()->isEnabled());
    QVERIFY(!blocked->messageText().isEmpty());
    blocked->addField()->setText(s("spam.example"));
    QVERIFY(blocked->addButton()->isEnabled());
    server
        .expect(s("<iq type='set' id='$s'><block xmlns='urn:xmpp:blocking'>"
                  "<item jid='spam.example'/></block></iq>"))
        .send(s("<iq type='result' id='$s'/>"))
        .expect(s("<iq type='set' id='$u'><unblock xmlns='urn:xmpp:blocking'>"
                  "<item jid='bob@localhost'/></unblock></iq>"))
        .send(s("<iq type='result' id='$u'/>"));
    QTest::mouseClick(blocked->addButton(), Qt::LeftButton);
    QTRY_COMPARE(blocked->list()->count(), 2);
    blocked->list()->item(0)->setSelected(true);
    QVERIFY(blocked->list()->item(0)->text() == s("bob@localhost"));
    QTest::mouseClick(blocked->unblockButton(), Qt::LeftButton);
    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(blocked->list()->count(), 1);
    QTRY_COMPARE(w->rosterDelegate()->statusIconName(rowNamed(view, s("Bob"))), s("away"));
}

QTEST_MAIN(TestContactDetailsUi)
#include "tst_contactdetails_ui.moc"
