#include "EmojiPicker.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QToolButton>

namespace charla {

QStringList EmojiPicker::emojis()
{
    // Common faces, hands and symbols; written as code points so the source stays ASCII.
    static const char32_t points[] = {
        0x1F600, 0x1F603, 0x1F604, 0x1F601, 0x1F606, 0x1F605, 0x1F602, 0x1F923, 0x1F60A, 0x1F607,
        0x1F642, 0x1F609, 0x1F60D, 0x1F618, 0x1F60B, 0x1F61B, 0x1F914, 0x1F610, 0x1F644, 0x1F60F,
        0x1F62E, 0x1F62F, 0x1F634, 0x1F60C, 0x1F61F, 0x1F622, 0x1F62D, 0x1F631, 0x1F621, 0x1F973,
        0x1F60E, 0x1F913, 0x1F44D, 0x1F44E, 0x1F44C, 0x1F44F, 0x1F64F, 0x1F4AA, 0x1F44B, 0x270C,
        0x2764, 0x1F494, 0x1F525, 0x2728, 0x1F389, 0x1F381, 0x2705, 0x274C, 0x2753, 0x1F440,
        0x1F680, 0x2615, 0x1F37A, 0x1F355, 0x1F382, 0x1F308, 0x2600, 0x1F319, 0x1F4A1, 0x1F4AF};
    QStringList out;
    for (const char32_t p : points)
        out.append(QString::fromUcs4(&p, 1));
    return out;
}

EmojiPicker::EmojiPicker(QWidget *parent) : QFrame(parent, Qt::Popup)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Emoji"));
    auto *grid = new QGridLayout(this);
    grid->setSpacing(0);
    grid->setContentsMargins(4, 4, 4, 4);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.4 : 14);
    const QStringList list = emojis();
    const int columns = 10;
    for (int i = 0; i < list.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(list.at(i));
        button->setFont(big);
        button->setAutoRaise(true);
        button->setAccessibleName(list.at(i));
        const QString emoji = list.at(i);
        connect(button, &QToolButton::clicked, this, [this, emoji] {
            Q_EMIT emojiChosen(emoji);
            close();
        });
        grid->addWidget(button, i / columns, i % columns);
    }
}

void EmojiPicker::popup(const QPoint &globalBottomLeft)
{
    adjustSize();
    QPoint topLeft(globalBottomLeft.x(), globalBottomLeft.y() - height());
    if (const QScreen *screen = QGuiApplication::screenAt(globalBottomLeft)) {
        const QRect avail = screen->availableGeometry();
        topLeft.setX(qBound(avail.left(), topLeft.x(), avail.right() - width()));
        topLeft.setY(qBound(avail.top(), topLeft.y(), avail.bottom() - height()));
    }
    move(topLeft);
    show();
}

} // namespace charla
