#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QNetworkAccessManager;
class QUrl;

namespace charla {

class HttpUpload;

/// XEP-0363 HTTP File Upload: finds the server's upload service, and uploads files to it
/// (HttpUpload does one file: slot request, HTTPS PUT, then the link is sent as a message with
/// XEP-0066 out-of-band data through MessageFeature, or MucFeature for a room).
///
/// The PUT trusts what the account's session trusts: the system CAs plus the account's CA
/// certificates, through the account's proxy. SSL errors are never ignored, and a pinned
/// XMPP certificate does not extend to the HTTP host. Only https: URLs are used (a slot with
/// an http: URL is refused, even on loopback: the test server speaks HTTPS).
class UploadFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("urn:xmpp:http:upload:0");

    /// The service found through disco (XEP-0363 3).
    struct Service
    {
        Jid jid;
        qint64 maxFileSize = -1; ///< bytes; -1 when the service states no limit
    };

    explicit UploadFeature(QObject *parent = nullptr);
    ~UploadFeature() override;

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    /// The upload service, once discovery found one.
    std::optional<Service> service() const { return m_service; }
    /// True while the server's items are being asked about.
    bool isDiscovering() const { return m_discovering; }
    /// True once discovery ended in this session (with or without a service).
    bool isDiscovered() const { return m_discovered; }

    /// Starts uploading @p filePath and sending its link to @p to. The job reports through its
    /// signals (none before the caller got it back) and deletes itself after finishing.
    HttpUpload *upload(const Jid &to, const QString &filePath);

    /// XEP-0363 5: of the slot's <header/> elements only Authorization, Cookie and Expires are
    /// kept (names case-insensitive, written canonically); newlines in values are removed.
    static QList<QPair<QByteArray, QByteArray>>
    allowedPutHeaders(const QList<QPair<QString, QString>> &slotHeaders);
    /// Empty when @p url may be used for a PUT or a GET, else a sentence saying why not.
    static QString refuseUrl(const QUrl &url);
    /// A size for people: "1.5 MB".
    static QString formatSize(qint64 bytes);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    /// Discovery ended: service() says what was found.
    void discoveryFinished();

private:
    void discover();
    void askItem(const Jid &item, quint64 generation);
    void itemAnswered(quint64 generation);

    QNetworkAccessManager *m_nam;
    std::optional<Service> m_service;
    bool m_discovering = false;
    bool m_discovered = false;
    int m_pendingInfos = 0;
    quint64 m_generation = 0; ///< bumped per session: late answers are ignored
};

} // namespace charla
