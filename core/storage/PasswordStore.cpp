#include "storage/PasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "charla.keychain")

namespace charla {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charla::PasswordStore", text);
}

PasswordStore::Result resultOf(QKeychain::Job *job, const QString &jid)
{
    PasswordStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.ok = true;
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.error = tr("No password is saved for %1.").arg(jid);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.unavailable = true;
        r.error = tr("No keychain is available on this system, so the password for %1 cannot be "
                     "saved. Charla will ask for it each time it connects.")
                      .arg(jid);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = tr("The keychain refused access to the password for %1. Unlock the keychain "
                     "and try again.")
                      .arg(jid);
        break;
    default:
        // QtKeychain reports an unreachable Secret Service (no D-Bus session) as OtherError.
        r.unavailable = true;
        r.error = tr("The keychain could not be reached (%1). Charla will ask for the password "
                     "for %2 when it connects.")
                      .arg(job->errorString(), jid);
        break;
    }
    return r;
}

template<class Job>
Job *makeJob(const QString &service, const QString &jid)
{
    // No parent: the keychain backend answers a job asynchronously, so the job must live until
    // it has finished (it deletes itself then), even if whoever asked is gone by that time;
    // the connections below are bound to the store and simply do not fire.
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file, whatever the platform offers
    job->setKey(jid);
    return job;
}
} // namespace

PasswordStore::PasswordStore(const Profile &profile, QObject *parent)
    : QObject(parent), m_service(profile.keychainService())
{
}

void PasswordStore::read(const QString &jid, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, jid);
    connect(job, &QKeychain::Job::finished, this, [job, jid, done = std::move(done)] {
        Result r = resultOf(job, jid);
        if (r.ok)
            r.password = job->textData();
        qCDebug(lcKeychain) << "read" << jid << "ok:" << r.ok;
        done(r);
    });
    job->start();
}

void PasswordStore::write(const QString &jid, const QString &password, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, jid);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, jid, done = std::move(done)] {
        const Result r = resultOf(job, jid);
        qCDebug(lcKeychain) << "write" << jid << "ok:" << r.ok;
        done(r);
    });
    job->start();
}

void PasswordStore::remove(const QString &jid, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, jid);
    connect(job, &QKeychain::Job::finished, this, [job, jid, done = std::move(done)] {
        Result r = resultOf(job, jid);
        if (r.notFound) // deleting what is not there leaves the wanted state
            r.ok = true;
        done(r);
    });
    job->start();
}

PasswordStore::Result PasswordStore::waitFor(const std::function<void(Callback)> &start)
{
    QEventLoop loop;
    Result result;
    bool finished = false;
    start([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

PasswordStore::Result PasswordStore::readBlocking(const QString &jid)
{
    return waitFor([&](Callback cb) { read(jid, std::move(cb)); });
}

PasswordStore::Result PasswordStore::writeBlocking(const QString &jid, const QString &password)
{
    return waitFor([&](Callback cb) { write(jid, password, std::move(cb)); });
}

PasswordStore::Result PasswordStore::removeBlocking(const QString &jid)
{
    return waitFor([&](Callback cb) { remove(jid, std::move(cb)); });
}

} // namespace charla
