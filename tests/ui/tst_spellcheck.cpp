// Spell checking in the composer with the system's hunspell dictionaries (scripts/setup
// installs hunspell-es and hunspell-en-us): a misspelled Spanish word is underlined with a wavy
// line and its context menu offers the correction; "Add to dictionary" keeps a word in the
// profile; the chat's language is remembered; links, addresses and numbers are not checked.
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "features/MessageFeature.h"
#include "spell/SpellChecker.h"
#include "spell/SpellHighlighter.h"
#include "storage/AccountDatabase.h"
#include "storage/AppSettings.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace charla;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The underlined ranges of the composer's first block, as "start+length".
QStringList underlined(ComposerEdit *edit)
{
    QStringList out;
    const QTextBlock block = edit->document()->firstBlock();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            out << QStringLiteral("%1+%2").arg(r.start).arg(r.length);
    }
    return out;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// The context menu for a click in the middle of character @p position.
QMenu *menuAt(ComposerEdit *edit, int position)
{
    QTextCursor c(edit->document());
    c.setPosition(position);
    return edit->createSpellContextMenu(edit->cursorRect(c).center());
}

} // namespace

class TestSpellCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void spanishDictionary();
    void misspelledWordUnderlinedAndCorrected();
    void addToDictionary();
    void wordsToCheck_data();
    void wordsToCheck();
    void underlineReadsOnDarkAndLight();
    void languagePerChat();
};

void TestSpellCheck::initTestCase()
{
    QApplication::setApplicationName(s("charla-test-spellcheck"));
    const QStringList languages = SpellChecker::availableLanguages();
    QVERIFY2(languages.contains(s("es_ES")) && languages.contains(s("en_US")),
             "hunspell-es and hunspell-en-us are missing: run ./scripts/setup");
}

void TestSpellCheck::spanishDictionary()
{
    SpellChecker checker;
    QVERIFY(!checker.setLanguage(s("xx_NOPE")));
    QVERIFY(checker.isCorrect(s("anything"))); // nothing to check with: nothing is wrong
    QVERIFY(checker.setLanguage(s("es_ES")));
    QVERIFY(checker.isCorrect(s("mercado")));
    QVERIFY(checker.isCorrect(s("canción"))); // UTF-8 both ways
    QVERIFY(!checker.isCorrect(s("mercadoo")));
    QVERIFY(!checker.isCorrect(s("cancion")));
    QVERIFY(checker.suggestions(s("mercadoo")).contains(s("mercado")));
    QVERIFY(checker.suggestions(s("cancion")).contains(s("canción")));
    QCOMPARE(SpellChecker::bestLanguage(s("es_ES")), s("es_ES"));
    QVERIFY(!SpellChecker::bestLanguage(s("xx_NOPE")).isEmpty());
    QCOMPARE(SpellChecker::displayName(s("es_ES")), s("español de España"));
    QCOMPARE(SpellChecker::displayName(s("de_DE")), s("Deutsch (Deutschland)"));
}

void TestSpellCheck::misspelledWordUnderlinedAndCorrected()
{
    ComposerEdit edit;
    edit.resize(400, 60);
    QVERIFY(edit.setSpellLanguage(s("es_ES")));
    edit.setPlainText(s("ayer fui al mercadoo"));
    QCOMPARE(underlined(&edit), QStringList{s("12+8")});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(edit.grab().save(test::outputDir() + s("/composer-spelling.png")));

    // The context menu on the word offers the correction first; choosing it fixes the text.
    std::unique_ptr<QMenu> menu(menuAt(&edit, 15));
    QAction *fix = actionNamed(menu.get(), s("mercado"));
    QVERIFY(fix);
    QCOMPARE(menu->actions().constFirst()->text(), s("mercado"));
    QVERIFY(actionNamed(menu.get(), s("Add \u201cmercadoo\u201d to Dictionary")));
    fix->trigger();
    QCOMPARE(edit.toPlainText(), s("ayer fui al mercado"));
    QCOMPARE(underlined(&edit), QStringList());

    // On a correct word: no corrections, the usual entries (and the language) only.
    menu.reset(menuAt(&edit, 1));
    QVERIFY(!actionNamed(menu.get(), s("mercado")));
    QVERIFY(menu->findChild<QMenu *>(s("spellLanguageMenu")));

    // Spelling off: nothing underlined.
    edit.setPlainText(s("otra vezz"));
    QCOMPARE(underlined(&edit), QStringList{s("5+4")});
    edit.setSpellCheckEnabled(false);
    QCOMPARE(underlined(&edit), QStringList());
}

