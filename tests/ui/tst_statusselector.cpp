// The own-presence selector: the six choices with their icons, "all accounts" reaching every
// account, one account reaching only itself, the status-message dialog with its history, and
// the button telling the truth about connecting, failing and online accounts.
#include "FakeServer.h"
#include "LoginScript.h"
#include "StatusMenu.h"
#include "StatusMessageDialog.h"
#include "StatusSelector.h"
#include "TestCa.h"
#include "TestEnv.h"
#include "account/AccountManager.h"
#include "features/PresenceFeature.h"
#include "storage/AccountStore.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestStatusSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void menuOffersEveryShow();
    void awayWithMessageOnAllAccounts();
    void oneAccountOnly();
    void historyKeptAndCapped();
    void showsConnectingAndOnline();

private:
    quint16 closedPort();
    bool keychainAnswered() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<AccountManager> m_manager;
};

quint16 TestStatusSelector::closedPort()
{
    // A port nothing listens on: connecting fails at once, on loopback.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Choosing a presence while offline connects, which first reads the keychain (these accounts
// have no password there). Tests wait for that answer: QtKeychain's libsecret backend crashes
// when a job is deleted (with its account) before the answer comes.
bool TestStatusSelector::keychainAnswered() const
{
    for (Account *a : m_manager->accounts())
        if (a->state() == Account::State::Connecting)
            return false;
    return true;
}

void TestStatusSelector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<Profile>(m_dir->path());
    QVERIFY(m_profile->ensureExists());
    for (const char *jid : {"alice@localhost", "alice@example.test"}) {
        AccountConfig a;
        a.jid = QString::fromLatin1(jid);
        a.host = QStringLiteral("127.0.0.1");
        a.port = closedPort();
        AccountStore(*m_profile).save(a);
    }
    m_manager = std::make_unique<AccountManager>(*m_profile);
    m_manager->load();
    QCOMPARE(m_manager->accounts().size(), 2);
}

void TestStatusSelector::cleanup()
{
    m_manager.reset();
    m_profile.reset();
    m_dir.reset();
}

