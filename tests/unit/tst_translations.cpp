// Which catalogue a person gets for their desktop language, and that counted messages read as
// proper sentences in English, Spanish, German and French (the compiled catalogues embedded under
// :/i18n).
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace charla;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void plurals_data();
    void plurals();

private:
    static QString unread(int n)
    {
        return QCoreApplication::translate("charla::TrayIcon", "%n unread message(s)", nullptr, n);
    }
};

void TestTranslations::cleanup()
{
    // installTranslations() parents its translators to the application: remove them again.
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("english") << "en_US" << "" << "1 unread message" << "2 unread messages";
    // A language without a catalogue falls back to English, still with real plural forms.
    QTest::newRow("portuguese (no catalogue)")
        << "pt_BR" << "" << "1 unread message" << "2 unread messages";
    QTest::newRow("spanish") << "es_ES" << "es" << "1 mensaje sin leer" << "2 mensajes sin leer";
    QTest::newRow("spanish (mexico)")
        << "es_MX" << "es" << "1 mensaje sin leer" << "2 mensajes sin leer";
    QTest::newRow("german") << "de_DE" << "de" << "1 ungelesene Nachricht"
                            << "2 ungelesene Nachrichten";
    QTest::newRow("german (austria)") << "de_AT" << "de" << "1 ungelesene Nachricht"
                                      << "2 ungelesene Nachrichten";
    // French counts 0 like 1 ("0 message non lu"); Qt's French rule has two forms.
    QTest::newRow("french") << "fr_FR" << "fr" << "1 message non lu" << "2 messages non lus";
    QTest::newRow("french (canada)") << "fr_CA" << "fr" << "1 message non lu"
                                     << "2 messages non lus";
}

void TestTranslations::plurals()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, two);
    QCOMPARE(installTranslations(*qApp, QLocale(locale)).left(2), language);
    QCOMPARE(unread(1), one);
    QCOMPARE(unread(2), two);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
