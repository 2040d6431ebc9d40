#include "features/UploadFeature.h"

#include "features/HttpUpload.h"
#include "stanza/DiscoInfo.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

namespace {
Q_LOGGING_CATEGORY(lcUpload, "charla.upload")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
} // namespace

UploadFeature::UploadFeature(QObject *parent) : Feature(parent), m_nam(new QNetworkAccessManager(this))
{
    // A PUT that is redirected would send the file somewhere the slot did not name.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

UploadFeature::~UploadFeature() = default;

bool UploadFeature::handleStanza(const Element &stanza)
{
    Q_UNUSED(stanza)
    return false;
}

void UploadFeature::sessionStarted(bool resumed)
{
    // The proxy the person chose for the account carries the HTTP requests too.
    m_nam->setProxy(client()->session()->config().proxy);
    if (resumed && (m_discovered || m_discovering))
        return; // XEP-0198: same session, same server: what was found still holds
    discover();
}

void UploadFeature::sessionEnded()
{
    if (m_discovering) {
        ++m_generation;
        m_discovering = false;
        m_pendingInfos = 0;
        m_discovered = true;
        Q_EMIT discoveryFinished(); // waiting uploads fail now ("not connected")
    }
}

void UploadFeature::discover()
{
    ++m_generation;
    m_service.reset();
    m_discovered = false;
    m_discovering = true;
    const quint64 generation = m_generation;
    // XEP-0363 3: the upload service is one of the server's disco#items with the feature.
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), client()->jid().domain());
    iq.addChild(QStringLiteral("query"), DiscoInfo::ItemsNamespace);
    client()->sendIq(iq, this, [this, generation](const IqResult &r) {
        if (generation != m_generation)
            return;
        QList<Jid> items{Jid::parse(client()->jid().domain())}; // the server itself may offer it too
        if (r.ok()) {
            const Element query = r.iq.firstChild(QStringLiteral("query"), DiscoInfo::ItemsNamespace);
            for (const Element &item : query.childrenNamed(QStringLiteral("item"))) {
                const Jid jid = Jid::parse(item.attribute(QStringLiteral("jid")));
                // Only items without a node are entities of their own worth asking.
                if (jid.isValid() && item.attribute(QStringLiteral("node")).isEmpty() &&
                    !items.contains(jid))
                    items.append(jid);
            }
        } else {
            qCInfo(lcUpload) << "disco#items of the server failed:" << r.error.condition;
        }
        m_pendingInfos = int(items.size());
        for (const Jid &item : std::as_const(items))
            askItem(item, generation);
    });
}

void UploadFeature::askItem(const Jid &item, quint64 generation)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), item.full());
    iq.addChild(QStringLiteral("query"), DiscoInfo::Namespace);
    client()->sendIq(iq, this, [this, item, generation](const IqResult &r) {
        if (generation != m_generation)
            return;
        if (r.ok() && !m_service) {
            const auto info = DiscoInfo::fromQuery(
                r.iq.firstChild(QStringLiteral("query"), DiscoInfo::Namespace));
            if (info && info->hasFeature(Namespace)) {
                Service s;
                s.jid = item;
                // XEP-0363 3 / XEP-0128: the limit is in a form of FORM_TYPE urn:xmpp:http:upload:0.
                const Element form = info->form(Namespace);
                for (const Element &field : form.childrenNamed(QStringLiteral("field"))) {
                    if (field.attribute(QStringLiteral("var")) != QLatin1String("max-file-size"))
                        continue;
                    bool ok = false;
                    const qint64 max = field.childText(QStringLiteral("value")).trimmed().toLongLong(&ok);
                    if (ok && max >= 0)
                        s.maxFileSize = max;
                }
                m_service = s;
                qCInfo(lcUpload) << "upload service" << item.full() << "limit" << s.maxFileSize;
            }
        }
        itemAnswered(generation);
    });
}

void UploadFeature::itemAnswered(quint64 generation)
{
    if (generation != m_generation || --m_pendingInfos > 0)
        return;
    m_discovering = false;
    m_discovered = true;
    Q_EMIT discoveryFinished();
}

HttpUpload *UploadFeature::upload(const Jid &to, const QString &filePath)
{
    auto *job = new HttpUpload(this, to, filePath);
    // Queued: the caller connects to the job's signals before anything is reported.
    QTimer::singleShot(0, job, &HttpUpload::start);
    return job;
}

QList<QPair<QByteArray, QByteArray>>
UploadFeature::allowedPutHeaders(const QList<QPair<QString, QString>> &slotHeaders)
{
    static const QList<QByteArray> allowed{QByteArrayLiteral("Authorization"),
                                           QByteArrayLiteral("Cookie"),
                                           QByteArrayLiteral("Expires")};
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &[name, value] : slotHeaders) {
        for (const QByteArray &a : allowed) {
            if (name.trimmed().compare(QLatin1String(a), Qt::CaseInsensitive) != 0)
                continue;
            // XEP-0363 5: "newline characters ... MUST be stripped" (no header injection).
            QString clean = value;
            clean.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
            out.append({a, clean.trimmed().toUtf8()});
        }
    }
    return out;
}

QString UploadFeature::refuseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("charla::UploadFeature",
                                           "The upload service gave an address that is not valid.");
    // Not even loopback http: the file and the Authorization header would travel in the clear.
    if (url.scheme() != QLatin1String("https"))
        return QCoreApplication::translate(
            "charla::UploadFeature",
            "The upload service gave an address without encryption (not https), so Charla did not "
            "upload the file. Ask the server's administrator to serve uploads over HTTPS.");
    return QString();
}

QString UploadFeature::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace charla
