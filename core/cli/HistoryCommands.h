#pragma once

#include "cli/CliRunner.h"

#include <functional>

namespace charla {

class HistoryStore;

/// charla-cli's history commands: they read the account's local store (--profile DIR
/// --account JID) and print one JSON object per line.
///
///   history JID [--limit N]   the newest N messages of the chat with JID, oldest first
///   search TEXT [--limit N]   full-text search of every chat, newest hits first
class HistoryCommands
{
public:
    /// Brings @p chat up to date from the server's archive (XEP-0313) before `history` prints;
    /// returns false with a sentence in @p error when it could not. The MAM work plugs its sync
    /// in here (CliRunner passes it); without one, `history` prints the local store as it is.
    using ArchiveSync =
        std::function<bool(HistoryStore &store, const QString &chat, QString *error)>;

    static int history(const CliRunner::Options &o, const ArchiveSync &sync = {});
    static int search(const CliRunner::Options &o);
};

} // namespace charla
