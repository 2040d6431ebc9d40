#include "features/DownloadName.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace charla {

namespace {

bool isDropped(QChar c)
{
    // Controls (C0, DEL, C1) and format characters: bidi overrides and isolates (U+202A-202E,
    // U+2066-2069), marks, zero-width joiners, BOM. "gpj.exe" shown as "exe.jpg" is the classic.
    const QChar::Category cat = c.category();
    return cat == QChar::Other_Control || cat == QChar::Other_Format ||
           cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph;
}

bool isWindowsReserved(const QString &name)
{
    // Windows opens the device for these names whatever the extension ("nul.txt" too).
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\\x{00B9}\\x{00B2}\\x{00B3}]|LPT[0-9\\x{00B9}\\x{00B2}\\x{00B3}]|CONIN\\$|CONOUT\\$)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed();
    return reserved.match(stem).hasMatch();
}

/// Cuts @p s to at most @p bytes UTF-8 bytes, never inside a surrogate pair.
QString cutUtf8(const QString &s, int bytes)
{
    QString out = s;
    while (!out.isEmpty() && out.toUtf8().size() > bytes) {
        out.chop(1);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

} // namespace

QString DownloadName::sanitize(const QString &name)
{
    // Percent-encoded separators count as separators: "..%2F..%2Fx" is "../../x".
    QString s = QUrl::fromPercentEncoding(name.toUtf8());
    QString kept;
    kept.reserve(s.size());
    for (const QChar c : std::as_const(s))
        if (!isDropped(c))
            kept.append(c);
    // No folders: only the last segment, for either separator ("..\\..\\x" on Windows).
    kept = kept.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    // Characters Windows refuses in names.
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"|?*]"));
    kept.replace(forbidden, QStringLiteral("_"));
    // No hidden files and no "." or ".."; Windows drops trailing dots and spaces itself.
    kept = kept.trimmed();
    while (kept.startsWith(QLatin1Char('.')) || kept.startsWith(QLatin1Char(' ')))
        kept.remove(0, 1);
    while (kept.endsWith(QLatin1Char('.')) || kept.endsWith(QLatin1Char(' ')))
        kept.chop(1);
    if (kept.isEmpty())
        return QStringLiteral("download");
    if (isWindowsReserved(kept))
        kept.prepend(QLatin1Char('_'));

    if (kept.toUtf8().size() > kMaxBytes) {
        // Keep a short extension, so the file still opens with the right program.
        const int dot = kept.lastIndexOf(QLatin1Char('.'));
        QString ext = dot > 0 ? kept.mid(dot) : QString();
        if (ext.toUtf8().size() > 16)
            ext.clear();
        const QString stem = ext.isEmpty() ? kept : kept.left(dot);
        kept = cutUtf8(stem, kMaxBytes - int(ext.toUtf8().size())).trimmed() + ext;
    }
    return kept;
}

QString DownloadName::fromUrl(const QString &url)
{
    const QUrl u(url);
    // Encoded path, so an encoded separator inside the last segment is seen by sanitize().
    const QString path = u.path(QUrl::FullyEncoded);
    return sanitize(path.section(QLatin1Char('/'), -1));
}

} // namespace charla
