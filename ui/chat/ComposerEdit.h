#pragma once

#include <QImage>
#include <QPlainTextEdit>

class QMenu;

namespace charla {

class SpellChecker;
class SpellHighlighter;

/// The text field of the Composer: plain text only (a paste of rich text keeps its characters,
/// never its markup); a pasted image or dropped files are handed out as upload requests
/// instead of being inserted. Misspelled words are underlined; the context menu offers
/// corrections, "Add to dictionary" and the spelling language.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    SpellChecker *spellChecker() const { return m_spell; }
    SpellHighlighter *spellHighlighter() const { return m_highlighter; }
    /// The dictionary to check with ("es_ES"); false when it is not installed.
    bool setSpellLanguage(const QString &language);
    void setSpellCheckEnabled(bool on);
    /// The context menu for a click at @p pos (viewport coordinates): corrections for a
    /// misspelled word there, "Add to dictionary", the language choice, then the usual entries.
    QMenu *createSpellContextMenu(const QPoint &pos);

Q_SIGNALS:
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);
    /// The person chose @p language in the context menu (remembered per chat by the owner).
    void spellLanguageChosen(const QString &language);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    SpellChecker *m_spell;
    SpellHighlighter *m_highlighter;
};

} // namespace charla
