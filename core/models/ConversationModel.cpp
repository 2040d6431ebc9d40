#include "models/ConversationModel.h"

#include "storage/HistoryStore.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <vector>

namespace charla {

namespace {

// Grouping: consecutive messages of one sender within this time share one header.
constexpr qint64 kGroupWindowMs = 5 * 60 * 1000;

// Rows are ordered like the store pages them: by (timestamp, id).
std::pair<qint64, qint64> keyOf(const ChatMessage &m)
{
    return {m.timestamp.toMSecsSinceEpoch(), m.id};
}

bool keyLess(const ChatMessage &a, const ChatMessage &b)
{
    return keyOf(a) < keyOf(b);
}

QVariantList reactionsVariant(const ChatMessage &m)
{
    QVariantList list;
    for (const ChatMessage::Reaction &r : m.reactions) {
        list.append(QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                {QStringLiteral("count"), int(r.senders.size())},
                                {QStringLiteral("senders"), r.senders}});
    }
    return list;
}

} // namespace

ConversationModel::ConversationModel(HistoryStore *store, const QString &chat, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_chat(chat)
{
    loadNewest();
    connect(m_store, &HistoryStore::messageAdded, this, [this](const ChatMessage &m) {
        if (m.chat == m_chat)
            insertMessages({m});
    });
    connect(m_store, &HistoryStore::messagesAdded, this,
            [this](const QString &chat, const QList<qint64> &ids) {
                if (chat == m_chat)
                    insertMessages(m_store->messages(ids));
            });
    connect(m_store, &HistoryStore::messageChanged, this, [this](const ChatMessage &m) {
        if (m.chat != m_chat)
            return;
        if (m_before && m_before->id == m.id)
            m_before = m;
        const int row = findRow(m.id);
        if (row < 0)
            return;
        m_rows[size_t(row)] = m;
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i);
    });
    connect(m_store, &HistoryStore::chatCleared, this, [this](const QString &chat) {
        if (chat != m_chat)
            return;
        m_changing = true;
        beginResetModel();
        m_rows.clear();
        m_before.reset();
        m_atStart = true;
        endResetModel();
        m_changing = false;
    });
}

void ConversationModel::setPageSize(int n)
{
    n = qMax(1, n);
    if (n == m_pageSize)
        return;
    m_pageSize = n;
    m_changing = true;
    beginResetModel();
    loadNewest();
    endResetModel();
    m_changing = false;
}

void ConversationModel::loadNewest()
{
    // One row more than a page: when it comes back, it is the neighbour above row 0 and proves
    // there is more to fetch, without a second query.
    QList<ChatMessage> page = m_store->latest(m_chat, m_pageSize + 1);
    m_before.reset();
    m_atStart = page.size() <= m_pageSize;
    if (!m_atStart)
        m_before = page.takeFirst();
    m_rows.assign(page.begin(), page.end());
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atStart;
}

void ConversationModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may call fetchMore from a slot of our own
    // rowsAboutToBeInserted: never start a second change inside one.
    if (parent.isValid() || m_atStart || !m_before || m_changing)
        return;
    // Keyset: everything strictly older than the neighbour, plus the neighbour itself as the
    // new page's newest row.
    QList<ChatMessage> page =
        m_store->before(m_chat, m_before->timestamp, m_before->id, m_pageSize);
    page.append(*m_before);
    std::optional<ChatMessage> newBefore;
    if (page.size() > m_pageSize)
        newBefore = page.takeFirst();
    const bool oldTopFirstOfDay = !m_rows.empty() && firstOfDay(0);
    const bool oldTopGrouped = !m_rows.empty() && grouped(0);
    const int n = int(page.size());
    m_changing = true;
    beginInsertRows({}, 0, n - 1);
    m_rows.insert(m_rows.begin(), page.begin(), page.end());
    m_before = newBefore;
    m_atStart = !newBefore;
    endInsertRows();
    m_changing = false;
    // The old top row keeps its neighbour (it was m_before), so its roles only change if the
    // store changed under us; say so when they did.
    if (int(m_rows.size()) > n &&
        (firstOfDay(n) != oldTopFirstOfDay || grouped(n) != oldTopGrouped)) {
        const QModelIndex i = index(n);
        Q_EMIT dataChanged(i, i, {FirstOfDayRole, GroupedRole});
    }
}

bool ConversationModel::belongsToLoadedRange(const ChatMessage &m) const
{
    // Older than the neighbour above row 0: it will come with a later page.
    return m_atStart || !m_before || keyLess(*m_before, m);
}

