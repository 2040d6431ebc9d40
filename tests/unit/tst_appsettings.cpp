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

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
