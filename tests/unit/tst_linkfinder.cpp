// Links in message bodies become clickable: check that the link a person meant is found, with
// the sentence's punctuation left out and brackets balanced, and that look-alikes are not.
#include "stanza/LinkFinder.h"

#include <QTest>

using namespace charla;

class TestLinkFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        // The links as "text|url" pairs, in order.
        QTest::addColumn<QStringList>("expected");
        const auto one = [](const QString &link) { return QStringList{link}; };
        QTest::newRow("none") << u"no links here, just www.example.org"_qs << QStringList();
        QTest::newRow("http") << u"see http://example.org"_qs << one(u"http://example.org"_qs);
        QTest::newRow("https path query")
            << u"https://example.org/a/b?c=d&e=f#g"_qs
            << one(u"https://example.org/a/b?c=d&e=f#g"_qs);
        QTest::newRow("full stop") << u"Go to https://example.org/page."_qs
                                   << one(u"https://example.org/page"_qs);
        QTest::newRow("question and comma")
            << u"Did you see https://example.org/x?, it is nice"_qs
            << one(u"https://example.org/x"_qs);
        QTest::newRow("in parentheses") << u"(see https://example.org/x)"_qs
                                        << one(u"https://example.org/x"_qs);
        QTest::newRow("balanced parentheses")
            << u"https://en.wikipedia.org/wiki/Foo_(bar)."_qs
            << one(u"https://en.wikipedia.org/wiki/Foo_(bar)"_qs);
        QTest::newRow("angle brackets") << u"<https://example.org/>"_qs
                                        << one(u"https://example.org/"_qs);
        QTest::newRow("quotes") << u"\"https://example.org/q\" said he"_qs
                                << one(u"https://example.org/q"_qs);
        QTest::newRow("upper-case scheme") << u"HTTPS://Example.org/"_qs
                                           << one(u"HTTPS://Example.org/"_qs);
        QTest::newRow("xmpp") << u"join xmpp:room@conference.example.org?join!"_qs
                              << one(u"xmpp:room@conference.example.org?join"_qs);
        QTest::newRow("two") << u"http://a.example and xmpp:bob@example.org."_qs
                             << QStringList{u"http://a.example"_qs, u"xmpp:bob@example.org"_qs};
        QTest::newRow("inside styling") << u"*https://example.org/b*"_qs
                                        << one(u"https://example.org/b"_qs);
        QTest::newRow("line break ends") << u"https://example.org/a\nnext"_qs
                                         << one(u"https://example.org/a"_qs);
        QTest::newRow("unicode path") << u"https://example.org/caf\u00e9 ok"_qs
                                      << one(u"https://example.org/caf\u00e9"_qs);
        QTest::newRow("bidi override ends") << u"https://example.org/a\u202Egnp.exe"_qs
                                            << one(u"https://example.org/a"_qs);
        QTest::newRow("scheme only") << u"http:// and xmpp: alone"_qs << QStringList();
        QTest::newRow("inside a word") << u"foohttp://example.org"_qs << QStringList();
        QTest::newRow("other scheme") << u"javascript:alert(1) ftp://example.org file:///etc"_qs
                                      << QStringList();
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const LinkFinder::Link &link : LinkFinder::find(text)) {
            const QString shown = text.mid(link.start, link.length);
            // What is underlined is what is opened.
            QCOMPARE(link.url, QUrl(shown));
            found.append(shown);
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestLinkFinder)
#include "tst_linkfinder.moc"
