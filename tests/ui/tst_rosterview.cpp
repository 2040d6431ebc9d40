// The contact list in the main window, offscreen and without a network: a roster and presences
// fed to the features of a Client that never connects (RosterFeature::applyResult() and
// handleStanza(), as tst_rostermodel does). What the rows show, filtering, hiding offline
// contacts, sorting, collapsed groups, and screenshots of a 50-contact roster (normal font, larger
// font, dark palette) in the test output directory for a person to look at.
#include "RosterDelegate.h"
#include "RosterViewFixture.h"
#include "TestEnv.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolTip>

using namespace charla;
using namespace charla::test;

namespace {

/// True when a pixel at or next to @p p has @p expected's colour (the icon is antialiased).
bool colorNear(const QImage &image, const QPoint &p, const QColor &expected, int tolerance = 40)
{
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            const QColor c = image.pixelColor(p + QPoint(dx, dy));
            if (std::abs(c.red() - expected.red()) <= tolerance &&
                std::abs(c.green() - expected.green()) <= tolerance &&
                std::abs(c.blue() - expected.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

/// 50 contacts in four groups and none, with every show, status messages (one long, one that
/// looks like HTML, one with a line break), a long name, two contacts in two groups and a
/// pending request.
void loadFifty(FakeAccount &a)
{
    const char *names[] = {"Ana García",
                           "Bruno Díaz",
                           "Chloé Martin",
                           "Dmitri Ivanov",
                           "Élodie Bernard",
                           "Farid Haddad",
                           "Grace Hopper",
                           "Hiro Tanaka",
                           "Ingrid Olsen",
                           "Jamal Wright",
                           "Kai Müller",
                           "Lucía Fernández",
                           "Mei Lin",
                           "Nadia Petrova",
                           "Oscar Silva",
                           "Priya Sharma",
                           "Quentin Blake",
                           "Rosa Parks",
                           "Sven Lindqvist",
                           "Tomás Ruiz",
                           "Uma Patel",
                           "Victor Hugo",
                           "Wen Zhao",
                           "Xavier Dupont",
                           "Yara Haddad",
                           "Zoë Evans",
                           "Alejandro Maximiliano de la Santísima Trinidad Rodríguez",
                           "Bea Costa",
                           "Carlos Mendes",
                           "Dalia Cohen",
                           "Emil Novak",
                           "Fatima Zahra",
                           "Gustav Berg",
                           "Hana Kim",
                           "Ivo Andrić",
                           "Jana Horvat",
                           "Kofi Mensah",
                           "Lena Schmidt",
                           "Mateo Rossi",
                           "Nora Jensen",
                           "Omar Farouk",
                           "Paula Souza",
                           "Raúl Castro",
                           "Sofía Torres",
                           "Teo Kowalski",
                           "Ulla Virtanen",
                           "Vera Popescu",
                           "Wiktor Nowak",
                           "Ximena López",
                           "Yusuf Demir"};
    const QStringList groups = {s("Friends"), s("Family"), s("Work"), s("Band"), QString()};
    QString items;
    for (int i = 0; i < 50; ++i) {
        const QString jid = QStringLiteral("contact%1@example.org").arg(i);
        QStringList g;
        if (!groups.at(i % 5).isEmpty())
            g << groups.at(i % 5);
        if (i == 3 || i == 8)
            g << s("Friends");
        const QString extra =
            i == 9 ? s("subscription='none' ask='subscribe'") : s("subscription='both'");
        items += item(jid, QString::fromUtf8(names[i]), g, extra);
    }
    a.result(items);
    const QStringList shows = {s(""), s("chat"), s("away"), s("xa"), s("dnd")};
    const QStringList statuses = {
        s("In a meeting until 3"),
        s("Working from the café today, reachable by phone if it is urgent, otherwise later"),
        s("<b>not bold</b> & plain"),
        s("Line one\nline two"),
        QString(),
        s("🎸 rehearsing")};
    for (int i = 0; i < 50; ++i) {
        if (i % 4 == 3 || i == 9)
            continue; // offline
        a.available(QStringLiteral("contact%1@example.org/desk").arg(i), shows.at(i % 5),
                    statuses.at(i % 6));
    }
    flush();
}

} // namespace

class TestRosterView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contactsAppearUnderTheirGroups();
    void statusIconForEachShow();
    void filterAsYouType();
    void hideOfflineIsRemembered();
    void sortByNameIsRemembered();
    void collapsedGroupsAreRemembered();
    void severalAccountsShowAccountRows();
    void tooltipShowsNamesAsText();
    void screenshotsOfFiftyContacts();
};

void TestRosterView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRosterView::contactsAppearUnderTheirGroups()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->emptyStateText().startsWith(QStringLiteral("Not connected yet.")));
    a.result(kStandard);
    QVERIFY(w->emptyStateText().isEmpty());
    QVERIFY(w->rosterView()->isVisible());
    // One account: its groups are the top level; Bob is in two groups and shows in both.
    QCOMPARE(visibleRows(w->rosterView()),
             (QStringList{s("[Friends]"), s("Alice"), s("Bob"), s("[Work]"), s("Bob"), s("Dave"),
                          s("[Contacts]"), s("carol@example.net")}));
    RosterDelegate *d = w->rosterDelegate();
    QCOMPARE(d->secondLine(rowNamed(w->rosterView(), s("Dave"))), s("Waiting for approval"));
    QCOMPARE(d->statusIconName(rowNamed(w->rosterView(), s("Dave"))), s("offline"));

