// A chat's history from the account's archive (XEP-0313) against a real Prosody: opening a chat
// with a fresh profile fills it from the archive, newest page first; scrolling past the local
// history asks for the page before the oldest archive id and the older messages appear above,
// in order and without duplicates, with "Loading older messages…" / "Start of the
// conversation" above the list; deleting the local history asks first and stays deleted after
// reopening; exporting writes one line per message.
#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "chat/ArchiveLoader.h"
#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "features/CoreFeatures.h"
#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "models/ConversationModel.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr int kMessages = 120; // more than two archive pages of 50

struct Account
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MessageFeature *messages = nullptr;
    MamFeature *mam = nullptr;

    Account()
    {
        db.openFile(dir.filePath(s("history.sqlite")));
        store = std::make_unique<HistoryStore>(&db);
        messages = new MessageFeature(store.get());
        mam = new MamFeature(messages, store.get());
        installCoreFeatures(client);
        client.addFeature(mam);
        client.addFeature(messages);
    }
};

QString body(int i)
{
    return s("archived %1").arg(i, 3, 10, QLatin1Char('0'));
}

// Answers the next message box with @p button.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText = nullptr)
{
    QTimer::singleShot(0, qApp, [button, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, seenText);
            return;
        }
        if (seenText)
            *seenText = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestChatArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openingFillsFromArchiveAndScrollingFetchesOlder();
    void exportWritesOneLinePerMessage();
    void deleteAsksAndStaysDeleted();

private:
    SessionConfig config(const QString &user, const QString &resource) const;
    bool login(Account &a, const QString &user, const QString &resource);
    QStringList bodies() const;

    ProsodyFixture m_prosody;
    std::unique_ptr<Account> m_ana; ///< the fresh profile the UI shows
    std::unique_ptr<ChatManager> m_chats;
    const QString m_ben = s("ben@localhost");
};

SessionConfig TestChatArchive::config(const QString &user, const QString &resource) const
{
    SessionConfig c;
    c.jid = user + s("@localhost");
    c.password = user + s("-pw");
    c.resource = resource;
    c.host = m_prosody.host();
    c.port = m_prosody.c2sPort();
    c.caCertificates = QSslCertificate::fromPath(m_prosody.caFile());
    return c;
}

bool TestChatArchive::login(Account &a, const QString &user, const QString &resource)
{
    QSignalSpy up(&a.client, &Client::connected);
    QSignalSpy caughtUp(a.mam, &MamFeature::catchUpFinished);
    a.client.connectToServer(config(user, resource));
    return up.wait(15000) && (caughtUp.size() > 0 || caughtUp.wait(15000));
}

QStringList TestChatArchive::bodies() const
{
    QStringList out;
    ChatTab *tab = m_chats->tab(s("ana@localhost"), m_ben);
    if (!tab)
        return out;
    QAbstractItemModel *model = tab->conversation();
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, 0).data(ConversationModel::BodyRole).toString());
    return out;
}

void TestChatArchive::initTestCase()
{
    QSettings().clear();
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(s("ana"), s("ana-pw")));
    QVERIFY(m_prosody.createAccount(s("ben"), s("ben-pw")));

    // Ben writes to Ana: Prosody archives each message in Ana's archive as it arrives. No
    // client here sends presence, so nothing is delivered live to the desktop session.
    Account ben;
    QVERIFY(login(ben, s("ben"), s("desk")));
    for (int i = 0; i < kMessages; ++i)
        ben.messages->send(Jid::parse(s("ana@localhost")), body(i), {});
    QVERIFY(test::waitUntil([&] { return ben.store->count(s("ana@localhost")) == kMessages; }, 30000));
    // Stored locally at once; wait until Prosody has them all (each acked: state Sent).
    QVERIFY(test::waitUntil([&] {
        const auto all = ben.store->latest(s("ana@localhost"), kMessages);
        return std::all_of(all.begin(), all.end(), [](const ChatMessage &m) {
            return m.state != ChatMessage::State::Pending;
        });
    }, 30000));
    QTest::qWait(1500); // archive times have whole seconds: the catch-up starts "now"
    ben.client.disconnectFromServer();
    QTest::qWait(200);

    // A fresh desktop profile: the login catch-up is told to fetch nothing (zero days), so
    // the chat's history can only come from opening it.
    m_ana = std::make_unique<Account>();
    m_ana->mam->setInitialLimits(500, 0);
    QVERIFY(login(*m_ana, s("ana"), s("desktop")));
    QCOMPARE(m_ana->store->count(m_ben), 0);
    m_chats = std::make_unique<ChatManager>();
    m_chats->addAccount(s("ana@localhost"), m_ana->messages, nullptr, nullptr);
    m_chats->setArchive(s("ana@localhost"), m_ana->mam);
}

