#pragma once

#include <QString>

namespace charla::test {

/// Directory where tests leave files for a person to look at (screenshots, logs):
/// `<build>/test-output`, or a temp dir when run outside CTest.
QString outputDir();
/// The source tree's root (for test data and scripts).
QString sourceDir();

} // namespace charla::test
