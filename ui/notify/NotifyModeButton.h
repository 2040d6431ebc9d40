#pragma once

#include "storage/AppSettings.h"

#include <QToolButton>

class QAction;

namespace charla {

/// The chat header's notification control: a menu with "All messages", "Mentions only" (group
/// chats) and "Muted"; the button says which applies. The choice goes out as modeChosen() and
/// is kept by whoever owns the settings (ChatManager into AppSettings).
class NotifyModeButton : public QToolButton
{
    Q_OBJECT
public:
    explicit NotifyModeButton(QWidget *parent = nullptr);

    /// Shows @p mode as the current choice (does not emit modeChosen()).
    void setMode(AppSettings::NotifyMode mode);
    AppSettings::NotifyMode mode() const { return m_mode; }
    /// Offers "Mentions only" (group chats; a chat has no mentions to wait for).
    void setMentionsOffered(bool offered);
    /// The menu entry for @p mode.
    QAction *action(AppSettings::NotifyMode mode) const;

Q_SIGNALS:
    /// The person picked @p mode from the menu.
    void modeChosen(charla::AppSettings::NotifyMode mode);

private:
    void updateLabel();

    QAction *m_all;
    QAction *m_mentions;
    QAction *m_muted;
    AppSettings::NotifyMode m_mode = AppSettings::NotifyMode::All;
};

} // namespace charla
