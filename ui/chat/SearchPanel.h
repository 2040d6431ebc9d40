#pragma once

#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;

namespace charla {

class HistoryStore;
class SearchResultModel;

/// Searches the history of every account (HistoryStore::search, FTS5) as the person types and
/// lists the hits newest first with the matched words highlighted; activating one asks for
/// its chat to be opened at that message.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    /// The stores to search: (account bare JID, store) pairs.
    using Stores = std::function<QList<QPair<QString, HistoryStore *>>()>;
    /// The name a chat is shown with.
    using ChatName = std::function<QString(const QString &account, const QString &chat)>;

    explicit SearchPanel(QWidget *parent = nullptr);

    void setStores(Stores stores) { m_stores = std::move(stores); }
    void setChatName(ChatName name) { m_chatName = std::move(name); }
    /// Hits shown at most.
    void setLimit(int limit) { m_limit = limit; }

    QLineEdit *searchField() const { return m_field; }
    QListView *resultView() const { return m_view; }
    SearchResultModel *results() const { return m_model; }
    QString summary() const;

public Q_SLOTS:
    /// Searches now (typing searches after a short pause).
    void search();

Q_SIGNALS:
    void resultActivated(const QString &account, const QString &chat, qint64 id);

private:
    void activate(const QModelIndex &index);

    QLineEdit *m_field;
    QListView *m_view;
    QLabel *m_summary;
    SearchResultModel *m_model;
    QTimer m_delay;
    Stores m_stores;
    ChatName m_chatName;
    int m_limit = 50;
};

} // namespace charla