    // Presence moves a contact up (sorted by status) and counts it online in each group.
    QVERIFY(a.available(s("bob@example.org/phone"), s("away"), s("At lunch")));
    flush();
    QCOMPARE(visibleContacts(w->rosterView()).mid(0, 2), (QStringList{s("Bob"), s("Alice")}));
    const QModelIndex work = rowNamed(w->rosterView(), s("Work"));
    QCOMPARE(work.data(RosterModel::OnlineCountRole).toInt(), 1);
    QCOMPARE(work.data(RosterModel::ContactCountRole).toInt(), 2);
    QCOMPARE(d->secondLine(rowNamed(w->rosterView(), s("Bob"))), s("At lunch"));

    // A group header is a click away from closed.
    const QModelIndex friends = rowNamed(w->rosterView(), s("Friends"));
    QTest::mouseClick(w->rosterView()->viewport(), Qt::LeftButton, {},
                      w->rosterView()->visualRect(friends).center());
    QCOMPARE(visibleRows(w->rosterView()).mid(0, 2), (QStringList{s("[Friends]"), s("[Work]")}));
}

void TestRosterView::statusIconForEachShow()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    struct Case
    {
        const char *name;
        const char *show; // nullptr: offline
        const char *icon;
        QColor color; // the icon's fill (the ring of offline)
    };
    const Case cases[] = {
        {"Chatty", "chat", "chat", QColor(0x3f, 0xb9, 0x50)},
        {"Online", "", "online", QColor(0x3f, 0xb9, 0x50)},
        {"Away", "away", "away", QColor(0xe3, 0xa0, 0x08)},
        {"Extended", "xa", "xa", QColor(0xe3, 0x62, 0x09)},
        {"Busy", "dnd", "dnd", QColor(0xd7, 0x3a, 0x49)},
        {"Gone", nullptr, "offline", QColor(0x8b, 0x94, 0x9e)},
    };
    QString items;
    for (const Case &c : cases)
        items += item(QString::fromUtf8(c.name).toLower() + s("@example.org"), s(c.name));
    a.result(items);
    for (const Case &c : cases) {
        if (c.show) {
            QVERIFY(
                a.available(QString::fromUtf8(c.name).toLower() + s("@example.org/r"), s(c.show)));
        }
    }
    flush();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTreeView *view = w->rosterView();
    const QImage image = view->viewport()->grab().toImage();
    for (const Case &c : cases) {
        const QModelIndex index = rowNamed(view, s(c.name));
        QVERIFY2(index.isValid(), c.name);
        QCOMPARE(w->rosterDelegate()->statusIconName(index), s(c.icon));
        const QRect icon =
            w->rosterDelegate()->statusIconRect(view->visualRect(index), index, view->font());
        QVERIFY(view->visualRect(index).contains(icon));
        // Lower left of the circle: inside every filled icon, on the ring of the offline one.
        const QPoint p(icon.left() + qRound(icon.width() * 3.9 / 16),
                       icon.top() + qRound(icon.height() * 12.1 / 16));
        QVERIFY2(colorNear(image, p, c.color),
                 qPrintable(QStringLiteral("%1: %2 at %3,%4")
                                .arg(s(c.name), image.pixelColor(p).name())
                                .arg(p.x())
                                .arg(p.y())));
    }
}

