#include "features/MamFeature.h"

#include "stanza/MamFin.h"
#include "stanza/MamResult.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QLoggingCategory>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcMam, "charla.mam")
}

MamFeature::MamFeature(MessageFeature *messages, HistoryStore *store, QObject *parent)
    : Feature(parent), m_messages(messages), m_store(store)
{
    if (m_messages)
        connect(m_messages, &MessageFeature::messageReceived, this, &MamFeature::onLiveMessage);
}

void MamFeature::sessionStarted(bool resumed)
{
    qCDebug(lcMam) << "session started, resumed:" << resumed << "open queries:" << m_queries.size();
    if (resumed)
        return; // XEP-0198: the resumed stream delivers the rest of every open query
    // A new session: the server forgot the old one's queries (their IQs failed with it, see
    // Client::onEstablished) and what it had not yet delivered to it went to the archive only,
    // so the history is gapless no longer until a catch-up from the stored id is done.
    ++m_generation;
    m_queries.clear();
    m_catchUpRunning = false;
    // What the catch-up brings was archived after every message that came live while the
    // history was gapless, but archive stamps have whole seconds and a live message is stamped
    // when it arrived (a moment, or under a flood seconds, after the server archived it): the
    // newest of those is the floor of the catch-up's new messages, which keeps the archive's
    // order (MessageFeature::processArchived). An interrupted catch-up keeps its floor.
    if (m_gapless && m_messages)
        m_notBefore = m_messages->newestLiveStamp();
    m_gapless = false;
    catchUp();
}

void MamFeature::sessionEnded()
{
    qCDebug(lcMam) << "session ended, open queries:" << m_queries.size();
    // Open queries are kept: a resumed stream (XEP-0198 5) brings the rest of their results
    // and their <fin/>, and dropping them here would drop those results as unsolicited and
    // stall the catch-up. A new session instead clears them in sessionStarted(false).
    saveLiveAnchor();
}

void MamFeature::onLiveMessage(const ChatMessage &message)
{
    // While every archived message up to now is stored (a catch-up completed and the stream
    // has only been resumed since), a message that reached us live, stored, with its archive
    // id (a trusted XEP-0359 stanza-id by our own archive is the XEP-0313 id) is where the
    // next catch-up may start: nothing archived before it is missing. Carbons (enabled on
    // every session) bring the account's messages to other resources too. Without this the
    // next catch-up starts from the last catch-up's id and fetches again everything that came
    // live since, or, when the first catch-up found an empty archive, only the newest page.
    if (!m_gapless || m_catchUpRunning || message.stanzaId.isEmpty())
        return;
    m_liveAnchor = message.stanzaId;
    // Stored every few seconds, not per message: an older id after a crash only means a few
    // messages fetched again, which the store deduplicates.
    if (!m_anchorSaved.isValid() || m_anchorSaved.elapsed() > 5000)
        saveLiveAnchor();
}

void MamFeature::saveLiveAnchor()
{
    if (m_liveAnchor.isEmpty() || !m_store)
        return;
    m_store->setLastArchiveId(m_liveAnchor);
    m_liveAnchor.clear();
    m_anchorSaved.start();
}

void MamFeature::catchUp()
{
    if (m_catchUpRunning || !client() || !client()->isConnected() || !m_store)
        return;
    saveLiveAnchor();
    m_catchUpRunning = true;
    m_gapless = false;
    m_fetched = 0;
    m_added = 0;
    m_newestId.clear();
    Q_EMIT catchUpStarted();
    const QString last = m_store->lastArchiveId();
    if (last.isEmpty()) {
        startInitial();
        return;
    }
    MamQuery q;
    q.rsm.max = m_pageSize;
    q.rsm.after = last;
    sendQuery(q, Purpose::CatchUpForward);
}

void MamFeature::startInitial()
{
    // No archive id yet: the newest page(s) only, not years of archive.
    MamQuery q;
    q.start = QDateTime::currentDateTimeUtc().addDays(-m_initialDays);
    q.rsm.max = std::min(m_pageSize, m_initialLimit);
    q.rsm.before = QString(); // XEP-0059 2.5: the last page
    sendQuery(q, Purpose::CatchUpInitial);
}

void MamFeature::fetchOlder(const QString &chat, const QString &beforeId, const QDateTime &before,
                            int max)
{
    if (!client() || !client()->isConnected())
        return;
    MamQuery q;
    q.with = chat;
    q.rsm.max = max;
    q.rsm.before = beforeId;
    if (beforeId.isEmpty() && before.isValid())
        q.end = before.addMSecs(-1);
    sendQuery(q, Purpose::Older, chat);
}

void MamFeature::sendQuery(MamQuery query, Purpose purpose, const QString &chat)
{
    query.queryId = Client::newId();
    Query open;
    open.purpose = purpose;
    open.chat = chat;
    open.max = query.rsm.max.value_or(m_pageSize);
    m_queries.insert(query.queryId, open);
    qCDebug(lcMam) << "query" << query.queryId << "after" << query.rsm.after.value_or(QString())
                   << "before" << query.rsm.before.value_or(QString());
    const QString queryId = query.queryId;
    const quint64 generation = m_generation;
    // No 'to': the account's own archive (XEP-0313 4.1).
    client()->sendIq(query.toIq(), this, [this, queryId, generation](const IqResult &r) {
        if (generation != m_generation)
            return;
        onFinished(queryId, r);
    }, 120000);
}

