#include "stanza/Fallback.h"

#include <algorithm>
#include <limits>

namespace charla {

namespace {

/// The UTF-16 ranges (start, end) of @p forNs's fallback in @p body, sorted, valid only.
QList<QPair<int, int>> utf16Ranges(const QString &body, const QList<Fallback> &fallbacks,
                                   const QString &forNs)
{
    QList<QPair<int, int>> ranges;
    const int points = Fallback::codePointCount(body);
    for (const Fallback &f : fallbacks) {
        if (f.forNs != forNs)
            continue;
        if (f.wholeBody) {
            ranges.append({0, int(body.size())});
            continue;
        }
        for (const Fallback::Range &r : f.body) {
            if (r.start < 0 || r.end <= r.start || r.end > points)
                continue;
            ranges.append({Fallback::utf16Index(body, r.start), Fallback::utf16Index(body, r.end)});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace

int Fallback::utf16Index(const QString &text, int codePoint)
{
    int i = 0;
    for (int n = 0; n < codePoint && i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                 ? 2
                 : 1;
    return i;
}

int Fallback::codePointCount(const QString &text)
{
    int n = 0;
    for (int i = 0; i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                 ? 2
                 : 1;
    return n;
}

std::optional<Fallback> Fallback::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("fallback") || e.ns() != Namespace)
        return std::nullopt;
    Fallback f;
    f.forNs = e.attribute(QStringLiteral("for"));
    const QList<Element> bodies = e.childrenNamed(QStringLiteral("body"), Namespace);
    for (const Element &b : bodies) {
        if (!b.hasAttribute(QStringLiteral("start")) || !b.hasAttribute(QStringLiteral("end"))) {
            f.wholeBody = true; // XEP-0428 4: no range means the whole element
            continue;
        }
        bool okStart = false;
        bool okEnd = false;
        const uint start = b.attribute(QStringLiteral("start")).toUInt(&okStart);
        const uint end = b.attribute(QStringLiteral("end")).toUInt(&okEnd);
        if (okStart && okEnd && start < end && end <= uint(std::numeric_limits<int>::max()))
            f.body.append({int(start), int(end)});
    }
    // No <body/> child at all: the fallback is the whole body (XEP-0428 4).
    if (bodies.isEmpty() && !e.hasChild(QStringLiteral("subject"), Namespace))
        f.wholeBody = true;
    return f;
}

QList<Fallback> Fallback::allFromMessage(const Element &message)
{
    QList<Fallback> all;
    for (const Element &child : message.childrenNamed(QStringLiteral("fallback"), Namespace)) {
        if (auto f = fromElement(child))
            all.append(*f);
    }
    return all;
}

Element Fallback::toElement() const
{
    Element e(QStringLiteral("fallback"), Namespace);
    e.setAttribute(QStringLiteral("for"), forNs);
    for (const Range &r : body) {
        e.addChild(QStringLiteral("body"), Namespace)
            .setAttribute(QStringLiteral("start"), QString::number(r.start))
            .setAttribute(QStringLiteral("end"), QString::number(r.end));
    }
    return e;
}

QString Fallback::strip(const QString &body, const QList<Fallback> &fallbacks,
                        const QString &forNs)
{
    const QList<QPair<int, int>> ranges = utf16Ranges(body, fallbacks, forNs);
    QString out;
    int pos = 0;
    for (const auto &r : ranges) {
        if (r.first > pos)
            out += body.mid(pos, r.first - pos);
        pos = std::max(pos, r.second);
    }
    out += body.mid(pos);
    return out;
}

QString Fallback::fallbackText(const QString &body, const QList<Fallback> &fallbacks,
                               const QString &forNs)
{
    QString out;
    int pos = 0;
    for (const auto &r : utf16Ranges(body, fallbacks, forNs)) {
        const int start = std::max(pos, r.first);
        if (r.second > start)
            out += body.mid(start, r.second - start);
        pos = std::max(pos, r.second);
    }
    return out;
}

} // namespace charla
