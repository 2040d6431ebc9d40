#pragma once

#include "stanza/Element.h"

#include <QObject>
#include <QStringList>

namespace charla {

class Client;

/// One RFC section or XEP on top of the session. Features are offered every stanza in the
/// order they were added to the Client, until one handles it.
class Feature : public QObject
{
    Q_OBJECT
public:
    explicit Feature(QObject *parent = nullptr) : QObject(parent) {}
    ~Feature() override = default;

    /// Namespaces advertised through service discovery (XEP-0030) and caps (XEP-0115).
    virtual QStringList discoFeatures() const { return {}; }
    /// True when the stanza was handled (no other feature sees it).
    virtual bool handleStanza(const Element &stanza) = 0;
    virtual void sessionStarted(bool resumed) { Q_UNUSED(resumed) }
    /// Adds this feature's payloads to the account's own broadcast presence (XEP-0115 caps,
    /// XEP-0319 idle, ...).
    virtual void decorateOwnPresence(Element &presence) const { Q_UNUSED(presence) }
    virtual void sessionEnded() {}

    /// Called by Client::addFeature.
    void attach(Client *client) { m_client = client; }
    Client *client() const { return m_client; }

private:
    Client *m_client = nullptr;
};

} // namespace charla
