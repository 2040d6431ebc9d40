#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace charla {

class Client;
class ServerProbe;

/// "Server information": what the own server is and supports, laid out against XEP-0479
/// (Compliance Suites 2023): per suite (Core and IM, each at the Server and Advanced Server
/// level) every requirement as met, missing or not visible from a client, with what was seen;
/// above them the server's software version, uptime and contact addresses (XEP-0157).
class ServerInfoWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ServerInfoWindow(Client *client, QWidget *parent = nullptr);

    ServerProbe *probe() const { return m_probe; }
    QTreeWidget *suites() const { return m_suites; }
    /// The summary above the suites (server, version, uptime, contacts).
    QString summaryText() const;
    /// Asks again.
    void refresh();

Q_SIGNALS:
    /// Everything was asked and is shown.
    void loaded();

private:
    void showResults();

    ServerProbe *m_probe = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_suites = nullptr;
};

} // namespace charla
