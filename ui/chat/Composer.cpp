#include "Composer.h"

#include "ComposerEdit.h"
#include "EmojiPicker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QFont>
#include <QToolButton>

namespace charla {

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_edit(new ComposerEdit(this)), m_emojiButton(new QToolButton(this)),
      m_sendButton(new QToolButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_emojiButton->setText(QStringLiteral("\U0001F642"));
    m_emojiButton->setToolTip(tr("Insert an emoji"));
    m_emojiButton->setAccessibleName(tr("Emoji"));
    m_emojiButton->setAutoRaise(true);
    // At the text's size the face is a speck beside the input: show it as big as the line.
    QFont emojiFont = m_emojiButton->font();
    emojiFont.setPointSizeF(emojiFont.pointSizeF() * 1.5);
    m_emojiButton->setFont(emojiFont);
    m_sendButton->setText(tr("Send"));
    m_sendButton->setToolTip(tr("Send the message (Enter). Shift+Enter starts a new line."));
    m_sendButton->setEnabled(false);
    row->addWidget(m_emojiButton, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_sendButton, 0, Qt::AlignBottom);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    connect(m_emojiButton, &QToolButton::clicked, this, [this] {
        emojiPicker()->popup(m_emojiButton->mapToGlobal(QPoint(0, 0)));
    });
    connect(m_sendButton, &QToolButton::clicked, this, &Composer::send);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const bool empty = m_edit->toPlainText().trimmed().isEmpty();
        m_sendButton->setEnabled(!empty);
        if (!m_settingText)
            Q_EMIT edited(m_edit->document()->isEmpty());
    });
    connect(m_edit, &ComposerEdit::filesDropped, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            Q_EMIT uploadRequested(path);
    });
    connect(m_edit, &ComposerEdit::imagePasted, this, &Composer::imageUploadRequested);
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_settingText = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_settingText = false;
}

void Composer::clear()
{
    setText(QString());
}

EmojiPicker *Composer::emojiPicker()
{
    if (!m_picker) {
        m_picker = new EmojiPicker(this);
        connect(m_picker, &EmojiPicker::emojiChosen, this, [this](const QString &emoji) {
            m_edit->insertPlainText(emoji);
            m_edit->setFocus();
        });
    }
    return m_picker;
}

void Composer::send()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    Q_EMIT sendRequested(text);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (mods & Qt::ShiftModifier) {
                m_edit->insertPlainText(QStringLiteral("\n"));
                return true;
            }
            if (mods == Qt::NoModifier) {
                send();
                return true;
            }
            break;
        case Qt::Key_Up:
            if (mods == Qt::NoModifier && m_edit->document()->isEmpty()) {
                Q_EMIT editLastRequested();
                return true;
            }
            break;
        case Qt::Key_Escape:
            Q_EMIT cancelRequested();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace charla
