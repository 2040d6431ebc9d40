#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

class QDebug;

namespace charla {

/// An XMPP address (RFC 7622): `[localpart@]domainpart[/resourcepart]`, kept in canonical form.
///
/// Parsing validates and normalises each part: the localpart is NFKC-normalised and case-folded
/// (an approximation of the PRECIS UsernameCaseMapped profile with Qt's Unicode tables), the
/// domain is lower-cased, kept in its Unicode form and loses one trailing dot, and the resource is
/// only NFC-normalised. Because every valid Jid holds one canonical string, equality, ordering and
/// hashing are a single string operation: cheap enough to run on every stanza. Copies are cheap
/// (one implicitly shared QString). A default-constructed Jid is invalid.
class Jid
{
public:
    /// An invalid (null) address.
    Jid() = default;

    /// Parses @p address; returns an invalid Jid and a translated sentence in @p error if it is
    /// not a valid XMPP address.
    static Jid parse(const QString &address, QString *error = nullptr);
    /// Builds an address from separate parts; an empty @p localpart or @p resource means none.
    static Jid fromParts(const QString &localpart, const QString &domain,
                         const QString &resource = QString(), QString *error = nullptr);

    /// True for every address that parse() or fromParts() accepted.
    bool isValid() const { return !m_full.isEmpty(); }
    /// True when there is no resource (`user@domain` or `domain`).
    bool isBare() const { return isValid() && m_domainEnd == m_full.size(); }
    /// True when there is a resource (`user@domain/resource`).
    bool isFull() const { return m_domainEnd < m_full.size(); }
    /// True when there is a part before @.
    bool hasLocalpart() const { return m_localSize > 0; }

    /// The normalised part before @, or empty.
    QString localpart() const { return m_full.left(m_localSize); }
    /// The normalised domain (Unicode form, lower case, no trailing dot).
    QString domain() const;
    /// The resource as given (NFC), or empty.
    QString resource() const { return isFull() ? m_full.mid(m_domainEnd + 1) : QString(); }

    /// The address without its resource; *this when it is already bare.
    Jid bare() const;
    /// The bare address with @p resource (bare if empty); invalid, with @p error set, if
    /// @p resource is not a valid resource or this address is invalid.
    Jid withResource(const QString &resource, QString *error = nullptr) const;

    /// The canonical string: the whole address, with the resource when there is one.
    QString full() const { return m_full; }
    /// Same as full().
    QString toString() const { return m_full; }

    /// True when both addresses are valid and equal once their resources are ignored.
    bool bareEquals(const Jid &other) const;

    friend bool operator==(const Jid &a, const Jid &b) { return a.m_full == b.m_full; }
    friend bool operator!=(const Jid &a, const Jid &b) { return a.m_full != b.m_full; }
    /// A total order consistent with ==, for sorted containers.
    friend bool operator<(const Jid &a, const Jid &b) { return a.m_full < b.m_full; }
    friend size_t qHash(const Jid &jid, size_t seed = 0) noexcept
    {
        return qHash(jid.m_full, seed);
    }

private:
    // m_full is `local@domain/resource` in canonical form; the offsets say where the parts are.
    // Parts are at most 1023 UTF-8 bytes, so int is enough and the object stays 32 bytes.
    QString m_full;
    int m_localSize = 0; // 0 when there is no localpart (a localpart is never empty)
    int m_domainEnd = 0; // index just past the domain; == m_full.size() when bare
};

/// Prints `Jid("user@domain/resource")` for debugging.
QDebug operator<<(QDebug debug, const Jid &jid);

} // namespace charla

Q_DECLARE_METATYPE(charla::Jid)
