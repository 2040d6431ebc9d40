// Names of downloaded files come from strangers: DownloadName::sanitize must never let one reach
// outside the download folder, hide itself, pose as another type, or open a Windows device.
// AttachmentPolicy decides what is an attachment and when an image preview may be fetched.
#include "features/AttachmentPolicy.h"
#include "features/DownloadName.h"

#include <QTest>

using namespace charla;

class TestDownloadName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void longNamesKeepExtension_data();
    void longNamesKeepExtension();
    void fromUrl_data();
    void fromUrl();
    void isAttachment_data();
    void isAttachment();
    void preview_data();
    void preview();
};

void TestDownloadName::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << out;
    };
    row("plain", QStringLiteral("photo.jpg"), QStringLiteral("photo.jpg"));
    row("unicode kept", QStringLiteral("año ñandú.png"), QStringLiteral("año ñandú.png"));
    row("dot-dot slash", QStringLiteral("../../.bashrc"), QStringLiteral("bashrc"));
    row("absolute", QStringLiteral("/etc/passwd"), QStringLiteral("passwd"));
    row("dot-dot backslash", QStringLiteral("..\\..\\Windows\\win.ini"), QStringLiteral("win.ini"));
    row("percent slash", QStringLiteral("..%2F..%2Fevil.sh"), QStringLiteral("evil.sh"));
    row("percent slash lower", QStringLiteral("..%2f..%2fevil.sh"), QStringLiteral("evil.sh"));
    row("percent backslash", QStringLiteral("..%5C..%5Cevil.bat"), QStringLiteral("evil.bat"));
    row("percent space", QStringLiteral("my%20file.txt"), QStringLiteral("my file.txt"));
    row("only dots", QStringLiteral(".."), QStringLiteral("download"));
    row("single dot", QStringLiteral("."), QStringLiteral("download"));
    row("trailing slash", QStringLiteral("folder/"), QStringLiteral("download"));
    row("empty", QString(), QStringLiteral("download"));
    row("spaces", QStringLiteral("   "), QStringLiteral("download"));
    row("leading dots", QStringLiteral("...hidden"), QStringLiteral("hidden"));
    row("hidden", QStringLiteral(".profile"), QStringLiteral("profile"));
    row("trailing dots", QStringLiteral("report.pdf..."), QStringLiteral("report.pdf"));
    row("newline", QStringLiteral("a\nb.txt"), QStringLiteral("ab.txt"));
    row("nul", QStringLiteral("a") + QChar(0) + QStringLiteral("b.txt"), QStringLiteral("ab.txt"));
    row("percent nul", QStringLiteral("a%00.txt"), QStringLiteral("a.txt"));
    row("escape", QStringLiteral("\x1b[31mred.txt"), QStringLiteral("[31mred.txt"));
    row("del and c1", QStringLiteral("a\x7f") + QChar(0x85) + QStringLiteral("b"), QStringLiteral("ab"));
    row("rlo", QStringLiteral("invoice") + QChar(0x202E) + QStringLiteral("gpj.exe"),
        QStringLiteral("invoicegpj.exe"));
    row("rlo encoded", QStringLiteral("x%E2%80%AEgpj.exe"), QStringLiteral("xgpj.exe"));
    row("isolates", QChar(0x2066) + QStringLiteral("a") + QChar(0x2069) + QStringLiteral(".txt"),
        QStringLiteral("a.txt"));
    row("zero width", QStringLiteral("a") + QChar(0x200B) + QChar(0xFEFF) + QStringLiteral("b"),
        QStringLiteral("ab"));
    row("con", QStringLiteral("CON"), QStringLiteral("_CON"));
    row("nul ext", QStringLiteral("nul.txt"), QStringLiteral("_nul.txt"));
    row("com1", QStringLiteral("com1.jpg"), QStringLiteral("_com1.jpg"));
    row("lpt9", QStringLiteral("LPT9"), QStringLiteral("_LPT9"));
    row("aux mixed", QStringLiteral("AuX.tar.gz"), QStringLiteral("_AuX.tar.gz"));
    row("console not reserved", QStringLiteral("console.log"), QStringLiteral("console.log"));
    row("com10 not reserved", QStringLiteral("com10.txt"), QStringLiteral("com10.txt"));
    row("windows forbidden", QStringLiteral("a<b>c:d\"e|f?g*h.txt"), QStringLiteral("a_b_c_d_e_f_g_h.txt"));
    row("drive", QStringLiteral("C:evil.txt"), QStringLiteral("C_evil.txt"));
}

void TestDownloadName::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = DownloadName::sanitize(input);
    QCOMPARE(out, expected);
    // Whatever came in, what comes out is one plain name.
    QVERIFY(!out.contains(QLatin1Char('/')) && !out.contains(QLatin1Char('\\')));
    QVERIFY(!out.startsWith(QLatin1Char('.')));
    // Idempotent: a saved name stays as it is.
    QCOMPARE(DownloadName::sanitize(out), out);
}

