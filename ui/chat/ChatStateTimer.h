#pragma once

#include "features/MessageFeature.h"

#include <QObject>
#include <QTimer>

namespace charla {

/// When to tell the peer our chat state (XEP-0085 5): composing while typing, paused after a
/// short pause, active when the text is sent or cleared, inactive after a while without
/// looking at the chat, gone when it is closed. Emits stateChanged() only on a change.
class ChatStateTimer : public QObject
{
    Q_OBJECT
public:
    using State = MessageFeature::ChatState;

    explicit ChatStateTimer(QObject *parent = nullptr);

    /// XEP-0085 5.1: "paused" after this long without typing (default 30 s).
    void setPauseDelay(int ms) { m_paused.setInterval(ms); }
    /// XEP-0085 5.1: "inactive" after this long without attention (default 2 min).
    void setInactiveDelay(int ms) { m_inactive.setInterval(ms); }
    State state() const { return m_state; }

public Q_SLOTS:
    /// The person changed the text; @p empty when the field is now empty.
    void edited(bool empty);
    /// The message was sent (the message itself carries "active").
    void sent();
    /// The chat got or lost the person's attention (focus of its window and tab).
    void attention(bool focused);
    /// The chat was closed.
    void closed();

Q_SIGNALS:
    void stateChanged(charla::MessageFeature::ChatState state);

private:
    void set(State state);

    QTimer m_paused;
    QTimer m_inactive;
    State m_state = State::None;
};

} // namespace charla
