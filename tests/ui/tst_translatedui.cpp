// The main window as a Spanish, German or French speaker sees it: translated menus whose
// keyboard mnemonics do not collide (English too, with an account and once every menu and a
// chat's menus were opened), no button or label cut short by a longer translation, and
// a PNG of the window and of each menu under the test output folder for a person to look at.
#include "AccountWizard.h"
#include "AddContactDialog.h"
#include "MainWindow.h"
#include "RosterViewFixture.h"
#include "account/AccountManager.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "storage/AccountStore.h"
#include "TestEnv.h"
#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace charla;
using namespace charla::test;

class TestTranslatedUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void englishMnemonics();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();
    void menusWithAnAccount_data();
    void menusWithAnAccount();

private:
    void removeTranslators();
    QStringList m_englishMenus;
};

/// The letter after '&' in a menu text ("&Quit" -> 'q'), or a null char when there is none.
static QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Texts of @p actions whose mnemonic letter another action in the same list already uses: with
/// two "&S" entries in one menu, Alt+S no longer does what it says.
static QStringList mnemonicClashes(const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonic(a->text());
        if (m.isNull())
            continue;
        if (seen.contains(m))
            clashes << seen.value(m) + QStringLiteral(" / ") + a->text();
        else
            seen.insert(m, a->text());
    }
    return clashes;
}

/// mnemonicClashes() of @p menu and of every submenu in it.
static QStringList mnemonicClashesIn(QMenu *menu)
{
    QStringList clashes = mnemonicClashes(menu->actions());
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (a->menu())
            clashes << mnemonicClashesIn(a->menu());
    }
    return clashes;
}

/// Texts of visible buttons and one-line labels in @p root narrower than their text needs: a
/// longer translation must not be cut off.
static QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            clipped << b->text();
    }
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty() &&
            l->width() < l->minimumSizeHint().width())
            clipped << l->text();
    }
    return clipped;
}

void TestTranslatedUi::removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslatedUi::init()
{
    // The English menu titles, to tell a translated window from one left in English.
    if (!m_englishMenus.isEmpty())
        return;
    removeTranslators();
    QTemporaryDir dir;
    MainWindow english{Profile(dir.path())};
    const auto menus = english.menuBar()->actions();
    for (QAction *m : menus)
        m_englishMenus << m->text();
}

void TestTranslatedUi::cleanup()
{
    removeTranslators();
}

