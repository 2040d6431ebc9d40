#include "NickCompleter.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace charla {

NickCompleter::NickCompleter(QPlainTextEdit *edit, NickSource nicks, QObject *parent)
    : QObject(parent), m_edit(edit), m_nicks(std::move(nicks))
{
    edit->installEventFilter(this);
}

bool NickCompleter::complete()
{
    QTextCursor cursor = m_edit->textCursor();
    const bool cycling = m_start >= 0 && !m_matches.isEmpty()
                         && cursor.position() == m_start + m_insertedLength;
    if (!cycling) {
        // The word being typed: back from the cursor to the last blank.
        const QString text = m_edit->toPlainText();
        int start = cursor.position();
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        const QString prefix = text.mid(start, cursor.position() - start);
        if (prefix.isEmpty())
            return false;
        QStringList matches;
        const QStringList nicks = m_nicks ? m_nicks() : QStringList();
        for (const QString &nick : nicks) {
            if (nick != m_own && nick.startsWith(prefix, Qt::CaseInsensitive))
                matches.append(nick);
        }
        if (matches.isEmpty())
            return false;
        std::sort(matches.begin(), matches.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        m_matches = matches;
        m_next = 0;
        m_start = start;
        m_insertedLength = cursor.position() - start;
    }
    const QString nick = m_matches.at(m_next % m_matches.size());
    m_next = (m_next + 1) % int(m_matches.size());
    const QString suffix = m_start == 0 ? QStringLiteral(": ") : QStringLiteral(" ");
    cursor.setPosition(m_start);
    cursor.setPosition(m_start + m_insertedLength, QTextCursor::KeepAnchor);
    cursor.insertText(nick + suffix);
    m_insertedLength = int(nick.size() + suffix.size());
    m_edit->setTextCursor(cursor);
    return true;
}

bool NickCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            if (complete())
                return true;
        } else if (key->key() != Qt::Key_Shift) {
            m_start = -1; // any other key ends the cycle
            m_matches.clear();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace charla
