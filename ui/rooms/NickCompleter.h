#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QPlainTextEdit;

namespace charla {

/// Tab in a room's composer completes the nick being typed: the word before the cursor is the
/// start of a nick (case-insensitive); Tab again cycles through the other matches. A nick at
/// the very start of the message gets ": " after it (the usual way to address someone), else a
/// space. Nothing happens when no nick matches (Tab then does what it did before).
class NickCompleter : public QObject
{
    Q_OBJECT
public:
    using NickSource = std::function<QStringList()>;

    /// Completes in @p edit from the nicks @p nicks gives (read at each first Tab).
    NickCompleter(QPlainTextEdit *edit, NickSource nicks, QObject *parent = nullptr);

    /// Our own nick, never offered.
    void setOwnNick(const QString &nick) { m_own = nick; }
    /// Completes once (what a Tab press does); false when nothing matched.
    bool complete();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    NickSource m_nicks;
    QString m_own;
    // The cycle in progress: where the word starts, what was inserted, and the matches.
    QStringList m_matches;
    int m_next = 0;
    int m_start = -1;
    int m_insertedLength = 0;
};

} // namespace charla
