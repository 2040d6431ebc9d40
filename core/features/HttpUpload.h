#pragma once

#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QFile;
class QNetworkReply;

namespace charla {

class UploadFeature;
struct IqResult;

/// One XEP-0363 upload: waits for the service, checks the size against its limit, requests a
/// slot, PUTs the file (read from disk as it goes, never whole in memory) and sends the GET URL
/// as body and XEP-0066 link: through MucFeature when to() is a room we know (groupchat) or one
/// of its occupants (private message), else through MessageFeature. Made by UploadFeature::upload(); deletes itself when done.
class HttpUpload : public QObject
{
    Q_OBJECT
public:
    enum class State { Waiting, RequestingSlot, Uploading, Finished, Failed };
    Q_ENUM(State)

    HttpUpload(UploadFeature *feature, const Jid &to, const QString &filePath);
    ~HttpUpload() override;

    Jid to() const { return m_to; }
    QString filePath() const { return m_path; }
    /// The name sent to the service (no folders).
    QString fileName() const;
    qint64 size() const { return m_size; }
    State state() const { return m_state; }
    /// The slot's GET URL, once a slot was given.
    QString getUrl() const { return m_getUrl; }

    /// Stops the upload (the PUT is aborted); failed() follows with condition "cancelled".
    void cancel();

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    /// The file is on the server and its link was sent to to().
    void finished(const QString &getUrl);
    /// The upload stopped: @p error.text says why in a sentence.
    void failed(const charla::Error &error);

private:
    friend class UploadFeature;
    void start();
    void onServiceKnown();
    void requestSlot();
    void onSlot(const IqResult &result);
    void put(const QString &putUrl, const QList<QPair<QString, QString>> &headers);
    void onPutFinished();
    void fail(const Error &error);
    Error slotError(const IqResult &result) const;

    QPointer<UploadFeature> m_feature;
    Jid m_to;
    QString m_path;
    QString m_contentType;
    qint64 m_size = -1;
    State m_state = State::Waiting;
    QString m_getUrl;
    QFile *m_file = nullptr;
    QNetworkReply *m_reply = nullptr;
};

} // namespace charla
