#include "SearchPanel.h"

#include "SearchResultDelegate.h"
#include "SearchResultModel.h"
#include "storage/HistoryStore.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSearch, "charla.ui.search")

namespace charla {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_view(new QListView(this)),
      m_summary(new QLabel(this)), m_model(new SearchResultModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_field->setPlaceholderText(tr("Search all chats"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search messages"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Search results"));
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_field);

    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_delay.stop();
        search();
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->setFocus();
        }
    });
    connect(m_view, &QListView::activated, this, &SearchPanel::activate);
    connect(m_view, &QListView::clicked, this, &SearchPanel::activate);
}

QString SearchPanel::summary() const
{
    return m_summary->text();
}

void SearchPanel::search()
{
    const QString text = m_field->text().trimmed();
    QList<SearchResultModel::Result> results;
    if (text.isEmpty() || !m_stores) {
        m_model->setResults(results);
        m_summary->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto stores = m_stores();
    for (const auto &[account, store] : stores) {
        if (!store)
            continue;
        const QList<HistoryStore::SearchHit> hits = store->search(text, m_limit);
        for (const HistoryStore::SearchHit &hit : hits) {
            const QString name = m_chatName ? m_chatName(account, hit.message.chat) : QString();
            results.append({account, name, hit});
        }
    }
    // Newest first across accounts; each store already returns its newest hits.
    std::stable_sort(results.begin(), results.end(),
                     [](const SearchResultModel::Result &a, const SearchResultModel::Result &b) {
                         return a.hit.message.timestamp > b.hit.message.timestamp;
                     });
    if (results.size() > m_limit)
        results.resize(m_limit);
    m_model->setResults(results);
    qCDebug(lcSearch) << "search of" << stores.size() << "stores took" << timer.elapsed() << "ms";
    m_summary->setText(results.isEmpty() ? tr("No messages found.")
                                         : tr("%n message(s) found.", nullptr, int(results.size())));
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT resultActivated(index.data(SearchResultModel::AccountRole).toString(),
                           index.data(SearchResultModel::ChatRole).toString(),
                           index.data(SearchResultModel::IdRole).toLongLong());
}

} // namespace charla
