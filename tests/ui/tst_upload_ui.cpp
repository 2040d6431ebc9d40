// File upload in a chat tab: a file dropped or pasted into the composer goes to the account's
// UploadFeature (through ChatManager), the tab shows its progress with Cancel, a failure is a
// sentence in the tab, and a cancel is silent; without an UploadFeature the tab says so.
#include "TestEnv.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/Composer.h"
#include "chat/UploadProgress.h"
#include "features/HttpUpload.h"
#include "features/MessageFeature.h"
#include "features/UploadFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QApplication>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kAccount = QStringLiteral("me@example.org");

struct Fixture
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<Client> client; ///< never connects
    MessageFeature *messages = nullptr;
    UploadFeature *upload = nullptr;
    std::unique_ptr<ChatManager> manager;

    explicit Fixture(bool withUpload)
    {
        QSettings().clear();
        QString error;
        if (!db.openFile(dir.filePath(s("history.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        client = std::make_unique<Client>();
        messages = new MessageFeature(store.get());
        messages->setAccountJid(Jid::parse(kAccount));
        client->addFeature(messages);
        if (withUpload) {
            upload = new UploadFeature;
            client->addFeature(upload);
        }
        manager = std::make_unique<ChatManager>();
        manager->addAccount(kAccount, messages, nullptr, nullptr);
    }
    QString file(const QString &name)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write("hello");
        return f.fileName();
    }
};

} // namespace

class TestUploadUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(s("charla-test-upload-ui")); }

    void withoutUploadFeatureTheTabSaysSo()
    {
        Fixture f(false);
        ChatTab *tab = f.manager->openChat(kAccount, s("alice@example.org"));
        QVERIFY(tab);
        Q_EMIT tab->composer()->uploadRequested(f.file(s("a.txt")));
        QCOMPARE(tab->noticeText(), s("This account cannot send files."));
        QVERIFY(!tab->findChild<UploadProgress *>());
    }

    void failureIsASentenceInTheTab()
    {
        Fixture f(true);
        ChatTab *tab = f.manager->openChat(kAccount, s("alice@example.org"));
        tab->resize(520, 360);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab));
        Q_EMIT tab->composer()->uploadRequested(f.file(s("holiday <b>photo</b>.png")));
        // The progress row is there at once (the job starts on the next event-loop turn).
        auto *progress = tab->findChild<UploadProgress *>();
        QVERIFY(progress);
        // The account is not connected: the upload fails, and says so in the tab.
        QTRY_VERIFY(tab->noticeText().contains(s("not connected")));
        QTRY_VERIFY(!tab->findChild<UploadProgress *>());
        QVERIFY(tab->grab().save(test::outputDir() + s("/upload-failed.png")));
    }

    void progressAndCancel()
    {
        Fixture f(true);
        ChatTab tab(kAccount, s("alice@example.org"));
        HttpUpload *job = f.upload->upload(Jid::parse(s("alice@example.org")), f.file(s("b.txt")));
        QSignalSpy failed(job, &HttpUpload::failed);
        tab.addUpload(job);
        auto *progress = tab.findChild<UploadProgress *>();
        QVERIFY(progress);
        Q_EMIT job->progress(3 * 1024 * 1024, 12 * 1024 * 1024); // beyond int range once scaled
        QCOMPARE(progress->bar()->value(), 250);
        // No event-loop turn yet, so the job has not started (and failed) before the picture.
        tab.resize(520, 300);
        progress->show();
        tab.layout()->activate();
        QVERIFY(tab.grab().save(test::outputDir() + s("/upload-progress.png")));
        QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().condition, s("cancelled"));
        QTRY_VERIFY(!tab.findChild<UploadProgress *>());
        QVERIFY(tab.noticeText().isEmpty()); // a cancel is not an error to report
    }
};

QTEST_MAIN(TestUploadUi)
#include "tst_upload_ui.moc"