void TestTranslatedUi::englishMnemonics()
{
    // The source language too: no two entries of the menu bar or of one menu share a letter.
    removeTranslators();
    QTemporaryDir dir;
    FakeAccount account("me@example.org");
    auto w = makeWindow(dir.path(), account);
    account.result(kStandard);
    const auto menus = w->menuBar()->actions();
    QStringList clashes = mnemonicClashes(menus);
    for (QAction *m : menus) {
        if (QMenu *menu = m->menu()) {
            Q_EMIT menu->aboutToShow(); // menus rebuilt when they open (Rooms, Account, ...)
            clashes << mnemonicClashesIn(menu);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestTranslatedUi::mainWindow_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("es") << "es_ES";
    QTest::newRow("de") << "de_DE";
    QTest::newRow("fr") << "fr_FR";
}

void TestTranslatedUi::mainWindow()
{
    QFETCH(QString, locale);
    const QString lang = locale.left(2);
    QCOMPARE(installTranslations(*qApp, QLocale(locale)).left(2), lang);

    // A window with contacts in groups, statuses and a pending request: the strings a person
    // meets first, in their longest common forms.
    QTemporaryDir dir;
    FakeAccount account("me@example.org");
    auto w = makeWindow(dir.path(), account);
    account.result(kStandard);
    QVERIFY(account.available(s("alice@example.org/phone"), s("away"), s("En el tren")));
    QVERIFY(account.available(s("bob@example.org/pc"), s("dnd")));
    QVERIFY(account.deliver(s("<presence xmlns='jabber:client' from='eve@example.com' "
                              "type='subscribe'/>")));
    flush();
    // At its first size every menu title fits, none behind the overflow arrow, in every
    // language (German titles are the longest).
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    for (QAction *menu : w->menuBar()->actions()) {
        const QRect r = w->menuBar()->actionGeometry(menu);
        QVERIFY2(!r.isEmpty() && w->menuBar()->rect().contains(r),
                 qPrintable(QStringLiteral("menu hidden at the first size: ") + menu->text()));
    }
    w->resize(std::max(420, w->width()), 640);
    QTest::qWait(50);

    const QString out = outputDir() + QStringLiteral("/mainwindow-") + lang;
    QVERIFY(w->grab().save(out + QStringLiteral(".png")));

    // Every menu title is translated (its text may equal the English one, as French "Contacts"
    // does, but then the catalogue must have it), and no two entries of the menu bar or of one
    // menu share a mnemonic letter.
    const auto translators = qApp->findChildren<QTranslator *>();
    auto inCatalogue = [&translators](const QString &english, const QString &shown) {
        for (QTranslator *t : translators) {
            const QString text = t->translate("charla::MainWindow", english.toUtf8().constData());
            if (!text.isEmpty())
                return text == shown;
        }
        return false;
    };
    const auto menus = w->menuBar()->actions();
    QCOMPARE(menus.size(), m_englishMenus.size());
    for (int i = 0; i < menus.size(); ++i) {
        // Menus added by other classes (Rooms, Services) use their own context: for those a
        // text different from the English one shows the translation reached the window.
        QVERIFY2(menus.at(i)->text() != m_englishMenus.at(i) ||
                     inCatalogue(m_englishMenus.at(i), menus.at(i)->text()),
                 qPrintable(QStringLiteral("menu not from the catalogue: ") + m_englishMenus.at(i)));
    }
    QStringList clashes = mnemonicClashes(menus);
    int n = 0;
    for (QAction *m : menus) {
        QMenu *menu = m->menu();
        if (!menu)
            continue;
        clashes << mnemonicClashesIn(menu);
        // A menu sizes itself to its longest entry; its picture shows the translations in place.
        menu->ensurePolished();
        menu->adjustSize();
        QVERIFY(menu->grab().save(out + QStringLiteral("-menu%1.png").arg(++n)));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));

    const QStringList clipped = clippedTexts(w.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
}

void TestTranslatedUi::dialogs_data()
{
    mainWindow_data();
}

// The first dialogs a new user meets (the account wizard's first two pages, Add Contact), whose
// fixed-size forms a longer translation could overflow.
void TestTranslatedUi::dialogs()
{
    QFETCH(QString, locale);
    const QString lang = locale.left(2);
    QCOMPARE(installTranslations(*qApp, QLocale(locale)).left(2), lang);
    const QString out = outputDir() + QLatin1Char('/');

    QTemporaryDir dir;
    AccountManager manager{Profile(dir.path())};
    AccountWizard wizard(&manager);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.grab().save(out + QStringLiteral("wizard-choice-") + lang +
                               QStringLiteral(".png")));
    QStringList clipped = clippedTexts(&wizard);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ExistingPage));
    QTest::qWait(20);
    QVERIFY(wizard.grab().save(out + QStringLiteral("wizard-account-") + lang +
                               QStringLiteral(".png")));
    clipped = clippedTexts(&wizard);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));

    AddContactDialog add({s("me@example.org"), s("work@example.com")}, {s("Friends")});
    add.show();
    QVERIFY(QTest::qWaitForWindowExposed(&add));
    QVERIFY(add.grab().save(out + QStringLiteral("addcontact-") + lang + QStringLiteral(".png")));
    clipped = clippedTexts(&add);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
}

void TestTranslatedUi::menusWithAnAccount_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << "en_US";
    mainWindow_data();
}

// With an account, every menu as it looks once opened (the Account, Rooms and Services menus
// are rebuilt then and gain the account's entries) and the menus of a chat: no two entries of
// one menu share a mnemonic letter, in English and in every translation.
void TestTranslatedUi::menusWithAnAccount()
{
    QFETCH(QString, locale);
    removeTranslators();
    if (!locale.startsWith(QLatin1String("en")))
        QCOMPARE(installTranslations(*qApp, QLocale(locale)).left(2), locale.left(2));
    QTemporaryDir dir;
    MainWindow w{Profile(dir.path())};
    AccountConfig config;
    config.jid = s("me@example.org");
    config.enabled = false;
    QVERIFY(w.accounts()->addAccount(config));
    QStringList clashes = mnemonicClashes(w.menuBar()->actions());
    const std::function<void(QMenu *)> open = [&](QMenu *menu) {
        Q_EMIT menu->aboutToShow();
        clashes << mnemonicClashes(menu->actions());
        const auto actions = menu->actions();
        for (QAction *a : actions) {
            if (a->menu())
                open(a->menu());
        }
    };
    const auto menus = w.menuBar()->actions();
    for (QAction *m : menus) {
        if (m->menu())
            open(m->menu());
    }
    if (ChatTab *tab = w.chats()->openChat(s("me@example.org"), s("bob@example.org"))) {
        const auto chatMenus = tab->findChildren<QMenu *>();
        for (QMenu *menu : chatMenus)
            open(menu);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
