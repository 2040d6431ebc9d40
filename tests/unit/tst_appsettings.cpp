#include "storage/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

class TstAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreThePrivateOnes();
    void changesPersistAndAreAnnounced();
    void notifyModePerConversation();
    void damagedValuesFallBack();
    void whoNotifies_data();
    void whoNotifies();
    void spellLanguagePerConversation();
};

void TstAppSettings::defaultsAreThePrivateOnes()
{
    QTemporaryDir dir;
    const AppSettings s(dir.filePath(QStringLiteral("charla.ini")));
    QCOMPARE(s.fetchLinkPreviews(), false); // never fetch the web unasked
    QCOMPARE(s.doNotDisturb(), false);
    QCOMPARE(s.closeToTray(), true);
    QCOMPARE(s.historyRetentionDays(), 0);
    QCOMPARE(s.palette(), AppSettings::Palette::System);
    QCOMPARE(s.fontPointSize(), 0);
}

void TstAppSettings::changesPersistAndAreAnnounced()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("charla.ini"));
    {
        AppSettings s(file);
        QSignalSpy spy(&s, &AppSettings::changed);
        s.setSendChatStates(false);
        s.setPalette(AppSettings::Palette::Dark);
        s.setPalette(AppSettings::Palette::Dark); // unchanged: no second signal
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("privacy/sendChatStates"));
    }
    const AppSettings again(file);
    QCOMPARE(again.sendChatStates(), false);
    QCOMPARE(again.palette(), AppSettings::Palette::Dark);
}

void TstAppSettings::notifyModePerConversation()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("charla.ini")));
    const QString acc = QStringLiteral("alice@localhost");
    QCOMPARE(s.notifyMode(acc, QStringLiteral("bob@localhost"), false), AppSettings::NotifyMode::All);
    QCOMPARE(s.notifyMode(acc, QStringLiteral("room@muc.localhost"), true),
             AppSettings::NotifyMode::MentionsOnly);
    s.setNotifyMode(acc, QStringLiteral("Bob@localhost"), AppSettings::NotifyMode::Muted);
    QCOMPARE(s.notifyMode(acc, QStringLiteral("bob@localhost"), false),
             AppSettings::NotifyMode::Muted);
    // A JID with a slash must not open a settings group that hides other entries.
    s.setNotifyMode(acc, QStringLiteral("room@muc.localhost/nick"), AppSettings::NotifyMode::All);
    QCOMPARE(s.notifyMode(acc, QStringLiteral("room@muc.localhost/nick"), true),
             AppSettings::NotifyMode::All);
    QCOMPARE(s.notifyMode(QStringLiteral("other@localhost"), QStringLiteral("bob@localhost"), false),
             AppSettings::NotifyMode::All);
}

void TstAppSettings::damagedValuesFallBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("charla.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("appearance/palette"), 42);
        raw.setValue(QStringLiteral("appearance/fontPointSize"), QStringLiteral("huge"));
        raw.setValue(QStringLiteral("history/retentionDays"), -5);
    }
    const AppSettings s(file);
    QCOMPARE(s.palette(), AppSettings::Palette::System);
    QCOMPARE(s.fontPointSize(), 0);
    QCOMPARE(s.historyRetentionDays(), 0);
}

void TstAppSettings::whoNotifies_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("dnd");
    QTest::addColumn<int>("mode"); // -1: never chosen (the default for the kind)
    QTest::addColumn<bool>("isRoom");
    QTest::addColumn<bool>("mentioned");
    QTest::addColumn<bool>("notifies");
    using M = AppSettings::NotifyMode;
    QTest::newRow("chat, default") << true << false << -1 << false << false << true;
    QTest::newRow("room, default, chatter") << true << false << -1 << true << false << false;
    QTest::newRow("room, default, mention") << true << false << -1 << true << true << true;
    QTest::newRow("room, all") << true << false << int(M::All) << true << false << true;
    QTest::newRow("room, muted, mention") << true << false << int(M::Muted) << true << true << false;
    QTest::newRow("chat, muted") << true << false << int(M::Muted) << false << false << false;
    QTest::newRow("chat, mentions only") << true << false << int(M::MentionsOnly) << false << false
                                         << false;
    QTest::newRow("chat, mentions only, mention") << true << false << int(M::MentionsOnly) << false
                                                  << true << true;
    QTest::newRow("do not disturb") << true << true << int(M::All) << false << true << false;
    QTest::newRow("switched off") << false << false << int(M::All) << false << true << false;
}

void TstAppSettings::whoNotifies()
{
    QFETCH(bool, enabled);
    QFETCH(bool, dnd);
    QFETCH(int, mode);
    QFETCH(bool, isRoom);
    QFETCH(bool, mentioned);
    QFETCH(bool, notifies);
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("charla.ini")));
    const QString acc = QStringLiteral("alice@localhost");
    const QString jid = QStringLiteral("peer@localhost");
    s.setNotificationsEnabled(enabled);
    s.setDoNotDisturb(dnd);
    if (mode >= 0)
        s.setNotifyMode(acc, jid, AppSettings::NotifyMode(mode));
    QCOMPARE(s.wantsNotification(acc, jid, isRoom, mentioned), notifies);
    // Another conversation keeps its default.
    QCOMPARE(s.wantsNotification(acc, QStringLiteral("other@localhost"), false, false),
             enabled && !dnd);
}

void TstAppSettings::spellLanguagePerConversation()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("charla.ini"));
    const QString acc = QStringLiteral("alice@localhost");
    {
        AppSettings s(file);
        QCOMPARE(s.conversationSpellLanguage(acc, QStringLiteral("bob@localhost")), QString());
        s.setConversationSpellLanguage(acc, QStringLiteral("bob@localhost"), QStringLiteral("es_ES"));
    }
    const AppSettings s(file);
    QCOMPARE(s.conversationSpellLanguage(acc, QStringLiteral("Bob@localhost")), QStringLiteral("es_ES"));
    QCOMPARE(s.conversationSpellLanguage(acc, QStringLiteral("carol@localhost")), QString());
    QCOMPARE(s.conversationSpellLanguage(QStringLiteral("x@localhost"), QStringLiteral("bob@localhost")),
             QString());
}

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
