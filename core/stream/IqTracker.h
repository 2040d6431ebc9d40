#pragma once

#include "stanza/Element.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace charla {

/// The answer to an IQ request: the result stanza, or an error (stanza error, timeout, or the
/// session ending first).
struct IqResult
{
    Element iq;  ///< the <iq type='result'/> or <iq type='error'/> received (null on timeout)
    Error error; ///< kind None for a result
    bool ok() const { return !error.isError(); }
};

/// Matches IQ responses to requests on id AND sender (RFC 6120 8.1.2.1 and 10.1).
///
/// A request to the server or to the own account accepts a reply with no `from`, the own bare
/// JID or the own domain; a request to anyone else accepts only that exact JID. A reply from
/// anyone else is not ours and is left for other handlers (and finally ignored).
class IqTracker : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IqResult &)>;

    explicit IqTracker(QObject *parent = nullptr);

    /// The account's bound JID, for checking replies to requests without `to`.
    void setOwnJid(const Jid &jid) { m_own = jid; }
    /// Default time to wait for a reply (30 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// Registers a sent request (it must carry its id). @p context: when it is destroyed the
    /// callback is dropped (a closed window never receives a late reply).
    void track(const Element &request, QObject *context, Callback callback, int timeoutMs = -1);
    /// Offers a received IQ; true when it answered a tracked request (callback called).
    bool handle(const Element &iq);
    /// Fails every pending request (the session ended).
    void failAll(const Error &error);
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        Jid to;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        QTimer *timer = nullptr;
    };
    bool senderMatches(const Pending &p, const QString &from) const;
    void finish(const QString &id, const IqResult &result);

    QHash<QString, Pending> m_pending;
    Jid m_own;
    int m_timeoutMs = 30000;
};

/// The stanza error of an <iq type='error'/> as an Error (kind Stanza) with a sentence.
Error stanzaError(const Element &stanza);

} // namespace charla
