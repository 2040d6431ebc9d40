#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace charla {

class Session;
class XmlLogModel;

/// One account's XML console: the live stream both ways, indented and coloured, filtered by
/// stanza kind and JID, searchable, pausable, with an input for raw XML.
///
/// Pausing freezes the view but keeps collecting into the log (within its cap), so nothing
/// said while paused is lost: resuming shows it. The text shown is what the session reported,
/// already masked (SASL payloads, XEP-0077 and form passwords); it is painted as plain text
/// with character formats, never as HTML.
class XmlConsole : public QWidget
{
    Q_OBJECT
public:
    /// @p log: the account's log kept since login (shown at once, fed by its owner); without
    /// one the console keeps its own, from now on.
    XmlConsole(Session *session, const QString &account, QWidget *parent = nullptr,
               XmlLogModel *log = nullptr);

    XmlLogModel *log() const { return m_log; }
    /// The text shown in the view (for tests and copying).
    QString shownText() const;
    bool isPaused() const;
    void setPaused(bool paused);
    void setKinds(int kinds);
    void setJidFilter(const QString &jid);
    /// Selects the next occurrence of @p text after the cursor, wrapping once; false if none.
    bool findNext(const QString &text);
    /// Checks @p xml is well formed and sends it; false with the error shown if not.
    bool sendXml(const QString &xml);
    /// The last error shown under the input (empty when none).
    QString inputError() const;

private:
    void appendEntry(int row);
    void rebuild();

    QPointer<Session> m_session;
    XmlLogModel *m_log = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLineEdit *m_jid = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_pause = nullptr;
    QLabel *m_error = nullptr;
    QList<QCheckBox *> m_kindBoxes;
    int m_kinds = 0;
    int m_shownUpTo = 0; // rows of the log already in the view (while not paused)
};

} // namespace charla
