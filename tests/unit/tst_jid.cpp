// Jid is compared on every stanza and decides who a stanza is from: check that parsing follows
// RFC 7622 (where the parts are cut, what each part may hold, how it is normalised), that every
// rejection says why, and that equality, hashing and bare() agree with each other.
#include "stanza/Jid.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>
#include <QVariant>

using charla::Jid;

namespace charla {
// Lets QCOMPARE print both addresses when they differ.
char *toString(const Jid &jid)
{
    return QTest::toString(QString(QLatin1String("Jid(") + jid.toString() + QLatin1Char(')')));
}
} // namespace charla

namespace {

QString repeated(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

// A domain made of ASCII labels of the given sizes joined with dots.
QString labels(std::initializer_list<int> sizes)
{
    QString s;
    char16_t letter = u'a';
    for (const int size : sizes) {
        if (!s.isEmpty())
            s += u'.';
        s += QString(size, QChar(letter));
        letter = letter == u'z' ? u'a' : char16_t(letter + 1);
    }
    return s;
}

// An address with one code unit inserted, for characters a source literal cannot hold.
QString with(const char16_t *pattern, char16_t c)
{
    return QString::fromUtf16(pattern).arg(QChar(c));
}

QString with(const char16_t *pattern, char16_t c1, char16_t c2)
{
    return QString::fromUtf16(pattern).arg(QString(QChar(c1)) + QChar(c2));
}

void valid(const char *name, const QString &input, const QString &local, const QString &domain,
           const QString &resource = QString())
{
    QTest::newRow(name) << input << true << local << domain << resource << QString();
}

void invalid(const char *name, const QString &input, const QString &reason)
{
    QTest::newRow(name) << input << false << QString() << QString() << QString() << reason;
}

} // namespace

class TestJid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void equality_data();
    void equality();
    void bareAndWithResource();
    void fromParts();
    void invalidJid();
    void canonicalInputIsShared();
    void containersAndVariant();
};

