#include "stream/Utf8Validator.h"

#include <cstring>

namespace charla {

qsizetype Utf8Validator::validate(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (m_needed > 0) {
            const uchar b = p[i];
            if (b < m_lower || b > m_upper)
                return i;
            m_lower = 0x80;
            m_upper = 0xBF;
            --m_needed;
            ++i;
            continue;
        }
        // Fast path: XMPP traffic is mostly ASCII; check eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
            m_units += 8;
        }
        if (i == size)
            break;
        const uchar b = p[i];
        if (b < 0x80) {
            ++m_units;
            ++i;
            continue;
        }
        // Unicode 15 table 3-7: the lead byte decides the length and, for E0, ED, F0 and F4,
        // narrows the second byte so overlongs, surrogates and values past U+10FFFF fail.
        if (b < 0xC2) {
            return i; // a continuation byte without a lead, or an overlong two-byte form
        } else if (b < 0xE0) {
            m_needed = 1;
        } else if (b < 0xF0) {
            m_needed = 2;
            if (b == 0xE0)
                m_lower = 0xA0;
            else if (b == 0xED)
                m_upper = 0x9F;
        } else if (b < 0xF5) {
            m_needed = 3;
            if (b == 0xF0)
                m_lower = 0x90;
            else if (b == 0xF4)
                m_upper = 0x8F;
            ++m_units; // a surrogate pair in UTF-16
        } else {
            return i;
        }
        ++m_units;
        ++i;
    }
    return -1;
}

} // namespace charla
