#include "storage/BulkWriteCache.h"

#include <QSqlQuery>

namespace charla {

namespace {
void setCacheKiB(QSqlDatabase &db, int kib)
{
    // A negative cache_size is in KiB; SQLite allocates pages as they are used.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib));
}
} // namespace

BulkWriteCache::BulkWriteCache(QSqlDatabase &db) : m_db(db)
{
    setCacheKiB(m_db, bulkKiB());
}

BulkWriteCache::~BulkWriteCache()
{
    setCacheKiB(m_db, everydayKiB());
    // Frees what the smaller cache no longer keeps (clean pages; the transaction is over).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA shrink_memory"));
}

void BulkWriteCache::setEveryday(QSqlDatabase &db)
{
    setCacheKiB(db, everydayKiB());
}

} // namespace charla
