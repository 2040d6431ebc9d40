#pragma once

#include <QtGlobal>

namespace charla {

/// Says how long the person has left the computer (or the application) alone.
///
/// Sources are plain interfaces so that AutoAway can be tested with a fake one and so that the
/// ui can add a source based on its own input events without core knowing about widgets.
class IdleSource
{
public:
    virtual ~IdleSource() = default;
    /// Milliseconds since the person's last input; negative when this source cannot tell.
    virtual qint64 idleMs() = 0;
};

} // namespace charla
