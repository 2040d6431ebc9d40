#include "models/Mention.h"

namespace charla {

namespace {

// A nick character that would make the match part of a longer word ("alice" in "malice").
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark();
}

} // namespace

bool mentionsNick(const QString &body, const QString &nick)
{
    const QString needle = nick.trimmed();
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = body.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        // Only a boundary on a side where the nick itself is a word character matters: a nick
        // like "[bot]" is found inside "ask[bot]" as well.
        const bool startOk = at == 0 || !isWordChar(needle.front()) || !isWordChar(body.at(at - 1));
        const bool endOk =
            end >= body.size() || !isWordChar(needle.back()) || !isWordChar(body.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

} // namespace charla
