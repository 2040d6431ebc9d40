#pragma once
// Shared by every fuzz target (tests/fuzz/fuzz_*.cpp). A target is one
// LLVMFuzzerTestOneInput(); it is linked either with libFuzzer (clang, -DCHARLA_FUZZ=ON, see
// ./scripts/fuzz) or with FuzzRegressionMain.cpp (any compiler), which replays the checked-in
// corpus in the normal test suite.

#include "stanza/Element.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// A property the target checks: a broken one is a finding, like a crash. Prints where and
/// aborts, so libFuzzer saves the input and the regression runner fails.
#define CHARLA_FUZZ_CHECK(cond)                                                                  \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (false)

namespace charla::fuzz {

/// The input as a QByteArray without copying (the fuzzer owns the bytes for the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A small deterministic generator seeded from the input, so a saved input replays the same way.
class Rng
{
public:
    explicit Rng(uint32_t seed) : m_state(seed * 2654435761u + 1u) {}
    uint32_t next()
    {
        // xorshift32: good enough to vary chunk sizes, and the same on every platform.
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }

private:
    uint32_t m_state;
};

/// @p e without prefixed attributes other than xml:, which Element::write() leaves out (their
/// namespace is not kept): what a round trip through XML can be expected to give back.
inline Element writable(const Element &e)
{
    Element out(e.name(), e.ns());
    for (const Element::Attribute &a : e.attributes()) {
        if (!a.name.contains(QLatin1Char(':')) || a.name.startsWith(QLatin1String("xml:")))
            out.setAttribute(a.name, a.value);
    }
    out.setText(e.text());
    for (const Element &c : e.children())
        out.appendChild(writable(c));
    return out;
}

} // namespace charla::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
