#pragma once

#include "storage/Profile.h"

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace charla {

/// Asks for a status message and a priority, offering the last messages used.
///
/// The recent messages are kept in the profile's settings file, newest first, at most
/// maxHistory(); accepting the dialog puts its message at the front.
class StatusMessageDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p target names who the message is for ("all accounts" or an address), shown as is.
    StatusMessageDialog(const Profile &profile, const QString &target, QWidget *parent = nullptr);

    /// The message in the field; message() is trimmed.
    void setMessage(const QString &message);
    QString message() const;
    /// RFC 6121 priority, -128..127.
    void setPriority(int priority);
    int priority() const;

    /// The recent-messages list (for tests).
    QListWidget *historyList() const { return m_history; }
    /// "Clear history" (for tests).
    QPushButton *clearHistoryButton() const { return m_clear; }

    /// How many recent messages are kept.
    static constexpr int maxHistory() { return 10; }
    /// The recent messages of @p profile, newest first.
    static QStringList history(const Profile &profile);
    /// Puts @p message at the front of the recent messages (empty ones are not kept).
    static void remember(const Profile &profile, const QString &message);
    /// Forgets every recent message of @p profile.
    static void clearHistory(const Profile &profile);

    /// Remembers the message, then closes.
    void accept() override;

private:
    void fillHistory();

    Profile m_profile;
    QLineEdit *m_message = nullptr;
    QSpinBox *m_priority = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace charla
