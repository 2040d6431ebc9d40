#pragma once

#include "account/AutoAway.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace charla {

class AppSettings;
class ConnectionSettingsWidget;

/// Preferences (Ctrl+,): appearance, notifications, privacy, automatic away, history,
/// connection (the proxy new accounts start with, and a way to each account's own proxy),
/// spelling.
/// Edits exactly AppSettings and AutoAway::Settings; nothing is written before OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, const AutoAway::Settings &away,
                   QWidget *parent = nullptr);

    /// Accounts with a sentence about their proxy, and what opens an account's settings.
    void setAccounts(const QList<QPair<QString, QString>> &accountsAndProxies,
                     std::function<void(const QString &account)> openAccountSettings);
    /// Dictionaries that can be chosen ("es_ES"); the system language is always offered.
    void setSpellLanguages(const QStringList &languages);
    /// The dictionaries installed where hunspell keeps them (/usr/share/hunspell, ...).
    static QStringList installedDictionaries();

    /// What the automatic away page says (read after accept()).
    AutoAway::Settings autoAwaySettings() const;
    /// Writes the page values to AppSettings (accept() does it).
    void apply();
    void accept() override;

    QTabWidget *pages() const { return m_pages; }
    /// The proxy for new accounts (Connection page).
    ConnectionSettingsWidget *proxyWidget() const { return m_proxy; }

private:
    QWidget *buildAppearance();
    QWidget *buildNotifications();
    QWidget *buildPrivacy();
    QWidget *buildAway(const AutoAway::Settings &away);
    QWidget *buildHistory();
    QWidget *buildConnection();
    QWidget *buildSpelling();
    void updateAwayEnabled();

    AppSettings *m_settings;
    QTabWidget *m_pages = nullptr;
    // Appearance
    QComboBox *m_palette = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_layout = nullptr;
    // Notifications
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_dnd = nullptr;
    QCheckBox *m_showText = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    // Privacy
    QCheckBox *m_chatStates = nullptr;
    QCheckBox *m_markers = nullptr;
    QCheckBox *m_idle = nullptr;
    QCheckBox *m_previews = nullptr;
    // Away
    QCheckBox *m_awayEnabled = nullptr;
    QSpinBox *m_awayMinutes = nullptr;
    QSpinBox *m_xaMinutes = nullptr;
    // History
    QComboBox *m_retention = nullptr;
    // Connection
    QListWidget *m_accounts = nullptr;
    ConnectionSettingsWidget *m_proxy = nullptr;
    QLabel *m_proxyProblem = nullptr;
    std::function<void(const QString &)> m_openAccount;
    // Spelling
    QCheckBox *m_spell = nullptr;
    QComboBox *m_spellLanguage = nullptr;
};

} // namespace charla
