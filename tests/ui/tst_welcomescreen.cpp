// First run: with no account the main window shows a welcome screen instead of an empty list,
// with "Sign in" and "Create an account" opening the account wizard on the matching page. The
// server page offers well-known public servers as a list to pick from: picking fills in the
// name and nothing is contacted until the person goes on. Grabs of both are saved.
#include "AccountActions.h"
#include "AccountWizard.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "account/AccountManager.h"
#include "desktop/DesktopActions.h"
#include "desktop/WelcomeScreen.h"
#include "storage/AccountStore.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace charla;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestWelcomeScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shownWithoutAccount();
    void signInAndCreateOpenTheWizard();
    void suggestedServersAreOnlyAList();
    void goneOnceThereIsAnAccount();
};

void TestWelcomeScreen::shownWithoutAccount()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    w.resize(360, 560);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WelcomeScreen *welcome = w.desktopActions()->welcomeScreen();
    QVERIFY(welcome->isVisible());
    QVERIFY(!w.rosterView()->isVisible());
    QCOMPARE(welcome->signInButton()->text(), s("&Sign in"));
    QCOMPARE(welcome->createButton()->text(), s("C&reate an account"));
    QVERIFY(!welcome->signInButton()->accessibleDescription().isEmpty());
    // No wizard pops up by itself: the person chooses.
    QVERIFY(!w.findChild<AccountWizard *>());
    QVERIFY(w.grab().save(test::outputDir() + s("/welcome.png")));
}

void TestWelcomeScreen::signInAndCreateOpenTheWizard()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    w.show();
    WelcomeScreen *welcome = w.desktopActions()->welcomeScreen();
    QTest::mouseClick(welcome->signInButton(), Qt::LeftButton);
    auto *wizard = w.findChild<AccountWizard *>();
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AccountWizard::ExistingPage));
    wizard->close();
    QTRY_VERIFY(!w.findChild<AccountWizard *>());

    QTest::mouseClick(welcome->createButton(), Qt::LeftButton);
    wizard = w.findChild<AccountWizard *>();
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPage));
    QVERIFY(wizard->serverField()->text().isEmpty());
    wizard->close();
}

void TestWelcomeScreen::suggestedServersAreOnlyAList()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    w.show();
    QTest::mouseClick(w.desktopActions()->welcomeScreen()->createButton(), Qt::LeftButton);
    auto *wizard = w.findChild<AccountWizard *>();
    QVERIFY(wizard);
    QListWidget *list = wizard->serverSuggestions();
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), AccountWizard::suggestedServers().size());
    QVERIFY(list->count() >= 3);
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(wizard->grab().save(test::outputDir() + s("/wizard-servers.png")));
    // Picking one fills in the field; the wizard stays on the page and asks nobody anything.
    list->setCurrentRow(1);
    QCOMPARE(wizard->serverField()->text(), list->item(1)->text());
    QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPage));
    QVERIFY(!wizard->isBusy());
    QVERIFY(wizard->messageText().isEmpty());
    // The person may still type any other server.
    wizard->serverField()->setText(s("example.org"));
    QCOMPARE(wizard->serverField()->text(), s("example.org"));
    wizard->close();
}

void TestWelcomeScreen::goneOnceThereIsAnAccount()
{
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    w.show();
    QVERIFY(w.desktopActions()->welcomeScreen()->isVisible());
    AccountConfig config;
    config.jid = s("dave@example.org");
    config.enabled = false;
    QVERIFY(w.accounts()->addAccount(config));
    QTRY_VERIFY(!w.desktopActions()->welcomeScreen()->isVisible());
    QVERIFY(!w.emptyStateText().isEmpty() || w.rosterView()->isVisible());
}

QTEST_MAIN(TestWelcomeScreen)
#include "tst_welcomescreen.moc"
