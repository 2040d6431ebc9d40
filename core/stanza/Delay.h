#pragma once

#include "stanza/Element.h"

#include <QDateTime>
#include <optional>

namespace charla {

/// XEP-0203 delayed delivery: when a stanza was originally sent (offline storage, archives,
/// forwarded messages).
struct Delay
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:delay");

    QDateTime stamp; ///< UTC
    QString from;    ///< who delayed it (optional)
    QString reason;  ///< optional text

    /// nullopt unless @p e is a <delay/> with a valid XEP-0082 'stamp'.
    static std::optional<Delay> fromElement(const Element &e);
    static std::optional<Delay> fromMessage(const Element &stanza);
    Element toElement() const;
    void write(QXmlStreamWriter &w) const { toElement().write(w); }
    bool operator==(const Delay &o) const
    {
        return stamp == o.stamp && from == o.from && reason == o.reason;
    }

    /// XEP-0082 DateTime: "CCYY-MM-DDThh:mm:ss[.sss]TZD", returned in UTC; invalid if malformed.
    static QDateTime parseStamp(const QString &text);
    /// XEP-0082 DateTime in UTC with 'Z' (milliseconds only when not zero).
    static QString formatStamp(const QDateTime &stamp);
};

} // namespace charla
