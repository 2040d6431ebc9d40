#include "NotifyModeButton.h"

#include <QActionGroup>
#include <QMenu>

namespace charla {

NotifyModeButton::NotifyModeButton(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("notifyModeButton"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("What this chat notifies you about"));
    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(this);
    m_all = menu->addAction(tr("All messages"));
    m_mentions = menu->addAction(tr("Mentions only"));
    m_muted = menu->addAction(tr("Muted"));
    const AppSettings::NotifyMode modes[] = {AppSettings::NotifyMode::All,
                                             AppSettings::NotifyMode::MentionsOnly,
                                             AppSettings::NotifyMode::Muted};
    for (AppSettings::NotifyMode mode : modes) {
        QAction *a = action(mode);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] {
            if (mode == m_mode)
                return;
            setMode(mode);
            Q_EMIT modeChosen(mode);
        });
    }
    m_mentions->setVisible(false);
    setMenu(menu);
    setMode(AppSettings::NotifyMode::All);
}

QAction *NotifyModeButton::action(AppSettings::NotifyMode mode) const
{
    switch (mode) {
    case AppSettings::NotifyMode::All:
        return m_all;
    case AppSettings::NotifyMode::MentionsOnly:
        return m_mentions;
    case AppSettings::NotifyMode::Muted:
        break;
    }
    return m_muted;
}

void NotifyModeButton::setMode(AppSettings::NotifyMode mode)
{
    m_mode = mode;
    action(mode)->setChecked(true);
    updateLabel();
}

void NotifyModeButton::setMentionsOffered(bool offered)
{
    m_mentions->setVisible(offered || m_mode == AppSettings::NotifyMode::MentionsOnly);
}

void NotifyModeButton::updateLabel()
{
    switch (m_mode) {
    case AppSettings::NotifyMode::All:
        setText(tr("Notify"));
        break;
    case AppSettings::NotifyMode::MentionsOnly:
        setText(tr("Mentions only"));
        break;
    case AppSettings::NotifyMode::Muted:
        setText(tr("Muted"));
        break;
    }
    // Visible even when it was hidden for a chat: the current mode is always in the menu.
    if (m_mode == AppSettings::NotifyMode::MentionsOnly)
        m_mentions->setVisible(true);
    setAccessibleName(tr("Notifications: %1").arg(text()));
}

} // namespace charla
