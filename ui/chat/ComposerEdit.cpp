#include "ComposerEdit.h"

#include <QMimeData>
#include <QtMath>
#include <QTextBlock>
#include <QTextLayout>
#include <QUrl>

namespace charla {

ComposerEdit::ComposerEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    //: Accessible name of the box where a message is typed (a noun).
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Write a message"));
    // Grows from one line to six as the text does, then scrolls.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, &QWidget::updateGeometry);
}

QSize ComposerEdit::minimumSizeHint() const
{
    const int frame = 2 * frameWidth() + qCeil(2 * document()->documentMargin()) + 2;
    return {fontMetrics().averageCharWidth() * 10, fontMetrics().lineSpacing() + frame};
}

QSize ComposerEdit::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int frame = 2 * frameWidth() + qCeil(2 * document()->documentMargin()) + margins.top()
                      + margins.bottom() + 2;
    // QPlainTextEdit counts lines as laid out (wrapped), one per block at least.
    int lines = 0;
    for (QTextBlock b = document()->firstBlock(); b.isValid(); b = b.next())
        lines += qMax(1, b.layout() ? b.layout()->lineCount() : 1);
    lines = qBound(1, lines, 6);
    return {QPlainTextEdit::sizeHint().width(), lines * fontMetrics().lineSpacing() + frame};
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    QStringList files;
    if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (url.isLocalFile())
                files.append(url.toLocalFile());
        }
    }
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    if (source->hasText())
        insertPlainText(source->text());
}

} // namespace charla
