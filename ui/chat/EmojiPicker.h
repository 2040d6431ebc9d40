#pragma once

#include <QFrame>

namespace charla {

/// A small popup grid of common emoji (no network, no images: the font draws them).
/// Emits emojiChosen() and closes when one is clicked; Escape closes it.
class EmojiPicker : public QFrame
{
    Q_OBJECT
public:
    explicit EmojiPicker(QWidget *parent = nullptr);

    /// The emoji offered, in order.
    static QStringList emojis();
    /// Shows the popup with its bottom-left corner at @p globalBottomLeft (above a button).
    void popup(const QPoint &globalBottomLeft);

Q_SIGNALS:
    void emojiChosen(const QString &emoji);
};

} // namespace charla
