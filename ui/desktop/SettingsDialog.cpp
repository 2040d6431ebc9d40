#include "desktop/SettingsDialog.h"

#include "ConnectionSettingsWidget.h"
#include "ErrorText.h"
#include "storage/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace charla {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QCheckBox *check(const QString &text, const QString &name, const QString &description,
                 QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setAccessibleDescription(description);
    box->setToolTip(description);
    return box;
}

// History retention choices, in days (0: forever).
const QList<int> kRetentionDays = {0, 7, 30, 90, 365};

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, const AutoAway::Settings &away,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setAccessibleName(tr("Preference pages"));
    // Every page's name in sight: the dialog is as wide as the tabs.
    m_pages->tabBar()->setUsesScrollButtons(false);
    m_pages->addTab(buildAppearance(), tr("&Appearance"));
    m_pages->addTab(buildNotifications(), tr("&Notifications"));
    m_pages->addTab(buildPrivacy(), tr("&Privacy"));
    m_pages->addTab(buildAway(away), tr("A&way"));
    m_pages->addTab(buildHistory(), tr("&History"));
    m_pages->addTab(buildConnection(), tr("&Connection"));
    m_pages->addTab(buildSpelling(), tr("&Spelling"));
    layout->addWidget(m_pages);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSpellLanguages(installedDictionaries());
}

QWidget *SettingsDialog::buildAppearance()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_palette = new QComboBox(page);
    m_palette->setObjectName(QStringLiteral("paletteBox"));
    m_palette->setAccessibleName(tr("Colours"));
    m_palette->addItem(tr("Follow the system"), int(AppSettings::Palette::System));
    m_palette->addItem(tr("Light"), int(AppSettings::Palette::Light));
    m_palette->addItem(tr("Dark"), int(AppSettings::Palette::Dark));
    m_palette->setCurrentIndex(m_palette->findData(int(m_settings->palette())));
    form->addRow(tr("C&olours:"), m_palette);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSizeBox"));
    m_fontSize->setAccessibleName(tr("Message text size"));
    m_fontSize->setRange(0, 36);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setValue(m_settings->fontPointSize());
    form->addRow(tr("Message &text size:"), m_fontSize);
    m_layout = new QComboBox(page);
    m_layout->setObjectName(QStringLiteral("layoutBox"));
    m_layout->setAccessibleName(tr("Message layout"));
    m_layout->addItem(tr("Comfortable"), int(AppSettings::MessageLayout::Comfortable));
    m_layout->addItem(tr("Compact"), int(AppSettings::MessageLayout::Compact));
    m_layout->setCurrentIndex(m_layout->findData(int(m_settings->messageLayout())));
    form->addRow(tr("Message &layout:"), m_layout);
    form->addRow(note(tr("High-contrast and other system colour schemes are followed with "
                         "“Follow the system”."),
                      page));
    return page;
}

QWidget *SettingsDialog::buildNotifications()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_notify = check(tr("Show &notifications for new messages"), QStringLiteral("notifyBox"),
                     tr("A desktop notification when a message arrives in a chat you are not "
                        "looking at."),
                     page);
    m_notify->setChecked(m_settings->notificationsEnabled());
    m_dnd = check(tr("&Do not disturb"), QStringLiteral("dndBox"),
                  tr("No notification pops up; unread counts still grow."), page);
    m_dnd->setChecked(m_settings->doNotDisturb());
    m_showText = check(tr("Show the message &text in notifications"), QStringLiteral("showTextBox"),
                       tr("Off, a notification only says who wrote."), page);
    m_showText->setChecked(m_settings->notificationShowsText());
    m_closeToTray = check(tr("&Keep running in the tray when the window is closed"),
                          QStringLiteral("closeToTrayBox"),
                          tr("Only where the desktop has a tray; otherwise closing quits."), page);
    m_closeToTray->setChecked(m_settings->closeToTray());
    for (QWidget *w : {static_cast<QWidget *>(m_notify), static_cast<QWidget *>(m_dnd),
                       static_cast<QWidget *>(m_showText), static_cast<QWidget *>(m_closeToTray)})
        layout->addWidget(w);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildPrivacy()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("What Charla tells the people you write to:"), page));
    m_chatStates = check(tr("Send &typing notifications"), QStringLiteral("chatStatesBox"),
                         tr("Others see when you are typing a message to them."), page);
    m_chatStates->setChecked(m_settings->sendChatStates());
    m_markers = check(tr("Send &read markers"), QStringLiteral("markersBox"),
                      tr("Others see when you have read their messages."), page);
    m_markers->setChecked(m_settings->sendDisplayedMarkers());
    m_idle = check(tr("Send &idle time"), QStringLiteral("idleBox"),
                   tr("When you are away, contacts see since when."), page);
    m_idle->setChecked(m_settings->sendIdleTime());
    m_previews = check(tr("Fetch &link previews"), QStringLiteral("previewsBox"),
                       tr("Fetching a preview tells the linked site your address. Off by "
                          "default."),
                       page);
    m_previews->setChecked(m_settings->fetchLinkPreviews());
    for (QWidget *w : {static_cast<QWidget *>(m_chatStates), static_cast<QWidget *>(m_markers),
                       static_cast<QWidget *>(m_idle), static_cast<QWidget *>(m_previews)})
        layout->addWidget(w);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildAway(const AutoAway::Settings &away)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_awayEnabled = check(tr("Set my status &automatically when I am not at the computer"),
                          QStringLiteral("autoAwayBox"),
                          tr("Available accounts become Away, then Away for a while; your "
                             "status comes back when you return."),
                          page);
    m_awayEnabled->setChecked(away.enabled);
    form->addRow(m_awayEnabled);
    const auto minutes = [page](const QString &name, const QString &accessible, int value) {
        auto *box = new QSpinBox(page);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setRange(0, 24 * 60);
        box->setSuffix(tr(" min"));
        box->setSpecialValueText(tr("Never"));
        box->setValue(value);
        return box;
    };
    m_awayMinutes =
        minutes(QStringLiteral("awayMinutesBox"), tr("Away after minutes"), away.awayMinutes);
    form->addRow(tr("A&way after:"), m_awayMinutes);
    m_xaMinutes = minutes(QStringLiteral("xaMinutesBox"), tr("Away for a while after minutes"),
                          away.xaMinutes);
    form->addRow(tr("Away for a &while after:"), m_xaMinutes);
    connect(m_awayEnabled, &QCheckBox::toggled, this, &SettingsDialog::updateAwayEnabled);
    updateAwayEnabled();
    return page;
}

