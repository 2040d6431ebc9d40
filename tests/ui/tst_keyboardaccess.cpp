// Keyboard and screen readers. Every action in the main window and the chat windows has a
// name and the standard shortcuts (Ctrl+N, Ctrl+F, Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+W, Ctrl+Q,
// Ctrl+,), none of them ambiguous; every control a person can tab to, in the main window, the
// welcome screen, a chat window and the dialogs, has a name a screen reader says (what
// QAccessible reports: an accessible name, a visible text or a label's buddy); message rows
// read "Bob, 10:42: text" and contact rows "Bob, online, status"; Escape closes dialogs; and a
// high-contrast palette is what the views paint with.
#include "AccountActions.h"
#include "AccountWizard.h"
#include "RosterViewFixture.h"
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/ChatWindow.h"
#include "chat/SearchPanel.h"
#include "desktop/DesktopActions.h"
#include "desktop/NewChatDialog.h"
#include "desktop/Preferences.h"
#include "desktop/SettingsDialog.h"
#include "desktop/WelcomeScreen.h"
#include "desktop/XmppUriDialog.h"
#include "desktop/XmppUriHandler.h"
#include "features/MessageFeature.h"
#include "models/ConversationModel.h"
#include "storage/AccountDatabase.h"
#include "storage/AppSettings.h"
#include "storage/HistoryStore.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace charla;
using namespace charla::test;

namespace {

struct ChatAccount : FakeAccount
{
    explicit ChatAccount(const QString &dir) : FakeAccount("me@example.org")
    {
        QString error;
        if (!db.openFile(dir + s("/me.sqlite"), &error))
            qFatal("%s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        messages->setAccountJid(jid);
        client.addFeature(messages);
    }
    void addMessage(const QString &chat, const QString &body, const QDateTime &when,
                    bool outgoing = false)
    {
        ChatMessage m;
        m.chat = chat;
        m.from = outgoing ? s("me@example.org/desk") : chat + s("/phone");
        m.body = body;
        m.timestamp = when;
        m.direction =
            outgoing ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
        m.state = outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received;
        store->add(m);
    }
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    MessageFeature *messages = nullptr;
};

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

/// Every menu action under @p menu, submenus included.
void collect(QMenu *menu, QList<QAction *> *out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        out->append(a);
        if (a->menu())
            collect(a->menu(), out);
    }
}

/// The controls of @p top a person can reach with Tab that a screen reader cannot name.
QStringList unnamedControls(QWidget *top)
{
    QStringList out;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(top) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        // The editor inside a spin box or combo box is read as part of it.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            w = w->parentWidget();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            out << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') +
                       w->objectName();
        }
    }
    return out;
}

/// The shortcuts of @p actions that more than one enabled action claims (which then fire
/// neither: Qt reports them as ambiguous).
QStringList ambiguous(const QList<QAction *> &actions)
{
    QHash<QKeySequence, QAction *> seen;
    QStringList out;
    for (QAction *a : actions) {
        if (!a->isEnabled())
            continue;
        for (const QKeySequence &k : a->shortcuts()) {
            if (QAction *other = seen.value(k); other && other != a)
                out << k.toString() + s(": ") + plain(a->text()) + s(" / ") + plain(other->text());
            seen.insert(k, a);
        }
    }
    return out;
}

} // namespace

class TestKeyboardAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindowActions();
    void controlsHaveNames();
    void chatWindowShortcuts();
    void newChatFromTheKeyboard();
    void messagesAndContactsReadAloud();
    void highContrastPaletteIsUsed();

private:
    QPalette m_initial;
};

void TestKeyboardAccess::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_initial = QApplication::palette();
}

void TestKeyboardAccess::mainWindowActions()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    QList<QAction *> actions;
    for (QAction *top : w->menuBar()->actions()) {
        QVERIFY2(!plain(top->text()).isEmpty(), "a menu without a title");
        if (top->menu())
            collect(top->menu(), &actions);
    }
    actions += w->actions();
    QStringList untitled;
    for (QAction *a : std::as_const(actions)) {
        if (plain(a->text()).isEmpty())
            untitled << a->objectName();
    }
    QVERIFY2(untitled.isEmpty(), qPrintable(untitled.join(s(", "))));
    const QStringList clashes = ambiguous(actions);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(s("; "))));

    // The standard shortcuts, each on the action it names.
    QHash<QKeySequence, QString> byKey;
    for (QAction *a : std::as_const(actions)) {
        for (const QKeySequence &k : a->shortcuts())
            byKey.insert(k, a->objectName().isEmpty() ? plain(a->text()) : a->objectName());
    }
    QCOMPARE(byKey.value(QKeySequence(Qt::CTRL | Qt::Key_N)), s("newChatAction"));
    QCOMPARE(byKey.value(QKeySequence(Qt::CTRL | Qt::Key_Comma)), s("preferencesAction"));
    QCOMPARE(byKey.value(QKeySequence(Qt::CTRL | Qt::Key_Q)), s("Quit"));
    QCOMPARE(byKey.value(QKeySequence(Qt::CTRL | Qt::Key_F)), s("Search contacts"));
    QCOMPARE(byKey.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
             s("searchMessagesAction"));
}

