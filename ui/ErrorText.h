#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace charla {

/// A red that keeps its contrast on @p palette: darker on light bases, lighter on dark ones.
/// Used for failed messages and for the sentences dialogs say about what is missing.
QColor errorColor(const QPalette &palette);

/// Shows @p label's text in errorColor() of its palette (BrightText, the obvious role, is white
/// on many desktops, so such a sentence could not be read).
void showAsError(QLabel *label);

} // namespace charla
