#include "SearchResultModel.h"

namespace charla {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setResults(const QList<Result> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Result &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString snippet = r.hit.snippet;
        snippet.remove(QChar(1));
        snippet.remove(QChar(2));
        return snippet;
    }
    case AccountRole:
        return r.account;
    case ChatRole:
        return r.hit.message.chat;
    case ChatNameRole:
        return r.chatName.isEmpty() ? r.hit.message.chat : r.chatName;
    case IdRole:
        return r.hit.message.id;
    case SnippetRole:
        return r.hit.snippet.isEmpty() ? r.hit.message.body : r.hit.snippet;
    case TimestampRole:
        return r.hit.message.timestamp.toLocalTime();
    case OutgoingRole:
        return r.hit.message.isOutgoing();
    default:
        return {};
    }
}

} // namespace charla
