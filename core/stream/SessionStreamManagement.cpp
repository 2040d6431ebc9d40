// Session's XEP-0198 stream management dialogue: enable, acks, resumption and its failure.
// (Split from Session.cpp by responsibility; the counters themselves are StreamManagement.)
#include "stream/Session.h"

#include "stream/SessionSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcSm, "charla.sm")
const auto kStreamNs = QStringLiteral("http://etherx.jabber.org/streams");
const auto kStreamsErrNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
const auto kSmNs = QStringLiteral("urn:xmpp:sm:3");
const auto kDelayNs = QStringLiteral("urn:xmpp:delay");
} // namespace

void Session::handleStreamManagement(const Element &e)
{
    const QString name = e.name();
    if (name == QLatin1String("enabled")) {
        m_sm.enabled(e.attribute(QStringLiteral("resume")) == QLatin1String("true") ||
                             e.attribute(QStringLiteral("resume")) == QLatin1String("1")
                         ? e.attribute(QStringLiteral("id"))
                         : QString(),
                     e.attribute(QStringLiteral("location")),
                     e.attribute(QStringLiteral("max")).toInt());
        finishEstablished(false);
        if (m_smFailedResume)
            resendAfterFailedResume();
    } else if (name == QLatin1String("resumed")) {
        const auto h = StreamManagement::parseH(e.attribute(QStringLiteral("h")));
        const auto acked = h ? m_sm.acknowledge(*h) : std::nullopt;
        if (!acked) {
            fail(Error::make(Error::Stream, QStringLiteral("handled-count-too-high"),
                             tr("The server acknowledged more messages than Charla sent.")),
                 true, QStringLiteral("undefined-condition"));
            return;
        }
        for (const Element &s : *acked)
            if (s.name() == QLatin1String("message"))
                Q_EMIT messageAcknowledged(s.attribute(QStringLiteral("id")));
        m_sm.resumed();
        const QList<Element> again = m_sm.takeUnacked();
        qCDebug(lcSm) << "stream resumed at h" << *h << "; resending" << again.size()
                      << "unacknowledged stanzas";
        m_resuming = false;
        setState(State::Established);
        m_negotiationTimer->stop();
        // XEP-0198 5: resend exactly what the server did not acknowledge, in order; they are
        // counted again, since the server's count restarted from h.
        for (const Element &s : again) {
            write(s);
            m_sm.outboundSent(s);
        }
        Q_EMIT established(true);
        flushPending();
        if (!m_sm.unacked().isEmpty())
            requestAck();
    } else if (name == QLatin1String("failed")) {
        if (m_resuming) {
            // XEP-0198 5: resumption failed; what it still acknowledges is done, the rest is
            // sent again on a freshly bound session.
            if (const auto h = StreamManagement::parseH(e.attribute(QStringLiteral("h")))) {
                if (const auto acked = m_sm.acknowledge(*h))
                    for (const Element &s : *acked)
                        if (s.name() == QLatin1String("message"))
                            Q_EMIT messageAcknowledged(s.attribute(QStringLiteral("id")));
            }
            m_smFailedResume = true;
            const QList<QDateTime> stamps = m_sm.unackedSentAt();
            const QList<Element> unacked = m_sm.takeUnacked();
            QList<Element> resend; // oldest first, and before what was queued while offline
            for (int i = 0; i < unacked.size(); ++i) {
                Element s = unacked.at(i);
                if (s.name() != QLatin1String("message"))
                    continue; // presence is re-sent by its feature, IQs fail with the session
                if (!s.hasChild(QStringLiteral("delay"), kDelayNs)) {
                    Element &delay = s.addChild(QStringLiteral("delay"), kDelayNs);
                    delay.setAttribute(QStringLiteral("from"), m_config.jid);
                    delay.setAttribute(QStringLiteral("stamp"),
                                       stamps.value(i).toString(Qt::ISODateWithMs));
                }
                resend.append(s);
            }
            qCDebug(lcSm) << "resumption failed; resending" << resend.size() << "of"
                          << unacked.size() << "unacknowledged stanzas on a new session";
            m_pending = resend + m_pending;
            startBind();
        } else {
            // <enable/> refused: carry on without stream management.
            finishEstablished(false);
        }
    } else if (name == QLatin1String("r")) {
        if (!m_sm.isEnabled())
            return;
        Element a(QStringLiteral("a"), kSmNs);
        a.setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount()));
        write(a);
    } else if (name == QLatin1String("a")) {
        const auto h = StreamManagement::parseH(e.attribute(QStringLiteral("h")));
        const auto acked = h ? m_sm.acknowledge(*h) : std::nullopt;
        if (!acked) {
            // XEP-0198 5: an h we never reached is a protocol violation; end the stream.
            Element err(QStringLiteral("error"), kStreamNs);
            err.addChild(QStringLiteral("undefined-condition"), kStreamsErrNs);
            err.addChild(QStringLiteral("handled-count-too-high"), kSmNs)
                .setAttribute(QStringLiteral("h"), e.attribute(QStringLiteral("h")))
                .setAttribute(QStringLiteral("send-count"), QString::number(m_sm.outboundCount()));
            write(err);
            fail(Error::make(Error::Stream, QStringLiteral("handled-count-too-high"),
                             tr("The server acknowledged more messages than Charla sent; the "
                                "connection was closed.")));
            return;
        }
        for (const Element &s : *acked)
            if (s.name() == QLatin1String("message"))
                Q_EMIT messageAcknowledged(s.attribute(QStringLiteral("id")));
    }
}

void Session::resendAfterFailedResume()
{
    m_smFailedResume = false;
    flushPending();
}

} // namespace charla
