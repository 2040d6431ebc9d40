// Preferences (Ctrl+,) and what each switch does: the dialog shows and writes exactly
// AppSettings and the automatic-away settings (nothing before OK); the palette changes the
// whole application and "Follow the system" gives the desktop's back; the message text size
// reaches the chat views; the compact layout makes the message rows smaller (live, and in chats
// opened later); the proxy chosen on the Connection page is what the account wizard starts
// new accounts with; the privacy switches reach every account's features; history
// retention deletes older local messages when chosen and at start. Grabs of every page.
#include "RosterViewFixture.h"
#include "TestEnv.h"
#include "account/AutoAway.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/ChatWindow.h"
#include "chat/MessageDelegate.h"
#include "AccountActions.h"
#include "AccountWizard.h"
#include "ConnectionSettingsWidget.h"
#include "desktop/DesktopActions.h"
#include "desktop/Preferences.h"
#include "desktop/SettingsDialog.h"
#include "features/MessageFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/AppSettings.h"
#include "storage/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace charla;
using namespace charla::test;

namespace {

struct ChatAccount : FakeAccount
{
    explicit ChatAccount(const QString &dir) : FakeAccount("alice@example.org")
    {
        QString error;
        if (!db.openFile(dir + s("/alice.sqlite"), &error))
            qFatal("%s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        messages->setAccountJid(jid);
        client.addFeature(messages);
    }
    void addMessage(const QString &body, const QDateTime &when)
    {
        ChatMessage m;
        m.chat = s("bob@example.org");
        m.from = s("bob@example.org/phone");
        m.body = body;
        m.timestamp = when;
        m.direction = ChatMessage::Direction::Incoming;
        m.state = ChatMessage::State::Received;
        store->add(m);
    }
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    MessageFeature *messages = nullptr;
};

SettingsDialog *openPreferences(MainWindow *w)
{
    QAction *action = w->desktopActions()->preferencesAction();
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Comma))
        return nullptr;
    action->trigger();
    return w->findChild<SettingsDialog *>();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAndWritesTheSettings();
    void cancelWritesNothing();
    void paletteAppliesAppWide();
    void fontSizeReachesChatViews();
    void compactLayoutMakesRowsSmaller();
    void proxyIsTheDefaultForNewAccounts();
    void privacySwitchesReachTheAccounts();
    void retentionDeletesOldHistory();
};

void TestSettingsDialog::showsAndWritesTheSettings()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    w->show();
    SettingsDialog *dialog = openPreferences(w.get());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Defaults: privacy switches on except link previews, history kept forever.
    QVERIFY(dialog->findChild<QCheckBox *>(s("chatStatesBox"))->isChecked());
    QVERIFY(dialog->findChild<QCheckBox *>(s("markersBox"))->isChecked());
    QVERIFY(dialog->findChild<QCheckBox *>(s("idleBox"))->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox *>(s("previewsBox"))->isChecked());
    QCOMPARE(dialog->findChild<QComboBox *>(s("retentionBox"))->currentData().toInt(), 0);
    for (int i = 0; i < dialog->pages()->count(); ++i) {
        dialog->pages()->setCurrentIndex(i);
        QVERIFY(dialog->grab().save(test::outputDir() + s("/settings-page%1.png").arg(i)));
    }

    dialog->findChild<QCheckBox *>(s("dndBox"))->setChecked(true);
    dialog->findChild<QCheckBox *>(s("showTextBox"))->setChecked(false);
    dialog->findChild<QCheckBox *>(s("previewsBox"))->setChecked(true);
    dialog->findChild<QSpinBox *>(s("awayMinutesBox"))->setValue(3);
    dialog->findChild<QSpinBox *>(s("xaMinutesBox"))->setValue(0);
    auto *retention = dialog->findChild<QComboBox *>(s("retentionBox"));
    retention->setCurrentIndex(retention->findData(90));
    auto *spell = dialog->findChild<QComboBox *>(s("spellLanguageBox"));
    QVERIFY(spell->count() >= 1);
    spell->setCurrentIndex(spell->count() - 1);
    const QString language = spell->currentData().toString();
    dialog->accept();

    AppSettings stored(w->profile().settingsFile());
    QVERIFY(stored.doNotDisturb());
    QVERIFY(!stored.notificationShowsText());
    QVERIFY(stored.fetchLinkPreviews());
    QCOMPARE(stored.historyRetentionDays(), 90);
    QCOMPARE(stored.spellLanguage(), language);
    const AutoAway::Settings away = AutoAway::Settings::load(w->profile());
    QCOMPARE(away.awayMinutes, 3);
    QCOMPARE(away.xaMinutes, 0);
    QCOMPARE(w->autoAway()->settings().awayMinutes, 3);

    // Opened again, it shows what was stored.
    dialog = openPreferences(w.get());
    QVERIFY(dialog->findChild<QCheckBox *>(s("dndBox"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(s("awayMinutesBox"))->value(), 3);
    QCOMPARE(dialog->findChild<QComboBox *>(s("retentionBox"))->currentData().toInt(), 90);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<SettingsDialog *>());
}

void TestSettingsDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    QSignalSpy changed(w->appSettings(), &AppSettings::changed);
    SettingsDialog *dialog = openPreferences(w.get());
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(s("chatStatesBox"))->setChecked(false);
    dialog->findChild<QComboBox *>(s("paletteBox"))->setCurrentIndex(2);
    dialog->reject();
    QCOMPARE(changed.count(), 0);
    QVERIFY(w->appSettings()->sendChatStates());
    QVERIFY(a.messages->sendsChatStates());
}

void TestSettingsDialog::paletteAppliesAppWide()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    const QPalette system = QApplication::palette();
    auto w = makeWindow(dir.path(), a);
    w->show();
    w->appSettings()->setPalette(AppSettings::Palette::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    QTRY_VERIFY(w->palette().color(QPalette::Base).lightness() < 80);
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-dark.png")));
    w->appSettings()->setPalette(AppSettings::Palette::Light);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
    // Back to the desktop's own palette (whatever it is: high contrast included).
    w->appSettings()->setPalette(AppSettings::Palette::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
}

void TestSettingsDialog::fontSizeReachesChatViews()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    a.addMessage(s("hello"), QDateTime::currentDateTimeUtc());
    auto w = makeWindow(dir.path(), a);
    ChatTab *tab = w->chats()->openChat(s("alice@example.org"), s("bob@example.org"));
    QVERIFY(tab);
    auto *view = tab->findChild<ChatView *>();
    QVERIFY(view);
    w->appSettings()->setFontPointSize(21);
    QCOMPARE(view->font().pointSize(), 21);
    // The rest of the window keeps the desktop's size.
    QVERIFY(w->font().pointSize() != 21);
    // A chat opened later gets it too.
    ChatTab *later = w->chats()->openChat(s("alice@example.org"), s("carol@example.org"));
    QCOMPARE(later->findChild<ChatView *>()->font().pointSize(), 21);
    w->appSettings()->setFontPointSize(0);
    QCOMPARE(view->font().pointSize(), QApplication::font().pointSize());
}

void TestSettingsDialog::compactLayoutMakesRowsSmaller()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.addMessage(s("Are you coming to the meeting this afternoon?"), now.addSecs(-120));
    a.addMessage(s("It starts at three, in the small room."), now.addSecs(-110));
    a.addMessage(s("Bring the printed plans, please."), now.addSecs(-100));
    auto w = makeWindow(dir.path(), a);
    QCOMPARE(w->appSettings()->messageLayout(), AppSettings::MessageLayout::Comfortable);
    ChatTab *tab = w->chats()->openChat(s("alice@example.org"), s("bob@example.org"));
    QVERIFY(tab);
    QWidget *window = tab->window();
    window->resize(520, 360);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ChatView *view = tab->view();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    MessageDelegate *delegate = view->messageDelegate();
    QVERIFY(!delegate->isCompact());
    // Row 0 opens the group (day, avatar and name), rows 1 and 2 follow it.
    const auto heights = [view] {
        QList<int> out;
        for (int row = 0; row < 3; ++row)
            out << view->visualRect(view->model()->index(row, 0)).height();
        return out;
    };
    const QList<int> comfortable = heights();
    QVERIFY(window->grab().save(test::outputDir() + s("/chat-layout-comfortable.png")));

    // Changed in the settings: the open chat follows at once.
    w->appSettings()->setMessageLayout(AppSettings::MessageLayout::Compact);
    QVERIFY(delegate->isCompact());
    const QList<int> compact = heights();
    for (int row = 0; row < 3; ++row) {
        QVERIFY2(compact.at(row) < comfortable.at(row),
                 qPrintable(s("row %1: compact %2, comfortable %3")
                                .arg(row)
                                .arg(compact.at(row))
                                .arg(comfortable.at(row))));
        QVERIFY(compact.at(row) > 0);
    }
    QVERIFY(window->grab().save(test::outputDir() + s("/chat-layout-compact.png")));
    // And back.
    w->appSettings()->setMessageLayout(AppSettings::MessageLayout::Comfortable);
    QVERIFY(!delegate->isCompact());
    QCOMPARE(heights(), comfortable);
    // A chat opened later follows the setting too.
    w->appSettings()->setMessageLayout(AppSettings::MessageLayout::Compact);
    ChatTab *later = w->chats()->openChat(s("alice@example.org"), s("carol@example.org"));
    QVERIFY(later->view()->messageDelegate()->isCompact());
}