void TestSpellCheck::addToDictionary()
{
    QTemporaryDir dir;
    const QString words = dir.filePath(s("dictionary.txt"));
    ComposerEdit edit;
    edit.resize(400, 60);
    edit.spellChecker()->setPersonalDictionary(words);
    QVERIFY(edit.setSpellLanguage(s("es_ES")));
    edit.setPlainText(s("hola Charlita"));
    QCOMPARE(underlined(&edit), QStringList{s("5+8")});
    std::unique_ptr<QMenu> menu(menuAt(&edit, 7));
    QAction *add = actionNamed(menu.get(), s("Add \u201cCharlita\u201d to Dictionary"));
    QVERIFY(add);
    add->trigger();
    QCOMPARE(underlined(&edit), QStringList());
    QFile file(words);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Charlita\n"));
    // Another composer with the same profile accepts it too, in another language.
    ComposerEdit other;
    other.spellChecker()->setPersonalDictionary(words);
    QVERIFY(other.setSpellLanguage(s("en_US")));
    QVERIFY(other.spellChecker()->isCorrect(s("Charlita")));
    QVERIFY(!other.spellChecker()->isCorrect(s("Charlitaa")));
}

void TestSpellCheck::wordsToCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << s("ayer fui") << QStringList{s("ayer"), s("fui")};
    QTest::newRow("link") << s("mira https://example.org/mercadoo ya")
                          << QStringList{s("mira"), s("ya")};
    QTest::newRow("address and www") << s("bob@example.org www.charlaa.org ok")
                                     << QStringList{s("ok")};
    QTest::newRow("numbers") << s("3rd 2024 pasa") << QStringList{s("pasa")};
    QTest::newRow("apostrophe") << s("don't stop") << QStringList{s("don't"), s("stop")};
    QTest::newRow("punctuation") << s("¿Qué tal?") << QStringList{s("Qué"), s("tal")};
}

void TestSpellCheck::wordsToCheck()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QStringList found;
    for (const SpellHighlighter::Word &w : SpellHighlighter::words(text))
        found << text.mid(w.start, w.length);
    QCOMPARE(found, words);
}

void TestSpellCheck::underlineReadsOnDarkAndLight()
{
    const QColor onLight = SpellHighlighter::underlineColor(Qt::white);
    const QColor onDark = SpellHighlighter::underlineColor(QColor(0x20, 0x20, 0x20));
    QVERIFY(onLight.red() > 150 && onLight.green() < 80);
    QVERIFY(onDark.red() > 200);
    QVERIFY(onDark.lightnessF() > onLight.lightnessF());
}

void TestSpellCheck::languagePerChat()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(s("charla.ini"));
    AccountDatabase db;
    QVERIFY(db.openFile(dir.filePath(s("history.sqlite"))));
    HistoryStore store(&db);
    Client client;
    auto *messages = new MessageFeature(&store);
    messages->setAccountJid(Jid::parse(s("me@example.org")));
    client.addFeature(messages);
    AppSettings settings(ini);
    settings.setSpellLanguage(s("es_ES"));
    ChatManager manager;
    manager.setSettingsFile(ini);
    manager.setAppSettings(&settings);
    manager.addAccount(s("me@example.org"), messages, nullptr, nullptr);

    // The default language from the settings.
    ChatTab *bob = manager.openChat(s("me@example.org"), s("bob@example.org"));
    ComposerEdit *edit = bob->composer()->editor();
    QCOMPARE(edit->spellChecker()->language(), s("es_ES"));
    // Bob writes English: chosen in the menu, remembered for his chat only.
    std::unique_ptr<QMenu> menu(edit->createSpellContextMenu(QPoint(1, 1)));
    auto *languages = menu->findChild<QMenu *>(s("spellLanguageMenu"));
    QVERIFY(languages);
    QAction *english = nullptr;
    for (QAction *a : languages->actions()) {
        if (a->data().toString() == s("en_US"))
            english = a;
    }
    QVERIFY(english);
    english->trigger();
    QCOMPARE(edit->spellChecker()->language(), s("en_US"));
    QCOMPARE(settings.conversationSpellLanguage(s("me@example.org"), s("bob@example.org")),
             s("en_US"));
    ChatTab *carol = manager.openChat(s("me@example.org"), s("carol@example.org"));
    QCOMPARE(carol->composer()->editor()->spellChecker()->language(), s("es_ES"));
    manager.closeChat(bob);
    QTRY_VERIFY(!manager.tab(s("me@example.org"), s("bob@example.org")));
    bob = manager.openChat(s("me@example.org"), s("bob@example.org"));
    QCOMPARE(bob->composer()->editor()->spellChecker()->language(), s("en_US"));
    // The settings dialog switches spelling off: every open composer follows.
    carol->composer()->editor()->setPlainText(s("vezz"));
    QCOMPARE(underlined(carol->composer()->editor()), QStringList{s("0+4")});
    settings.setSpellCheck(false);
    QCOMPARE(underlined(carol->composer()->editor()), QStringList());
}

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
