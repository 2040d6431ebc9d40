#pragma once

#include <QString>

#include <optional>

namespace charla {

/// SASLprep (RFC 4013), the stringprep (RFC 3454) profile SCRAM uses for user names and
/// passwords.
///
/// We implement SASLprep and not the PRECIS OpaqueString profile (RFC 8265) because RFC 5802
/// 2.2 names it and servers hash what it produces: Prosody SASLpreps (NFKC) the password before
/// deriving its SCRAM keys. For the strings people actually type the two agree; they differ on
/// compatibility characters (NFKC maps U+2168 to "IX", OpaqueString's NFC keeps it).
///
/// Stringprep is pinned to Unicode 3.2: normalization uses Qt's Unicode 3.2 mode, and a code
/// point is "unassigned" (table A.1) when it was not assigned in 3.2. The bidi categories
/// (tables D.1, D.2) come from Qt's current Unicode data, a close approximation of 3.2 for
/// every character that existed then.
namespace SaslPrep {

/// RFC 3454 7: whether code points unassigned in Unicode 3.2 are allowed.
enum class Mode {
    Query,       ///< unassigned code points pass through (what a client sends)
    StoredString ///< unassigned code points are an error (what a server stores)
};

/// Why a string cannot be prepared.
enum class Error {
    None,
    ProhibitedCharacter, ///< RFC 4013 2.3: a character of the prohibited tables
    BidiViolation,       ///< RFC 4013 2.4 / RFC 3454 6: mixed or badly placed right-to-left
    UnassignedCodePoint  ///< RFC 3454 7: unassigned in Unicode 3.2 (StoredString only)
};

/// Prepares @p input; nullopt (with @p error set) when it contains what SASLprep forbids.
std::optional<QString> prepare(const QString &input, Mode mode = Mode::Query,
                               Error *error = nullptr);

} // namespace SaslPrep
} // namespace charla
