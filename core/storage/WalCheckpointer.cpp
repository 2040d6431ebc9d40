#include "storage/WalCheckpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace charla {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

WalCheckpointer::WalCheckpointer(const QString &path) : m_path(path), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("charla-wal-checkpoint"));
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    // The connection belongs to the thread: closed there, before the thread ends.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_closing = true; // a checkpoint still waiting for its time does not run
            if (m_connection.isEmpty())
                return;
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has finished
}

void WalCheckpointer::request()
{
    if (m_pending.exchange(true))
        return; // one is waiting to run: it will cover this commit too
    QMetaObject::invokeMethod(
        m_context, [this] { schedule(); }, Qt::QueuedConnection);
}

void WalCheckpointer::schedule()
{
    const qint64 wait = m_last.isValid() ? minIntervalMs() - m_last.elapsed() : 0;
    const auto run = [this] {
        m_pending = false; // a commit from now on asks for the next one
        checkpoint();
        m_last.start();
    };
    if (wait > 0)
        QTimer::singleShot(wait, m_context, run);
    else
        run();
}

void WalCheckpointer::checkpoint()
{
    if (m_closing)
        return;
    if (m_connection.isEmpty()) {
        const QString name = QStringLiteral("charla-checkpoint-") +
                             QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            if (!db.open()) {
                qCWarning(lcDatabase) << "no checkpoint connection:" << db.lastError().text();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return;
            }
            // The checkpoint syncs as the writer's would (synchronous=NORMAL).
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
        m_connection = name;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // PASSIVE: copies what it can without waiting for the writer or readers; a busy database
    // is simply checkpointed at the next request.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCDebug(lcDatabase) << "checkpoint skipped:" << q.lastError().text();
}

} // namespace charla
