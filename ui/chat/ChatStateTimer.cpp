#include "ChatStateTimer.h"

namespace charla {

ChatStateTimer::ChatStateTimer(QObject *parent) : QObject(parent)
{
    m_paused.setSingleShot(true);
    m_paused.setInterval(30 * 1000);
    m_inactive.setSingleShot(true);
    m_inactive.setInterval(2 * 60 * 1000);
    connect(&m_paused, &QTimer::timeout, this, [this] {
        if (m_state == State::Composing)
            set(State::Paused);
    });
    connect(&m_inactive, &QTimer::timeout, this, [this] { set(State::Inactive); });
}

void ChatStateTimer::set(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChatStateTimer::edited(bool empty)
{
    m_inactive.stop();
    if (empty) {
        m_paused.stop();
        set(State::Active);
        return;
    }
    m_paused.start();
    set(State::Composing);
}

void ChatStateTimer::sent()
{
    m_paused.stop();
    // XEP-0085 5.2: the message carries <active/>; nothing separate is sent for it.
    m_state = State::Active;
}

void ChatStateTimer::attention(bool focused)
{
    if (focused) {
        m_inactive.stop();
        if (m_state == State::Inactive || m_state == State::None)
            set(State::Active);
    } else if (m_state != State::Gone) {
        m_inactive.start();
    }
}

void ChatStateTimer::closed()
{
    m_paused.stop();
    m_inactive.stop();
    // XEP-0085 5.1: "gone" only after a conversation took place.
    if (m_state != State::None)
        set(State::Gone);
}

} // namespace charla