void TestJid::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");
    // For invalid rows: a piece of the reason the person is shown.
    QTest::addColumn<QString>("reason");

    const QString org = QStringLiteral("example.org");

    // Shapes. RFC 7622 3.2: cut at the first '/', then at the first '@' before it.
    valid("domain", QStringLiteral("example.org"), QString(), org);
    valid("bare", QStringLiteral("alice@example.org"), QStringLiteral("alice"), org);
    valid("full", QStringLiteral("alice@example.org/phone"), QStringLiteral("alice"), org,
          QStringLiteral("phone"));
    valid("domain-resource", QStringLiteral("example.org/phone"), QString(), org,
          QStringLiteral("phone"));
    valid("resource-with-at", QStringLiteral("alice@example.org/a@b"), QStringLiteral("alice"), org,
          QStringLiteral("a@b"));
    valid("resource-with-slash", QStringLiteral("alice@example.org/a/b"), QStringLiteral("alice"),
          org, QStringLiteral("a/b"));
    valid("resource-is-slash", QStringLiteral("alice@example.org//"), QStringLiteral("alice"), org,
          QStringLiteral("/"));
    valid("domain-resource-with-at", QStringLiteral("example.org/foo@bar"), QString(), org,
          QStringLiteral("foo@bar"));
    valid("slash-before-at", QStringLiteral("a/b@example.org"), QString(), QStringLiteral("a"),
          QStringLiteral("b@example.org"));
    valid("resource-with-space", QStringLiteral("alice@example.org/My Phone"),
          QStringLiteral("alice"), org, QStringLiteral("My Phone"));

    // Case: localpart and domain are folded, the resource is kept.
    valid("case-folded", QStringLiteral("Alice@Example.ORG"), QStringLiteral("alice"), org);
    valid("resource-case-kept", QStringLiteral("alice@example.org/Phone"), QStringLiteral("alice"),
          org, QStringLiteral("Phone"));
    valid("all-upper", QStringLiteral("ALICE@EXAMPLE.ORG/PHONE"), QStringLiteral("alice"), org,
          QStringLiteral("PHONE"));

    // Domains.
    valid("trailing-dot", QStringLiteral("alice@example.org."), QStringLiteral("alice"), org);
    valid("trailing-dot-resource", QStringLiteral("Alice@Example.org./R"), QStringLiteral("alice"),
          org, QStringLiteral("R"));
    valid("single-label", QStringLiteral("alice@localhost"), QStringLiteral("alice"),
          QStringLiteral("localhost"));
    valid("hyphen-inside", QStringLiteral("alice@my-server.example"), QStringLiteral("alice"),
          QStringLiteral("my-server.example"));
    valid("ipv4", QStringLiteral("alice@192.0.2.1"), QStringLiteral("alice"),
          QStringLiteral("192.0.2.1"));
    valid("ipv4-zeroes", QStringLiteral("alice@0.0.0.0/r"), QStringLiteral("alice"),
          QStringLiteral("0.0.0.0"), QStringLiteral("r"));
    valid("ipv6", QStringLiteral("alice@[2001:db8::1]/r"), QStringLiteral("alice"),
          QStringLiteral("[2001:db8::1]"), QStringLiteral("r"));
    valid("ipv6-canonical", QStringLiteral("alice@[2001:DB8:0:0::1]"), QStringLiteral("alice"),
          QStringLiteral("[2001:db8::1]"));
    valid("ipv6-v4-mapped", QStringLiteral("[::ffff:192.0.2.1]"), QString(),
          QStringLiteral("[::ffff:192.0.2.1]"));
    valid("idn-unicode", QStringLiteral("user@bücher.example"), QStringLiteral("user"),
          QStringLiteral("bücher.example"));
    valid("idn-ace", QStringLiteral("user@xn--bcher-kva.example"), QStringLiteral("user"),
          QStringLiteral("bücher.example"));
    valid("idn-ace-upper", QStringLiteral("user@XN--BCHER-KVA.EXAMPLE"), QStringLiteral("user"),
          QStringLiteral("bücher.example"));
    valid("idn-upper", QStringLiteral("user@BÜCHER.example"), QStringLiteral("user"),
          QStringLiteral("bücher.example"));
    valid("idn-ideographic-dot", QStringLiteral("user@例え。テスト"), QStringLiteral("user"),
          QStringLiteral("例え.テスト"));
    valid("idn-trailing-ideographic-dot", QStringLiteral("user@bücher.example。"),
          QStringLiteral("user"), QStringLiteral("bücher.example"));

    // Localpart normalisation (NFKC + case folding).
    valid("local-fullwidth", QStringLiteral("ＡＬＩＣＥ@example.org"), QStringLiteral("alice"),
          org);
    valid("local-greek", QStringLiteral("Ὀδυσσεύς@example.org"), QStringLiteral("ὀδυσσεύσ"), org);
    valid("local-ligature", QStringLiteral("ﬀ@example.org"), QStringLiteral("ff"), org);
    valid("local-combining", QStringLiteral("e\u0301@example.org"), QStringLiteral("\u00E9"), org);
    valid("local-ascii-symbols", QStringLiteral("a.b+c_d-e!#$%*=?^`{|}~@example.org"),
          QStringLiteral("a.b+c_d-e!#$%*=?^`{|}~"), org);
    valid("local-digits", QStringLiteral("123@example.org"), QStringLiteral("123"), org);

    // Resource: NFC only, non-ASCII spaces become SPACE.
    valid("resource-nfc", QStringLiteral("alice@example.org/e\u0301"), QStringLiteral("alice"), org,
          QStringLiteral("\u00E9"));
    valid("resource-nbsp", QStringLiteral("alice@example.org/a\u00A0b"), QStringLiteral("alice"),
          org, QStringLiteral("a b"));
    valid("resource-emoji", QStringLiteral("alice@example.org/📱"), QStringLiteral("alice"), org,
          QStringLiteral("📱"));
    valid("resource-symbols", QStringLiteral("alice@example.org/¿Qué? ☃ <&>"),
          QStringLiteral("alice"), org, QStringLiteral("¿Qué? ☃ <&>"));

    // Lengths: each part on its own, in UTF-8 bytes.
    const QString a1023 = QString(1023, u'a');
    const QString zhe1023 = repeated(QStringLiteral("ж"), 511) + u'a'; // 511 * 2 + 1 bytes
    const QString euro1023 = repeated(QStringLiteral("€"), 341);       // 341 * 3 bytes
    const QString domain1023 = labels(
        {63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63}); // 16 * 63 + 15 dots
    valid("local-1023-bytes", a1023 + QStringLiteral("@example.org"), a1023, org);
    valid("local-1023-bytes-2-byte-chars", zhe1023 + QStringLiteral("@example.org"), zhe1023, org);
    valid("domain-1023-bytes", QStringLiteral("alice@") + domain1023, QStringLiteral("alice"),
          domain1023);
    valid("resource-1023-bytes", QStringLiteral("alice@example.org/") + a1023,
          QStringLiteral("alice"), org, a1023);
    valid("resource-1023-bytes-3-byte-chars", QStringLiteral("alice@example.org/") + euro1023,
          QStringLiteral("alice"), org, euro1023);

    // Empty input and empty parts.
    invalid("empty", QString(), QStringLiteral("The address is empty."));
    invalid("at-only", QStringLiteral("@"), QStringLiteral("The part before @ is empty."));
    invalid("empty-local", QStringLiteral("@example.org"),
            QStringLiteral("The part before @ is empty."));
    invalid("empty-local-with-resource", QStringLiteral("@example.org/r"),
            QStringLiteral("The part before @ is empty."));
    invalid("empty-domain", QStringLiteral("alice@"), QStringLiteral("The domain is empty."));
    invalid("empty-domain-with-resource", QStringLiteral("alice@/r"),
            QStringLiteral("The domain is empty."));
    invalid("resource-only", QStringLiteral("/r"), QStringLiteral("The domain is empty."));
    invalid("empty-resource", QStringLiteral("alice@example.org/"),
            QStringLiteral("The resource after / is empty."));
    invalid("dot-only-domain", QStringLiteral("alice@."), QStringLiteral("The domain is empty."));

    // Domain syntax.
    invalid("two-trailing-dots", QStringLiteral("alice@example.org.."),
            QStringLiteral("empty label"));
    invalid("leading-dot", QStringLiteral("alice@.example.org"), QStringLiteral("empty label"));
    invalid("double-dot", QStringLiteral("alice@example..org"), QStringLiteral("empty label"));
    invalid("second-at", QStringLiteral("a@b@example.org"),
            QStringLiteral("The domain contains “@”"));
    invalid("space-in-domain", QStringLiteral("alice@exa mple.org"),
            QStringLiteral("The domain contains U+0020"));
    invalid("trailing-space", QStringLiteral("alice@example.org "),
            QStringLiteral("The domain contains U+0020"));
    invalid("space-only", QStringLiteral(" "), QStringLiteral("The domain contains U+0020"));
    invalid("underscore-in-domain", QStringLiteral("alice@exa_mple.org"),
            QStringLiteral("The domain contains “_”"));
    invalid("label-leading-hyphen", QStringLiteral("alice@-example.org"), QStringLiteral("hyphen"));
    invalid("label-trailing-hyphen", QStringLiteral("alice@example-.org"),
            QStringLiteral("hyphen"));
    invalid("label-64", QStringLiteral("alice@") + QString(64, u'a') + QStringLiteral(".org"),
            QStringLiteral("longer than 63"));
    invalid("idn-undecodable-ace", QStringLiteral("alice@xn--a.example"),
            QStringLiteral("not a valid internationalized domain name"));
    invalid("idn-empty-ace", QStringLiteral("alice@xn--.example"),
            QStringLiteral("not a valid internationalized domain name"));
    invalid("ipv4-out-of-range", QStringLiteral("alice@192.0.2.256"), QStringLiteral("IPv4"));
    invalid("ipv4-short", QStringLiteral("alice@127.1"), QStringLiteral("IPv4"));
    invalid("ipv4-leading-zero", QStringLiteral("alice@192.0.2.01"), QStringLiteral("IPv4"));
    invalid("ipv6-unclosed", QStringLiteral("alice@[::1"), QStringLiteral("IPv6"));
    invalid("ipv6-two-gaps", QStringLiteral("alice@[1::2::3]"), QStringLiteral("IPv6"));
    invalid("ipv6-zone", QStringLiteral("alice@[fe80::1%eth0]"), QStringLiteral("IPv6"));
    invalid("ipv6-holding-ipv4", QStringLiteral("alice@[192.0.2.1]"), QStringLiteral("IPv6"));
    invalid("ipv6-trailing-dot", QStringLiteral("alice@[::1]."), QStringLiteral("IPv6"));
    // Found by fuzz_jid: IDNA maps the fullwidth low line to '_', which no domain may hold;
    // it used to parse, and the address it gave could not be parsed back.
    invalid("domain-fullwidth-low-line", QStringLiteral("alice@\uFF3F.example"),
            QStringLiteral("The domain contains “_”"));
    invalid("domain-fullwidth-only", QStringLiteral("\uFF3F"), QStringLiteral("The domain contains “_”"));

    // RFC 7622 3.3.1: every character forbidden in a localpart. '@' and '/' cannot be typed
    // there (they split the address), but their fullwidth forms become them under NFKC.
    invalid("local-quote", QStringLiteral("a\"b@example.org"),
            QStringLiteral("The part before @ contains “\"”"));
    invalid("local-ampersand", QStringLiteral("a&b@example.org"),
            QStringLiteral("The part before @ contains “&”"));
    invalid("local-apostrophe", QStringLiteral("a'b@example.org"),
            QStringLiteral("The part before @ contains “'”"));
    invalid("local-colon", QStringLiteral("a:b@example.org"),
            QStringLiteral("The part before @ contains “:”"));
    invalid("local-less-than", QStringLiteral("a<b@example.org"),
            QStringLiteral("The part before @ contains “<”"));
    invalid("local-greater-than", QStringLiteral("a>b@example.org"),
            QStringLiteral("The part before @ contains “>”"));
    invalid("local-space", QStringLiteral("a b@example.org"),
            QStringLiteral("The part before @ contains U+0020"));
    invalid("local-fullwidth-at", QStringLiteral("a＠b@example.org"),
            QStringLiteral("The part before @ contains “@”"));
    invalid("local-fullwidth-slash", QStringLiteral("a／b@example.org"),
            QStringLiteral("The part before @ contains “/”"));
    invalid("local-nbsp", QStringLiteral("a\u00A0b@example.org"),
            QStringLiteral("The part before @ contains U+0020"));
    invalid("local-emoji", QStringLiteral("😀@example.org"),
            QStringLiteral("The part before @ contains “😀”"));
    invalid("local-currency", QStringLiteral("a€@example.org"),
            QStringLiteral("The part before @ contains “€”"));

    // Controls, noncharacters, unassigned and other disallowed code points, in every part.
    invalid("local-bell", with(u"a%1b@example.org", 0x07),
            QStringLiteral("The part before @ contains U+0007"));
    invalid("local-nul", with(u"a%1b@example.org", 0x00),
            QStringLiteral("The part before @ contains U+0000"));
    invalid("local-del", with(u"a%1b@example.org", 0x7F),
            QStringLiteral("The part before @ contains U+007F"));
    invalid("local-c1-control", with(u"a%1b@example.org", 0x85),
            QStringLiteral("The part before @ contains U+0085"));
    invalid("local-ffff", with(u"a%1b@example.org", 0xFFFF),
            QStringLiteral("The part before @ contains U+FFFF"));
    invalid("domain-control", with(u"alice@exa%1mple.org", 0x01),
            QStringLiteral("The domain contains U+0001"));
    invalid("domain-zero-width-space", with(u"alice@exa%1mple.org", 0x200B),
            QStringLiteral("The domain contains U+200B"));
    invalid("resource-tab", with(u"alice@example.org/a%1b", 0x09),
            QStringLiteral("The resource after / contains U+0009"));
    invalid("resource-nul", with(u"alice@example.org/a%1b", 0x00),
            QStringLiteral("The resource after / contains U+0000"));
    invalid("resource-del", with(u"alice@example.org/a%1b", 0x7F),
            QStringLiteral("The resource after / contains U+007F"));
    invalid("resource-fffe", with(u"alice@example.org/a%1b", 0xFFFE),
            QStringLiteral("The resource after / contains U+FFFE"));
    invalid("resource-private-use", with(u"alice@example.org/a%1b", 0xE000),
            QStringLiteral("The resource after / contains U+E000"));
    invalid("resource-line-separator", with(u"alice@example.org/a%1b", 0x2028),
            QStringLiteral("The resource after / contains U+2028"));
    invalid("resource-unassigned", with(u"alice@example.org/a%1b", 0x0378),
            QStringLiteral("The resource after / contains U+0378"));
    invalid("unpaired-high-surrogate-resource", with(u"alice@example.org/a%1", 0xD83D),
            QStringLiteral("unpaired UTF-16 surrogate"));
    invalid("unpaired-low-surrogate-local", with(u"a%1b@example.org", 0xDC00),
            QStringLiteral("unpaired UTF-16 surrogate"));
    invalid("reversed-surrogates-domain", with(u"alice@exa%1mple.org", 0xDE00, 0xD83D),
            QStringLiteral("unpaired UTF-16 surrogate"));

    // Lengths one byte (or one character) over.
    invalid("local-1024-bytes", QString(1024, u'a') + QStringLiteral("@example.org"),
            QStringLiteral("The part before @ is longer than 1023 bytes."));
    invalid("local-1024-bytes-2-byte-chars",
            repeated(QStringLiteral("ж"), 512) + QStringLiteral("@example.org"),
            QStringLiteral("The part before @ is longer than 1023 bytes."));
    invalid("domain-1024-bytes",
            QStringLiteral("alice@") +
                labels({63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 62, 1}),
            QStringLiteral("The domain is longer than 1023 bytes."));
    invalid("resource-1024-bytes", QStringLiteral("alice@example.org/") + QString(1024, u'a'),
            QStringLiteral("The resource after / is longer than 1023 bytes."));
    invalid("resource-1026-bytes-3-byte-chars",
            QStringLiteral("alice@example.org/") + repeated(QStringLiteral("€"), 342),
            QStringLiteral("The resource after / is longer than 1023 bytes."));
}

