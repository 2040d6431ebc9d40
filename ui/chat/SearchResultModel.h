#pragma once

#include "storage/HistoryStore.h"

#include <QAbstractListModel>

namespace charla {

/// The hits of a history search, newest first, across accounts (for SearchPanel's list).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AccountRole = Qt::UserRole + 1, ///< QString: the account's bare JID
        ChatRole,      ///< QString: the chat's bare JID
        ChatNameRole,  ///< QString: the chat as shown (roster name or JID)
        IdRole,        ///< qint64: the message's store id
        SnippetRole,   ///< QString: the text around the hits, hits between \x01 and \x02
        TimestampRole, ///< QDateTime
        OutgoingRole,  ///< bool
    };

    struct Result
    {
        QString account;
        QString chatName;
        HistoryStore::SearchHit hit;
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QList<Result> &results);
    const Result &result(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Result> m_results;
};

} // namespace charla
