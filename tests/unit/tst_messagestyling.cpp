// XEP-0393 message styling decides how every message body is drawn: check the examples of the
// XEP itself (what is styled and, as important, what is not), blocks (preformatted, quotations,
// nesting) and that runs always cover the body exactly, whatever the input.
#include "stanza/MessageStyling.h"

#include <QElapsedTimer>
#include <QTest>

using namespace charla;

namespace {

// The runs as a person reads them: each run is its flags then its text in quotes, e.g.
// SD"*" S"strong" SD"*" (S strong, E emphasis, X strike, C code, P pre block, D directive,
// Qn inside n quotations). Newlines are shown as \n.
QString describe(const QString &body)
{
    QStringList parts;
    for (const MessageStyling::Run &r : MessageStyling::parse(body)) {
        QString flags;
        if (r.styles & MessageStyling::Strong)
            flags += QLatin1Char('S');
        if (r.styles & MessageStyling::Emphasis)
            flags += QLatin1Char('E');
        if (r.styles & MessageStyling::Strike)
            flags += QLatin1Char('X');
        if (r.styles & MessageStyling::Code)
            flags += QLatin1Char('C');
        if (r.styles & MessageStyling::PreBlock)
            flags += QLatin1Char('P');
        if (r.styles & MessageStyling::Directive)
            flags += QLatin1Char('D');
        if (r.quoteDepth)
            flags += QLatin1Char('Q') + QString::number(r.quoteDepth);
        QString text = body.mid(r.start, r.length);
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        parts.append(flags + QLatin1Char('"') + text + QLatin1Char('"'));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestMessageStyling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        // XEP-0393 5.2: the examples that are styled.
        QTest::newRow("plain") << u"plain span"_qs << u"\"plain span\""_qs;
        QTest::newRow("strong") << u"*strong span*"_qs << u"SD\"*\" S\"strong span\" SD\"*\""_qs;
        QTest::newRow("emphasis") << u"plain _emphasis_ plain"_qs
                                  << u"\"plain \" ED\"_\" E\"emphasis\" ED\"_\" \" plain\""_qs;
        QTest::newRow("pre then strong")
            << u"`pre` plain *strong*"_qs
            << u"CD\"`\" C\"pre\" CD\"`\" \" plain \" SD\"*\" S\"strong\" SD\"*\""_qs;
        QTest::newRow("lazy close") << u"*strong*plain*"_qs
                                    << u"SD\"*\" S\"strong\" SD\"*\" \"plain*\""_qs;
        QTest::newRow("star space") << u"* plain *strong*"_qs
                                    << u"\"* plain \" SD\"*\" S\"strong\" SD\"*\""_qs;
        QTest::newRow("strike") << u"Everyone ~dis~likes cake."_qs
                                << u"\"Everyone \" XD\"~\" X\"dis\" XD\"~\" \"likes cake.\""_qs;
        // XEP-0393 5.2.5: nothing is styled inside a preformatted span; it can be inside one.
        QTest::newRow("code keeps stars") << u"This is `*monospace*`"_qs
                                          << u"\"This is \" CD\"`\" C\"*monospace*\" CD\"`\""_qs;
        QTest::newRow("strong code")
            << u"*`monospace and bold`*"_qs
            << u"SD\"*\" SCD\"`\" SC\"monospace and bold\" SCD\"`\" SD\"*\""_qs;
        QTest::newRow("nested emphasis in strong")
            << u"*a _b_ c*"_qs << u"SD\"*\" S\"a \" SED\"_\" SE\"b\" SED\"_\" S\" c\" SD\"*\""_qs;
        // XEP-0393 5.2: the examples where nothing is styled.
        QTest::newRow("no opening") << u"not strong*"_qs << u"\"not strong*\""_qs;
        QTest::newRow("no closing") << u"*not strong"_qs << u"\"*not strong\""_qs;
        QTest::newRow("across lines") << u"*not \n strong*"_qs << u"\"*not \\n strong*\""_qs;
        QTest::newRow("space before close") << u"*not *strong"_qs << u"\"*not *strong\""_qs;
        QTest::newRow("two") << u"**"_qs << u"\"**\""_qs;
        QTest::newRow("three") << u"***"_qs << u"\"***\""_qs;
        QTest::newRow("four") << u"****"_qs << u"\"****\""_qs;
        QTest::newRow("inside a word") << u"snake_case_name"_qs << u"\"snake_case_name\""_qs;
        QTest::newRow("arithmetic") << u"2 * 3 * 4"_qs << u"\"2 * 3 * 4\""_qs;
        // Markup of other languages is just text.
        QTest::newRow("html") << u"<b>x</b><script>alert(1)</script>"_qs
                              << u"\"<b>x</b><script>alert(1)</script>\""_qs;
    }
    void spans()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(describe(body), expected);
    }