bool MamFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("message") || !MamResult::isResult(stanza))
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    const auto result = MamResult::fromMessage(stanza);
    const QString queryId =
        stanza.firstChild(QStringLiteral("result"), MamResult::Namespace).attribute(QStringLiteral("queryid"));
    auto reject = [&](const QString &reason) {
        qCWarning(lcMam) << "dropping an archive result from" << from << ":" << reason;
        Q_EMIT resultRejected(from, reason);
        return true;
    };
    // XEP-0313 5: only results for a query we have open, with its queryid...
    if (queryId.isEmpty() || !m_queries.contains(queryId))
        return reject(QStringLiteral("no open query with this queryid"));
    // ...from the archive we asked: our own (no 'from', or the bare JID).
    if (!from.isEmpty() && Jid::parse(from) != client()->jid().bare())
        return reject(QStringLiteral("not from the archive that was asked"));
    if (!result)
        return reject(QStringLiteral("malformed result"));
    Query &q = m_queries[queryId];
    // A page holds at most what we asked for; more is a server bug or a flood.
    if (q.results.size() >= std::max(q.max, 1))
        return reject(QStringLiteral("more results than asked for"));
    q.results.append({result->forwarded.message,
                      result->forwarded.delay ? result->forwarded.delay->stamp : QDateTime(),
                      result->id});
    return true;
}

void MamFeature::onFinished(const QString &queryId, const IqResult &r)
{
    const auto it = m_queries.find(queryId);
    if (it == m_queries.end())
        return;
    const Query query = it.value();
    m_queries.erase(it);
    if (!r.ok()) {
        if (query.purpose == Purpose::CatchUpForward &&
            r.error.condition == QLatin1String("item-not-found")) {
            // XEP-0313 6.1.1: our last id is no longer in the archive (expired): start afresh.
            qCDebug(lcMam) << "stored archive id unknown to the server; fetching the newest";
            startInitial();
            return;
        }
        qCDebug(lcMam) << "archive query failed:" << r.error.condition;
        if (query.purpose == Purpose::Older)
            Q_EMIT olderFetched(query.chat, 0, false);
        else
            m_catchUpRunning = false;
        if (r.error.kind != Error::Socket)
            Q_EMIT errorOccurred(r.error);
        return;
    }
    const auto fin = MamFin::fromElement(r.iq.firstChild(QStringLiteral("fin"), MamFin::Namespace));
    if (!fin) {
        Q_EMIT errorOccurred(Error::make(
            Error::Stanza, QStringLiteral("malformed-reply"),
            tr("The server's message archive answered in a way Charla does not understand.")));
        if (query.purpose != Purpose::Older)
            m_catchUpRunning = false;
        return;
    }
    // The whole page is stored in one transaction before the archive id moves past it. Pages
    // asked with <before/> (the initial catch-up, older history) are older than what is stored.
    const int added = m_messages
                          ? m_messages->processArchived(
                                query.results, query.purpose != Purpose::Older,
                                query.purpose != Purpose::CatchUpForward,
                                query.purpose == Purpose::CatchUpForward ? &m_notBefore : nullptr)
                          : 0;
    m_fetched += int(query.results.size());
    if (query.purpose == Purpose::Older) {
        Q_EMIT olderFetched(query.chat, added, fin->complete || query.results.isEmpty());
        return;
    }
    continueCatchUp(query, *fin, added);
}

void MamFeature::continueCatchUp(const Query &query, const MamFin &fin, int added)
{
    m_added += added;
    const bool empty = query.results.isEmpty();
    if (query.purpose == Purpose::CatchUpForward) {
        if (!fin.rsm.last.isEmpty())
            m_store->setLastArchiveId(fin.rsm.last);
        const int estimate = fin.rsm.count ? m_fetched - int(query.results.size()) + *fin.rsm.count : -1;
        Q_EMIT progress(m_fetched, std::max(estimate, m_fetched));
        if (fin.complete || empty || fin.rsm.last.isEmpty()) {
            finishCatchUp();
            return;
        }
        MamQuery next;
        next.rsm.max = m_pageSize;
        next.rsm.after = fin.rsm.last;
        sendQuery(next, Purpose::CatchUpForward);
        return;
    }
    // Initial, paging backwards from the newest: the first page's last is the newest id.
    if (m_newestId.isEmpty())
        m_newestId = fin.rsm.last;
    const int estimate = fin.rsm.count ? std::min(*fin.rsm.count, m_initialLimit) : -1;
    Q_EMIT progress(m_fetched, std::max(estimate, m_fetched));
    if (fin.complete || empty || fin.rsm.first.isEmpty() || m_fetched >= m_initialLimit) {
        if (!m_newestId.isEmpty())
            m_store->setLastArchiveId(m_newestId);
        finishCatchUp();
        return;
    }
    MamQuery next;
    next.start = QDateTime::currentDateTimeUtc().addDays(-m_initialDays);
    next.rsm.max = std::min(m_pageSize, m_initialLimit - m_fetched);
    next.rsm.before = fin.rsm.first;
    sendQuery(next, Purpose::CatchUpInitial);
}

void MamFeature::finishCatchUp()
{
    m_catchUpRunning = false;
    // Gapless from here while the stream lasts (or is resumed): see onLiveMessage().
    m_gapless = client() && client()->isConnected();
    qCDebug(lcMam) << "archive catch-up done:" << m_fetched << "fetched," << m_added << "new";
    Q_EMIT catchUpFinished(m_added);
}

} // namespace charla
