#pragma once

#include <QSqlDatabase>

namespace charla {

/// The SQLite page cache of an account database for the time of one bulk write.
///
/// Everyday, the cache is small (everydayKiB()): pages a person's history touched stay in the
/// OS's file cache, not in Charla's heap, so memory does not follow the history's size over a
/// long run. A bulk write (an archive page, hundreds of rows with their indexes and full-text
/// entries in one transaction) gets a large one while it lasts, so its pages do not spill to
/// the WAL before the commit; when it ends the cache is small again and its memory given back.
class BulkWriteCache
{
public:
    /// Raises @p db's cache to bulkKiB() until destroyed (after the transaction's commit).
    explicit BulkWriteCache(QSqlDatabase &db);
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache &) = delete;
    BulkWriteCache &operator=(const BulkWriteCache &) = delete;

    /// Sets @p db's everyday cache size (on open).
    static void setEveryday(QSqlDatabase &db);
    static constexpr int everydayKiB() { return 2048; }
    static constexpr int bulkKiB() { return 65536; }

private:
    QSqlDatabase &m_db;
};

} // namespace charla