void ConversationModel::insertMessages(QList<ChatMessage> messages)
{
    std::sort(messages.begin(), messages.end(), keyLess);
    QList<ChatMessage> fresh;
    for (ChatMessage &m : messages) {
        if (m.chat != m_chat || m.id == 0 || !belongsToLoadedRange(m))
            continue;
        if (!fresh.isEmpty() && fresh.last().id == m.id)
            continue;
        // Rows are sorted by (timestamp, id): a loaded copy sits exactly where this one would go.
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), m, keyLess);
        if (at != m_rows.end() && at->id == m.id)
            continue;
        fresh.append(std::move(m));
    }
    if (fresh.isEmpty())
        return;

    // Runs of new messages that go to the same place become one insertion; runs are applied
    // from the bottom up so the positions found in the current rows stay valid.
    struct Run
    {
        int pos;
        qsizetype first;
        qsizetype last; // inclusive, in fresh
    };
    // The positions below were found in the current rows: no page may be prepended (a slot of
    // rowsInserted or dataChanged calling fetchMore) until every run is in.
    const QScopedValueRollback<bool> noFetch(m_changing, true);
    std::vector<Run> runs;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const int pos = int(std::lower_bound(m_rows.begin(), m_rows.end(), fresh.at(i), keyLess) -
                            m_rows.begin());
        if (!runs.empty() && runs.back().pos == pos)
            runs.back().last = i;
        else
            runs.push_back({pos, i, i});
    }
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        const int count = int(run->last - run->first + 1);
        // The row below the insertion gets a new neighbour above it.
        const bool hasBelow = run->pos < int(m_rows.size());
        const bool belowFirstOfDay = hasBelow && firstOfDay(run->pos);
        const bool belowGrouped = hasBelow && grouped(run->pos);
        beginInsertRows({}, run->pos, run->pos + count - 1);
        m_rows.insert(m_rows.begin() + run->pos, fresh.begin() + run->first,
                      fresh.begin() + run->last + 1);
        endInsertRows();
        const int below = run->pos + count;
        if (hasBelow && (firstOfDay(below) != belowFirstOfDay || grouped(below) != belowGrouped)) {
            const QModelIndex i = index(below);
            Q_EMIT dataChanged(i, i, {FirstOfDayRole, GroupedRole});
        }
    }
}

int ConversationModel::findRow(qint64 id) const
{
    for (size_t i = m_rows.size(); i-- > 0;) { // new and changed messages are usually recent
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int ConversationModel::rowForId(qint64 id)
{
    int row = findRow(id);
    if (row >= 0)
        return row;
    const std::optional<ChatMessage> m = m_store->message(id);
    if (!m || m->chat != m_chat)
        return -1;
    while (row < 0 && canFetchMore()) {
        fetchMore();
        row = findRow(id);
    }
    return row;
}

const ChatMessage *ConversationModel::previousOf(int row) const
{
    if (row > 0)
        return &m_rows[size_t(row - 1)];
    return m_before ? &*m_before : nullptr;
}

bool ConversationModel::firstOfDay(int row) const
{
    const ChatMessage *prev = previousOf(row);
    return !prev || prev->timestamp.toLocalTime().date() !=
                        m_rows[size_t(row)].timestamp.toLocalTime().date();
}

bool ConversationModel::grouped(int row) const
{
    const ChatMessage *prev = previousOf(row);
    if (!prev || firstOfDay(row))
        return false;
    const ChatMessage &m = m_rows[size_t(row)];
    // Own messages are one sender whichever resource sent them; a peer's are grouped by full
    // JID, which in a room is the occupant (room@service/nick).
    const bool sameSender =
        m.isOutgoing() ? prev->isOutgoing() : !prev->isOutgoing() && prev->from == m.from;
    const qint64 gap = prev->timestamp.msecsTo(m.timestamp);
    return sameSender && gap >= 0 && gap <= kGroupWindowMs;
}

QString ConversationModel::accessibleText(const ChatMessage &m) const
{
    QString name = m_senderName ? m_senderName(m.from, m.isOutgoing()) : QString();
    if (name.isEmpty()) {
        name = m.isOutgoing() ? tr("You", "the sender of one's own messages, read aloud")
                              : m.from.section(QLatin1Char('/'), 0, 0);
    }
    const QString time = QLocale().toString(m.timestamp.toLocalTime().time(),
                                            QLocale::ShortFormat);
    QString text = m.retracted ? tr("message retracted") : m.body;
    if (!m.oobUrl.isEmpty() && m.oobUrl != m.body)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + m.oobUrl;
    if (m.edited && !m.retracted)
        text += QStringLiteral(" ") + tr("(edited)");
    //: A message read aloud: sender, time, text ("Alice, 10:42: see you")
    return tr("%1, %2: %3").arg(name, time, text);
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ChatMessage &m = m_rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case IdRole:
        return m.id;
    case MessageRole:
        return QVariant::fromValue(m);
    case DirectionRole:
        return int(m.direction);
    case FromRole:
        return m.from;
    case TimestampRole:
        return m.timestamp.toLocalTime();
    case StateRole:
        return int(m.state);
    case ErrorTextRole:
        return m.errorText;
    case EditedRole:
        return m.edited;
    case RetractedRole:
        return m.retracted;
    case ReplyQuoteRole:
        return m.replyQuote;
    case ReplyFromRole:
        return m.replyToFrom;
    case ReactionsRole:
        return reactionsVariant(m);
    case OobUrlRole:
        return m.oobUrl;
    case IsActionRole:
        return m.isAction();
    case FirstOfDayRole:
        return firstOfDay(row);
    case Qt::AccessibleTextRole:
        return accessibleText(m);
    case GroupedRole:
        return grouped(row);
    case UnstyledRole:
        return m.unstyled;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {MessageRole, "message"},
                  {DirectionRole, "direction"},
                  {FromRole, "from"},
                  {BodyRole, "body"},
                  {TimestampRole, "timestamp"},
                  {StateRole, "state"},
                  {ErrorTextRole, "errorText"},
                  {EditedRole, "edited"},
                  {RetractedRole, "retracted"},
                  {ReplyQuoteRole, "replyQuote"},
                  {ReplyFromRole, "replyFrom"},
                  {ReactionsRole, "reactions"},
                  {OobUrlRole, "oobUrl"},
                  {IsActionRole, "isAction"},
                  {FirstOfDayRole, "firstOfDay"},
                  {GroupedRole, "grouped"},
                  {UnstyledRole, "unstyled"}});
    return names;
}

} // namespace charla
