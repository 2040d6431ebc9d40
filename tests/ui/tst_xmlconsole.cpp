// The XML console on a real session (FakeServer login): the login is shown coloured and
// indented with the SASL payload hidden; filters and search work; well-formed raw XML is sent
// and malformed XML is refused with the reason, sending nothing.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "console/XmlConsole.h"
#include "models/XmlLogModel.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace charla;
using charla::test::FakeServer;
using charla::test::LoginScript;
using charla::test::TestCa;

class TestXmlConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsLoginAndSends()
    {
        TestCa ca;
        QVERIFY2(ca.isValid(), qPrintable(ca.error()));
        FakeServer server;
        server.setCertificate(ca.issue({QStringLiteral("localhost")}));
        LoginScript().addTo(server);
        server.expect(QStringLiteral("<iq type='get' id='p1' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>"))
            .send(QStringLiteral("<iq type='result' id='p1' from='localhost'/>"));
        QVERIFY(server.listen());

        Session session;
        session.setConfig(charla::test::fakeServerConfig(ca, server.port()));
        XmlConsole console(&session, QStringLiteral("alice@localhost"));
        console.show();
        QSignalSpy established(&session, &Session::established);
        session.connectToServer();
        QVERIFY(established.wait(10000));

        // PLAIN's payload is base64("\0alice\0secret"): neither it nor the password appear.
        const QString shown = console.shownText();
        QVERIFY2(shown.contains(QStringLiteral("<auth")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("[hidden]")));
        QVERIFY(!shown.contains(QStringLiteral("secret")));
        QVERIFY(!shown.contains(QString::fromLatin1(QByteArray("\0alice@localhost\0secret", 23).toBase64())));
        QVERIFY(!shown.contains(QString::fromLatin1(QByteArray("\0alice\0secret", 13).toBase64())));
        // Indented: the bind's child is on its own line, two spaces in.
        QVERIFY2(shown.contains(QStringLiteral("\n  <bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"")), qPrintable(shown));

        // Coloured: a tag name carries another colour than an attribute value on the same line.
        QTextBlock block = console.findChild<QPlainTextEdit *>(QStringLiteral("xmlView"))->document()->firstBlock();
        QSet<QRgb> colours;
        for (; block.isValid(); block = block.next())
            for (const QTextLayout::FormatRange &r : block.textFormats())
                colours.insert(r.format.foreground().color().rgb());
        QVERIFY2(colours.size() >= 4, "tags, attribute names, values and text are coloured apart");

        // Malformed: refused in words, nothing written.
        QSignalSpy traffic(&session, &Session::xmlTraffic);
        QVERIFY(!console.sendXml(QStringLiteral("<iq type='get'><ping></iq>")));
        QVERIFY(console.inputError().contains(QStringLiteral("not well-formed")));
        QVERIFY(traffic.isEmpty());
        // Well formed: sent (the server's script expects it) and its answer shown.
        QVERIFY(console.sendXml(QStringLiteral("<iq type='get' id='p1' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>")));
        QVERIFY(console.inputError().isEmpty());
        QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
        QTRY_VERIFY(console.shownText().contains(QStringLiteral("<iq type=\"result\" id=\"p1\" from=\"localhost\"/>")));

        const QString out = qEnvironmentVariable("CHARLA_TEST_OUTPUT", QDir::tempPath());
        QDir().mkpath(out);
        QVERIFY(console.grab().save(out + QStringLiteral("/xmlconsole.png")));

        // Filters: only IQs, then only what involves the server's JID.
        console.setKinds(XmlLogModel::Sasl);
        QVERIFY(console.shownText().contains(QStringLiteral("<auth")));
        QVERIFY(!console.shownText().contains(QStringLiteral("<iq")));
        console.setKinds(XmlLogModel::AllKinds);
        console.setJidFilter(QStringLiteral("LOCALHOST"));
        QVERIFY(console.shownText().contains(QStringLiteral("ping")));
        QVERIFY(!console.shownText().contains(QStringLiteral("<auth")));
        console.setJidFilter(QString());

        // Search: finds, then wraps; an absent text is not found.
        QVERIFY(console.findNext(QStringLiteral("urn:xmpp:ping")));
        QVERIFY(!console.findNext(QStringLiteral("no-such-text")));

        // Pause keeps collecting but freezes the view; resuming shows what came meanwhile.
        console.setPaused(true);
        const int before = console.log()->rowCount();
        console.log()->append(true, "<message from='bob@localhost'><body>while paused</body></message>");
        QCOMPARE(console.log()->rowCount(), before + 1);
        QVERIFY(!console.shownText().contains(QStringLiteral("while paused")));
        console.setPaused(false);
        QVERIFY(console.shownText().contains(QStringLiteral("while paused")));
    }
};

QTEST_MAIN(TestXmlConsole)
#include "tst_xmlconsole.moc"