void TestDownloadName::longNamesKeepExtension_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("extension");
    QTest::newRow("ascii") << QString(400, QLatin1Char('a')) + QStringLiteral(".pdf") << QStringLiteral(".pdf");
    QTest::newRow("two-byte") << QString(300, QChar(0x00F1)) + QStringLiteral(".jpeg") << QStringLiteral(".jpeg");
    // U+1F600 is a surrogate pair: never cut in half.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("emoji") << emoji + QStringLiteral(".png") << QStringLiteral(".png");
    QTest::newRow("no extension") << QString(300, QLatin1Char('b')) << QString();
    QTest::newRow("huge extension") << QStringLiteral("x.") + QString(300, QLatin1Char('c')) << QString();
}

void TestDownloadName::longNamesKeepExtension()
{
    QFETCH(QString, input);
    QFETCH(QString, extension);
    const QString out = DownloadName::sanitize(input);
    QVERIFY2(out.toUtf8().size() <= DownloadName::kMaxBytes, qPrintable(QString::number(out.toUtf8().size())));
    QVERIFY(out.toUtf8().size() > DownloadName::kMaxBytes - 8); // trimmed, not emptied
    if (!extension.isEmpty())
        QVERIFY2(out.endsWith(extension), qPrintable(out));
    QCOMPARE(QString::fromUtf8(out.toUtf8()), out); // still valid UTF-16 / UTF-8
    QVERIFY(input.startsWith(out.left(10)));
}

void TestDownloadName::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prosody") << QStringLiteral("https://127.0.0.1:5281/file_share/abc-123/holiday%20photo.jpg")
                             << QStringLiteral("holiday photo.jpg");
    QTest::newRow("encoded separators") << QStringLiteral("https://h/x/..%2F..%5Cboot.ini")
                                        << QStringLiteral("boot.ini");
    QTest::newRow("query ignored") << QStringLiteral("https://h/a/b.png?x=../../y")
                                   << QStringLiteral("b.png");
    QTest::newRow("no name") << QStringLiteral("https://h/") << QStringLiteral("download");
}

void TestDownloadName::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(DownloadName::fromUrl(url), expected);
}

void TestDownloadName::isAttachment_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("oob");
    QTest::addColumn<bool>("attachment");
    const QString url = QStringLiteral("https://up.example/f/a.png");
    QTest::newRow("body is the url") << url << url << true;
    QTest::newRow("body with spaces") << QStringLiteral(" ") + url + QStringLiteral("\n") << url << true;
    QTest::newRow("no body") << QString() << url << true;
    QTest::newRow("caption") << QStringLiteral("look at this") << url << false;
    QTest::newRow("other url") << QStringLiteral("https://evil.example/x.png") << url << false;
    QTest::newRow("link without oob") << url << QString() << false;
    QTest::newRow("plain text") << QStringLiteral("hi") << QString() << false;
}

void TestDownloadName::isAttachment()
{
    QFETCH(QString, body);
    QFETCH(QString, oob);
    QFETCH(bool, attachment);
    QCOMPARE(AttachmentPolicy::isAttachment(body, oob), attachment);
}

void TestDownloadName::preview_data()
{
    using P = AttachmentPolicy::Preview;
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("outgoing");
    QTest::addColumn<bool>("inRoster");
    QTest::addColumn<bool>("clicked");
    QTest::addColumn<int>("expected");
    const QString img = QStringLiteral("https://up.example/f/cat.JPG");
    QTest::newRow("stranger image") << img << false << false << false << int(P::AskFirst);
    QTest::newRow("stranger image clicked") << img << false << false << true << int(P::Fetch);
    QTest::newRow("contact image") << img << false << true << false << int(P::Fetch);
    QTest::newRow("own upload") << img << true << false << false << int(P::Fetch);
    QTest::newRow("contact pdf") << QStringLiteral("https://up.example/f/a.pdf") << false << true
                                 << false << int(P::None);
    QTest::newRow("http image never") << QStringLiteral("http://up.example/f/cat.png") << false
                                      << true << true << int(P::None);
    QTest::newRow("file url never") << QStringLiteral("file:///etc/cat.png") << true << true << true
                                    << int(P::None);
    QTest::newRow("png in query only") << QStringLiteral("https://up.example/x?f=cat.png") << false
                                       << true << false << int(P::None);
    QTest::newRow("garbage") << QStringLiteral("not a url.png") << false << true << true << int(P::None);
}

void TestDownloadName::preview()
{
    QFETCH(QString, url);
    QFETCH(bool, outgoing);
    QFETCH(bool, inRoster);
    QFETCH(bool, clicked);
    QFETCH(int, expected);
    QCOMPARE(int(AttachmentPolicy::preview(url, outgoing, inRoster, clicked)), expected);
}

QTEST_GUILESS_MAIN(TestDownloadName)
#include "tst_downloadname.moc"