void TestRosterView::filterAsYouType()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->rosterView()->setFocus();

    // Ctrl+F goes to the search field; typing hides whoever does not match.
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), w->filterEdit());
    QTest::keyClicks(w->filterEdit(), s("bo"));
    QCOMPARE(visibleRows(w->rosterView()),
             (QStringList{s("[Friends]"), s("Bob"), s("[Work]"), s("Bob")}));
    // The address matches too.
    w->filterEdit()->setText(s("example.net"));
    QCOMPARE(visibleContacts(w->rosterView()), QStringList{s("carol@example.net")});
    w->filterEdit()->setText(s("nobody"));
    QCOMPARE(visibleContacts(w->rosterView()), QStringList());
    QCOMPARE(w->emptyStateText(), s("No contact matches “nobody”."));

    // Escape clears the search, and everyone is back.
    QTest::keyClick(w->filterEdit(), Qt::Key_Escape);
    QCOMPARE(w->filterEdit()->text(), QString());
    QCOMPARE(visibleContacts(w->rosterView()).size(), 5);
    QVERIFY(w->emptyStateText().isEmpty());

    // A closed group opens while searching and closes again afterwards.
    w->rosterView()->collapse(rowNamed(w->rosterView(), s("Work")));
    QCOMPARE(visibleContacts(w->rosterView()).count(s("Dave")), 0);
    w->filterEdit()->setText(s("dave"));
    QCOMPARE(visibleContacts(w->rosterView()), QStringList{s("Dave")});
    w->filterEdit()->clear();
    QCOMPARE(visibleContacts(w->rosterView()).count(s("Dave")), 0);
}

void TestRosterView::hideOfflineIsRemembered()
{
    QTemporaryDir dir;
    {
        FakeAccount a("alice@example.org");
        auto w = makeWindow(dir.path(), a);
        a.result(kStandard);
        QVERIFY(a.available(s("alice@example.org/x"), s("dnd")));
        flush();
        QVERIFY(w->showOfflineAction()->isChecked());
        w->showOfflineAction()->trigger();
        // Only Alice is online: the Work group and the pseudo-group have nobody to show.
        QCOMPARE(visibleRows(w->rosterView()), (QStringList{s("[Friends]"), s("Alice")}));
        // Bob comes online: he shows in both of his groups.
        QVERIFY(a.available(s("bob@example.org/x"), QString()));
        flush();
        QCOMPARE(visibleRows(w->rosterView()),
                 (QStringList{s("[Friends]"), s("Bob"), s("Alice"), s("[Work]"), s("Bob")}));
    }
    QSettings settings(Profile(dir.path()).settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(s("ContactList/showOffline")).toBool(), false);
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    QVERIFY(!w->showOfflineAction()->isChecked());
    QVERIFY(visibleContacts(w->rosterView()).isEmpty());
    QCOMPARE(w->emptyStateText(),
             s("Nobody is online.\n\nView > Show offline contacts lists everyone."));
}

