#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace charla {

class Client;
class GatewayFeature;
class ServiceRegisterDialog;

/// "Gateways": the transports to other networks the server offers (XEP-0100), whether this
/// account is registered with each, and registering (their form) or unregistering (which also
/// removes their contacts from the contact list).
class GatewaysDialog : public QDialog
{
    Q_OBJECT
public:
    GatewaysDialog(Client *client, GatewayFeature *gateways, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *unregisterButton() const { return m_unregister; }
    QString statusText() const;
    /// Asks the server for its gateways again.
    void refresh();
    /// Opens the registration form of the selected gateway.
    ServiceRegisterDialog *registerSelected();
    /// Unregisters from the selected gateway; asks first unless @p confirm is false.
    void unregisterSelected(bool confirm = true);

Q_SIGNALS:
    /// The list was (re)filled.
    void listed();

private:
    void fill();
    QString selected() const;
    void updateButtons();

    QPointer<Client> m_client;
    QPointer<GatewayFeature> m_gateways;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_unregister = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace charla
