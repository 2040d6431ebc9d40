// The message list and the composer of a chat, offscreen, over a plain model with
// ConversationModel's roles (no store, no network): network text is painted as the literal
// characters it is, styling and links are found, rows wrap and are cached, links are clicked
// (xmpp: only after a question), text is selected and copied, and Enter / Shift+Enter / Up /
// Escape do what the composer promises.
#include "TestEnv.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/LinkOpener.h"
#include "chat/MessageDelegate.h"
#include "chat/MessageText.h"
#include "models/ConversationModel.h"
#include "stanza/Message.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace charla;
using Role = ConversationModel::Role;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStandardItem *message(const QString &body, bool outgoing = false, qint64 id = 0)
{
    static qint64 nextId = 1;
    auto *item = new QStandardItem;
    item->setData(id ? id : nextId++, Role::IdRole);
    item->setData(body, Role::BodyRole);
    item->setData(body, Qt::DisplayRole);
    item->setData(outgoing ? s("me@example.org/laptop") : s("alice@example.org/phone"),
                  Role::FromRole);
    item->setData(int(outgoing ? ChatMessage::Direction::Outgoing
                               : ChatMessage::Direction::Incoming),
                  Role::DirectionRole);
    item->setData(QDateTime(QDate(2026, 3, 14), QTime(9, 26)), Role::TimestampRole);
    item->setData(int(outgoing ? ChatMessage::State::Delivered : ChatMessage::State::Received),
                  Role::StateRole);
    item->setData(body.startsWith(s("/me ")), Role::IsActionRole);
    return item;
}

// The rightmost column where the row's text area has a pixel that is not the background.
int inkRight(const QImage &image, const QRect &area)
{
    const QColor base = image.pixelColor(area.left(), area.top());
    int right = -1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.lightness() - base.lightness()) > 60)
                right = std::max(right, x);
        }
    }
    return right;
}

struct Chat
{
    QStandardItemModel model;
    ChatView view;
    Chat()
    {
        view.resize(600, 400);
        view.setConversation(&model);
    }
    void add(QStandardItem *item) { model.appendRow(item); }
    QModelIndex row(int r) const { return view.indexForRow(r); }
};

} // namespace