void TestKeyboardAccess::controlsHaveNames()
{
    QTemporaryDir dir;
    {
        // First run: the welcome screen.
        MainWindow first(Profile(dir.path() + s("/empty")));
        first.show();
        QVERIFY(first.desktopActions()->welcomeScreen()->isVisible());
        QVERIFY2(unnamedControls(&first).isEmpty(),
                 qPrintable(unnamedControls(&first).join(s(", "))));
        AccountWizard *wizard = first.accountActions()->openWizard();
        wizard->startAt(AccountWizard::ServerPage);
        QVERIFY2(unnamedControls(wizard).isEmpty(),
                 qPrintable(unnamedControls(wizard).join(s(", "))));
        wizard->close();
    }
    ChatAccount a(dir.path());
    a.addMessage(s("bob@example.org"), s("hello"), QDateTime::currentDateTimeUtc());
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    w->show();
    QVERIFY2(unnamedControls(w.get()).isEmpty(),
             qPrintable(unnamedControls(w.get()).join(s(", "))));

    ChatTab *tab = w->chats()->openChat(s("me@example.org"), s("bob@example.org"));
    QVERIFY(tab);
    ChatWindow *chat = w->chats()->sharedWindow();
    QVERIFY2(unnamedControls(chat).isEmpty(), qPrintable(unnamedControls(chat).join(s(", "))));

    NewChatDialog *newChat = w->desktopActions()->openNewChat();
    QVERIFY2(unnamedControls(newChat).isEmpty(),
             qPrintable(unnamedControls(newChat).join(s(", "))));
    QTest::keyClick(newChat->addressField(), Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<NewChatDialog *>());

    SettingsDialog *settings = w->desktopActions()->preferences()->openDialog();
    for (int i = 0; i < settings->pages()->count(); ++i) {
        settings->pages()->setCurrentIndex(i);
        QVERIFY2(unnamedControls(settings).isEmpty(),
                 qPrintable(s("page %1: ").arg(i) + unnamedControls(settings).join(s(", "))));
    }
    // Tab walks the page and comes back, every stop named (no trap, no silent stop).
    settings->pages()->setCurrentIndex(2);
    settings->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(settings));
    QWidget *start = settings->findChild<QWidget *>(s("chatStatesBox"));
    start->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), start);
    QStringList walked;
    int stops = 0;
    do {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ++stops;
        QAccessibleInterface *iface =
            QAccessible::queryAccessibleInterface(QApplication::focusWidget());
        walked << (iface ? iface->text(QAccessible::Name) : QString());
        QVERIFY2(!walked.last().isEmpty(), qPrintable(walked.join(s(" > "))));
    } while (QApplication::focusWidget() != start && stops < 40);
    QVERIFY2(stops < 40, "Tab never comes back to where it started");
    QVERIFY(stops >= 4); // the four privacy switches at least
    // In reading order: the switches top to bottom, then the buttons, then the page tabs.
    QCOMPARE(walked.mid(0, 3),
             (QStringList{s("Send read markers"), s("Send idle time"), s("Fetch link previews")}));
    QTest::keyClick(settings, Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<SettingsDialog *>());

    w->desktopActions()->links()->open(s("xmpp:carol@example.org?roster;name=Carol"));
    XmppUriDialog *question = w->desktopActions()->links()->pendingDialog();
    QVERIFY(question);
    QVERIFY2(unnamedControls(question).isEmpty(),
             qPrintable(unnamedControls(question).join(s(", "))));
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!w->desktopActions()->links()->pendingDialog());
}

void TestKeyboardAccess::chatWindowShortcuts()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    for (const char *jid : {"bob@example.org", "carol@example.org", "dave@example.org"})
        QVERIFY(w->chats()->openChat(s("me@example.org"), s(jid)));
    ChatWindow *chat = w->chats()->sharedWindow();
    QVERIFY(chat);
    chat->show();
    chat->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(chat));
    QTabWidget *tabs = chat->tabWidget();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentIndex(), 2);
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : chat;

    // Ctrl+Tab: next, wrapping; Ctrl+Shift+Tab: previous.
    QTest::keyClick(focus, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : chat,
                    Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : chat,
                    Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);

    // Ctrl+F: the message search.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : chat, Qt::Key_F,
                    Qt::ControlModifier);
    QTRY_VERIFY(w->chats()->searchPanel()->isVisible());
    w->chats()->searchPanel()->close();
    chat->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(chat));

    // Ctrl+W: closes the current chat.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : chat, Qt::Key_W,
                    Qt::ControlModifier);
    QTRY_COMPARE(tabs->count(), 2);

    // The chat window's own actions: named, unambiguous.
    const QList<QAction *> actions = chat->actions();
    for (QAction *action : actions)
        QVERIFY2(!plain(action->text()).isEmpty() || action->shortcuts().isEmpty() ||
                     action->shortcut() == QKeySequence(QKeySequence::Close),
                 qPrintable(action->objectName()));
    QVERIFY2(ambiguous(actions).isEmpty(), qPrintable(ambiguous(actions).join(s("; "))));
}