void SettingsDialog::updateAwayEnabled()
{
    m_awayMinutes->setEnabled(m_awayEnabled->isChecked());
    m_xaMinutes->setEnabled(m_awayEnabled->isChecked());
}

QWidget *SettingsDialog::buildHistory()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_retention = new QComboBox(page);
    m_retention->setObjectName(QStringLiteral("retentionBox"));
    m_retention->setAccessibleName(tr("Keep history"));
    for (const int days : kRetentionDays) {
        m_retention->addItem(days == 0 ? tr("Forever") : tr("%n day(s)", nullptr, days), days);
    }
    const int current = m_settings->historyRetentionDays();
    if (m_retention->findData(current) < 0)
        m_retention->addItem(tr("%n day(s)", nullptr, current), current);
    m_retention->setCurrentIndex(m_retention->findData(current));
    form->addRow(tr("&Keep messages on this computer:"), m_retention);
    form->addRow(note(tr("Older messages are deleted from this computer when Charla starts and "
                         "once a day. Copies on the server (its archive) are not touched."),
                      page));
    return page;
}

QWidget *SettingsDialog::buildConnection()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("New accounts connect through this proxy:"), page));
    m_proxy = new ConnectionSettingsWidget(page);
    m_proxy->setObjectName(QStringLiteral("defaultProxy"));
    m_proxy->showProxyOnly();
    AccountConfig config;
    config.proxy = m_settings->defaultProxy();
    m_proxy->setConfig(config);
    layout->addWidget(m_proxy);
    m_proxyProblem = note(QString(), page);
    m_proxyProblem->setObjectName(QStringLiteral("proxyProblem"));
    m_proxyProblem->hide();
    // Said until the person changes what it is about.
    connect(m_proxy->proxyTypeBox(), &QComboBox::currentIndexChanged, m_proxyProblem,
            &QWidget::hide);
    connect(m_proxy->proxyHostField(), &QLineEdit::textChanged, m_proxyProblem, &QWidget::hide);
    layout->addWidget(m_proxyProblem);
    layout->addSpacing(page->fontMetrics().height());
    layout->addWidget(note(tr("Each account keeps a proxy of its own. Change it in the "
                              "account's settings."),
                           page));
    m_accounts = new QListWidget(page);
    m_accounts->setObjectName(QStringLiteral("proxyAccounts"));
    m_accounts->setAccessibleName(tr("Accounts and their proxies"));
    layout->addWidget(m_accounts);
    auto *open = new QPushButton(tr("Account &Settings…"), page);
    open->setObjectName(QStringLiteral("openAccountSettings"));
    open->setEnabled(false);
    layout->addWidget(open, 0, Qt::AlignRight);
    connect(m_accounts, &QListWidget::currentRowChanged, open,
            [open](int row) { open->setEnabled(row >= 0); });
    const auto openCurrent = [this] {
        if (QListWidgetItem *item = m_accounts->currentItem(); item && m_openAccount)
            m_openAccount(item->data(Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_accounts, &QListWidget::itemActivated, this, openCurrent);
    return page;
}

void SettingsDialog::setAccounts(const QList<QPair<QString, QString>> &accountsAndProxies,
                                 std::function<void(const QString &)> openAccountSettings)
{
    m_openAccount = std::move(openAccountSettings);
    m_accounts->clear();
    for (const auto &a : accountsAndProxies) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(a.first, a.second), m_accounts);
        item->setData(Qt::UserRole, a.first);
    }
}

