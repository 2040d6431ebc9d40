#pragma once

#include <QObject>
#include <QPalette>
#include <QTimer>

namespace charla {

class AppSettings;
class Client;
class MainWindow;
class SettingsDialog;

/// Makes the preferences true everywhere they matter, now and when they change: the palette
/// of the whole application, the size of message text, the compact or comfortable message
/// layout, what the accounts tell others
/// (typing, read markers, idle time), automatic away, and history retention (old messages
/// deleted at start and once a day).
class Preferences : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(MainWindow *window);

    /// Applies the privacy switches to every shown account (also done for accounts added later).
    void applyToAccounts();
    /// Applies the privacy switches to one account's features.
    void applyTo(Client *client) const;
    /// Deletes the history older than the retention period from every account; returns how
    /// many messages went.
    int pruneHistory();

    /// Opens Preferences (not modal); the changes apply when it is accepted.
    SettingsDialog *openDialog();

    /// The palette for @p palette: the one the application started with for System (what the
    /// desktop chose, high contrast included), a light or a dark one otherwise.
    QPalette paletteFor(int palette) const;

private:
    void changed(const QString &key);
    void applyPalette();
    void applyMessageFont();
    /// Compact or comfortable message rows in every chat view.
    void applyMessageLayout();

    MainWindow *m_window;
    AppSettings *m_settings;
    QPalette m_systemPalette;
    QTimer m_daily;
    SettingsDialog *m_dialog = nullptr;
};

} // namespace charla