void TestJid::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);
    QFETCH(QString, reason);

    QString error;
    const Jid jid = Jid::parse(input, &error);
    QCOMPARE(jid.isValid(), valid);
    if (!valid) {
        QVERIFY2(error.contains(reason), qPrintable(error));
        // A sentence a person can read: capital first, full stop last.
        QVERIFY2(error.at(0).isUpper() && error.endsWith(u'.'), qPrintable(error));
        QVERIFY(jid.toString().isEmpty());
        QVERIFY(!jid.isBare());
        QVERIFY(!jid.isFull());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(jid.localpart(), local);
    QCOMPARE(jid.domain(), domain);
    QCOMPARE(jid.resource(), resource);
    QCOMPARE(jid.hasLocalpart(), !local.isEmpty());
    QCOMPARE(jid.isBare(), resource.isEmpty());
    QCOMPARE(jid.isFull(), !resource.isEmpty());

    QString canonical = domain;
    if (!local.isEmpty())
        canonical = local + u'@' + canonical;
    if (!resource.isEmpty())
        canonical += u'/' + resource;
    QCOMPARE(jid.toString(), canonical);
    QCOMPARE(jid.full(), canonical);

    // The canonical form parses to itself, and the parts rebuild the same address.
    QCOMPARE(Jid::parse(jid.toString()), jid);
    QCOMPARE(Jid::parse(jid.toString()).toString(), canonical);
    QCOMPARE(Jid::fromParts(local, domain, resource), jid);
    QCOMPARE(jid.bare().withResource(resource), jid);
    QVERIFY(jid.bare().isBare());
    QVERIFY(jid.bare().bareEquals(jid));
    QCOMPARE(qHash(Jid::parse(input)), qHash(jid));
}

