#pragma once

#include <QString>

namespace charla {

/// Whether @p body mentions @p nick: the nick appears as a whole word (not inside a longer
/// word), compared case-insensitively, as people write "alice: hi", "@Alice" or "thanks alice!".
/// An empty nick is never mentioned.
bool mentionsNick(const QString &body, const QString &nick);

} // namespace charla
