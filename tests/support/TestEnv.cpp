#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QtGlobal>

namespace charla::test {

QString outputDir()
{
    QString dir = qEnvironmentVariable("CHARLA_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/charla-test-output");
    QDir().mkpath(dir);
    return dir;
}

QString sourceDir()
{
    return qEnvironmentVariable("CHARLA_SOURCE_DIR", QStringLiteral(CHARLA_SOURCE_DIR));
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    QEventLoop loop;
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace charla::test