void TestJid::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::addColumn<bool>("bareEqual");

    QTest::newRow("case") << QStringLiteral("Alice@Example.ORG")
                          << QStringLiteral("alice@example.org") << true << true;
    QTest::newRow("idn-ace") << QStringLiteral("user@bücher.example")
                             << QStringLiteral("user@xn--bcher-kva.example") << true << true;
    QTest::newRow("trailing-dot") << QStringLiteral("alice@example.org./r")
                                  << QStringLiteral("alice@example.org/r") << true << true;
    QTest::newRow("ipv6-forms") << QStringLiteral("alice@[2001:DB8:0::1]")
                                << QStringLiteral("alice@[2001:db8::1]") << true << true;
    QTest::newRow("fullwidth") << QStringLiteral("ＡＬＩＣＥ@example.org")
                               << QStringLiteral("alice@example.org") << true << true;
    QTest::newRow("resource-nfc") << QStringLiteral("a@b/e\u0301") << QStringLiteral("a@b/\u00E9")
                                  << true << true;
    QTest::newRow("resource-case") << QStringLiteral("alice@example.org/Phone")
                                   << QStringLiteral("alice@example.org/phone") << false << true;
    QTest::newRow("bare-vs-full") << QStringLiteral("alice@example.org")
                                  << QStringLiteral("alice@example.org/phone") << false << true;
    QTest::newRow("other-local") << QStringLiteral("alice@example.org")
                                 << QStringLiteral("bob@example.org") << false << false;
    QTest::newRow("domain-vs-user")
        << QStringLiteral("example.org") << QStringLiteral("alice@example.org") << false << false;
    // The same characters cut differently are different addresses.
    QTest::newRow("cut-differently")
        << QStringLiteral("a@b/c") << QStringLiteral("a@b") << false << true;
    QTest::newRow("local-vs-resource")
        << QStringLiteral("b/a") << QStringLiteral("a@b") << false << false;
}

