#pragma once

#include <QImage>
#include <QPlainTextEdit>

namespace charla {

/// The text field of the Composer: plain text only (a paste of rich text keeps its characters,
/// never its markup); a pasted image or dropped files are handed out as upload requests
/// instead of being inserted.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace charla
