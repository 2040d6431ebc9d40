// XEP-0198 bookkeeping without a socket: the `h` counters (modulo 2^32), acknowledgements,
// bad `h` values, and what is left to resend. The session-level dialogues are in
// tst_sessionresume.cpp; the real-server ones in integration/tst_streammanagement.cpp.
#include "stream/StreamManagement.h"

#include <QTest>

#include <limits>

using namespace charla;

namespace {
constexpr quint32 kMax = std::numeric_limits<quint32>::max();

Element stanza(const QString &id)
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("id"), id);
    return m;
}

QStringList ids(const QList<Element> &stanzas)
{
    QStringList out;
    for (const Element &e : stanzas)
        out << e.attribute(QStringLiteral("id"));
    return out;
}

QStringList ids(const std::optional<QList<Element>> &stanzas)
{
    return stanzas ? ids(*stanzas) : QStringList{QStringLiteral("<nullopt>")};
}

/// Enabled, with @p n stanzas "s1".."sn" sent.
StreamManagement withSent(int n)
{
    StreamManagement sm;
    sm.enabled(QStringLiteral("X"), QString(), 0);
    for (int i = 1; i <= n; ++i)
        sm.outboundSent(stanza(QStringLiteral("s%1").arg(i)));
    return sm;
}
} // namespace

class TestStreamManagementUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enabledAndResumable();
    void acknowledgeInSteps();
    void hTooHighChangesNothing();
    void hGoingBackwardsIsRefused();
    void outboundWrapsAt2To32();
    void inboundWrapsAt2To32();
    void parseH_data();
    void parseH();
    void takeUnacked();
    void resumedCountsFromAcknowledged();
    void resetForgetsEverything();
};

void TestStreamManagementUnit::enabledAndResumable()
{
    StreamManagement sm;
    QVERIFY(!sm.isEnabled());
    QVERIFY(!sm.canResume());
    sm.enabled(QStringLiteral("some-id"), QStringLiteral("[::1]:5222"), 300);
    QVERIFY(sm.isEnabled());
    QVERIFY(sm.canResume());
    QCOMPARE(sm.resumeId(), QStringLiteral("some-id"));
    QCOMPARE(sm.location(), QStringLiteral("[::1]:5222"));
    QCOMPARE(sm.maxResumeSeconds(), 300);
    // XEP-0198 3: without resume='true' (no id to give back) the stream cannot be resumed.
    StreamManagement plain;
    plain.enabled(QString(), QString(), 0);
    QVERIFY(plain.isEnabled());
    QVERIFY(!plain.canResume());
}

void TestStreamManagementUnit::acknowledgeInSteps()
{
    StreamManagement sm = withSent(3);
    QCOMPARE(sm.outboundCount(), 3u);
    QCOMPARE(sm.unackedSentAt().size(), 3);
    QCOMPARE(ids(sm.acknowledge(1)), QStringList{QStringLiteral("s1")});
    // The same h again (a repeated <a/>) acknowledges nothing new, and is not an error.
    QCOMPARE(ids(sm.acknowledge(1)), QStringList());
    QCOMPARE(ids(sm.acknowledge(3)), QStringList({QStringLiteral("s2"), QStringLiteral("s3")}));
    QVERIFY(sm.unacked().isEmpty());
    QVERIFY(sm.unackedSentAt().isEmpty());
}

void TestStreamManagementUnit::hTooHighChangesNothing()
{
    // XEP-0198 5: an h beyond what was sent is handled-count-too-high; the caller ends the
    // stream, and the queue is left as it was (nothing is wrongly considered delivered).
    StreamManagement sm = withSent(2);
    QCOMPARE(sm.acknowledge(3), std::nullopt);
    QCOMPARE(sm.acknowledge(kMax), std::nullopt);
    QCOMPARE(sm.unacked().size(), 2);
    QCOMPARE(ids(sm.acknowledge(2)), QStringList({QStringLiteral("s1"), QStringLiteral("s2")}));
}

void TestStreamManagementUnit::hGoingBackwardsIsRefused()
{
    // A counter only grows: a smaller h than before would mean 2^32 - 1 stanzas, not "fewer".
    StreamManagement sm = withSent(3);
    QCOMPARE(ids(sm.acknowledge(2)), QStringList({QStringLiteral("s1"), QStringLiteral("s2")}));
    QCOMPARE(sm.acknowledge(1), std::nullopt);
    QCOMPARE(ids(sm.acknowledge(3)), QStringList{QStringLiteral("s3")});
}

void TestStreamManagementUnit::outboundWrapsAt2To32()
{
    // XEP-0198 4: "h" is an unsignedInt that wraps to 0 after 2^32 - 1.
    StreamManagement sm;
    sm.enabled(QStringLiteral("X"), QString(), 0);
    sm.setCountersForTesting(0, kMax - 1);
    for (int i = 1; i <= 4; ++i)
        sm.outboundSent(stanza(QStringLiteral("s%1").arg(i)));
    QCOMPARE(sm.outboundCount(), 2u); // 2^32 - 2 + 4, modulo 2^32
    QCOMPARE(ids(sm.acknowledge(kMax)), QStringList{QStringLiteral("s1")});
    QCOMPARE(ids(sm.acknowledge(0)), QStringList{QStringLiteral("s2")});
    QCOMPARE(sm.acknowledge(3), std::nullopt); // one more than was sent, after the wrap
    QCOMPARE(ids(sm.acknowledge(2)), QStringList({QStringLiteral("s3"), QStringLiteral("s4")}));
    QVERIFY(sm.unacked().isEmpty());
}