void TestJid::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QFETCH(bool, bareEqual);

    const Jid ja = Jid::parse(a);
    const Jid jb = Jid::parse(b);
    QVERIFY(ja.isValid());
    QVERIFY(jb.isValid());
    QCOMPARE(ja == jb, equal);
    QCOMPARE(jb == ja, equal);
    QCOMPARE(ja != jb, !equal);
    QCOMPARE(ja.bareEquals(jb), bareEqual);
    QCOMPARE(jb.bareEquals(ja), bareEqual);
    QCOMPARE(ja.bare() == jb.bare(), bareEqual);
    // Strict order: exactly one of <, >, == holds.
    QCOMPARE(int(ja < jb) + int(jb < ja) + int(ja == jb), 1);
    if (equal) {
        QCOMPARE(qHash(ja), qHash(jb));
        QCOMPARE(qHash(ja, 42), qHash(jb, 42));
        QCOMPARE(ja.toString(), jb.toString());
    }
    if (bareEqual)
        QCOMPARE(qHash(ja.bare()), qHash(jb.bare()));
}

void TestJid::bareAndWithResource()
{
    const Jid full = Jid::parse(QStringLiteral("Alice@Example.org/Phone"));
    QVERIFY(full.isFull());
    const Jid bare = full.bare();
    QCOMPARE(bare.toString(), QStringLiteral("alice@example.org"));
    QVERIFY(bare.isBare());
    QVERIFY(!bare.isFull());
    QCOMPARE(bare.localpart(), QStringLiteral("alice"));
    QCOMPARE(bare.domain(), QStringLiteral("example.org"));
    QVERIFY(bare.resource().isEmpty());
    QCOMPARE(bare.bare(), bare);
    QVERIFY(bare.bareEquals(full));
    QVERIFY(bare != full);

    const Jid laptop = full.withResource(QStringLiteral("Laptop"));
    QCOMPARE(laptop.toString(), QStringLiteral("alice@example.org/Laptop"));
    QCOMPARE(laptop.resource(), QStringLiteral("Laptop"));
    QVERIFY(laptop.bareEquals(full));
    QCOMPARE(bare.withResource(QStringLiteral("Phone")), full);
    QCOMPARE(full.withResource(QString()), bare);

    // The new resource is checked and normalised like a parsed one.
    QCOMPARE(bare.withResource(QStringLiteral("e\u0301/@")).resource(), QStringLiteral("\u00E9/@"));
    QString error;
    QVERIFY(!bare.withResource(with(u"a%1", 0x07), &error).isValid());
    QCOMPARE(error, QStringLiteral("The resource after / contains U+0007, which is not allowed "
                                   "there."));
    error.clear();
    QVERIFY(!bare.withResource(QString(1024, u'r'), &error).isValid());
    QCOMPARE(error, QStringLiteral("The resource after / is longer than 1023 bytes."));

    // A domain-only address keeps working.
    const Jid server = Jid::parse(QStringLiteral("example.org/x"));
    QCOMPARE(server.bare().toString(), QStringLiteral("example.org"));
    QVERIFY(!server.hasLocalpart());
    QCOMPARE(server.bare().withResource(QStringLiteral("y")).toString(),
             QStringLiteral("example.org/y"));
}

