// Received file links in the message list, offscreen, against a local https server: a file
// link (XEP-0066, or a body that is only the link) is painted as a card with its sanitised name;
// a roster contact's picture is fetched and shown by itself, a stranger's picture is not
// fetched at all (the server sees no request) until "Show preview" is clicked; "Save as…"
// downloads over https only and under a sanitised name; an aesgcm link gets no Save button.
#include "TestCa.h"
#include "TestEnv.h"
#include "chat/AttachmentFetcher.h"
#include "chat/ChatTab.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "models/ConversationModel.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::TestCa;
using Role = ConversationModel::Role;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray png(const QColor &color, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.setPen(QPen(Qt::white, 6));
    p.drawEllipse(QRect(QPoint(0, 0), size).adjusted(20, 20, -20, -20));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// An https server on 127.0.0.1 that serves fixed files and counts every request per path.
class FileServer : public QObject
{
public:
    QSslServer server;
    QHash<QByteArray, QByteArray> files; ///< percent-decoded path -> body
    QHash<QByteArray, int> hits;         ///< percent-decoded path -> requests

    bool listen(const TestCa::Leaf &leaf)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(leaf.certificate);
        ssl.setPrivateKey(leaf.key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(ssl);
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = static_cast<QSslSocket *>(server.nextPendingConnection())) {
                auto *buffer = new QByteArray;
                connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                connect(socket, &QIODevice::readyRead, this,
                        [this, socket, buffer] { read(socket, buffer); });
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const
    {
        return s("https://127.0.0.1:%1%2").arg(server.serverPort()).arg(path);
    }
    int total() const
    {
        int n = 0;
        for (int h : hits)
            n += h;
        return n;
    }

private:
    void read(QSslSocket *socket, QByteArray *buffer)
    {
        *buffer += socket->readAll();
        if (!buffer->contains("\r\n\r\n"))
            return;
        const QList<QByteArray> request = buffer->left(buffer->indexOf("\r\n")).split(' ');
        buffer->clear();
        const QByteArray path = QByteArray::fromPercentEncoding(request.value(1));
        hits[path] += 1;
        const bool found = files.contains(path);
        const QByteArray body = files.value(path, "not here");
        socket->write("HTTP/1.1 " + QByteArray(found ? "200 OK" : "404 Not Found") +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
};

QStandardItem *message(const QString &from, const QString &body, const QString &oob)
{
    static qint64 nextId = 1;
    auto *item = new QStandardItem;
    item->setData(nextId++, Role::IdRole);
    item->setData(body, Role::BodyRole);
    item->setData(oob, Role::OobUrlRole);
    item->setData(from, Role::FromRole);
    item->setData(int(ChatMessage::Direction::Incoming), Role::DirectionRole);
    item->setData(QDateTime(QDate(2026, 3, 14), QTime(9, 26)), Role::TimestampRole);
    item->setData(int(ChatMessage::State::Received), Role::StateRole);
    return item;
}

const QString kFriend = s("friend@example.org");
const QString kStranger = s("stranger@example.net");

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cardsAndPreviewsOnlyFromContactsOrAfterAClick();
    void previewsOnlyForRowsOnScreen();
    void saveDownloadsOverHttpsUnderASanitisedName();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestAttachments::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({s("127.0.0.1")});
    QVERIFY2(!m_leaf.certFile.isEmpty(), qPrintable(m_ca->error()));
    // The client trusts the test CA (and only for this process).
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(m_ca->caCertificate());
    QSslConfiguration::setDefaultConfiguration(config);
}

void TestAttachments::cardsAndPreviewsOnlyFromContactsOrAfterAClick()
{
    FileServer http;
    QVERIFY(http.listen(m_leaf));
    http.files.insert("/f/cat.png", png(QColor(40, 120, 200), QSize(480, 320)));
    http.files.insert("/s/photo.png", png(QColor(200, 80, 40), QSize(300, 300)));
    const QString cat = http.url(s("/f/cat.png"));
    const QString photo = http.url(s("/s/photo.png"));
    const QString doc = http.url(s("/f/%2E%2E%2F%2E%2E%2F.bashrc%E2%80%AEfdp.txt"));

    QStandardItemModel model;
    model.appendRow(message(kFriend + s("/phone"), cat, cat));                    // OOB, body = URL
    model.appendRow(message(kStranger + s("/x"), photo, photo));                  // a stranger's picture
    model.appendRow(message(kFriend + s("/phone"), doc, QString()));              // body only
    model.appendRow(message(kFriend + s("/phone"), s("aesgcm://127.0.0.1/f/secret.jpg#00ff"),
                            QString()));                                          // XEP-0454
    model.appendRow(message(kFriend + s("/phone"), s("see https://example.org/page"), QString()));

    ChatView view;
    view.resize(560, 900);
    view.messageDelegate()->setSenderTrusted([](const QString &bare) { return bare == kFriend; });
    view.setConversation(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    AttachmentFetcher *files = view.messageDelegate()->attachmentFetcher();
    QVERIFY(files);

    // The contact's picture comes by itself; the stranger's is never asked for.
    QVERIFY(test::waitUntil(
        [&] { return files->previewState(cat) == AttachmentFetcher::PreviewState::Ready; }, 10000));
    QTest::qWait(500);
    QCOMPARE(http.hits.value("/f/cat.png"), 1);
    QCOMPARE(http.hits.value("/s/photo.png"), 0);
    QCOMPARE(http.total(), 1); // nor the document, nor anything else
    QCOMPARE(files->previewState(photo), AttachmentFetcher::PreviewState::None);

    // Cards: Save as… for https files, Show preview only on the stranger's picture, nothing
    // for an encrypted (aesgcm) file or for a plain web link in a sentence.
    auto button = [&](int row, MessageDelegate::Hit::Kind kind) {
        const QModelIndex index = view.indexForRow(row);
        return view.messageDelegate()->attachmentButton(view.visualRect(index), index, kind);
    };
    QVERIFY(!button(0, MessageDelegate::Hit::Save).isNull());
    QVERIFY(button(0, MessageDelegate::Hit::ShowPreview).isNull());
    QVERIFY(!button(1, MessageDelegate::Hit::ShowPreview).isNull());
    QVERIFY(!button(2, MessageDelegate::Hit::Save).isNull());
    QVERIFY(button(3, MessageDelegate::Hit::Save).isNull());
    QVERIFY(button(4, MessageDelegate::Hit::Save).isNull());
    // The contact's preview makes its row taller than a card without one.
    QVERIFY(view.visualRect(view.indexForRow(0)).height() >
            view.visualRect(view.indexForRow(2)).height() + 100);
    // Copy gives the link of a file.
    QCOMPARE(view.messageDelegate()->messageText(view.indexForRow(1)), photo);
    QVERIFY(view.grab().save(test::outputDir() + s("/attachments-before-click.png")));

    // The click on "Show preview" is what fetches the stranger's picture.
    const QRect show = button(1, MessageDelegate::Hit::ShowPreview);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, show.center());
    QVERIFY(test::waitUntil(
        [&] { return files->previewState(photo) == AttachmentFetcher::PreviewState::Ready; },
        10000));
    QCOMPARE(http.hits.value("/s/photo.png"), 1);
    QTRY_VERIFY(button(1, MessageDelegate::Hit::ShowPreview).isNull());
    QApplication::processEvents();
    QVERIFY(view.grab().save(test::outputDir() + s("/attachments-after-click.png")));

    // Save as… on a card asks to save that link.
    QSignalSpy save(&view, &ChatView::saveRequested);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, button(2, MessageDelegate::Hit::Save).center());
    QCOMPARE(save.size(), 1);
    QCOMPARE(save.at(0).at(0).toUrl(), QUrl(doc));
    QCOMPARE(http.total(), 2); // asking is not downloading
}

// A long history of a contact's pictures: only the rows on screen fetch their preview. The
// view lays out every loaded row (sizeHint), but laying out is not showing: a row scrolled out
// of sight costs no download until it is scrolled into view.
void TestAttachments::previewsOnlyForRowsOnScreen()
{
    FileServer http;
    QVERIFY(http.listen(m_leaf));
    constexpr int kRows = 40;
    QStandardItemModel model;
    for (int i = 0; i < kRows; ++i) {
        const QByteArray path = "/f/pic" + QByteArray::number(i) + ".png";
        http.files.insert(path, png(QColor(40, 120 + i, 200), QSize(240, 160)));
        const QString url = http.url(QString::fromLatin1(path));
        model.appendRow(message(kFriend + s("/phone"), url, url));
    }
    const auto hitsOf = [&](int row) {
        return http.hits.value("/f/pic" + QByteArray::number(row) + ".png");
    };

    ChatView view;
    view.resize(560, 500);
    view.messageDelegate()->setSenderTrusted([](const QString &bare) { return bare == kFriend; });
    view.setConversation(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    AttachmentFetcher *files = view.messageDelegate()->attachmentFetcher();

    // The newest row is on screen (the view opens at the bottom) and gets its picture.
    QVERIFY(test::waitUntil(
        [&] {
            return files->previewState(model.item(kRows - 1)->data(Role::OobUrlRole).toString()) ==
                   AttachmentFetcher::PreviewState::Ready;
        },
        10000));
    QTest::qWait(500);
    QApplication::processEvents();
    // The rows above the screen fetched nothing; the ones fetched are the ones shown.
    const auto onScreen = [&](int row) {
        return view.visualRect(view.indexForRow(row)).intersects(view.viewport()->rect());
    };
    int shown = 0;
    for (int r = 0; r < kRows; ++r) {
        if (onScreen(r))
            ++shown;
        else if (r < kRows / 2)
            QVERIFY2(hitsOf(r) == 0, qPrintable(QStringLiteral("row %1 off screen fetched").arg(r)));
    }
    QVERIFY(shown >= 1);
    QVERIFY2(http.total() < kRows / 2,
             qPrintable(QStringLiteral("%1 previews fetched for %2 rows on screen")
                            .arg(http.total())
                            .arg(shown)));
    QCOMPARE(hitsOf(0), 0);

    // Scrolled to the top, the oldest row is shown and fetched then, once.
    view.scrollToTop();
    QVERIFY(test::waitUntil(
        [&] {
            return files->previewState(model.item(0)->data(Role::OobUrlRole).toString()) ==
                   AttachmentFetcher::PreviewState::Ready;
        },
        10000));
    QCOMPARE(hitsOf(0), 1);
    QTest::qWait(300); // the rows whose pictures arrived are laid out again (delayed layout)
    QVERIFY(view.grab().save(test::outputDir() + s("/attachments-scrolled-to-top.png")));
}

void TestAttachments::saveDownloadsOverHttpsUnderASanitisedName()
{
    FileServer http;
    QVERIFY(http.listen(m_leaf));
    const QByteArray content = "the quarterly numbers\n";
    http.files.insert(QByteArray::fromPercentEncoding("/f/%2E%2E%2F%2E%2E%2F.bashrc%E2%80%AEfdp.txt"),
                      content);
    const QString url = http.url(s("/f/%2E%2E%2F%2E%2E%2F.bashrc%E2%80%AEfdp.txt"));

    // The offered name has no folders, no leading dot and no bidi override.
    const QString name = AttachmentFetcher::suggestedName(url);
    QVERIFY2(!name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.')) &&
                 !name.contains(QChar(0x202E)) && !name.isEmpty(),
             qPrintable(name));
    const QString suggested = ChatTab::suggestedSavePath(QUrl(url));
    QCOMPARE(QFileInfo(suggested).fileName(), name);

    QTemporaryDir dir;
    AttachmentFetcher files;
    QSignalSpy saved(&files, &AttachmentFetcher::saved);
    QSignalSpy failed(&files, &AttachmentFetcher::saveFailed);
    const QString path = QDir(dir.path()).filePath(name);
    files.save(url, path);
    QVERIFY(saved.wait(10000));
    QCOMPARE(failed.size(), 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QCOMPARE(files.size(url), qint64(content.size()));

    // Plain http is refused before any request, with a sentence; nothing is written.
    const QString insecure = s("http://127.0.0.1:%1/f/x.txt").arg(http.server.serverPort());
    const int before = http.total();
    files.save(insecure, QDir(dir.path()).filePath(s("x.txt")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains(s("https")));
    QCOMPARE(http.total(), before);
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(s("x.txt"))));

    // A missing file: a sentence, and the earlier file is left as it was.
    files.save(http.url(s("/f/gone.txt")), path);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(1).at(1).toString().endsWith(QLatin1Char('.')),
             qPrintable(failed.at(1).at(1).toString()));
    QVERIFY(f.seek(0));
    QCOMPARE(f.readAll(), content);
}

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
