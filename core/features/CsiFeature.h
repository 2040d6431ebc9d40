#pragma once

#include "features/Feature.h"

namespace charla {

/// XEP-0352 Client State Indication: tells the server whether a person is looking at Charla,
/// so it may hold back unimportant traffic (presence floods) while nobody is.
///
/// The state can be set at any time; it reaches the server only when the server advertised
/// CSI, only when it changed, and again after each new or resumed stream when inactive.
class CsiFeature : public Feature
{
    Q_OBJECT
public:
    explicit CsiFeature(QObject *parent = nullptr);
    ~CsiFeature() override;

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    /// Sets the state the person is in (active: the window is in use).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// True while connected to a server that advertised `<csi xmlns='urn:xmpp:csi:0'/>`.
    bool isSupported() const { return m_supported; }

private:
    void sendState();

    bool m_active = true;
    bool m_serverActive = true; ///< what the server believes (a stream starts active)
    bool m_supported = false;
};

} // namespace charla
