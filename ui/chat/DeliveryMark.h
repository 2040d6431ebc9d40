#pragma once

#include "stanza/ChatMessage.h"

#include <QPalette>
#include <QRectF>

class QPainter;

namespace charla {

/// The small mark after an outgoing message's time: a clock (pending), a check (sent), two
/// checks (delivered), two checks in the accent colour (displayed), a red "!" (failed).
/// Drawn with paths so it is sharp at every scale and follows the palette.
namespace DeliveryMark {

void paint(QPainter *painter, const QRectF &rect, ChatMessage::State state,
           const QPalette &palette);
/// The state in words, for tooltips and screen readers ("Delivered").
QString text(ChatMessage::State state);

} // namespace DeliveryMark
} // namespace charla
