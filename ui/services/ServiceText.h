#pragma once

#include <QString>

namespace charla {

/// Sentences the service windows share.
namespace ServiceText {

/// A span of time for a person: "3 days, 4 hours", "5 minutes", "12 seconds" (the two
/// largest units, translated, with plurals).
QString duration(qint64 seconds);

} // namespace ServiceText

} // namespace charla
