#include "StatusMessageDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace charla {

namespace {
const auto kHistoryKey = QStringLiteral("status/recentMessages");
} // namespace

StatusMessageDialog::StatusMessageDialog(const Profile &profile, const QString &target,
                                         QWidget *parent)
    : QDialog(parent), m_profile(profile)
{
    setWindowTitle(tr("Status message"));
    setObjectName(QStringLiteral("StatusMessageDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Status message for %1:").arg(target), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setPlaceholderText(tr("What are you up to?"));
    m_message->setAccessibleName(tr("Status message"));
    m_message->setClearButtonEnabled(true);
    layout->addWidget(m_message);
    intro->setBuddy(m_message);

    auto *form = new QFormLayout;
    m_priority = new QSpinBox(this);
    m_priority->setObjectName(QStringLiteral("statusPriority"));
    // RFC 6121 4.7.2.3: priority is an integer from -128 to 127.
    m_priority->setRange(-128, 127);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("When you are signed in from several devices, contacts' messages "
                              "go to the one with the highest priority. A negative priority "
                              "means this device never receives them unless they are sent to "
                              "it directly."));
    form->addRow(tr("Priority:"), m_priority);
    layout->addLayout(form);

    auto *recentLabel = new QLabel(tr("Recent messages:"), this);
    layout->addWidget(recentLabel);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_history->setAccessibleName(tr("Recent messages"));
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 6);
    recentLabel->setBuddy(m_history);
    layout->addWidget(m_history, 1);
    connect(m_history, &QListWidget::currentTextChanged, m_message, [this](const QString &text) {
        if (!text.isEmpty())
            m_message->setText(text);
    });
    connect(m_history, &QListWidget::itemActivated, this, [this] { accept(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_clear = buttons->addButton(tr("Clear history"), QDialogButtonBox::ResetRole);
    m_clear->setObjectName(QStringLiteral("clearHistory"));
    // Clearing is immediate, so it must never be what Enter does.
    m_clear->setAutoDefault(false);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearHistory(m_profile);
        fillHistory();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillHistory();
    m_message->setFocus();
    resize(380, sizeHint().height());
}

void StatusMessageDialog::fillHistory()
{
    m_history->clear();
    m_history->addItems(history(m_profile));
    m_clear->setEnabled(m_history->count() > 0);
}

void StatusMessageDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString StatusMessageDialog::message() const
{
    return m_message->text().trimmed();
}

void StatusMessageDialog::setPriority(int priority)
{
    m_priority->setValue(priority);
}

int StatusMessageDialog::priority() const
{
    return m_priority->value();
}

void StatusMessageDialog::accept()
{
    remember(m_profile, message());
    QDialog::accept();
}

QStringList StatusMessageDialog::history(const Profile &profile)
{
    const QSettings s(profile.settingsFile(), QSettings::IniFormat);
    QStringList list = s.value(kHistoryKey).toStringList();
    list.removeAll(QString());
    return list.mid(0, maxHistory());
}

void StatusMessageDialog::remember(const Profile &profile, const QString &message)
{
    const QString m = message.trimmed();
    if (m.isEmpty())
        return;
    QStringList list = history(profile);
    list.removeAll(m);
    list.prepend(m);
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.setValue(kHistoryKey, list.mid(0, maxHistory()));
}

void StatusMessageDialog::clearHistory(const Profile &profile)
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.remove(kHistoryKey);
}

} // namespace charla
