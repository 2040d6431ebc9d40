// charla-cli's archive sync for `history JID` (XEP-0313): connect, let MamFeature catch up from
// the store's last archive id, then ask for older messages of the chat until --limit are there
// (or the archive has no more), and disconnect before the local store is printed.
#include "cli/CliOutput.h"
#include "cli/CliRunner.h"

#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QTimer>

#include <memory>

namespace charla {

bool CliRunner::syncArchive(const Options &o, HistoryStore &store, const QString &chat,
                            QString *error)
{
    MamFeature *mam = nullptr;
    bool failed = false;
    const int limit = o.limit;
    // Pages older than the oldest stored message of the chat, until there are enough.
    auto fetchOlderIfShort = [&store, chat, limit](MamFeature *m) {
        const QList<ChatMessage> oldest = store.latest(chat, limit);
        if (oldest.size() >= limit)
            return false;
        const ChatMessage first = oldest.isEmpty() ? ChatMessage() : oldest.first();
        m->fetchOlder(chat, first.stanzaId, first.timestamp, std::min(limit - int(oldest.size()), 100));
        return true;
    };
    const int code = withSession(
        o,
        [&](Client &) {
            connect(mam, &MamFeature::catchUpFinished, this, [&, this](int) {
                if (!fetchOlderIfShort(mam))
                    finish(Ok);
            });
            connect(mam, &MamFeature::olderFetched, this,
                    [&, this](const QString &, int added, bool complete) {
                        if (complete || added == 0 || !fetchOlderIfShort(mam))
                            finish(Ok);
                    });
            connect(mam, &MamFeature::errorOccurred, this, [&, this](const Error &e) {
                printError(e.text);
                failed = true;
                finish(RemoteError);
            });
            QTimer::singleShot(o.timeoutMs, this, [this, &failed] {
                printError(tr("The server's archive did not answer in time."));
                failed = true;
                finish(ConnectionError);
            });
            // The catch-up started with the session; it may already be over.
            if (!mam->isCatchingUp() && !fetchOlderIfShort(mam))
                finish(Ok);
        },
        [&](Client &client) {
            auto *messages = new MessageFeature(&store);
            mam = new MamFeature(messages, &store);
            // Before MessageFeature: archive results are checked by MamFeature first.
            client.addFeature(mam);
            client.addFeature(messages);
        });
    if (code != Ok || failed) {
        *error = tr("The history of %1 could not be brought up to date from the server's "
                    "archive, so it was not printed.")
                     .arg(chat);
        return false;
    }
    return true;
}

} // namespace charla
