#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>

namespace charla {

class SpellChecker;

/// Underlines the misspelled words of a document with a wavy red line (a red that reads on the
/// palette's base colour). Links, addresses and words with digits are left alone.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// A word of a block: where it starts and how long it is.
    struct Word
    {
        int start = 0;
        int length = 0;
    };

    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    /// Whether anything is underlined (spelling on and a dictionary loaded).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    /// The underline colour for a text on @p base.
    static QColor underlineColor(const QColor &base);
    void setBaseColor(const QColor &base);

    /// The words of @p text a spell checker should look at (no URLs, JIDs, numbers).
    static QList<Word> words(const QString &text);

protected:
    void highlightBlock(const QString &text) override;

private:
    QPointer<SpellChecker> m_checker;
    QColor m_color;
    bool m_enabled = true;
};

} // namespace charla
