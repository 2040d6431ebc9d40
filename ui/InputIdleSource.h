#pragma once

#include "account/IdleSource.h"

#include <QElapsedTimer>
#include <QObject>

namespace charla {

/// Idle time from Charla's own input events: the fallback when the desktop tells nothing over
/// D-Bus. It only sees input to Charla's windows, so someone busy in another application counts
/// as idle here; that is why it comes after DBusIdleSource.
class InputIdleSource : public QObject, public IdleSource
{
    Q_OBJECT
public:
    /// Watches every input event of the application (an event filter on qApp).
    explicit InputIdleSource(QObject *parent = nullptr);
    ~InputIdleSource() override;

    qint64 idleMs() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceInput;
};

} // namespace charla
