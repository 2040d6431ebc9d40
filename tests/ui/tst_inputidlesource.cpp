// The fallback idle source: time since the last key or mouse input to Charla's own windows.
#include "InputIdleSource.h"

#include <QLineEdit>
#include <QTest>

using namespace charla;

class TestInputIdleSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputResetsIdleTime();
};

void TestInputIdleSource::inputResetsIdleTime()
{
    QLineEdit field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    InputIdleSource source;
    QTest::qWait(120);
    QVERIFY2(source.idleMs() >= 100, qPrintable(QString::number(source.idleMs())));
    QTest::keyClick(&field, Qt::Key_A);
    QVERIFY2(source.idleMs() < 100, qPrintable(QString::number(source.idleMs())));
    QTest::qWait(120);
    QVERIFY(source.idleMs() >= 100);
    QTest::mouseMove(&field, QPoint(5, 5));
    QTest::mouseClick(&field, Qt::LeftButton);
    QVERIFY(source.idleMs() < 100);
}

QTEST_MAIN(TestInputIdleSource)
#include "tst_inputidlesource.moc"
