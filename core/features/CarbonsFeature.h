#pragma once

#include "features/Feature.h"
#include "stream/Error.h"

namespace charla {

class MessageFeature;

/// XEP-0280 message carbons: copies of what the account's other resources send and receive.
///
/// Enabled at every new session. A carbon is believed only when its outer 'from' is the
/// account's own bare JID (XEP-0280 11): anyone else could wrap a message "from" anybody. The
/// inner message then goes to MessageFeature::processForwarded().
class CarbonsFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("urn:xmpp:carbons:2");

    explicit CarbonsFeature(MessageFeature *messages, QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;

    /// The server confirmed carbons for this session.
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void enabledChanged(bool enabled);
    /// A carbon from someone other than the account was dropped.
    void carbonRejected(const QString &from);
    void errorOccurred(const charla::Error &error);

private:
    MessageFeature *m_messages;
    bool m_enabled = false;
};

} // namespace charla
