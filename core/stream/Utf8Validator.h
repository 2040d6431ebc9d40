#pragma once

#include <QtGlobal>

namespace charla {

/// An incremental UTF-8 validator: bytes may arrive in any pieces, a character split across
/// pieces is checked when its last byte arrives.
///
/// Strict per Unicode 15 table 3-7 (RFC 3629): overlong forms, UTF-16 surrogates (U+D800 to
/// U+DFFF), values above U+10FFFF and stray continuation bytes are all invalid.
class Utf8Validator
{
public:
    /// Checks @p size more bytes. Returns the index in @p data of the first byte that makes the
    /// input invalid, or -1 if it is valid so far. After a failure, call reset() before reuse.
    qsizetype validate(const char *data, qsizetype size);
    /// True when the bytes so far do not end inside a multi-byte character.
    bool atCharacterBoundary() const { return m_needed == 0; }
    /// UTF-16 code units of the characters begun so far (two for a character above U+FFFF).
    qint64 utf16Units() const { return m_units; }
    void reset() { *this = Utf8Validator(); }

private:
    int m_needed = 0;     // continuation bytes still expected
    uchar m_lower = 0x80; // allowed range of the next continuation byte
    uchar m_upper = 0xBF;
    qint64 m_units = 0;
};

} // namespace charla