QWidget *SettingsDialog::buildSpelling()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_spell = check(tr("&Check spelling while typing"), QStringLiteral("spellBox"),
                    tr("Misspelled words are underlined in the message field."), page);
    m_spell->setChecked(m_settings->spellCheck());
    form->addRow(m_spell);
    m_spellLanguage = new QComboBox(page);
    m_spellLanguage->setObjectName(QStringLiteral("spellLanguageBox"));
    m_spellLanguage->setAccessibleName(tr("Spelling language"));
    form->addRow(tr("&Language:"), m_spellLanguage);
    form->addRow(note(tr("Each chat remembers a language chosen in its message field."), page));
    connect(m_spell, &QCheckBox::toggled, m_spellLanguage, &QWidget::setEnabled);
    m_spellLanguage->setEnabled(m_spell->isChecked());
    return page;
}

void SettingsDialog::setSpellLanguages(const QStringList &languages)
{
    const QString current = m_spellLanguage->count() > 0 ? m_spellLanguage->currentData().toString()
                                                         : m_settings->spellLanguage();
    m_spellLanguage->clear();
    m_spellLanguage->addItem(tr("The system's language"), QString());
    for (const QString &code : languages) {
        const QLocale locale(code);
        const QString name =
            locale.language() == QLocale::C
                ? code
                : tr("%1 (%2)").arg(QLocale::languageToString(locale.language()),
                                    QLocale::territoryToString(locale.territory()));
        m_spellLanguage->addItem(name, code);
    }
    int at = m_spellLanguage->findData(current);
    if (at < 0 && !current.isEmpty()) {
        m_spellLanguage->addItem(current, current); // not installed (any more): still shown
        at = m_spellLanguage->count() - 1;
    }
    m_spellLanguage->setCurrentIndex(std::max(0, at));
}

QStringList SettingsDialog::installedDictionaries()
{
    QStringList found;
    for (const QString &dir :
         {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
          QStringLiteral("/usr/share/myspell")}) {
        const QStringList dics = QDir(dir).entryList({QStringLiteral("*.dic")}, QDir::Files);
        for (const QString &dic : dics) {
            const QString code = dic.chopped(4);
            if (!found.contains(code))
                found << code;
        }
    }
    found.sort();
    return found;
}

AutoAway::Settings SettingsDialog::autoAwaySettings() const
{
    AutoAway::Settings s;
    s.enabled = m_awayEnabled->isChecked();
    s.awayMinutes = m_awayMinutes->value();
    s.xaMinutes = m_xaMinutes->value();
    return s;
}

void SettingsDialog::apply()
{
    m_settings->setPalette(AppSettings::Palette(m_palette->currentData().toInt()));
    m_settings->setFontPointSize(m_fontSize->value());
    m_settings->setMessageLayout(AppSettings::MessageLayout(m_layout->currentData().toInt()));
    m_settings->setNotificationsEnabled(m_notify->isChecked());
    m_settings->setDoNotDisturb(m_dnd->isChecked());
    m_settings->setNotificationShowsText(m_showText->isChecked());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->setSendChatStates(m_chatStates->isChecked());
    m_settings->setSendDisplayedMarkers(m_markers->isChecked());
    m_settings->setSendIdleTime(m_idle->isChecked());
    m_settings->setFetchLinkPreviews(m_previews->isChecked());
    m_settings->setHistoryRetentionDays(m_retention->currentData().toInt());
    m_settings->setSpellCheck(m_spell->isChecked());
    m_settings->setSpellLanguage(m_spellLanguage->currentData().toString());
    m_settings->setDefaultProxy(m_proxy->apply(AccountConfig()).proxy);
}

void SettingsDialog::accept()
{
    // A proxy without its host cannot be used: say so on its page instead of saving it.
    const QString problem = m_proxy->problem();
    if (!problem.isEmpty()) {
        m_proxyProblem->setText(problem);
        m_proxyProblem->setPalette(palette()); // the palette in use now, then its red
        showAsError(m_proxyProblem);
        m_proxyProblem->show();
        m_pages->setCurrentWidget(m_proxy->parentWidget());
        return;
    }
    apply();
    QDialog::accept();
}

} // namespace charla
