#include "sasl/SaslPrep.h"

#include <QTest>

namespace SaslPrep = charla::SaslPrep;
using Error = SaslPrep::Error;
using Mode = SaslPrep::Mode;

class TestSaslPrep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prepare_data();
    void prepare();
    void unassigned_data();
    void unassigned();
    void brokenUtf16_data();
    void brokenUtf16();
};

void TestSaslPrep::prepare_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // when error is None
    QTest::addColumn<int>("error");
    const int ok = int(Error::None);
    const int prohibited = int(Error::ProhibitedCharacter);
    const int bidi = int(Error::BidiViolation);

    // RFC 4013 3: the examples.
    QTest::newRow("rfc4013-1-soft-hyphen")
        << QStringLiteral("I\u00ADX") << QStringLiteral("IX") << ok;
    QTest::newRow("rfc4013-2-user") << QStringLiteral("user") << QStringLiteral("user") << ok;
    QTest::newRow("rfc4013-3-case-kept") << QStringLiteral("USER") << QStringLiteral("USER") << ok;
    QTest::newRow("rfc4013-4-ordinal") << QStringLiteral("\u00AA") << QStringLiteral("a") << ok;
    QTest::newRow("rfc4013-5-roman-nine") << QStringLiteral("\u2168") << QStringLiteral("IX") << ok;
    QTest::newRow("rfc4013-6-bell") << QStringLiteral("\u0007") << QString() << prohibited;
    QTest::newRow("rfc4013-7-bidi") << QStringLiteral("\u0627\u0031") << QString() << bidi;

    QTest::newRow("empty") << QString() << QString() << ok;
    QTest::newRow("ascii-punctuation")
        << QStringLiteral("p@ss w0rd!~") << QStringLiteral("p@ss w0rd!~") << ok;
    QTest::newRow("latin1-precomposed")
        << QStringLiteral("pässwörd") << QStringLiteral("pässwörd") << ok;

    // RFC 4013 2.1: non-ASCII spaces (C.1.2) become SPACE, B.1 characters disappear.
    QTest::newRow("no-break-space") << QStringLiteral("a\u00A0b") << QStringLiteral("a b") << ok;
    QTest::newRow("ideographic-and-em-space")
        << QStringLiteral("\u3000x\u2003") << QStringLiteral(" x ") << ok;
    QTest::newRow("zero-width-space-in-both-tables")
        << QStringLiteral("a\u200Bb") << QStringLiteral("a b") << ok;
    QTest::newRow("zero-width-joiner") << QStringLiteral("a\u200Db") << QStringLiteral("ab") << ok;
    QTest::newRow("byte-order-mark")
        << QStringLiteral("\uFEFFpass") << QStringLiteral("pass") << ok;
    QTest::newRow("variation-selector") << QStringLiteral("a\uFE0Fb") << QStringLiteral("ab") << ok;
    QTest::newRow("only-mapped-away") << QStringLiteral("\u00AD\u200D") << QString() << ok;

    // RFC 4013 2.2: NFKC.
    QTest::newRow("combining-composed")
        << QStringLiteral("e\u0301") << QStringLiteral("\u00E9") << ok;
    QTest::newRow("fullwidth") << QStringLiteral("\uFF21\uFF22") << QStringLiteral("AB") << ok;
    QTest::newRow("ligature") << QStringLiteral("\uFB01") << QStringLiteral("fi") << ok;
    QTest::newRow("vulgar-fraction")
        << QStringLiteral("\u00BD") << QStringLiteral("1\u20442") << ok;
    QTest::newRow("angstrom-sign") << QStringLiteral("\u212B") << QStringLiteral("\u00C5") << ok;
    QTest::newRow("superscript") << QStringLiteral("x\u00B2") << QStringLiteral("x2") << ok;
    // U+0340 (C.8) is prohibited output, but NFKC turns it into U+0300 first.
    QTest::newRow("c8-normalized-away")
        << QStringLiteral("a\u0340") << QStringLiteral("\u00E0") << ok;

    // RFC 4013 2.3: prohibited output, one row per RFC 3454 table.
    QTest::newRow("c2.1-newline") << QStringLiteral("a\nb") << QString() << prohibited;
    QTest::newRow("c2.1-nul") << QString(QChar(0)) << QString() << prohibited;
    QTest::newRow("c2.1-delete") << QStringLiteral("a\u007Fb") << QString() << prohibited;
    QTest::newRow("c2.2-next-line") << QStringLiteral("\u0085") << QString() << prohibited;
    QTest::newRow("c2.2-line-separator") << QStringLiteral("a\u2028") << QString() << prohibited;
    QTest::newRow("c2.2-arabic-end-of-ayah") << QStringLiteral("\u06DD") << QString() << prohibited;
    QTest::newRow("c2.2-musical-beam") << QStringLiteral("\U0001D173") << QString() << prohibited;
    QTest::newRow("c2.2-invisible-times") << QStringLiteral("a\u2062b") << QString() << prohibited;
    QTest::newRow("c3-private-use") << QStringLiteral("\uE000") << QString() << prohibited;
    QTest::newRow("c3-private-use-plane15")
        << QStringLiteral("\U000F0000") << QString() << prohibited;
    QTest::newRow("c3-private-use-plane16")
        << QStringLiteral("\U0010FFFD") << QString() << prohibited;
    QTest::newRow("c4-fdd0") << QStringLiteral("\uFDD0") << QString() << prohibited;
    QTest::newRow("c4-ffff") << QStringLiteral("a\uFFFF") << QString() << prohibited;
    QTest::newRow("c4-1fffe") << QStringLiteral("\U0001FFFE") << QString() << prohibited;
    QTest::newRow("c4-10ffff") << QStringLiteral("\U0010FFFF") << QString() << prohibited;
    QTest::newRow("c6-replacement-char") << QStringLiteral("\uFFFD") << QString() << prohibited;
    QTest::newRow("c6-object-replacement") << QStringLiteral("\uFFFC") << QString() << prohibited;
    QTest::newRow("c7-ideographic-description")
        << QStringLiteral("\u2FF0") << QString() << prohibited;
    QTest::newRow("c8-left-to-right-mark") << QStringLiteral("a\u200E") << QString() << prohibited;
    QTest::newRow("c8-right-to-left-override")
        << QStringLiteral("\u202Eabc") << QString() << prohibited;
    QTest::newRow("c8-inhibit-symmetric-swapping")
        << QStringLiteral("\u206A") << QString() << prohibited;
    QTest::newRow("c9-language-tag") << QStringLiteral("\U000E0001") << QString() << prohibited;
    QTest::newRow("c9-tag-letter") << QStringLiteral("a\U000E0061") << QString() << prohibited;

    // RFC 4013 2.4 / RFC 3454 6: bidi.
    QTest::newRow("hebrew") << QStringLiteral("\u05D0\u05D1") << QStringLiteral("\u05D0\u05D1")
                            << ok;
    QTest::newRow("arabic-with-space")
        << QStringLiteral("\u0627 \u0628") << QStringLiteral("\u0627 \u0628") << ok;
    QTest::newRow("rtl-digit-inside")
        << QStringLiteral("\u05D01\u05D1") << QStringLiteral("\u05D01\u05D1") << ok;
    QTest::newRow("rtl-with-latin") << QStringLiteral("\u05D0a\u05D1") << QString() << bidi;
    QTest::newRow("rtl-digit-first") << QStringLiteral("1\u05D0") << QString() << bidi;
    QTest::newRow("latin-then-rtl") << QStringLiteral("a\u05D0") << QString() << bidi;
    QTest::newRow("rtl-then-space") << QStringLiteral("\u05D0 ") << QString() << bidi;
}