void TestJid::fromParts()
{
    QString error;
    const Jid jid = Jid::fromParts(QStringLiteral("Alice"), QStringLiteral("xn--bcher-kva.example"),
                                   QStringLiteral("a@b/c"), &error);
    QVERIFY2(jid.isValid(), qPrintable(error));
    QCOMPARE(jid.toString(), QStringLiteral("alice@bücher.example/a@b/c"));
    QCOMPARE(Jid::parse(jid.toString()), jid);
    QCOMPARE(Jid::fromParts(QString(), QStringLiteral("example.org")).toString(),
             QStringLiteral("example.org"));

    // Parts that parse() could never produce are still refused: the result must re-parse to
    // the same parts.
    QVERIFY(!Jid::fromParts(QStringLiteral("a@b"), QStringLiteral("example.org"), {}, &error)
                 .isValid());
    QCOMPARE(error, QStringLiteral("The part before @ contains “@”, which is not allowed there."));
    QVERIFY(!Jid::fromParts(QStringLiteral("a/b"), QStringLiteral("example.org"), {}, &error)
                 .isValid());
    QCOMPARE(error, QStringLiteral("The part before @ contains “/”, which is not allowed there."));
    QVERIFY(!Jid::fromParts(QStringLiteral("a"), QStringLiteral("example.org/x"), {}, &error)
                 .isValid());
    QCOMPARE(error, QStringLiteral("The domain contains “/”, which is not allowed in a domain "
                                   "name."));
    QVERIFY(!Jid::fromParts(QStringLiteral("a"), QString(), {}, &error).isValid());
    QCOMPARE(error, QStringLiteral("The domain is empty."));
}

