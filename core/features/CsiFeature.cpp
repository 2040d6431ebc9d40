#include "features/CsiFeature.h"

#include "stream/Client.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcCsi, "charla.csi")
}

namespace charla {

namespace {
const auto kCsiNs = QStringLiteral("urn:xmpp:csi:0");
} // namespace

CsiFeature::CsiFeature(QObject *parent) : Feature(parent) {}

CsiFeature::~CsiFeature() = default;

bool CsiFeature::handleStanza(const Element &stanza)
{
    Q_UNUSED(stanza)
    return false; // XEP-0352 4.2: the server never answers
}

void CsiFeature::sessionStarted(bool resumed)
{
    Q_UNUSED(resumed)
    // XEP-0352 4.1: advertised among the stream features after authentication (the features
    // a resumed stream was offered count as well).
    m_supported = client()->session()->lastFeatures().hasChild(QStringLiteral("csi"), kCsiNs);
    // XEP-0352 5, 5.2: every stream starts active, a resumed one too: an inactive client says
    // so again.
    m_serverActive = true;
    if (!m_active)
        sendState();
}

void CsiFeature::sessionEnded()
{
    m_supported = false;
}

void CsiFeature::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (client() && client()->isConnected())
        sendState();
    // Otherwise sessionStarted() sends it, so nothing is queued for a stream that may not
    // support it.
}

void CsiFeature::sendState()
{
    if (!m_supported || m_serverActive == m_active)
        return;
    // A nonza, not a stanza: Session::send() does not count it for XEP-0198.
    client()->send(
        Element(m_active ? QStringLiteral("active") : QStringLiteral("inactive"), kCsiNs));
    m_serverActive = m_active;
    qCDebug(lcCsi) << "told the server we are" << (m_active ? "active" : "inactive");
}

} // namespace charla