void TestChatArchive::openingFillsFromArchiveAndScrollingFetchesOlder()
{
    QSignalSpy older(m_ana->mam, &MamFeature::olderFetched);
    ChatTab *tab = m_chats->openChat(s("ana@localhost"), m_ben);
    QVERIFY(tab);
    tab->window()->resize(520, 600);
    ArchiveLoader *loader = m_chats->archiveLoader(s("ana@localhost"), m_ben);
    QVERIFY(loader);
    QCOMPARE(loader->state(), ArchiveLoader::State::Loading);
    QCOMPARE(tab->historyLine(), s("Loading older messages\u2026"));
    QVERIFY(QTest::qWaitForWindowExposed(tab->window()));
    QApplication::processEvents();
    const QString png = test::outputDir() + s("/chat-archive-loading.png");
    QVERIFY(tab->window()->grab().save(png));

    // The newest page (50) arrives through the store into the open chat.
    QVERIFY(older.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(bodies().size(), 50, 5000);
    QCOMPARE(bodies().constLast(), body(kMessages - 1));
    QCOMPARE(bodies().constFirst(), body(kMessages - 50));
    QCOMPARE(loader->state(), ArchiveLoader::State::Idle);
    QVERIFY(!tab->conversation()->canFetchMore({}));

    // Scrolling to the top asks for the page before the oldest archive id, until the archive
    // has nothing older.
    for (int page = 0; page < 5 && loader->state() != ArchiveLoader::State::Complete; ++page) {
        const int before = older.size();
        QApplication::processEvents(); // lay out first, or the scroll bar has no range
        tab->view()->verticalScrollBar()->setValue(1);
        tab->view()->verticalScrollBar()->setValue(0);
        QVERIFY(older.wait(15000) || older.size() > before);
        QApplication::processEvents();
    }
    QCOMPARE(loader->state(), ArchiveLoader::State::Complete);
    QCOMPARE(tab->historyLine(), s("Start of the conversation"));
    QStringList expected;
    for (int i = 0; i < kMessages; ++i)
        expected.append(body(i));
    QCOMPARE(m_ana->store->count(m_ben), kMessages);
    // None twice, none missing, in the order sent: the burst took a second or two and archive
    // times have whole seconds, so each older page shares a second with rows stored before it.
    QCOMPARE(bodies(), expected);
    QVERIFY(tab->window()->grab().save(test::outputDir() + s("/chat-archive-start.png")));
}

void TestChatArchive::exportWritesOneLinePerMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("ben.txt"));
    QString error;
    QVERIFY2(m_chats->exportHistory(s("ana@localhost"), m_ben, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kMessages);
    const QRegularExpression line(s("^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\] "
                                     "ben@localhost: (archived \\d{3})$"));
    QStringList got;
    for (const QString &l : lines) {
        const auto m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        got.append(m.captured(1));
    }
    got.sort();
    QStringList expected;
    for (int i = 0; i < kMessages; ++i)
        expected.append(body(i));
    QCOMPARE(got, expected);
    // A place that cannot be written: a sentence, and no file.
    const QString bad = dir.filePath(s("missing/dir/ben.txt"));
    QVERIFY(!m_chats->exportHistory(s("ana@localhost"), m_ben, bad, &error));
    QVERIFY2(error.startsWith(s("Could not create")) && error.endsWith(QLatin1Char('.')),
             qPrintable(error));
    QVERIFY(!QFile::exists(bad));
}

void TestChatArchive::deleteAsksAndStaysDeleted()
{
    ChatTab *tab = m_chats->tab(s("ana@localhost"), m_ben);
    QVERIFY(tab);
    auto *clear = tab->findChild<QAction *>(s("clearHistoryAction"));
    QVERIFY(clear);

    // Cancel keeps everything.
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    clear->trigger();
    QVERIFY2(asked.contains(m_ben), qPrintable(asked));
    QCOMPARE(m_ana->store->count(m_ben), kMessages);
    QCOMPARE(bodies().size(), kMessages);

    answerNextMessageBox(QMessageBox::Yes);
    clear->trigger();
    QCOMPARE(m_ana->store->count(m_ben), 0);
    QCOMPARE(tab->conversation()->rowCount(), 0);
    QVERIFY(tab->historyLine().isEmpty());

    // Reopened while connected: the archive is not asked to refill it.
    QSignalSpy older(m_ana->mam, &MamFeature::olderFetched);
    m_chats->closeChat(tab);
    QApplication::processEvents();
    tab = m_chats->openChat(s("ana@localhost"), m_ben);
    QVERIFY(tab);
    QTest::qWait(1000);
    QCOMPARE(older.size(), 0);
    QCOMPARE(m_ana->mam->openQueries(), 0);
    QCOMPARE(m_ana->store->count(m_ben), 0);
    QCOMPARE(tab->conversation()->rowCount(), 0);
    // Also across a restart of the app (the manager reads the same settings).
    m_chats->closeChat(tab);
    m_chats = std::make_unique<ChatManager>();
    m_chats->addAccount(s("ana@localhost"), m_ana->messages, nullptr, nullptr);
    m_chats->setArchive(s("ana@localhost"), m_ana->mam);
    tab = m_chats->openChat(s("ana@localhost"), m_ben);
    QTest::qWait(1000);
    QCOMPARE(older.size(), 0);
    QCOMPARE(tab->conversation()->rowCount(), 0);
}

QTEST_MAIN(TestChatArchive)
#include "tst_chatarchive.moc"
