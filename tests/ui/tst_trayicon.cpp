// The notification-area icon: without a system tray (offscreen, some desktops) it neither
// crashes nor shows, yet its menu, icon and tooltip work; the unread count shows as a badge
// and in the tooltip; the menu sets the global status and shows or hides the window.
#include "StatusMenu.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "account/AccountManager.h"
#include "features/PresenceFeature.h"
#include "storage/AccountStore.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void withoutSystemTray();
    void unreadCount();
    void globalStatusFromTheMenu();
    void showAndHideTheWindow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountManager> m_manager;
};

void TestTrayIcon::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists());
    for (const char *jid : {"alice@localhost", "bob@localhost"}) {
        AccountConfig a;
        a.jid = QString::fromLatin1(jid);
        a.host = QStringLiteral("127.0.0.1");
        a.port = 1; // never reached: there is no password in the keychain
        AccountStore(profile).save(a);
    }
    m_manager = std::make_unique<AccountManager>(profile);
    m_manager->load();
}

void TestTrayIcon::cleanup()
{
    // Wait for pending keychain reads: QtKeychain crashes when a job dies before its answer.
    QTRY_VERIFY(std::none_of(m_manager->accounts().cbegin(), m_manager->accounts().cend(),
                             [](Account *a) { return a->state() == Account::State::Connecting; }));
    m_manager.reset();
    m_dir.reset();
}

void TestTrayIcon::withoutSystemTray()
{
    QVERIFY2(!QSystemTrayIcon::isSystemTrayAvailable(), "this test runs offscreen");
    QWidget window;
    TrayIcon tray(m_manager.get(), &window);
    QVERIFY(!tray.isAvailable());
    // The menu exists all the same, with the status choices, Show and Quit.
    QMenu *menu = tray.menu();
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    QCOMPARE(texts, QStringList({QStringLiteral("Available"), QStringLiteral("Free for chat"),
                                 QStringLiteral("Away"), QStringLiteral("Extended away"),
                                 QStringLiteral("Do not disturb"), QStringLiteral("Offline"),
                                 QStringLiteral("Set status message…"),
                                 QStringLiteral("Show Charla"), QStringLiteral("Quit")}));
    for (const auto show :
         {Presence::Show::Online, Presence::Show::Chat, Presence::Show::Away,
          Presence::Show::ExtendedAway, Presence::Show::DoNotDisturb, Presence::Show::Offline}) {
        QAction *a = tray.statusMenu()->action(show);
        QVERIFY(menu->actions().contains(a));
        QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
    }
    // Nothing connected: the offline icon, said in the tooltip.
    QCOMPARE(tray.iconName(), QStringLiteral("offline"));
    QVERIFY(!tray.icon().isNull());
    QCOMPARE(tray.toolTip(), QStringLiteral("Charla: Offline"));
    menu->popup(QPoint(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(menu->grab().save(test::outputDir() + QStringLiteral("/traymenu.png")));
    menu->hide();
}

void TestTrayIcon::unreadCount()
{
    TrayIcon tray(m_manager.get(), nullptr);
    const QImage plain = tray.icon().pixmap(64, 64).toImage();
    tray.setUnreadCount(3);
    QCOMPARE(tray.unreadCount(), 3);
    // English plural forms come from a translation catalogue ("message(s)" without one).
    QVERIFY2(tray.toolTip().startsWith(QStringLiteral("Charla: Offline\n3 unread message")),
             qPrintable(tray.toolTip()));
    const QImage badged = tray.icon().pixmap(64, 64).toImage();
    QVERIFY(!badged.isNull());
    QVERIFY(badged != plain);
    // The badge is red, in the top-right corner; the status icon's own colours stay elsewhere.
    const QColor corner = badged.pixelColor(52, 12);
    QVERIFY2(corner.red() > 150 && corner.green() < 80, qPrintable(corner.name()));
    QCOMPARE(badged.pixelColor(10, 54), plain.pixelColor(10, 54));
    QVERIFY(badged.save(test::outputDir() + QStringLiteral("/trayicon-unread.png")));
    tray.setUnreadCount(1);
    QVERIFY2(tray.toolTip().startsWith(QStringLiteral("Charla: Offline\n1 unread message")),
             qPrintable(tray.toolTip()));
    tray.setUnreadCount(150);
    QVERIFY(tray.icon().pixmap(64, 64).toImage().save(test::outputDir() +
                                                      QStringLiteral("/trayicon-unread-many.png")));
    tray.setUnreadCount(0);
    QCOMPARE(tray.toolTip(), QStringLiteral("Charla: Offline"));
    QCOMPARE(tray.icon().pixmap(64, 64).toImage(), plain);
}

void TestTrayIcon::globalStatusFromTheMenu()
{
    TrayIcon tray(m_manager.get(), nullptr);
    tray.statusMenu()->action(Presence::Show::DoNotDisturb)->trigger();
    for (Account *a : m_manager->accounts())
        QCOMPARE(a->presence()->ownShow(), Presence::Show::DoNotDisturb);
    // The accounts try to connect; without a password they fail, and the icon says so.
    QTRY_COMPARE(tray.iconName(), QStringLiteral("error"));
    QCOMPARE(tray.toolTip(), QStringLiteral("Charla: Not connected"));
}

void TestTrayIcon::showAndHideTheWindow()
{
    QWidget window;
    TrayIcon tray(m_manager.get(), &window);
    QAction *toggle = tray.toggleWindowAction();
    QCOMPARE(toggle->text(), QStringLiteral("Show Charla"));
    toggle->trigger();
    QVERIFY(window.isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Hide Charla"));
    toggle->trigger();
    QVERIFY(!window.isVisible());
    // Shown by other means: the menu says Hide when it opens.
    window.show();
    Q_EMIT tray.menu()->aboutToShow();
    QCOMPARE(toggle->text(), QStringLiteral("Hide Charla"));
    QCOMPARE(tray.quitAction()->text(), QStringLiteral("Quit"));
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