void TestStatusSelector::menuOffersEveryShow()
{
    StatusSelector selector(m_manager.get(), nullptr);
    StatusMenu *menu = selector.statusMenu();
    const QList<QPair<Presence::Show, QString>> expected = {
        {Presence::Show::Online, QStringLiteral("Available")},
        {Presence::Show::Chat, QStringLiteral("Free for chat")},
        {Presence::Show::Away, QStringLiteral("Away")},
        {Presence::Show::ExtendedAway, QStringLiteral("Extended away")},
        {Presence::Show::DoNotDisturb, QStringLiteral("Do not disturb")},
        {Presence::Show::Offline, QStringLiteral("Offline")},
    };
    for (const auto &[show, text] : expected) {
        QAction *a = menu->action(show);
        QVERIFY(a);
        QCOMPARE(a->text(), text); // no "&": read by screen readers as written
        QVERIFY2(!a->icon().isNull(), qPrintable(text));
        QVERIFY(a->shortcut().isEmpty());
        QVERIFY(menu->actions().contains(a));
    }
    QCOMPARE(menu->messageAction()->text(), QStringLiteral("Set status message…"));
    // Nothing connected yet: the button says Offline, and Offline is checked.
    QCOMPARE(selector.text(), QStringLiteral("Offline"));
    QCOMPARE(selector.currentIconName(), QStringLiteral("offline"));
    QVERIFY(menu->action(Presence::Show::Offline)->isChecked());
    QVERIFY(selector.accessibleName().contains(QStringLiteral("Offline")));
    QVERIFY(selector.toolTip().contains(QStringLiteral("alice@localhost: offline")));
    menu->popup(QPoint(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(menu->grab().save(test::outputDir() + QStringLiteral("/statusmenu.png")));
    menu->hide();
}

void TestStatusSelector::awayWithMessageOnAllAccounts()
{
    // In a layout, as in a window: the button grows with its text.
    QWidget host;
    auto *layout = new QHBoxLayout(&host);
    auto *selectorPtr = new StatusSelector(m_manager.get(), nullptr, &host);
    StatusSelector &selector = *selectorPtr;
    layout->addWidget(selectorPtr);
    layout->addStretch();
    host.show();
    StatusMenu *menu = selector.statusMenu();
    menu->action(Presence::Show::Away)->trigger();
    for (Account *a : m_manager->accounts())
        QCOMPARE(a->presence()->ownShow(), Presence::Show::Away);
    // Choosing a presence connects; with no password in the keychain the accounts fail, and
    // the button says so rather than pretending to be away.
    QTRY_COMPARE(selector.currentIconName(), QStringLiteral("error"));
    QCOMPARE(selector.text(), QStringLiteral("Not connected"));
    // The tooltip carries each account's sentence ("No password is saved for …").
    for (Account *a : m_manager->accounts())
        QVERIFY2(selector.toolTip().contains(a->stateText().toHtmlEscaped()),
                 qPrintable(selector.toolTip()));

    menu->messageAction()->trigger();
    StatusMessageDialog *dialog = menu->messageDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->priority(), 0);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("statusMessage"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("In a meeting"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!menu->messageDialog());
    QTRY_VERIFY(keychainAnswered());
    for (Account *a : m_manager->accounts()) {
        QCOMPARE(a->presence()->ownShow(), Presence::Show::Away); // the show is kept
        QCOMPARE(a->presence()->ownStatus(), QStringLiteral("In a meeting"));
        QCOMPARE(a->presence()->ownPriority(), 0);
    }
    QVERIFY(selector.toolTip().contains(QStringLiteral("In a meeting")));

    // The same dialog with a new priority gives it to every account.
    dialog = menu->openMessageDialog();
    QCOMPARE(dialog->message(), QStringLiteral("In a meeting"));
    dialog->findChild<QSpinBox *>(QStringLiteral("statusPriority"))->setValue(-5);
    dialog->setMessage(QStringLiteral("Lunch"));
    QCoreApplication::processEvents(); // the layout follows the new text
    QVERIFY(selector.width() >= selector.sizeHint().width());
    QVERIFY(host.grab().save(test::outputDir() + QStringLiteral("/statusselector.png")));
    QVERIFY(dialog->grab().save(test::outputDir() + QStringLiteral("/statusmessagedialog.png")));
    dialog->accept();
    QTRY_VERIFY(keychainAnswered());
    for (Account *a : m_manager->accounts()) {
        QCOMPARE(a->presence()->ownStatus(), QStringLiteral("Lunch"));
        QCOMPARE(a->presence()->ownPriority(), -5);
    }
    // RFC 6121 4.7.2.3: the spin box cannot leave -128..127.
    dialog = menu->openMessageDialog();
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("statusPriority"));
    QCOMPARE(spin->minimum(), -128);
    QCOMPARE(spin->maximum(), 127);
    dialog->reject();

    // Offline for all accounts.
    menu->action(Presence::Show::Offline)->trigger();
    for (Account *a : m_manager->accounts()) {
        QCOMPARE(a->presence()->ownShow(), Presence::Show::Offline);
        QCOMPARE(a->state(), Account::State::Offline);
    }
    QCOMPARE(selector.currentIconName(), QStringLiteral("offline"));
}

void TestStatusSelector::oneAccountOnly()
{
    Account *first = m_manager->accounts().at(0);
    Account *second = m_manager->accounts().at(1);
    StatusSelector selector(m_manager.get(), first);
    selector.statusMenu()->action(Presence::Show::DoNotDisturb)->trigger();
    QCOMPARE(first->presence()->ownShow(), Presence::Show::DoNotDisturb);
    QCOMPARE(second->presence()->ownShow(), Presence::Show::Online); // untouched
    QVERIFY(selector.accessibleName().contains(first->jid().full()));

    StatusMessageDialog *dialog = selector.statusMenu()->openMessageDialog();
    dialog->setMessage(QStringLiteral("Only here"));
    dialog->setPriority(7);
    dialog->accept();
    QCOMPARE(first->presence()->ownStatus(), QStringLiteral("Only here"));
    QCOMPARE(first->presence()->ownPriority(), 7);
    QCOMPARE(first->presence()->ownShow(), Presence::Show::DoNotDisturb);
    QCOMPARE(second->presence()->ownStatus(), QString());
    QCOMPARE(second->presence()->ownPriority(), 0);
    // Choosing a presence connected the account (and only it); it has no password in the
    // keychain.
    QTRY_COMPARE(first->state(), Account::State::Error);
    QCOMPARE(second->state(), Account::State::Offline);
}

void TestStatusSelector::historyKeptAndCapped()
{
    StatusSelector selector(m_manager.get(), nullptr);
    StatusMenu *menu = selector.statusMenu();
    for (int i = 1; i <= 12; ++i) {
        StatusMessageDialog *dialog = menu->openMessageDialog();
        dialog->setMessage(QStringLiteral("Message %1").arg(i));
        dialog->accept();
    }
    // Used again: moves to the front instead of appearing twice. Empty ones are not kept.
    for (const QString &m : {QStringLiteral("Message 5"), QString()}) {
        StatusMessageDialog *dialog = menu->openMessageDialog();
        dialog->setMessage(m);
        dialog->accept();
    }
    const QStringList expected = {QStringLiteral("Message 5"),  QStringLiteral("Message 12"),
                                  QStringLiteral("Message 11"), QStringLiteral("Message 10"),
                                  QStringLiteral("Message 9"),  QStringLiteral("Message 8"),
                                  QStringLiteral("Message 7"),  QStringLiteral("Message 6"),
                                  QStringLiteral("Message 4"),  QStringLiteral("Message 3")};
    QCOMPARE(StatusMessageDialog::history(*m_profile), expected);

    // Kept in the profile: a new window (a new manager) shows the same list.
    m_manager = std::make_unique<AccountManager>(*m_profile);
    m_manager->load();
    StatusSelector again(m_manager.get(), nullptr);
    StatusMessageDialog *dialog = again.statusMenu()->openMessageDialog();
    QListWidget *list = dialog->historyList();
    QCOMPARE(list->count(), 10);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Message 5"));
    // Choosing one fills the field.
    list->setCurrentRow(3);
    QCOMPARE(dialog->message(), QStringLiteral("Message 10"));
    QVERIFY(dialog->clearHistoryButton()->isEnabled());
    dialog->clearHistoryButton()->click();
    QCOMPARE(list->count(), 0);
    QVERIFY(!dialog->clearHistoryButton()->isEnabled());
    QVERIFY(StatusMessageDialog::history(*m_profile).isEmpty());
    // The accounts are still in the same settings file.
    QCOMPARE(AccountStore(*m_profile).accounts().size(), 2);
    dialog->reject();
}

void TestStatusSelector::showsConnectingAndOnline()
{
    test::TestCa ca;
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    test::FakeServer server;
    server.setCertificate(ca.issue({QStringLiteral("localhost")}));
    test::LoginScript{}.addTo(server);
    QVERIFY(server.listen());
    AccountConfig config = AccountStore(*m_profile).find(QStringLiteral("alice@localhost"));
    config.port = server.port();
    config.caFile = ca.caFile();
    config.resource = QStringLiteral("charla");
    AccountStore(*m_profile).save(config);
    m_manager = std::make_unique<AccountManager>(*m_profile);
    m_manager->load();
    Account *alice = m_manager->account(QStringLiteral("alice@localhost"));
    QVERIFY(alice);

    StatusSelector all(m_manager.get(), nullptr);
    QWidget host;
    auto *layout = new QHBoxLayout(&host);
    auto *onePtr = new StatusSelector(m_manager.get(), alice, &host);
    StatusSelector &one = *onePtr;
    layout->addWidget(onePtr);
    layout->addStretch();
    // Connecting shows as such from the first moment.
    alice->connectWithPassword(QStringLiteral("secret"));
    QCOMPARE(one.currentIconName(), QStringLiteral("connecting"));
    QCOMPARE(one.text(), QStringLiteral("Connecting…"));
    QCOMPARE(all.currentIconName(), QStringLiteral("connecting"));

    QVERIFY2(server.waitForScript(10000), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(alice->state(), Account::State::Online);
    QCOMPARE(one.currentIconName(), QStringLiteral("online"));
    QCOMPARE(one.text(), QStringLiteral("Available"));
    // "All accounts" shows the most available presence of the connected ones.
    QCOMPARE(all.currentIconName(), QStringLiteral("online"));
    QVERIFY(all.statusMenu()->action(Presence::Show::Online)->isChecked());

    // A presence set elsewhere (the tray, auto-away) shows at once.
    alice->presence()->setPresence(Presence::Show::ExtendedAway, QStringLiteral("Gone fishing"));
    QCOMPARE(one.currentIconName(), QStringLiteral("xa"));
    QCOMPARE(one.text(), QStringLiteral("Extended away"));
    QCOMPARE(all.currentIconName(), QStringLiteral("xa"));
    QVERIFY(one.statusMenu()->action(Presence::Show::ExtendedAway)->isChecked());
    QVERIFY(one.toolTip().contains(QStringLiteral("Gone fishing")));
    host.show();
    QCoreApplication::processEvents();
    QVERIFY(one.width() >= one.sizeHint().width());
    QVERIFY(host.grab().save(test::outputDir() + QStringLiteral("/statusselector-xa.png")));

    // Logged out while the server is still there (Session::disconnectFromServer crashes when
    // the peer vanished first and flush() tears the socket down under it).
    alice->disconnectFromServer();
    QCOMPARE(one.currentIconName(), QStringLiteral("offline"));
}

QTEST_MAIN(TestStatusSelector)
#include "tst_statusselector.moc"
