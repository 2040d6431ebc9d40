#pragma once

#include <QString>

#include <functional>

namespace charla::test {

/// Directory where tests leave files for a person to look at (screenshots, logs):
/// `<build>/test-output`, or a temp dir when run outside CTest.
QString outputDir();
/// The source tree's root (for test data and scripts).
QString sourceDir();
/// Runs the event loop until @p done is true or @p ms pass; true when it became true. For
/// tools and benchmarks that cannot use QTRY_VERIFY.
bool waitUntil(const std::function<bool()> &done, int ms);

} // namespace charla::test
