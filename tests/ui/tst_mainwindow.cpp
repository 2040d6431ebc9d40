// The first window a person sees: it opens, says plainly what state the accounts are in, offers
// Quit and About, and is saved as a PNG under the build dir for a person to look at.
#include "MainWindow.h"
#include "TestEnv.h"
#include "storage/AccountStore.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace charla;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noAccountSaysSo();
    void accountNotConnectedYet();
    void menusOfferQuitAndAbout();
    void everyMenuFitsAtFirstStart();
    void placeIsRemembered();
};

/// Menu titles that do not fit the menu bar (hidden behind its overflow arrow).
static QStringList hiddenMenus(MainWindow &w)
{
    QStringList hidden;
    const auto menus = w.menuBar()->actions();
    for (QAction *menu : menus) {
        const QRect r = w.menuBar()->actionGeometry(menu);
        if (r.isEmpty() || !w.menuBar()->rect().contains(r))
            hidden << menu->text();
    }
    return hidden;
}

static QString visibleText(MainWindow &w)
{
    auto *label = w.findChild<QLabel *>(QStringLiteral("emptyState"));
    return label && label->isVisible() ? label->text() : QString();
}

void TestMainWindow::noAccountSaysSo()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The welcome screen says what to do instead of an empty list (tst_welcomescreen).
    auto *welcome = w.findChild<QWidget *>(QStringLiteral("welcomeScreen"));
    QVERIFY(welcome && welcome->isVisible());
    auto *title = w.findChild<QLabel *>(QStringLiteral("welcomeTitle"));
    QVERIFY(title && title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Welcome to Charla"));
    QCOMPARE(w.accountStatusText(), QStringLiteral("No account"));
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(test::outputDir() + QStringLiteral("/mainwindow-empty.png")));
}

void TestMainWindow::accountNotConnectedYet()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    AccountConfig a;
    a.jid = QStringLiteral("demo@localhost");
    AccountStore(profile).save(a);
    MainWindow w{profile};
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // No password in the keychain for it: the window says so in words, not an error code.
    QTRY_VERIFY(w.accountStatusText().contains(
        QStringLiteral("No password is saved for demo@localhost")));
    QVERIFY(visibleText(w).startsWith(QStringLiteral("Not connected yet.")));
    // The roster view exists and is empty until the session delivers contacts. With one
    // account the list starts at that account's groups (its state is in the status bar).
    QVERIFY(w.rosterView());
    QCOMPARE(w.rosterView()->model()->rowCount(w.rosterView()->rootIndex()), 0);
    QVERIFY(w.grab().toImage().save(test::outputDir() + QStringLiteral("/mainwindow.png")));
}

void TestMainWindow::menusOfferQuitAndAbout()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    QStringList actions;
    const auto menus = w.menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->menu()) {
            const auto items = menu->menu()->actions();
            for (QAction *a : items)
                actions << a->text().remove(QLatin1Char('&'));
        }
    }
    QVERIFY2(actions.contains(QStringLiteral("Quit")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("About Charla")), qPrintable(actions.join(u',')));
}

void TestMainWindow::everyMenuFitsAtFirstStart()
{
    // A new profile: the window's first size shows Services and Help, not an overflow arrow.
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.menuBar()->actions().size(), 7);
    QVERIFY2(hiddenMenus(w).isEmpty(), qPrintable(hiddenMenus(w).join(u',')));
    QVERIFY(w.width() < 700); // still a contact list, not a wide window
}

void TestMainWindow::placeIsRemembered()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    QSize first;
    {
        MainWindow w{profile};
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(w.width() + 123, 611);
        QTRY_COMPARE(w.height(), 611);
        first = w.size();
        w.close();
    }
    MainWindow again{profile};
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), first);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
