#include "ComposerEdit.h"

#include "spell/SpellChecker.h"
#include "spell/SpellHighlighter.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QtMath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QUrl>

namespace charla {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_spell(new SpellChecker(this)),
      m_highlighter(new SpellHighlighter(m_spell, document()))
{
    m_highlighter->setBaseColor(palette().color(QPalette::Base));
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

bool ComposerEdit::setSpellLanguage(const QString &language)
{
    return m_spell->setLanguage(language);
}

void ComposerEdit::setSpellCheckEnabled(bool on)
{
    m_highlighter->setEnabled(on);
}

void ComposerEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setBaseColor(palette().color(QPalette::Base));
    QPlainTextEdit::changeEvent(event);
}

void ComposerEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createSpellContextMenu(event->pos());
    menu->exec(event->globalPos());
    delete menu;
}

QMenu *ComposerEdit::createSpellContextMenu(const QPoint &pos)
{
    QMenu *menu = createStandardContextMenu(pos);
    QAction *first = menu->actions().value(0);
    QList<QAction *> spelling;

    // The word under the click, when it is one the dictionary does not know.
    const QTextCursor at = cursorForPosition(pos);
    const QTextBlock block = at.block();
    const int inBlock = at.position() - block.position();
    if (m_highlighter->isEnabled() && m_spell->isValid()) {
        for (const SpellHighlighter::Word &w : SpellHighlighter::words(block.text())) {
            if (inBlock < w.start || inBlock > w.start + w.length)
                continue;
            const QString word = block.text().mid(w.start, w.length);
            if (m_spell->isCorrect(word))
                break;
            const int from = block.position() + w.start;
            const int length = w.length;
            const QStringList fixes = m_spell->suggestions(word);
            for (const QString &fix : fixes) {
                auto *a = new QAction(fix, menu);
                QFont bold = a->font();
                bold.setBold(true);
                a->setFont(bold);
                connect(a, &QAction::triggered, this, [this, from, length, fix] {
                    QTextCursor c(document());
                    c.setPosition(from);
                    c.setPosition(from + length, QTextCursor::KeepAnchor);
                    c.insertText(fix);
                });
                spelling << a;
            }
            if (fixes.isEmpty()) {
                auto *none = new QAction(tr("No suggestions"), menu);
                none->setEnabled(false);
                spelling << none;
            }
            auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu);
            add->setObjectName(QStringLiteral("addToDictionary"));
            connect(add, &QAction::triggered, this, [this, word] { m_spell->addToPersonal(word); });
            spelling << add;
            break;
        }
    }

    // The language of this chat's spelling.
    const QStringList languages = SpellChecker::availableLanguages();
    if (!languages.isEmpty()) {
        auto *languageMenu = new QMenu(tr("Spelling Language"), menu);
        languageMenu->setObjectName(QStringLiteral("spellLanguageMenu"));
        auto *group = new QActionGroup(languageMenu);
        for (const QString &language : languages) {
            QAction *a = languageMenu->addAction(SpellChecker::displayName(language));
            a->setData(language);
            a->setCheckable(true);
            a->setChecked(language == m_spell->language());
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, language] {
                setSpellLanguage(language);
                Q_EMIT spellLanguageChosen(language);
            });
        }
        spelling << languageMenu->menuAction();
    }
    if (!spelling.isEmpty()) {
        menu->insertActions(first, spelling);
        if (first)
            menu->insertSeparator(first);
    }
    return menu;
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