void TestRosterView::sortByNameIsRemembered()
{
    QTemporaryDir dir;
    const QString items = item(s("zed@example.org"), s("Zed"), {s("Friends")}) +
                          item(s("amy@example.org"), s("Amy"), {s("Friends")});
    {
        FakeAccount a("alice@example.org");
        auto w = makeWindow(dir.path(), a);
        a.result(items);
        QVERIFY(a.available(s("zed@example.org/x"), QString()));
        flush();
        // By status: the available Zed before the offline Amy.
        QCOMPARE(visibleContacts(w->rosterView()), (QStringList{s("Zed"), s("Amy")}));
        w->sortByNameAction()->trigger();
        QCOMPARE(visibleContacts(w->rosterView()), (QStringList{s("Amy"), s("Zed")}));
    }
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(items);
    QVERIFY(a.available(s("zed@example.org/x"), QString()));
    flush();
    QVERIFY(w->sortByNameAction()->isChecked());
    QCOMPARE(visibleContacts(w->rosterView()), (QStringList{s("Amy"), s("Zed")}));
}

void TestRosterView::collapsedGroupsAreRemembered()
{
    QTemporaryDir dir;
    {
        FakeAccount a("alice@example.org");
        auto w = makeWindow(dir.path(), a);
        a.result(kStandard);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        // With the keyboard: Left on a group header closes it.
        QTreeView *view = w->rosterView();
        view->setFocus();
        view->setCurrentIndex(rowNamed(view, s("Work")));
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(visibleRows(view), (QStringList{s("[Friends]"), s("Alice"), s("Bob"), s("[Work]"),
                                                 s("[Contacts]"), s("carol@example.net")}));
        // Space toggles too: the pseudo-group closes.
        view->setCurrentIndex(rowNamed(view, s("Contacts")));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(visibleRows(view).size(), 5);
    }
    // Per account and group: the same group name of another account stays open.
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    QCOMPARE(visibleRows(w->rosterView()),
             (QStringList{s("[Friends]"), s("Alice"), s("Bob"), s("[Work]"), s("[Contacts]")}));
    FakeAccount other("alice@work.example");
    w->addRoster(other.jid, other.roster, other.presence);
    other.result(item(s("boss@work.example"), s("Boss"), {s("Work")}));
    QVERIFY(visibleContacts(w->rosterView()).contains(s("Boss")));
}

void TestRosterView::severalAccountsShowAccountRows()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    FakeAccount b("alice@work.example");
    auto w = makeWindow(dir.path(), a);
    a.result(kStandard);
    QCOMPARE(w->rosterView()->rootIndex().data().toString(), s("alice@example.org"));
    w->addRoster(b.jid, b.roster, b.presence);
    b.result(item(s("boss@work.example"), s("Boss"), {s("Work")}));
    // Two accounts: each is a row of its own, with its groups under it.
    QVERIFY(!w->rosterView()->rootIndex().isValid());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-two-accounts.png")));
    const QStringList rows = visibleRows(w->rosterView());
    QCOMPARE(rows.first(), s("[alice@example.org]"));
    QVERIFY(rows.contains(s("[alice@work.example]")));
    QCOMPARE(rows.mid(rows.indexOf(s("[alice@work.example]"))),
             (QStringList{s("[alice@work.example]"), s("[Work]"), s("Boss")}));
    const QModelIndex account = rowNamed(w->rosterView(), s("alice@work.example"));
    // Not connected: offline, whatever it will announce; otherwise its own show, or a state.
    QCOMPARE(w->rosterDelegate()->statusIconName(account), s("offline"));
    QCOMPARE(w->rosterDelegate()->secondLine(account), QString());
    w->rosterDelegate()->setAccountIcon(s("alice@work.example"), QString());
    QCOMPARE(w->rosterDelegate()->statusIconName(account), s("online"));
    w->rosterDelegate()->setAccountIcon(s("alice@work.example"), s("connecting"));
    QCOMPARE(w->rosterDelegate()->statusIconName(account), s("connecting"));
}