void TestStreamManagementUnit::inboundWrapsAt2To32()
{
    StreamManagement sm;
    sm.enabled(QStringLiteral("X"), QString(), 0);
    sm.setCountersForTesting(kMax - 1, 0);
    sm.inboundHandled();
    QCOMPARE(sm.inboundCount(), kMax);
    sm.inboundHandled();
    QCOMPARE(sm.inboundCount(), 0u);
    sm.inboundHandled();
    QCOMPARE(sm.inboundCount(), 1u);
}

void TestStreamManagementUnit::parseH_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("h");
    QTest::newRow("zero") << QStringLiteral("0") << true << 0u;
    QTest::newRow("small") << QStringLiteral("42") << true << 42u;
    QTest::newRow("max") << QStringLiteral("4294967295") << true << kMax;
    QTest::newRow("leading-zeros") << QStringLiteral("0010") << true << 10u;
    // XML Schema collapses whitespace around an xs:unsignedInt.
    QTest::newRow("spaces") << QStringLiteral(" 7 ") << true << 7u;
    QTest::newRow("2^32") << QStringLiteral("4294967296") << false << 0u;
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << false << 0u;
    QTest::newRow("negative") << QStringLiteral("-1") << false << 0u;
    QTest::newRow("plus") << QStringLiteral("+1") << false << 0u;
    QTest::newRow("empty") << QString() << false << 0u;
    QTest::newRow("blank") << QStringLiteral(" ") << false << 0u;
    QTest::newRow("word") << QStringLiteral("three") << false << 0u;
    QTest::newRow("trailing-junk") << QStringLiteral("12abc") << false << 0u;
    QTest::newRow("hex") << QStringLiteral("0x10") << false << 0u;
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << 0u;
    QTest::newRow("decimal") << QStringLiteral("1.0") << false << 0u;
}

void TestStreamManagementUnit::parseH()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(quint32, h);
    const std::optional<quint32> parsed = StreamManagement::parseH(value);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, h);
}

void TestStreamManagementUnit::takeUnacked()
{
    StreamManagement sm = withSent(4);
    QCOMPARE(ids(sm.acknowledge(1)), QStringList{QStringLiteral("s1")});
    const QList<QDateTime> stamps = sm.unackedSentAt();
    QCOMPARE(stamps.size(), 3);
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        QCOMPARE(stamps.at(i).timeSpec(), Qt::UTC);
        if (i > 0)
            QVERIFY(stamps.at(i - 1) <= stamps.at(i)); // parallel to the queue, oldest first
    }
    const QList<Element> taken = sm.takeUnacked();
    QCOMPARE(ids(taken),
             QStringList({QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4")}));
    QVERIFY(sm.unacked().isEmpty());
    QVERIFY(sm.unackedSentAt().isEmpty());
    QVERIFY(sm.takeUnacked().isEmpty()); // taken once, not twice
}

void TestStreamManagementUnit::resumedCountsFromAcknowledged()
{
    // XEP-0198 5: after <resumed h='1'/> the server has counted 1 of our 3; the two others are
    // sent again and counted again, so the next h the server gives is 3, not 5.
    StreamManagement sm = withSent(3);
    QCOMPARE(ids(sm.acknowledge(1)), QStringList{QStringLiteral("s1")});
    sm.resumed();
    QCOMPARE(sm.outboundCount(), 1u);
    for (const Element &s : sm.takeUnacked())
        sm.outboundSent(s);
    QCOMPARE(sm.outboundCount(), 3u);
    QCOMPARE(sm.acknowledge(4), std::nullopt);
    QCOMPARE(ids(sm.acknowledge(3)), QStringList({QStringLiteral("s2"), QStringLiteral("s3")}));
    QVERIFY(sm.canResume()); // still the same stream
}

void TestStreamManagementUnit::resetForgetsEverything()
{
    StreamManagement sm = withSent(2);
    sm.inboundHandled();
    sm.reset();
    QVERIFY(!sm.isEnabled());
    QVERIFY(!sm.canResume());
    QVERIFY(sm.unacked().isEmpty());
    QCOMPARE(sm.inboundCount(), 0u);
    QCOMPARE(sm.outboundCount(), 0u);
    // A fresh <enabled/> starts every counter at 0 too (XEP-0198 4), even without reset().
    StreamManagement again = withSent(2);
    again.inboundHandled();
    again.enabled(QStringLiteral("Y"), QString(), 0);
    QCOMPARE(again.inboundCount(), 0u);
    QCOMPARE(again.outboundCount(), 0u);
}

QTEST_GUILESS_MAIN(TestStreamManagementUnit)
#include "tst_streammanagement_unit.moc"
