#pragma once

#include "storage/AccountStore.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace charla {

/// How an account reaches its server, for the account wizard and the account settings: an
/// optional host and port (empty: DNS SRV), Direct TLS, and a proxy of the kinds ProxySettings
/// supports (none, the system's, SOCKS5, HTTP CONNECT; no proxy password, see ProxySettings).
class ConnectionSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSettingsWidget(QWidget *parent = nullptr);

    /// Shows the host, port, Direct TLS and proxy of @p config.
    void setConfig(const AccountConfig &config);
    /// @p config with the host, port, Direct TLS and proxy shown here.
    AccountConfig apply(AccountConfig config) const;
    /// Shows only the proxy rows (Preferences' proxy for new accounts); the server host, port
    /// and Direct TLS stay as given.
    void showProxyOnly();
    /// Adds a row under the connection rows, aligned with them (account settings).
    void addRow(const QString &label, QWidget *field);
    /// What is wrong with the values, as a sentence; empty when nothing is.
    QString problem() const;

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QCheckBox *directTlsBox() const { return m_directTls; }
    QComboBox *proxyTypeBox() const { return m_proxyType; }
    QLineEdit *proxyHostField() const { return m_proxyHost; }
    QSpinBox *proxyPortField() const { return m_proxyPort; }
    QLineEdit *proxyUserField() const { return m_proxyUser; }

private:
    void updateEnabled();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_directTls = nullptr;
    QComboBox *m_proxyType = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
};

} // namespace charla
