// The message history at size: a store of 1,000,000 messages across 100 chats (one chat holds
// 100,000), built with HistoryStore::addBatch in a temporary directory. Measures
//   (a) full-text search of a typical word -> the newest 50 hits (target < 50 ms),
//   (b) opening the 100,000-message chat -> a ConversationModel showing the newest 50
//       (target < 50 ms),
//   (c) scrolling to the top of that chat page by page with fetchMore (longest page <= 16 ms),
//   (d) archive catch-up: inserting MAM pages with addBatch (target >= 50,000 messages/s), and
//       separately the parse cost: MAM result stanzas through StreamParser into Elements and
//       the XEP-0313/0297/0359 codecs (MamResult, Message::toChatMessage) into ChatMessages.
// Prints one JSON object.
//
//   bench_history [messages] [chats]     (default 1000000 100; the big chat holds a tenth)

#include "models/ConversationModel.h"
#include "stanza/MamResult.h"
#include "stanza/Message.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/StreamParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace charla;

namespace {

const QString kOwn = QStringLiteral("me@example.org");
const QString kOwnFull = QStringLiteral("me@example.org/desk");
constexpr int kBatch = 5000;      // build batches
constexpr int kArchivePage = 250; // a MAM page as Charla asks for it in a catch-up
constexpr int kCatchUp = 50000;   // messages in the catch-up measurement
constexpr int kVocabulary = 8000;
const QDateTime kStart(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC);

// The machine this runs on may be shared (builds on two cores): CPU time of this process is
// reported next to wall-clock time, and rates are given for both.
qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

struct Clock
{
    QElapsedTimer wall;
    qint64 cpu0 = cpuNs();
    Clock() { wall.start(); }
    qint64 wallNs() const { return wall.nsecsElapsed(); }
    qint64 cpuElapsedNs() const { return cpuNs() - cpu0; }
};

double ms(qint64 ns)
{
    return std::round(double(ns) / 1e4) / 100.0;
}

// A deterministic pseudo-language: syllables make pronounceable words, and word frequencies
// follow Zipf's law (s = 1) as in real chat text.
class Corpus
{
public:
    Corpus()
    {
        static const char *const syl[] = {"ka",  "lo", "mi",  "ne",  "ru",  "sa",  "to",  "vi",
                                          "pe",  "da", "go",  "ha",  "ji",  "bu",  "fe",  "zo",
                                          "qui", "ro", "cha", "len", "mor", "tas", "vel", "dri"};
        QRandomGenerator rng(42);
        QSet<QString> seen;
        while (m_words.size() < kVocabulary) {
            QString w;
            const int n = 1 + int(rng.bounded(3u));
            for (int i = 0; i < n; ++i)
                w += QLatin1String(syl[rng.bounded(int(std::size(syl)))]);
            if (!seen.contains(w)) {
                seen.insert(w);
                m_words.append(w);
            }
        }
        double total = 0;
        for (int i = 0; i < kVocabulary; ++i) {
            total += 1.0 / (i + 1);
            m_cumulative.append(total);
        }
        for (double &c : m_cumulative)
            c /= total;
    }
    QString word(int rank) const { return m_words.at(rank); }
    QString body(QRandomGenerator &rng) const
    {
        QString b;
        const int n = 3 + int(rng.bounded(10u));
        for (int i = 0; i < n; ++i) {
            const double u = rng.generateDouble();
            const int rank = int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u) -
                                 m_cumulative.begin());
            if (i)
                b += QLatin1Char(' ');
            b += m_words.at(qMin(rank, kVocabulary - 1));
        }
        return b;
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

QString chatName(int c)
{
    return QStringLiteral("contact%1@example.org").arg(c);
}

// Message i of the store: chat 0 gets a tenth of all messages, the others share the rest;
// timestamps rise about 90 s per message over the whole store.
ChatMessage makeMessage(const Corpus &corpus, QRandomGenerator &rng, qint64 i, int chats,
                        const QDateTime &ts)
{
    ChatMessage m;
    const int c = (i % 10 == 0) ? 0 : 1 + int(rng.bounded(quint32(chats - 1)));
    m.chat = chatName(c);
    const bool out = rng.bounded(2u) == 0;
    m.direction = out ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    m.from = out ? kOwnFull : m.chat + QStringLiteral("/phone");
    m.state = out ? ChatMessage::State::Displayed : ChatMessage::State::Received;
    m.body = corpus.body(rng);
    m.timestamp = ts;
    m.messageId = QStringLiteral("m%1").arg(i);
    m.originId = QStringLiteral("o-%1-%2").arg(i).arg(rng.generate(), 8, 16, QLatin1Char('0'));
    m.stanzaId = QStringLiteral("s-%1-%2").arg(i).arg(rng.generate(), 8, 16, QLatin1Char('0'));
    return m;
}

// A MAM result as a server sends it (XEP-0313 4.2), around an ordinary chat message.
QByteArray mamResult(const ChatMessage &m, int i)
{
    const bool out = m.isOutgoing();
    const QByteArray from = (out ? kOwnFull : m.from).toUtf8();
    const QByteArray to = (out ? m.chat : kOwnFull).toUtf8();
    QByteArray body = m.body.toUtf8();
    return "<message to='" + kOwnFull.toUtf8() + "' id='mamres" + QByteArray::number(i) +
           "'><result xmlns='urn:xmpp:mam:2' queryid='q1' id='" + m.stanzaId.toUtf8() +
           "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='" +
           m.timestamp.toString(Qt::ISODate).toUtf8() +
           "'/><message xmlns='jabber:client' type='chat' from='" + from + "' to='" + to +
           "' id='" + m.messageId.toUtf8() + "'><body>" + body +
           "</body><origin-id xmlns='urn:xmpp:sid:0' id='" + m.originId.toUtf8() +
           "'/><markable xmlns='urn:xmpp:chat-markers:0'/><active "
           "xmlns='http://jabber.org/protocol/chatstates'/></message></forwarded></result>"
           "</message>";
}

struct Timing
{
    double best = 1e18, median = 0, worst = 0, cpuMedian = 0;
};

template<typename F> Timing repeat(int runs, F f)
{
    QList<double> t, c;
    for (int r = 0; r < runs; ++r) {
        Clock clock;
        f();
        t.append(ms(clock.wallNs()));
        c.append(ms(clock.cpuElapsedNs()));
    }
    std::sort(t.begin(), t.end());
    std::sort(c.begin(), c.end());
    return {t.first(), t.at(t.size() / 2), t.last(), c.at(c.size() / 2)};
}

QJsonObject timingJson(const Timing &t, double target)
{
    return {{QStringLiteral("best_ms"), t.best},   {QStringLiteral("median_ms"), t.median},
            {QStringLiteral("worst_ms"), t.worst}, {QStringLiteral("cpu_median_ms"), t.cpuMedian},
            {QStringLiteral("target_ms"), target}, {QStringLiteral("ok"), t.median < target}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("charla.*.debug=false"));
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int chats = argc > 2 ? QByteArray(argv[2]).toInt() : 100;
    if (total < 1000 || chats < 2) {
        std::fprintf(stderr, "usage: bench_history [messages >= 1000] [chats >= 2]\n");
        return 2;
    }

    QTemporaryDir dir;
    AccountDatabase db;
    QString error;
    if (!db.openFile(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    HistoryStore store(&db);
    const Corpus corpus;
    QRandomGenerator rng(7);
    QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("history")},
                       {QStringLiteral("build_type"), QStringLiteral(CHARLA_BUILD_TYPE)},
                       {QStringLiteral("messages"), total},
                       {QStringLiteral("chats"), chats}};

    // --- Build the store -------------------------------------------------------------------
    const qint64 stepMs = 90 * 1000;
    Clock buildClock;
    qint64 stored = 0;
    qint64 generateNs = 0;
    for (qint64 i = 0; i < total;) {
        const qint64 g0 = cpuNs();
        QList<ChatMessage> batch;
        batch.reserve(kBatch);
        for (int k = 0; k < kBatch && i < total; ++k, ++i)
            batch.append(makeMessage(corpus, rng, i, chats,
                                     kStart.addMSecs(i * stepMs + rng.bounded(60000))));
        generateNs += cpuNs() - g0;
        stored += store.addBatch(batch);
    }
    const qint64 buildNs = buildClock.wallNs();
    const qint64 buildCpuNs = buildClock.cpuElapsedNs() - generateNs; // the store's share
    const QString big = chatName(0);
    const int bigCount = store.count(big);
    result[QStringLiteral("build")] = QJsonObject{
        {QStringLiteral("seconds"), std::round(double(buildNs) / 1e7) / 100.0},
        {QStringLiteral("stored"), stored},
        {QStringLiteral("batch"), kBatch},
        {QStringLiteral("messages_per_s"), qint64(double(stored) / (double(buildNs) / 1e9))},
        {QStringLiteral("cpu_messages_per_s"), qint64(double(stored) / (double(buildCpuNs) / 1e9))},
        {QStringLiteral("big_chat_messages"), bigCount},
        {QStringLiteral("db_mb"),
         std::round(double(QFileInfo(db.path()).size() +
                           QFileInfo(db.path() + QStringLiteral("-wal")).size()) /
                    1e4) /
             100.0}};

    // --- (a) Search ------------------------------------------------------------------------
    // A typical word: rank 40 of the vocabulary, in roughly 1 message of 70.
    const QString word = corpus.word(40);
    int hits = 0;
    const Timing search = repeat(7, [&] { hits = int(store.search(word, 50).size()); });
    int chatHits = 0;
    const Timing chatSearch =
        repeat(7, [&] { chatHits = int(store.search(word, 50, chatName(5)).size()); });
    const Timing rareSearch = repeat(7, [&] { store.search(corpus.word(5000), 50); });
    QJsonObject s = timingJson(search, 50);
    s[QStringLiteral("word")] = word;
    s[QStringLiteral("hits_returned")] = hits;
    s[QStringLiteral("messages_with_word")] = int(store.search(word, 10000000).size());
    s[QStringLiteral("one_chat_median_ms")] = chatSearch.median;
    s[QStringLiteral("one_chat_hits")] = chatHits;
    s[QStringLiteral("rare_word_median_ms")] = rareSearch.median;
    result[QStringLiteral("search_newest_50")] = s;

    // --- (b) Open the big chat -------------------------------------------------------------
    int shown = 0;
    const Timing open = repeat(7, [&] {
        ConversationModel model(&store, big);
        shown = model.rowCount();
        // What the view asks of every visible row.
        for (int r = 0; r < shown; ++r) {
            const QModelIndex i = model.index(r, 0);
            for (int role :
                 {int(Qt::DisplayRole), int(ConversationModel::FromRole),
                  int(ConversationModel::TimestampRole), int(ConversationModel::StateRole),
                  int(ConversationModel::ReactionsRole), int(ConversationModel::FirstOfDayRole),
                  int(ConversationModel::GroupedRole)})
                (void)i.data(role);
        }
    });
    QJsonObject o = timingJson(open, 50);
    o[QStringLiteral("chat_messages")] = bigCount;
    o[QStringLiteral("rows_shown")] = shown;
    result[QStringLiteral("open_chat_newest_50")] = o;

    // --- (c) Scroll to the top -------------------------------------------------------------
    {
        ConversationModel model(&store, big);
        QList<double> pages, cpuPages;
        Clock all;
        while (model.canFetchMore({})) {
            Clock t;
            model.fetchMore({});
            pages.append(ms(t.wallNs()));
            cpuPages.append(ms(t.cpuElapsedNs()));
        }
        const double totalMs = ms(all.wallNs());
        QList<double> sorted = pages;
        std::sort(sorted.begin(), sorted.end());
        std::sort(cpuPages.begin(), cpuPages.end());
        result[QStringLiteral("scroll_to_top")] = QJsonObject{
            {QStringLiteral("pages"), int(pages.size())},
            {QStringLiteral("page_size"), model.pageSize()},
            {QStringLiteral("rows"), model.rowCount()},
            {QStringLiteral("longest_page_ms"), sorted.isEmpty() ? 0.0 : sorted.last()},
            {QStringLiteral("p99_page_ms"),
             sorted.isEmpty() ? 0.0 : sorted.at(int(sorted.size() * 0.99))},
            {QStringLiteral("median_page_ms"),
             sorted.isEmpty() ? 0.0 : sorted.at(sorted.size() / 2)},
            {QStringLiteral("total_ms"), totalMs},
            {QStringLiteral("cpu_longest_page_ms"), cpuPages.isEmpty() ? 0.0 : cpuPages.last()},
            {QStringLiteral("cpu_p99_page_ms"),
             cpuPages.isEmpty() ? 0.0 : cpuPages.at(int(cpuPages.size() * 0.99))},
            {QStringLiteral("target_ms"), 16},
            {QStringLiteral("ok"), sorted.isEmpty() || sorted.last() <= 16}};
    }

    // --- (d) Archive catch-up --------------------------------------------------------------
    // New messages after everything stored, as MAM pages deliver them.
    QList<ChatMessage> archive;
    QByteArray stream = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                        "xmlns:stream='http://etherx.jabber.org/streams' from='example.org' "
                        "to='me@example.org' id='c2s-1' version='1.0' xml:lang='en'>";
    for (int i = 0; i < kCatchUp; ++i) {
        ChatMessage m = makeMessage(corpus, rng, total + i, chats,
                                    kStart.addMSecs((total + i) * stepMs).addSecs(0));
        m.timestamp = QDateTime::fromSecsSinceEpoch(m.timestamp.toSecsSinceEpoch(), Qt::UTC);
        stream += mamResult(m, i);
        archive.append(m);
    }
    stream += "</stream:stream>";

    // Parse: bytes -> Elements (StreamParser, 16 KiB reads) -> MamResult -> Message ->
    // ChatMessage with the archive id as its trusted stanza-id.
    QList<ChatMessage> parsed;
    parsed.reserve(kCatchUp);
    Clock parseClock;
    {
        StreamParser parser;
        QObject::connect(&parser, &StreamParser::elementReceived, &parser, [&](const Element &e) {
            const std::optional<MamResult> r = MamResult::fromMessage(e);
            if (!r)
                return;
            const std::optional<Message> inner = Message::fromElement(r->forwarded.message);
            if (!inner)
                return;
            const bool outgoing = inner->from.bare().full() == kOwn;
            const QDateTime when = r->forwarded.delay ? r->forwarded.delay->stamp : QDateTime();
            ChatMessage m = inner->toChatMessage(outgoing, when, QString());
            m.stanzaId = r->id; // XEP-0313: the result id is the archive's stanza-id
            parsed.append(std::move(m));
        });
        for (qsizetype pos = 0; pos < stream.size(); pos += 16384)
            parser.feed(stream.mid(pos, 16384));
    }
    const qint64 parseNs = parseClock.wallNs();
    const qint64 parseCpuNs = parseClock.cpuElapsedNs();
    bool sameAsSent = parsed.size() == archive.size();
    for (qsizetype i = 0; sameAsSent && i < parsed.size(); ++i) {
        sameAsSent = parsed.at(i).body == archive.at(i).body &&
                     parsed.at(i).chat == archive.at(i).chat &&
                     parsed.at(i).originId == archive.at(i).originId &&
                     parsed.at(i).timestamp == archive.at(i).timestamp;
    }

    // Half in MAM-sized transactions (one page of 250 per commit), half in larger ones (a
    // catch-up that commits every 5,000 messages).
    struct Rate
    {
        int inserted = 0;
        qint64 wallNs = 0, cpuNs = 0;
        double wall() const { return double(inserted) / (double(wallNs) / 1e9); }
        double cpu() const { return double(inserted) / (double(cpuNs) / 1e9); }
    };
    const auto insertPages = [&](qsizetype from, qsizetype to, int pageSize) {
        Rate r;
        Clock clock;
        for (qsizetype i = from; i < to; i += pageSize) {
            QList<ChatMessage> page = parsed.mid(i, qMin<qsizetype>(pageSize, to - i));
            r.inserted += store.addBatch(page);
        }
        r.wallNs = clock.wallNs();
        r.cpuNs = clock.cpuElapsedNs();
        return r;
    };
    const qsizetype half = parsed.size() / 2;
    const Rate small = insertPages(0, half, kArchivePage);
    const Rate large = insertPages(half, parsed.size(), kBatch);
    // Everything again (an overlapping catch-up): all duplicates, nothing stored.
    const Rate dup = insertPages(0, parsed.size(), kArchivePage);
    const double parseRate = double(parsed.size()) / (double(parseNs) / 1e9);
    const double parseCpuRate = double(parsed.size()) / (double(parseCpuNs) / 1e9);
    const auto rateJson = [](const Rate &r, int page) {
        return QJsonObject{{QStringLiteral("messages_per_commit"), page},
                           {QStringLiteral("inserted"), r.inserted},
                           {QStringLiteral("messages_per_s"), qint64(r.wall())},
                           {QStringLiteral("cpu_messages_per_s"), qint64(r.cpu())}};
    };
    result[QStringLiteral("archive_catch_up")] = QJsonObject{
        {QStringLiteral("messages"), kCatchUp},
        {QStringLiteral("insert_mam_pages"), rateJson(small, kArchivePage)},
        {QStringLiteral("insert_large_batches"), rateJson(large, kBatch)},
        {QStringLiteral("target_messages_per_s"), 50000},
        {QStringLiteral("ok"), large.wall() >= 50000},
        {QStringLiteral("duplicates_skipped_per_s"),
         qint64(double(parsed.size()) / (double(dup.wallNs) / 1e9))},
        {QStringLiteral("duplicates_stored"), dup.inserted},
        {QStringLiteral("parse_bytes"), qint64(stream.size())},
        {QStringLiteral("parse_messages_per_s"), qint64(parseRate)},
        {QStringLiteral("cpu_parse_messages_per_s"), qint64(parseCpuRate)},
        {QStringLiteral("parse_us_per_message"), std::round(1e6 / parseRate * 100) / 100},
        {QStringLiteral("parse_codec"),
         QStringLiteral("StreamParser + MamResult + Message::fromElement + toChatMessage")},
        {QStringLiteral("parsed_equal_to_sent"), sameAsSent},
        {QStringLiteral("parse_and_insert_large_messages_per_s"),
         qint64(1.0 / (1.0 / large.wall() + 1.0 / parseRate))}};

    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