void TestSaslPrep::prepare()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, error);

    for (Mode mode : {Mode::Query, Mode::StoredString}) {
        Error why = Error::ProhibitedCharacter;
        const std::optional<QString> out = SaslPrep::prepare(input, mode, &why);
        QCOMPARE(int(why), error);
        if (error != int(Error::None)) {
            QVERIFY(!out);
            continue;
        }
        QVERIFY(out);
        QCOMPARE(*out, expected);
        // SASLprep is idempotent: preparing its output changes nothing.
        QCOMPARE(SaslPrep::prepare(*out, mode), out);
    }
    // The error out-parameter is optional.
    QCOMPARE(SaslPrep::prepare(input).has_value(), error == int(Error::None));
}

void TestSaslPrep::unassigned_data()
{
    QTest::addColumn<QString>("input");
    // RFC 3454 7 / A.1: code points assigned after Unicode 3.2 are allowed in queries only.
    QTest::newRow("d-with-curl-unicode4") << QStringLiteral("\u0221");
    QTest::newRow("emoji-unicode6") << QStringLiteral("pass\U0001F600");
    QTest::newRow("never-assigned") << QStringLiteral("\U0002FFFD");
}

void TestSaslPrep::unassigned()
{
    QFETCH(QString, input);
    QCOMPARE(SaslPrep::prepare(input, Mode::Query), std::optional<QString>(input));
    Error why = Error::None;
    QCOMPARE(SaslPrep::prepare(input, Mode::StoredString, &why), std::nullopt);
    QCOMPARE(why, Error::UnassignedCodePoint);
}

void TestSaslPrep::brokenUtf16_data()
{
    QTest::addColumn<QString>("input");
    // RFC 3454 C.5: surrogate code points; in UTF-16 that is an unpaired surrogate.
    QTest::newRow("lone-high") << QString(QChar(0xD800));
    QTest::newRow("lone-low") << (QStringLiteral("a") + QChar(0xDC00));
    QTest::newRow("reversed-pair") << (QString(QChar(0xDC00)) + QChar(0xD800));
    QTest::newRow("high-at-end") << (QStringLiteral("abc") + QChar(0xDBFF));
}

void TestSaslPrep::brokenUtf16()
{
    QFETCH(QString, input);
    for (Mode mode : {Mode::Query, Mode::StoredString}) {
        Error why = Error::None;
        QCOMPARE(SaslPrep::prepare(input, mode, &why), std::nullopt);
        QCOMPARE(why, Error::ProhibitedCharacter);
    }
}

QTEST_GUILESS_MAIN(TestSaslPrep)
#include "tst_saslprep.moc"
