#include "ErrorText.h"

#include <QLabel>
#include <QPalette>

namespace charla {

QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xc0, 0x1c, 0x28)
                                                           : QColor(0xff, 0x7b, 0x72);
}

void showAsError(QLabel *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    label->setPalette(pal);
}

} // namespace charla
