#include "ConnectionSettingsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace charla {

ConnectionSettingsWidget::ConnectionSettingsWidget(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("Found automatically"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    // 0 shows as "default": 5222, or 5223 with Direct TLS.
    //: Port field when no port is set: the server's usual port is used.
    m_port->setSpecialValueText(tr("Default"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    form->addRow(tr("Server &host:"), hostRow);
    static_cast<QLabel *>(form->labelForField(hostRow))->setBuddy(m_host);

    m_directTls = new QCheckBox(tr("Connect with &Direct TLS (XEP-0368)"), this);
    m_directTls->setObjectName(QStringLiteral("directTls"));
    form->addRow(QString(), m_directTls);

    m_proxyType = new QComboBox(this);
    m_proxyType->setObjectName(QStringLiteral("proxyType"));
    m_proxyType->addItem(tr("No proxy"), int(ProxySettings::None));
    m_proxyType->addItem(tr("The system's proxy"), int(ProxySettings::System));
    m_proxyType->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Socks5));
    m_proxyType->addItem(tr("HTTP proxy (CONNECT)"), int(ProxySettings::Http));
    form->addRow(tr("P&roxy:"), m_proxyType);

    m_proxyHost = new QLineEdit(this);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(tr("Default"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(new QLabel(tr("Port:"), this));
    proxyRow->addWidget(m_proxyPort);
    form->addRow(tr("Proxy host:"), proxyRow);
    static_cast<QLabel *>(form->labelForField(proxyRow))->setBuddy(m_proxyHost);

    m_proxyUser = new QLineEdit(this);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setPlaceholderText(tr("Only if the proxy asks for one"));
    form->addRow(tr("Proxy user:"), m_proxyUser);

    connect(m_proxyType, &QComboBox::currentIndexChanged, this,
            &ConnectionSettingsWidget::updateEnabled);
    updateEnabled();
}

void ConnectionSettingsWidget::showProxyOnly()
{
    // Rows 0 and 1: the server host (with its port) and Direct TLS.
    m_form->setRowVisible(0, false);
    m_form->setRowVisible(1, false);
}

void ConnectionSettingsWidget::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

void ConnectionSettingsWidget::updateEnabled()
{
    const auto type = ProxySettings::Type(m_proxyType->currentData().toInt());
    const bool named = type == ProxySettings::Socks5 || type == ProxySettings::Http;
    m_proxyHost->setEnabled(named);
    m_proxyPort->setEnabled(named);
    m_proxyUser->setEnabled(named);
}

void ConnectionSettingsWidget::setConfig(const AccountConfig &config)
{
    m_host->setText(config.host);
    m_port->setValue(config.port);
    m_directTls->setChecked(config.directTls);
    m_proxyType->setCurrentIndex(m_proxyType->findData(int(config.proxy.type)));
    m_proxyHost->setText(config.proxy.host);
    m_proxyPort->setValue(config.proxy.port);
    m_proxyUser->setText(config.proxy.user);
    updateEnabled();
}

AccountConfig ConnectionSettingsWidget::apply(AccountConfig config) const
{
    config.host = m_host->text().trimmed();
    config.port = quint16(m_port->value());
    config.directTls = m_directTls->isChecked();
    config.proxy = ProxySettings();
    config.proxy.type = ProxySettings::Type(m_proxyType->currentData().toInt());
    if (config.proxy.type == ProxySettings::Socks5 || config.proxy.type == ProxySettings::Http) {
        config.proxy.host = m_proxyHost->text().trimmed();
        config.proxy.port = quint16(m_proxyPort->value());
        config.proxy.user = m_proxyUser->text().trimmed();
    }
    return config;
}

QString ConnectionSettingsWidget::problem() const
{
    if (m_host->text().trimmed().contains(QLatin1Char(' ')))
        return tr("The server host cannot contain spaces.");
    if (m_host->text().trimmed().isEmpty() && (m_port->value() != 0 || m_directTls->isChecked()))
        return tr("Give the server host along with a port or Direct TLS.");
    const auto type = ProxySettings::Type(m_proxyType->currentData().toInt());
    if ((type == ProxySettings::Socks5 || type == ProxySettings::Http) &&
        m_proxyHost->text().trimmed().isEmpty())
        return tr("Enter the proxy's host, or choose “No proxy”.");
    return {};
}

} // namespace charla
