#include "TestEnv.h"

#include <QDir>
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

} // namespace charla::test