void TestRosterView::tooltipShowsNamesAsText()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    a.result(item(s("eve@example.org"), s("<b>Eve</b>"), {s("Friends")}));
    QVERIFY(a.available(s("eve@example.org/x"), s("away"), s("<i>brb</i>")));
    flush();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTreeView *view = w->rosterView();
    const QModelIndex eve = rowNamed(view, s("<b>Eve</b>"));
    QVERIFY(eve.isValid());
    const QPoint at = view->visualRect(eve).center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    // The markup is escaped: a person reads the characters, not bold text.
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(s("&lt;b&gt;Eve&lt;/b&gt;")), qPrintable(tip));
    QVERIFY2(tip.contains(s("Away: &lt;i&gt;brb&lt;/i&gt;")), qPrintable(tip.simplified()));
    QVERIFY(tip.contains(s("eve@example.org")));
    QToolTip::hideText();
}

void TestRosterView::screenshotsOfFiftyContacts()
{
    QTemporaryDir dir;
    FakeAccount a("alice@example.org");
    auto w = makeWindow(dir.path(), a);
    loadFifty(a);
    w->resize(340, 720);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTreeView *view = w->rosterView();
    // Select one row, so the grab shows the selection colours too.
    view->setCurrentIndex(rowNamed(view, s("Grace Hopper")));
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-roster-50.png")));

    const QStringList rows = visibleRows(view);
    QCOMPARE(rows.count(s("[Work]")), 1);
    QCOMPARE(visibleContacts(view).size(), 52); // two contacts are in two groups
    // Status messages are plain text: the markup is shown as typed, on one line.
    const QModelIndex markup = rowNamed(view, s("Chloé Martin"));
    QVERIFY(markup.isValid());
    QCOMPARE(w->rosterDelegate()->secondLine(markup), s("<b>not bold</b> & plain"));
    QCOMPARE(w->rosterDelegate()->secondLine(rowNamed(view, s("Victor Hugo"))),
             s("Line one line two"));

    // Rows are measured from the font: two lines of text fit in a contact row.
    const auto checkRowsFit = [view](const QFont &font) {
        const QFontMetrics fm(font);
        QModelIndex i = view->model()->index(0, 0, view->rootIndex());
        int contacts = 0;
        while (i.isValid()) {
            const int h = view->visualRect(i).height();
            if (kindOf(i) == RosterModel::Kind::Contact) {
                ++contacts;
                if (h < 2 * fm.height())
                    return false;
            } else if (h < fm.height()) {
                return false;
            }
            i = view->indexBelow(i);
        }
        return contacts > 0;
    };
    QVERIFY(checkRowsFit(view->font()));
    const int normalHeight = view->visualRect(rowNamed(view, s("Grace Hopper"))).height();

    // 125 % and more: a larger font makes taller rows, never clipped text.
    QFont big = w->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    w->setFont(big);
    QTest::qWait(20);
    QCOMPARE(view->font().pointSizeF(), big.pointSizeF());
    QVERIFY(view->visualRect(rowNamed(view, s("Grace Hopper"))).height() > normalHeight);
    QVERIFY(checkRowsFit(big));
    QVERIFY(w->grab().save(test::outputDir() + s("/mainwindow-roster-50-large.png")));
    w->setFont(QFont());

    // Dark palette: names are light on the dark background.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(20);
    const QImage dark = w->grab().toImage();
    QVERIFY(dark.save(test::outputDir() + s("/mainwindow-roster-50-dark.png")));
    const QModelIndex first = rowNamed(view, visibleContacts(view).first());
    const QRect r = view->visualRect(first);
    QVERIFY(view->viewport()->rect().contains(r));
    const QImage viewport = view->viewport()->grab().toImage();
    int lightPixels = 0;
    for (int x = r.left() + r.width() / 3; x < r.right(); ++x) {
        for (int y = r.top(); y < r.bottom(); ++y)
            lightPixels += viewport.pixelColor(x, y).lightness() > 170 ? 1 : 0;
    }
    QVERIFY(viewport.pixelColor(r.right() - 2, r.top() + 2).lightness() < 80); // background
    QVERIFY(lightPixels > 20);
    QApplication::setPalette(light);
}

QTEST_MAIN(TestRosterView)
#include "tst_rosterview.moc"