class TestChatView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setApplicationName(s("charla-test-chatview"));
    }

    // The first UI rule: markup from the network is text. The delegate lays out and
    // copies exactly the characters received, and what is painted is as wide as those
    // characters (a rendered "<b>x</b>" would be one bold letter wide).
    void markupIsLiteralText()
    {
        Chat chat;
        const QString body = s("<b>x</b><script>alert(1)</script>");
        chat.add(message(body));
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        const QModelIndex index = chat.row(0);
        QCOMPARE(chat.view.messageDelegate()->messageText(index), body);

        // The painted ink of the body's line is as wide as the literal text.
        const QImage image = chat.view.viewport()->grab().toImage();
        const QRect row = chat.view.visualRect(index);
        const QFontMetrics fm(chat.view.font());
        // Find the text line: the body starts below the name line, left of the time column.
        int left = -1;
        int top = -1;
        for (int y = row.top(); y < row.bottom() && left < 0; ++y) {
            for (int x = row.left(); x < row.right() - 100; ++x) {
                const auto hit = chat.view.messageDelegate()->hitTest(row, index, QPoint(x, y));
                if (hit.kind == MessageDelegate::Hit::Text) {
                    left = x;
                    top = y;
                    break;
                }
            }
        }
        QVERIFY2(left >= 0, "no text in the row");
        const QRect textLine(left, top, row.width() - left - fm.height() * 5, fm.height());
        const int right = inkRight(image, textLine);
        const int painted = right - left;
        const int expected = fm.horizontalAdvance(body);
        QVERIFY2(std::abs(painted - expected) < fm.averageCharWidth() * 2,
                 qPrintable(QStringLiteral("painted %1 px, literal text is %2 px")
                                .arg(painted)
                                .arg(expected)));

        // Copy gives the same characters.
        chat.view.selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        QVERIFY(chat.view.copyText().endsWith(s(": ") + body));
        QTest::keyClick(&chat.view, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().endsWith(body));
    }

    // XEP-0393 formats reach the layout: bold for *…*, monospace for `…`, dimmed directives;
    // links are underlined; "/me" is shown as an action with the sender's name.
    void stylingAndLinksBecomeFormats()
    {
        const MessageText t = MessageText::build(s("*hi* see https://example.org/x."), s("Alice"),
                                                 false, false, QPalette());
        QCOMPARE(t.text, s("*hi* see https://example.org/x."));
        bool boldHi = false;
        bool dimStar = false;
        for (const auto &f : t.formats) {
            if (f.start == 1 && f.length == 2 && f.format.fontWeight() == QFont::Bold)
                boldHi = true;
            if (f.start == 0 && f.length == 1 && f.format.hasProperty(QTextFormat::ForegroundBrush))
                dimStar = true;
        }
        QVERIFY(boldHi);
        QVERIFY(dimStar);
        QCOMPARE(t.links.size(), 1);
        QCOMPARE(t.links.first().url, QUrl(s("https://example.org/x")));
        QCOMPARE(t.linkAt(t.links.first().start + 3), QUrl(s("https://example.org/x")));

        const MessageText me = MessageText::build(s("/me waves"), s("Alice"), true, false, QPalette());
        QCOMPARE(me.plain, s("* Alice waves"));
        QVERIFY(me.italic);
        const MessageText lines = MessageText::build(s("a\nb"), {}, false, false, QPalette());
        QCOMPARE(lines.text, s("a") + QChar(QChar::LineSeparator) + s("b"));
        QCOMPARE(lines.plain, s("a\nb"));
        const MessageText gone = MessageText::build(s("secret"), {}, false, true, QPalette());
        QVERIFY(!gone.plain.contains(s("secret")));
    }

    // A long message wraps: a narrower view gives a taller row; the same row asked twice is
    // served from the cache (and fast: a thousand rows lay out well within a frame budget
    // per visible page).
    void rowsWrapAndAreCached()
    {
        Chat chat;
        QString longText;
        for (int i = 0; i < 60; ++i)
            longText += s("word%1 ").arg(i);
        chat.add(message(longText));
        chat.add(message(s("short")));
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        QStyleOptionViewItem option;
        option.initFrom(&chat.view);
        const QSize wide = chat.view.messageDelegate()->sizeHint(option, chat.row(0));
        const QSize shortRow = chat.view.messageDelegate()->sizeHint(option, chat.row(1));
        QVERIFY(wide.height() > shortRow.height());
        chat.view.resize(300, 400);
        QApplication::processEvents();
        const QSize narrow = chat.view.messageDelegate()->sizeHint(option, chat.row(0));
        QVERIFY2(narrow.height() > wide.height(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(narrow.height()).arg(wide.height())));

        for (int i = 0; i < 1000; ++i)
            chat.add(message(longText.left(20 + i % 200)));
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < chat.model.rowCount(); ++r)
            chat.view.messageDelegate()->sizeHint(option, chat.row(r));
        const qint64 first = timer.restart();
        for (int r = 0; r < chat.model.rowCount(); ++r)
            chat.view.messageDelegate()->sizeHint(option, chat.row(r));
        const qint64 cached = timer.elapsed();
        qInfo("1002 rows: first layout %lld ms, cached %lld ms", first, cached);
        QVERIFY(cached <= first);
        QVERIFY2(cached < 100, "cached size hints must not lay out again");
    }

    // Scrolling a long chat only paints: every page of 5,000 varied messages (styling, links,
    // long lines) repaints within a frame's budget.
    void scrollingPaintsWithinAFrame()
    {
        Chat chat;
        const QStringList bodies{
            s("short"),
            s("a *bold* and _italic_ line with https://example.org/a/link in it"),
            s("> a quote\nand an answer with `code`"),
            QString(s("long words wrap around the edge of the view ")).repeated(6),
            s("```\nsome code\n  indented\n```")};
        QList<QStandardItem *> rows;
        for (int i = 0; i < 5000; ++i) {
            QStandardItem *m = message(bodies.at(i % bodies.size()), i % 3 == 0);
            m->setData(i % 4 != 0, Role::GroupedRole);
            chat.model.appendRow(m);
        }
        chat.view.resize(600, 700);
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        QScrollBar *bar = chat.view.verticalScrollBar();
        bar->setValue(0);
        QApplication::processEvents();
        QElapsedTimer timer;
        qint64 worst = 0;
        qint64 total = 0;
        int pages = 0;
        for (int v = 0; v < bar->maximum() && pages < 200; v += bar->pageStep(), ++pages) {
            bar->setValue(v);
            timer.start();
            chat.view.viewport()->repaint();
            const qint64 ns = timer.nsecsElapsed();
            worst = std::max(worst, ns);
            total += ns;
        }
        QVERIFY(pages > 20);
        const double average = total / 1e6 / pages;
        qInfo("%d pages: %.2f ms per page on average, worst %.2f ms", pages, average, worst / 1e6);
        QVERIFY2(average < 16.0, qPrintable(QString::number(average)));
    }

    // New messages keep the view at the newest while the person is there; while they read
    // older ones, the view stays put and a "New messages" button takes them down.
    void newMessagesWhileReadingOlderOnes()
    {
        Chat chat;
        for (int i = 0; i < 60; ++i)
            chat.add(message(s("message %1").arg(i)));
        chat.view.resize(400, 300);
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        QTRY_VERIFY(chat.view.isAtBottom());
        chat.add(message(s("while at the bottom")));
        QTRY_VERIFY(chat.view.isAtBottom());
        QVERIFY(!chat.view.newMessagesButton()->isVisible());

        QApplication::processEvents();
        chat.view.verticalScrollBar()->setValue(100);
        QApplication::processEvents();
        QCOMPARE(chat.view.verticalScrollBar()->value(), 100);
        chat.add(message(s("while reading")));
        QApplication::processEvents();
        QCOMPARE(chat.view.verticalScrollBar()->value(), 100);
        QVERIFY(chat.view.newMessagesButton()->isVisible());
        QTest::mouseClick(chat.view.newMessagesButton(), Qt::LeftButton);
        QTRY_VERIFY(chat.view.isAtBottom());
        QVERIFY(!chat.view.newMessagesButton()->isVisible());
    }

    // An edit changes the row: the cache notices and the row is laid out again.
    void changedRowIsLaidOutAgain()
    {
        Chat chat;
        chat.add(message(s("one line")));
        chat.view.show();
        QStyleOptionViewItem option;
        option.initFrom(&chat.view);
        const int before = chat.view.messageDelegate()->sizeHint(option, chat.row(0)).height();
        chat.model.item(0)->setData(s("one\ntwo\nthree\nfour"), Role::BodyRole);
        chat.model.item(0)->setData(true, Role::EditedRole);
        const int after = chat.view.messageDelegate()->sizeHint(option, chat.row(0)).height();
        QVERIFY(after > before);
        QCOMPARE(chat.view.messageDelegate()->messageText(chat.row(0)), s("one\ntwo\nthree\nfour"));
    }

    // Clicking an xmpp: link asks first and acts only on Open; an http link goes to the
    // browser without a question; other schemes are never links.
    void xmppLinkAsksFirst()
    {
        Chat chat;
        chat.add(message(s("join xmpp:bob@example.org now")));
        chat.add(message(s("read https://example.org/doc")));
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        LinkOpener opener;
        QList<QUrl> web;
        opener.setWebOpener([&web](const QUrl &u) {
            web.append(u);
            return true;
        });
        connect(&chat.view, &ChatView::linkActivated, &opener,
                [&](const QUrl &url) { opener.open(url, &chat.view); });
        QSignalSpy accepted(&opener, &LinkOpener::xmppLinkAccepted);

        const auto clickLink = [&](int row, const QUrl &url) {
            const QModelIndex index = chat.row(row);
            const QRect r = chat.view.visualRect(index);
            for (int y = r.top(); y < r.bottom(); y += 2) {
                for (int x = r.left(); x < r.right(); x += 3) {
                    const auto hit = chat.view.messageDelegate()->hitTest(r, index, QPoint(x, y));
                    if (hit.kind == MessageDelegate::Hit::Link && hit.url == url) {
                        QTest::mouseClick(chat.view.viewport(), Qt::LeftButton, {}, QPoint(x, y));
                        return true;
                    }
                }
            }
            return false;
        };
        QVERIFY(clickLink(0, QUrl(s("xmpp:bob@example.org"))));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = chat.view.findChild<QMessageBox *>(s("xmppLinkQuestion"))) != nullptr);
        QVERIFY(box->text().contains(s("xmpp:bob@example.org")));
        QCOMPARE(accepted.count(), 0);
        box->reject();
        QCOMPARE(accepted.count(), 0);

        QVERIFY(clickLink(0, QUrl(s("xmpp:bob@example.org"))));
        QTRY_VERIFY((box = chat.view.findChild<QMessageBox *>(s("xmppLinkQuestion"))) != nullptr);
        QAbstractButton *open = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                open = b;
        }
        QVERIFY(open);
        open->click();
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().first().toUrl(), QUrl(s("xmpp:bob@example.org")));
        QVERIFY(web.isEmpty());

        QVERIFY(clickLink(1, QUrl(s("https://example.org/doc"))));
        QCOMPARE(web, QList<QUrl>{QUrl(s("https://example.org/doc"))});
        QVERIFY(!opener.open(QUrl(s("javascript:alert(1)")), &chat.view));
        QVERIFY(!opener.open(QUrl(s("file:///etc/passwd")), &chat.view));
    }

    // A message's menu offers what applies to it: edit only the newest own message, retry only
    // a failed one, delete only own ones; the menu key opens the current message's menu.
    void messageMenus()
    {
        Chat chat;
        chat.add(message(s("incoming")));
        QStandardItem *failed = message(s("failed one"), true);
        failed->setData(int(ChatMessage::State::Failed), Role::StateRole);
        chat.add(failed);
        chat.add(message(s("newest own"), true));
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        const auto entries = [&](int row, bool keyboard) {
            QStringList out;
            QTimer::singleShot(0, [&out] {
                QWidget *popup = QApplication::activePopupWidget();
                if (auto *menu = qobject_cast<QMenu *>(popup)) {
                    for (QAction *a : menu->actions()) {
                        if (!a->isSeparator() && a->isVisible())
                            out << a->text().remove(QLatin1Char('&'));
                    }
                }
                if (popup)
                    popup->close();
            });
            const QPoint at = chat.view.visualRect(chat.row(row)).topLeft() + QPoint(4, 4);
            if (keyboard) {
                chat.view.setCurrentIndex(chat.row(row));
                QContextMenuEvent e(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                    chat.view.mapToGlobal(QPoint(1, 1)));
                QApplication::sendEvent(chat.view.viewport(), &e);
            } else {
                QContextMenuEvent e(QContextMenuEvent::Mouse, at, chat.view.viewport()->mapToGlobal(at));
                QApplication::sendEvent(chat.view.viewport(), &e);
            }
            return out;
        };
        QCOMPARE(entries(0, false), (QStringList{s("Copy text"), s("Reply"), s("React")}));
        QCOMPARE(entries(1, false),
                 (QStringList{s("Copy text"), s("Reply"), s("React"), s("Retry"),
                              s("Delete for everyone")}));
        QCOMPARE(entries(2, true), (QStringList{s("Copy text"), s("Reply"), s("React"), s("Edit"),
                                                s("Delete for everyone")}));
    }

    // Dragging across a message selects part of its text; Ctrl+C copies just that.
    void selectTextInsideMessage()
    {
        Chat chat;
        chat.add(message(s("alpha beta gamma")));
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        const QModelIndex index = chat.row(0);
        const QRect r = chat.view.visualRect(index);
        QPoint start;
        QPoint end;
        for (int y = r.top(); y < r.bottom() && start.isNull(); ++y) {
            for (int x = r.left(); x < r.right(); ++x) {
                const auto hit = chat.view.messageDelegate()->hitTest(r, index, QPoint(x, y));
                if (hit.kind == MessageDelegate::Hit::Text && hit.position == 6 && start.isNull())
                    start = QPoint(x, y);
                if (hit.kind == MessageDelegate::Hit::Text && hit.position == 10 && !start.isNull()) {
                    end = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(!start.isNull() && !end.isNull());
        QTest::mousePress(chat.view.viewport(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(end), chat.view.viewport()->mapToGlobal(QPointF(end)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(chat.view.viewport(), &move);
        QTest::mouseRelease(chat.view.viewport(), Qt::LeftButton, {}, end);
        QCOMPARE(chat.view.messageDelegate()->selectedText(), s("beta"));
        QTest::keyClick(&chat.view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), s("beta"));
    }

    // XEP-0393 6: a message marked unstyled shows its directives as typed, without styling,
    // while the same body without the hint is styled; links are found in both.
    void unstyledBodyIsNotStyled()
    {
        const QString body = s("*bold* _it_ `code` https://example.org");
        const MessageText styled = MessageText::build(body, s("alice"), false, false, QPalette());
        const MessageText plain =
            MessageText::build(body, s("alice"), false, false, QPalette(), true);
        auto bold = [](const MessageText &t) {
            for (const auto &f : t.formats)
                if (f.format.fontWeight() == QFont::Bold)
                    return true;
            return false;
        };
        QVERIFY(bold(styled));
        QVERIFY(!bold(plain));
        QVERIFY(plain.runs.isEmpty());
        QCOMPARE(plain.plain, body);
        QCOMPARE(plain.links.size(), 1);
        QCOMPARE(plain.formats.size(), 1); // only the link

        Chat chat;
        QStandardItem *hinted = message(body);
        hinted->setData(true, Role::UnstyledRole);
        chat.add(message(body));
        chat.add(hinted);
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        QVERIFY(chat.view.grab().save(test::outputDir() + s("/chat-unstyled.png")));
        // Both rows copy the body as typed; the grab shows the first styled, the second not.
        QCOMPARE(chat.view.messageDelegate()->messageText(chat.row(0)), body);
        QCOMPARE(chat.view.messageDelegate()->messageText(chat.row(1)), body);
    }

    // XEP-0393 6 end to end: two received stanzas with the same styled body, one carrying
    // <unstyled xmlns='urn:xmpp:styling:0'/>, go through the codec, the history store and
    // ConversationModel into the view. The hinted one is painted as the literal characters at
    // the regular weight (asterisks kept, nothing bold); the other is styled (its strong span
    // painted bold, so wider), with its asterisks kept too.
    void unstyledStanzaIsShownAsTyped()
    {
        const QString body = s("*these words are strong* and these are not");
        QTemporaryDir dir;
        AccountDatabase db;
        QString error;
        QVERIFY2(db.openFile(dir.filePath(s("history.sqlite")), &error), qPrintable(error));
        HistoryStore store(&db);
        const QString alice = s("alice@example.org");
        for (const bool hint : {false, true}) {
            Element e(s("message"), s("jabber:client"));
            e.setAttribute(s("from"), alice + s("/phone"));
            e.setAttribute(s("to"), s("me@example.org/laptop"));
            e.setAttribute(s("type"), s("chat"));
            e.setAttribute(s("id"), hint ? s("u2") : s("u1"));
            e.appendChild(Element(s("body"), s("jabber:client")).setText(body));
            if (hint)
                e.appendChild(Element(s("unstyled"), s("urn:xmpp:styling:0")));
            const std::optional<Message> parsed = Message::fromElement(e);
            QVERIFY(parsed);
            ChatMessage m = parsed->toChatMessage(
                false, QDateTime(QDate(2026, 3, 14), QTime(9, 26, hint ? 1 : 0), Qt::UTC),
                QString());
            QVERIFY(store.add(m));
        }
        ConversationModel model(&store, alice);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(Role::UnstyledRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(Role::UnstyledRole).toBool(), true);

        ChatView view;
        view.resize(700, 300);
        view.setConversation(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage();
        QVERIFY(image.save(test::outputDir() + s("/chat-unstyled-stanza.png")));
        const QFontMetrics fm(view.font());
        int painted[2] = {0, 0};
        for (int r = 0; r < 2; ++r) {
            const QModelIndex index = view.indexForRow(r);
            QCOMPARE(view.messageDelegate()->messageText(index), body); // asterisks kept
            const QRect row = view.visualRect(index);
            int left = -1;
            int top = -1;
            for (int y = row.top(); y < row.bottom() && left < 0; ++y) {
                for (int x = row.left(); x < row.right() - 100; ++x) {
                    if (view.messageDelegate()->hitTest(row, index, QPoint(x, y)).kind ==
                        MessageDelegate::Hit::Text) {
                        left = x;
                        top = y;
                        break;
                    }
                }
            }
            QVERIFY2(left >= 0, "no text in the row");
            const QRect line(left, top, row.width() - left - fm.height() * 5, fm.height());
            painted[r] = inkRight(image, line) - left;
        }
        // Unstyled: as wide as the literal text in the regular font.
        const int literal = fm.horizontalAdvance(body);
        QVERIFY2(std::abs(painted[1] - literal) < fm.averageCharWidth() * 2,
                 qPrintable(QStringLiteral("unstyled row painted %1 px, literal text %2 px")
                                .arg(painted[1])
                                .arg(literal)));
        // Styled: the strong span is bold, so the line is wider than the literal text.
        QFont bold = view.font();
        bold.setBold(true);
        const int boldGain = QFontMetrics(bold).horizontalAdvance(s("these words are strong")) -
                             fm.horizontalAdvance(s("these words are strong"));
        QVERIFY(boldGain > 2);
        QVERIFY2(painted[0] - painted[1] > boldGain / 2,
                 qPrintable(QStringLiteral("styled row %1 px, unstyled row %2 px, bold adds %3")
                                .arg(painted[0])
                                .arg(painted[1])
                                .arg(boldGain)));
    }

    // Dragging from the text of one message into later ones selects those messages whole;
    // Ctrl+C gives one "[time] name: text" line per message, in order. Back inside the first
    // message it is a text selection again.
    void selectAcrossMessagesCopiesLines()
    {
        Chat chat;
        chat.add(message(s("first line")));
        chat.add(message(s("second <b>line</b>"), true));
        chat.add(message(s("third line")));
        chat.add(message(s("not selected")));
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        auto textPoint = [&](int row) {
            const QModelIndex index = chat.row(row);
            const QRect r = chat.view.visualRect(index);
            for (int y = r.top(); y < r.bottom(); ++y)
                for (int x = r.left(); x < r.right(); ++x)
                    if (chat.view.messageDelegate()->hitTest(r, index, QPoint(x, y)).kind ==
                        MessageDelegate::Hit::Text)
                        return QPoint(x + 2, y + 2);
            return QPoint();
        };
        const QPoint start = textPoint(0);
        const QPoint end = textPoint(2);
        QVERIFY(!start.isNull() && !end.isNull());
        auto moveTo = [&](const QPoint &p) {
            QMouseEvent move(QEvent::MouseMove, QPointF(p),
                             chat.view.viewport()->mapToGlobal(QPointF(p)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(chat.view.viewport(), &move);
        };
        QTest::mousePress(chat.view.viewport(), Qt::LeftButton, {}, start);
        moveTo(end);
        QTest::mouseRelease(chat.view.viewport(), Qt::LeftButton, {}, end);
        QVERIFY(!chat.view.messageDelegate()->hasTextSelection());
        QTest::keyClick(&chat.view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QRegularExpression line(s("^\\[[^\\]]+\\] (.+): (.+)$"));
        const QStringList texts{s("first line"), s("second <b>line</b>"), s("third line")};
        const QStringList names{s("alice@example.org"), s("Me"), s("alice@example.org")};
        for (int i = 0; i < 3; ++i) {
            const auto m = line.match(lines.at(i));
            QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(m.captured(1), names.at(i));
            QCOMPARE(m.captured(2), texts.at(i));
        }
        QVERIFY(lines.at(0).contains(QLocale().toString(QTime(9, 26), QLocale::ShortFormat)));

        // Dragging back into the first message: a text selection inside it, no rows.
        QTest::mousePress(chat.view.viewport(), Qt::LeftButton, {}, start);
        moveTo(end);
        moveTo(start + QPoint(30, 0));
        QTest::mouseRelease(chat.view.viewport(), Qt::LeftButton, {}, start + QPoint(30, 0));
        QVERIFY(chat.view.selectionModel()->selectedRows().isEmpty());
        QVERIFY(chat.view.messageDelegate()->hasTextSelection());
        QVERIFY(s("first line").contains(chat.view.copyText()));
    }

    // A chat with everything the delegate draws, saved for a person to look at (light and
    // dark): day separators, grouped messages, styling, a quote block, code, a reply,
    // reactions, an edited, a failed, a pending and a deleted message, /me and links.
    void screenshot_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void screenshot()
    {
        QFETCH(bool, dark);
        Chat chat;
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
            p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
            p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
            chat.view.setPalette(p);
        }
        chat.view.messageDelegate()->setOwnJid(s("me@example.org"));
        const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(18, 5));
        const QDateTime today(QDate::currentDate(), QTime(9, 30));
        const auto at = [](QStandardItem *item, const QDateTime &when, bool first, bool grouped) {
            item->setData(when, Role::TimestampRole);
            item->setData(first, Role::FirstOfDayRole);
            item->setData(grouped, Role::GroupedRole);
            return item;
        };
        chat.add(at(message(s("Did you read the *release notes*? They are _really_ long.")),
                    yesterday, true, false));
        chat.add(at(message(s("<b>x</b><script>alert(1)</script>")), yesterday.addSecs(30), false,
                    true));
        QStandardItem *failed = at(message(s("Not yet, tonight ~maybe~ tomorrow."), true),
                                   yesterday.addSecs(120), false, false);
        failed->setData(int(ChatMessage::State::Failed), Role::StateRole);
        failed->setData(s("The server could not reach alice@example.org."), Role::ErrorTextRole);
        chat.add(failed);
        QStandardItem *reply = at(message(s("It has the `--verbose` flag now:\n```\ncharla --verbose\n```\n> and the quote\nsee https://example.org/notes.")),
                                  today, true, false);
        reply->setData(s("Not yet, tonight ~maybe~ tomorrow."), Role::ReplyQuoteRole);
        reply->setData(s("me@example.org/laptop"), Role::ReplyFromRole);
        reply->setData(QVariantList{QVariantMap{{s("emoji"), s("\U0001F44D")}, {s("count"), 2},
                                                {s("senders"), QStringList{s("me@example.org"), s("bob@example.org")}}},
                                    QVariantMap{{s("emoji"), s("\U0001F389")}, {s("count"), 1},
                                                {s("senders"), QStringList{s("bob@example.org")}}}},
                       Role::ReactionsRole);
        chat.add(reply);
        QStandardItem *edited = at(message(s("Thanks, I will look at it today."), true),
                                   today.addSecs(60), false, false);
        edited->setData(true, Role::EditedRole);
        edited->setData(int(ChatMessage::State::Displayed), Role::StateRole);
        chat.add(edited);
        QStandardItem *me = at(message(s("/me waves"), true), today.addSecs(90), false, true);
        me->setData(int(ChatMessage::State::Sent), Role::StateRole);
        chat.add(me);
        QStandardItem *pending = at(message(s("Sending this one over a slow link"), true),
                                    today.addSecs(100), false, true);
        pending->setData(int(ChatMessage::State::Pending), Role::StateRole);
        chat.add(pending);
        QStandardItem *deleted = at(message(s("oops")), today.addSecs(200), false, false);
        deleted->setData(true, Role::RetractedRole);
        chat.add(deleted);
        chat.view.resize(560, 900);
        chat.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        chat.view.scrollToTop();
        QApplication::processEvents();
        const QString path = test::outputDir() + (dark ? s("/chat-dark.png") : s("/chat-light.png"));
        QVERIFY(chat.view.grab().save(path));
        // The row heights add up to what the view scrolls through, every row has a height.
        for (int r = 0; r < chat.model.rowCount(); ++r)
            QVERIFY(chat.view.visualRect(chat.row(r)).height() > 0);
    }

    // Enter sends, Shift+Enter breaks the line, Up in an empty field asks to edit, Escape
    // cancels; blank text is not sent.
    void composerKeys()
    {
        Composer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy sent(&composer, &Composer::sendRequested);
        QSignalSpy editLast(&composer, &Composer::editLastRequested);
        QSignalSpy cancel(&composer, &Composer::cancelRequested);
        QSignalSpy edited(&composer, &Composer::edited);
        ComposerEdit *edit = composer.editor();
        edit->setFocus();

        QTest::keyClick(edit, Qt::Key_Up);
        QCOMPARE(editLast.count(), 1);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.count(), 0); // nothing to send

        QTest::keyClicks(edit, s("first"));
        QVERIFY(edited.count() > 0);
        QCOMPARE(edited.last().first().toBool(), false);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(edit, s("second"));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(composer.text(), s("first\nsecond"));
        QTest::keyClick(edit, Qt::Key_Up); // not empty: moves the cursor, no edit request
        QCOMPARE(editLast.count(), 1);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.first().first().toString(), s("first\nsecond"));
        QTest::keyClick(edit, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(sent.count(), 2);
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        composer.clear();
        QTest::keyClicks(edit, s("   "));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.count(), 2);
    }

    // A pasted image and dropped files are upload requests, never inserted as text; rich text
    // pastes as its characters.
    void pasteAndDrop()
    {
        Composer composer;
        QSignalSpy files(&composer, &Composer::uploadRequested);
        QSignalSpy images(&composer, &Composer::imageUploadRequested);
        auto *image = new QMimeData; // the clipboard owns what it is given
        QImage pixels(4, 4, QImage::Format_RGB32);
        pixels.fill(Qt::red);
        image->setImageData(pixels);
        QApplication::clipboard()->setMimeData(image);
        composer.editor()->paste();
        QCOMPARE(images.count(), 1);
        QCOMPARE(composer.text(), QString());

        auto *drop = new QMimeData;
        drop->setUrls({QUrl::fromLocalFile(s("/tmp/photo.jpg"))});
        QApplication::clipboard()->setMimeData(drop);
        composer.editor()->paste();
        QCOMPARE(files.count(), 1);
        QCOMPARE(files.first().first().toString(), s("/tmp/photo.jpg"));

        auto *html = new QMimeData;
        html->setHtml(s("<b>bold</b>"));
        html->setText(s("bold"));
        QApplication::clipboard()->setMimeData(html);
        composer.editor()->paste();
        QCOMPARE(composer.text(), s("bold"));
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