void TestKeyboardAccess::newChatFromTheKeyboard()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = w->findChild<NewChatDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Contacts are completed by address or name.
    QVERIFY(dialog->completions().contains(s("bob@example.org \u2014 Bob")));
    QVERIFY(dialog->completions().contains(s("carol@example.net")));
    QVERIFY(dialog->grab().save(test::outputDir() + s("/newchat.png")));
    QTest::keyClicks(dialog->addressField(), s("not an address@"));
    QVERIFY(dialog->jid().isEmpty());
    dialog->addressField()->setText(s("bob@example.org \u2014 Bob"));
    QCOMPARE(dialog->jid(), s("bob@example.org"));
    QTest::keyClick(dialog->addressField(), Qt::Key_Return);
    QTRY_VERIFY(w->chats()->tab(s("me@example.org"), s("bob@example.org")));
}

void TestKeyboardAccess::messagesAndContactsReadAloud()
{
    QTemporaryDir dir;
    ChatAccount a(dir.path());
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 42), Qt::LocalTime);
    a.addMessage(s("bob@example.org"), s("see you at noon"), at.toUTC());
    a.addMessage(s("bob@example.org"), s("fine"), at.addSecs(60).toUTC(), true);
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    QVERIFY(a.available(s("bob@example.org/phone"), QString(), s("at work\nall day")));
    flush();

    ChatTab *tab = w->chats()->openChat(s("me@example.org"), s("bob@example.org"));
    auto *view = tab->findChild<ChatView *>();
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(Qt::AccessibleTextRole).toString(),
             s("Bob, 10:42: see you at noon"));
    QCOMPARE(model->index(1, 0).data(Qt::AccessibleTextRole).toString(), s("You, 10:43: fine"));
    // What a screen reader asks the list for.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QVERIFY(list);
    QStringList spoken;
    for (int i = 0; i < list->childCount(); ++i) {
        if (QAccessibleInterface *child = list->child(i))
            spoken << child->text(QAccessible::Name);
    }
    QVERIFY2(spoken.contains(s("Bob, 10:42: see you at noon")), qPrintable(spoken.join(s(" | "))));

    const QModelIndex bob = rowNamed(w->rosterView(), s("Bob"));
    QVERIFY(bob.isValid());
    QCOMPARE(bob.data(Qt::AccessibleTextRole).toString(), s("Bob, online, at work all day"));
    const QModelIndex dave = rowNamed(w->rosterView(), s("Dave"));
    QCOMPARE(dave.data(Qt::AccessibleTextRole).toString(), s("Dave, offline"));
}

void TestKeyboardAccess::highContrastPaletteIsUsed()
{
    // A high-contrast desktop palette: black, white and yellow. The views paint with it,
    // not with colours of their own.
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::AlternateBase, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::ButtonText, Qt::white);
    contrast.setColor(QPalette::Button, Qt::black);
    contrast.setColor(QPalette::Highlight, Qt::yellow);
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    contrast.setColor(QPalette::Link, Qt::yellow);
    contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    QApplication::setPalette(contrast);

    QTemporaryDir dir;
    ChatAccount a(dir.path());
    a.addMessage(s("bob@example.org"), s("high contrast"), QDateTime::currentDateTimeUtc());
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    w->show();
    ChatTab *tab = w->chats()->openChat(s("me@example.org"), s("bob@example.org"));
    ChatWindow *chat = w->chats()->sharedWindow();
    chat->resize(480, 360);
    chat->show();
    QVERIFY(QTest::qWaitForWindowExposed(chat));
    auto *view = tab->findChild<ChatView *>();

    // The background is the palette's, and the text is painted with the palette's Text
    // (white here), not a fixed colour of the delegate's: the lightest grey on screen is white.
    // (Decorations such as the day separator's line are mixed from Base and Text, so they
    // follow the palette too, dimmer by design.)
    const auto lightestGrey = [](QWidget *widget, const QString &file) {
        const QImage image = widget->grab().toImage();
        image.save(test::outputDir() + file);
        int lightest = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.hslSaturation() < 40)
                    lightest = std::max(lightest, c.lightness());
            }
        }
        return lightest;
    };
    QCOMPARE(view->viewport()->grab().toImage().pixelColor(2, view->viewport()->height() - 3),
             QColor(Qt::black));
    QVERIFY(lightestGrey(view->viewport(), s("/highcontrast-chat.png")) >= 240);
    const QImage roster = w->rosterView()->viewport()->grab().toImage();
    QCOMPARE(roster.pixelColor(roster.width() - 2, roster.height() - 2), QColor(Qt::black));
    QVERIFY(lightestGrey(w->rosterView()->viewport(), s("/highcontrast-roster.png")) >= 240);
    QApplication::setPalette(m_initial);
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
