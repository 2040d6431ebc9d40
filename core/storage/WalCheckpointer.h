#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QThread>

#include <atomic>

namespace charla {

/// Checkpoints an account database's WAL on a thread of its own, with a connection of its own.
///
/// A checkpoint copies the pages a transaction wrote to the WAL into the database file and
/// syncs both files. Left to SQLite's auto-checkpoint, the connection that happens to commit
/// when the WAL is full does it: in an archive catch-up that is the thread storing the
/// messages (and the ui's), stopped for the copy and two fsyncs every few archive pages
/// (a fifth of bench_history's insert time). Here it runs beside the writer: SQLite lets a
/// PASSIVE checkpoint and a writer work at the same time. Durability is unchanged: a
/// transaction is durable when its commit is in the WAL (synchronous=NORMAL), and the
/// writer's own auto-checkpoint stays on as the fallback when this thread falls behind.
class WalCheckpointer
{
public:
    /// Checkpoints the database file at @p path (already in WAL mode).
    explicit WalCheckpointer(const QString &path);
    /// Waits for a running checkpoint, closes the connection and ends the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// After a commit: checkpoint soon, at most once per minIntervalMs(). Requests made
    /// meanwhile become one checkpoint, so a stream of commits is not a stream of checkpoints
    /// (each would copy the same index pages again).
    void request();
    static constexpr int minIntervalMs() { return 250; }

private:
    void schedule();   ///< on m_thread
    void checkpoint(); ///< on m_thread
    const QString m_path;
    // Used on m_thread only:
    QString m_connection;
    QElapsedTimer m_last; ///< since the last checkpoint
    bool m_closing = false;
    QThread m_thread;
    QObject *m_context; ///< lives on m_thread: queued calls run there
    std::atomic_bool m_pending{false};
};

} // namespace charla
