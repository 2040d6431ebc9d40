#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace charla {

/// charla-cli's output: sentences on stderr, results as compact JSON lines on stdout.
inline void printError(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

inline void printJson(const QJsonObject &o)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

} // namespace charla
