#pragma once

#include <QColor>
#include <QString>

namespace charla {

/// XEP-0392 5.1: the hue angle of @p input (its UTF-8 bytes), in degrees [0, 360).
double consistentHue(const QString &input);

/// XEP-0392 5.3: the colour of hue @p hue in HSLuv with @p saturation and @p lightness
/// (0..100), so every hue looks equally bright: white text keeps the same contrast on each.
QColor hsluvColor(double hue, double saturation, double lightness);

/// The one colour Charla gives @p input (a bare JID for contacts, a nick for room occupants)
/// wherever it shows it: the roster, a chat's avatars, a room's occupant list. Dark enough
/// for white initials on it.
QColor consistentColor(const QString &input);

} // namespace charla
