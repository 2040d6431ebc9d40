#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

class QToolButton;

namespace charla {

class ComposerEdit;
class EmojiPicker;

/// Where a message is written: a multi-line field (Enter sends, Shift+Enter breaks the line,
/// Up in an empty field asks to edit the last message, Escape cancels an edit or reply), an
/// emoji button and a Send button. Pasted images and dropped files become upload requests.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    ComposerEdit *editor() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    void clear();
    /// The emoji popup (created on first use).
    EmojiPicker *emojiPicker();
    QToolButton *emojiButton() const { return m_emojiButton; }
    QToolButton *sendButton() const { return m_sendButton; }

Q_SIGNALS:
    /// Enter or the Send button with text that is not only blanks.
    void sendRequested(const QString &text);
    /// Up in an empty field: XEP-0308, correct the last message.
    void editLastRequested();
    /// Escape: stop editing or replying.
    void cancelRequested();
    /// The person changed the text (typing, not setText()); @p empty when nothing is left.
    void edited(bool empty);
    void uploadRequested(const QString &path);
    void imageUploadRequested(const QImage &image);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();

    ComposerEdit *m_edit;
    QToolButton *m_emojiButton;
    QToolButton *m_sendButton;
    QPointer<EmojiPicker> m_picker;
    bool m_settingText = false;
};

} // namespace charla
