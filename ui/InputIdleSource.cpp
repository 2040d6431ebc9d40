#include "InputIdleSource.h"

#include <QCoreApplication>
#include <QEvent>

namespace charla {

InputIdleSource::InputIdleSource(QObject *parent) : QObject(parent)
{
    // Starting the application counts as activity.
    m_sinceInput.start();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

InputIdleSource::~InputIdleSource()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

qint64 InputIdleSource::idleMs()
{
    return m_sinceInput.elapsed();
}

bool InputIdleSource::eventFilter(QObject *watched, QEvent *event)
{
    // Keys, mouse, wheel, touch and tablet events are all QInputEvents; nothing else (timers,
    // paints, network) says a person is there.
    if (event->isInputEvent())
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

} // namespace charla
