#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace charla {

/// Finds the links a person means in plain text: http://, https:// and xmpp: URIs, without the
/// punctuation that ends the sentence around them. Pure; nothing is fetched or resolved.
namespace LinkFinder {

/// One link: characters [start, start + length) of the text, and the URL they make.
struct Link
{
    int start = 0;
    int length = 0;
    QUrl url;
};

/// The links of @p text, in order, not overlapping.
QList<Link> find(const QString &text);

} // namespace LinkFinder
} // namespace charla