    void blocks_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        // XEP-0393 5.1.2: the fence lines are directives, the content is not parsed for spans.
        QTest::newRow("pre block")
            << u"```ignored\n(*println* \"Hello\")\n```\nafter *x*"_qs
            << u"PD\"```ignored\" \"\\n\" P\"(*println* \"Hello\")\" \"\\n\" PD\"```\" "
               "\"\\nafter \" SD\"*\" S\"x\" SD\"*\""_qs;
        // XEP-0393 5.1.2: no closing fence: the block runs to the end of its parent (here the
        // quotation), and the next line is plain again.
        QTest::newRow("unclosed pre in quote")
            << u"> ```\n> (println)\nplain"_qs
            << u"DQ1\"> \" PDQ1\"```\" \"\\n\" DQ1\"> \" PQ1\"(println)\" \"\\nplain\""_qs;
        // XEP-0393 5.1.3: quotations, their first whitespace trimmed, nested, ended by a line
        // without '>'.
        QTest::newRow("quote") << u"> That that is, is.\nSaid the hermit."_qs
                               << u"DQ1\"> \" Q1\"That that is, is.\" \"\\nSaid the hermit.\""_qs;
        QTest::newRow("nested quote")
            << u">> deep\n> less\nWho?"_qs
            << u"DQ1\">\" DQ2\"> \" Q2\"deep\" \"\\n\" DQ1\"> \" Q1\"less\" \"\\nWho?\""_qs;
        QTest::newRow("spans in quote") << u"> *yes*"_qs
                                        << u"DQ1\"> \" SDQ1\"*\" SQ1\"yes\" SDQ1\"*\""_qs;
        QTest::newRow("greater in text") << u"a > b"_qs << u"\"a > b\""_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void blocks()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(describe(body), expected);
    }

    // Whatever arrives, the runs cover the body exactly once, in order, and parsing ends.
    void runsCoverEverything_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("directives only") << u"*_~`>```\n>>>\n```*_~`"_qs;
        QTest::newRow("long") << QString(u"*a _b ~c `d` e~ f_ g* "_qs).repeated(500);
        QTest::newRow("deep quote") << QString(2000, QLatin1Char('>'));
        QTest::newRow("newlines") << QString(300, QLatin1Char('\n'));
        QTest::newRow("surrogates") << u"*\U0001F600*\n> _\U0001F44D_"_qs;
    }
    void runsCoverEverything()
    {
        QFETCH(QString, body);
        const QList<MessageStyling::Run> runs = MessageStyling::parse(body);
        int next = 0;
        for (const MessageStyling::Run &r : runs) {
            QCOMPARE(r.start, next);
            QVERIFY(r.length > 0);
            next += r.length;
        }
        QCOMPARE(next, body.size());
    }
    // Hostile bodies found by fuzz_styling: 150,000 nested quote markers on one line overflowed
    // the stack (a crash from one message), and "*a *a *a ..." was quadratic. Now quotes stop
    // nesting at 32 levels (the rest is text) and both take linear time.
    void hostileBodies()
    {
        const QString deep = u"> "_qs.repeated(150000) + u"x"_qs;
        const QList<MessageStyling::Run> quoted = MessageStyling::parse(deep);
        int maxDepth = 0;
        for (const MessageStyling::Run &r : quoted)
            maxDepth = std::max(maxDepth, r.quoteDepth);
        QCOMPARE(maxDepth, 32);
        QCOMPARE(quoted.last().start + quoted.last().length, deep.size());

        QElapsedTimer t;
        t.start();
        const QString spans = u"*a "_qs.repeated(100000);
        const QList<MessageStyling::Run> runs = MessageStyling::parse(spans);
        QVERIFY(!MessageStyling::hasStyling(runs)); // no opening directive ever closes
        // Linear: 300,000 characters in well under a second even on a loaded machine (the
        // quadratic scan took about 25 s here).
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMessageStyling)
#include "tst_messagestyling.moc"
