// Preferences (Ctrl+,) and what each switch does: the dialog shows and writes exactly
// AppSettings and the automatic-away settings (nothing before OK); the palette changes the
// whole application and "Follow the system" gives the desktop's back; the message text size
// reaches the chat views; the privacy switches reach every account's features; history
// retention deletes older local messages when chosen and at start. Grabs of every page.
#include "RosterViewFixture.h"
#include "TestEnv.h"
#include "account/AutoAway.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
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