void TestSettingsDialog::proxyIsTheDefaultForNewAccounts()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    w->show();
    QCOMPARE(w->appSettings()->defaultProxy().type, ProxySettings::None);
    SettingsDialog *dialog = openPreferences(w.get());
    QVERIFY(dialog);
    ConnectionSettingsWidget *proxy = dialog->proxyWidget();
    QVERIFY(proxy);
    dialog->pages()->setCurrentWidget(proxy->parentWidget());
    // Only the proxy rows: the server's host belongs to each account.
    QVERIFY(!proxy->hostField()->isVisibleTo(dialog));
    QVERIFY(proxy->proxyTypeBox()->isVisibleTo(dialog));
    QCOMPARE(proxy->proxyTypeBox()->currentData().toInt(), int(ProxySettings::None));

    // SOCKS5 without a host cannot be used: the dialog says why and stays open.
    proxy->proxyTypeBox()->setCurrentIndex(
        proxy->proxyTypeBox()->findData(int(ProxySettings::Socks5)));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    auto *problem = dialog->findChild<QLabel *>(s("proxyProblem"));
    QVERIFY(problem->isVisibleTo(dialog));
    QCOMPARE(problem->text(), s("Enter the proxy's host, or choose “No proxy”."));
    QCOMPARE(w->appSettings()->defaultProxy().type, ProxySettings::None);
    QVERIFY(dialog->grab().save(test::outputDir() + s("/settings-proxy-problem.png")));
    proxy->proxyHostField()->setText(s("proxy.example.org"));
    QVERIFY(!problem->isVisibleTo(dialog)); // gone once the host is typed
    proxy->proxyPortField()->setValue(1081);
    proxy->proxyUserField()->setText(s("me"));
    QVERIFY(dialog->grab().save(test::outputDir() + s("/settings-proxy.png")));
    dialog->accept();
    QTRY_VERIFY(!w->findChild<SettingsDialog *>());
    ProxySettings expected;
    expected.type = ProxySettings::Socks5;
    expected.host = s("proxy.example.org");
    expected.port = 1081;
    expected.user = s("me");
    QVERIFY(AppSettings(w->profile().settingsFile()).defaultProxy() == expected);

    // A new account starts with it, on both ways in, shown (not folded away).
    AccountWizard *wizard = w->accountActions()->openWizard();
    QVERIFY(wizard);
    for (ConnectionSettingsWidget *c : {wizard->existingConnection(), wizard->serverConnection()}) {
        QVERIFY(c->apply(AccountConfig()).proxy == expected);
        QVERIFY(qobject_cast<QGroupBox *>(c->parentWidget())->isChecked());
        QCOMPARE(c->proxyHostField()->text(), s("proxy.example.org"));
    }
    wizard->startAt(AccountWizard::ExistingPage);
    QVERIFY(wizard->grab().save(test::outputDir() + s("/wizard-default-proxy.png")));
    wizard->close();

    // Opened again, Preferences shows it.
    dialog = openPreferences(w.get());
    QCOMPARE(dialog->proxyWidget()->proxyTypeBox()->currentData().toInt(),
             int(ProxySettings::Socks5));
    QCOMPARE(dialog->proxyWidget()->proxyHostField()->text(), s("proxy.example.org"));
    dialog->reject();
}

void TestSettingsDialog::privacySwitchesReachTheAccounts()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    // An account shown before the switch changes.
    w->desktopActions()->preferences()->applyToAccounts();
    QVERIFY(a.messages->sendsChatStates());
    SettingsDialog *dialog = openPreferences(w.get());
    dialog->findChild<QCheckBox *>(s("chatStatesBox"))->setChecked(false);
    dialog->findChild<QCheckBox *>(s("markersBox"))->setChecked(false);
    dialog->findChild<QCheckBox *>(s("idleBox"))->setChecked(false);
    dialog->accept();
    QVERIFY(!a.messages->sendsChatStates());
    QVERIFY(!a.messages->sendsDisplayedMarkers());
    QVERIFY(!a.presence->sendsIdleTime());
    w->appSettings()->setSendChatStates(true);
    QVERIFY(a.messages->sendsChatStates());
    QVERIFY(!a.messages->sendsDisplayedMarkers());
}

void TestSettingsDialog::retentionDeletesOldHistory()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.addMessage(s("last year"), now.addDays(-400));
    a.addMessage(s("last month"), now.addDays(-40));
    a.addMessage(s("yesterday"), now.addDays(-1));
    auto w = makeWindow(dir.path(), a);
    QCOMPARE(a.store->count(s("bob@example.org")), 3);
    // Forever (the default) deletes nothing.
    QCOMPARE(w->desktopActions()->preferences()->pruneHistory(), 0);

    SettingsDialog *dialog = openPreferences(w.get());
    auto *retention = dialog->findChild<QComboBox *>(s("retentionBox"));
    retention->setCurrentIndex(retention->findData(365));
    dialog->accept();
    QCOMPARE(a.store->count(s("bob@example.org")), 2);
    w->appSettings()->setHistoryRetentionDays(30);
    QCOMPARE(a.store->count(s("bob@example.org")), 1);
    QCOMPARE(a.store->latest(s("bob@example.org"), 10).first().body, s("yesterday"));

    // At start: a window opened on a profile that keeps 7 days prunes once the loop runs.
    QTemporaryDir dir2;
    ChatAccount b(dir2.path());
    b.addMessage(s("two weeks ago"), now.addDays(-14));
    b.addMessage(s("today"), now);
    {
        AppSettings(Profile(dir2.path()).settingsFile()).setHistoryRetentionDays(7);
    }
    auto w2 = makeWindow(dir2.path(), b);
    QTRY_COMPARE(b.store->count(s("bob@example.org")), 1);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