void TestJid::invalidJid()
{
    const Jid none;
    QVERIFY(!none.isValid());
    QVERIFY(!none.isBare());
    QVERIFY(!none.isFull());
    QVERIFY(!none.hasLocalpart());
    QVERIFY(none.toString().isEmpty());
    QVERIFY(none.localpart().isEmpty());
    QVERIFY(none.domain().isEmpty());
    QVERIFY(none.resource().isEmpty());
    QVERIFY(!none.bare().isValid());
    QVERIFY(!none.bareEquals(Jid()));
    QCOMPARE(none, Jid::parse(QStringLiteral("@")));
    QString error;
    QVERIFY(!none.withResource(QStringLiteral("r"), &error).isValid());
    QCOMPARE(error, QStringLiteral("The address is empty."));
    // Without an error pointer nothing crashes.
    QVERIFY(!Jid::parse(QString()).isValid());
}

void TestJid::canonicalInputIsShared()
{
    // The common case on the wire: an already canonical address is kept, not copied.
    const QString wire = QStringLiteral("alice@example.org/phone");
    QVERIFY(Jid::parse(wire).toString().constData() == wire.constData());
    const QString upper = QStringLiteral("Alice@example.org/phone");
    QVERIFY(Jid::parse(upper).toString().constData() != upper.constData());
}

void TestJid::containersAndVariant()
{
    const QStringList spellings{
        QStringLiteral("alice@example.org"), QStringLiteral("Alice@Example.org"),
        QStringLiteral("ALICE@example.org."), QStringLiteral("ＡＬＩＣＥ@EXAMPLE.ORG")};
    QSet<Jid> set;
    QMap<Jid, int> map;
    QHash<Jid, int> hash;
    for (const QString &s : spellings) {
        const Jid jid = Jid::parse(s);
        QVERIFY2(jid.isValid(), qPrintable(s));
        set.insert(jid);
        map[jid] += 1;
        hash[jid] += 1;
    }
    QCOMPARE(set.size(), 1);
    QCOMPARE(map.size(), 1);
    QCOMPARE(hash.value(Jid::parse(QStringLiteral("alice@example.org"))), 4);

    const Jid jid = Jid::parse(QStringLiteral("alice@example.org/phone"));
    const QVariant v = QVariant::fromValue(jid);
    QCOMPARE(v.value<Jid>(), jid);
}

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
