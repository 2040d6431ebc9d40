#pragma once

#include <QString>

namespace charla {

/// A nickname as it may be shown without passing for another one: characters a reader cannot
/// see or tell apart are written out as "⟨U+XXXX⟩".
///
/// Escaped: format characters (zero-width spaces and joiners, bidi embeddings, overrides and
/// isolates, the soft hyphen, tag characters), control characters, whitespace other than a
/// single inner U+0020 (no-break and other Unicode spaces; leading, trailing and repeated
/// spaces), invisible letters (Hangul fillers, braille blank) and variation selectors that do
/// not follow a symbol, and unpaired surrogates. Everything else, including right-to-left
/// scripts and emoji, is kept as it is. So "alice" and "alice\u200B" read "alice" and
/// "alice⟨U+200B⟩".
QString visibleNick(const QString &nick);

/// True when visibleNick() would change @p nick (the ui may mark such nicks).
bool nickHasInvisibles(const QString &nick);

} // namespace charla
