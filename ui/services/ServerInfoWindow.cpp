#include "services/ServerInfoWindow.h"

#include "features/ServerProbe.h"
#include "services/ServiceText.h"
#include "stream/Client.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charla {

namespace {
using Status = ComplianceRequirement::Status;
using Suite = ComplianceRequirement::Suite;
} // namespace

ServerInfoWindow::ServerInfoWindow(Client *client, QWidget *parent)
    : QWidget(parent, Qt::Window), m_probe(new ServerProbe(client, this))
{
    setObjectName(QStringLiteral("serverInfo"));
    setWindowTitle(client ? tr("Server information: %1").arg(client->jid().domain())
                          : tr("Server information"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("serverSummary"));
    m_summary->setTextFormat(Qt::PlainText); // the version and addresses come from the network
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *note = new QLabel(tr("Requirements of the XMPP Compliance Suites 2023 (XEP-0479) for "
                               "servers, as far as a client can see them."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_suites = new QTreeWidget(this);
    m_suites->setObjectName(QStringLiteral("complianceTree"));
    m_suites->setHeaderLabels({tr("Requirement"), tr("Status"), tr("Specifications"), tr("Seen")});
    m_suites->setColumnWidth(0, 290);
    m_suites->setColumnWidth(1, 170);
    m_suites->setColumnWidth(2, 210);
    m_suites->setWordWrap(true);
    layout->addWidget(m_suites, 1);
    auto *buttons = new QHBoxLayout;
    auto *again = new QPushButton(tr("&Refresh"), this);
    buttons->addStretch(1);
    buttons->addWidget(again);
    layout->addLayout(buttons);
    connect(again, &QPushButton::clicked, this, &ServerInfoWindow::refresh);
    connect(m_probe, &ServerProbe::finished, this, &ServerInfoWindow::showResults);
    resize(1040, 640);
    refresh();
}

QString ServerInfoWindow::summaryText() const
{
    return m_summary->text();
}

void ServerInfoWindow::refresh()
{
    m_summary->setText(tr("Asking the server…"));
    m_suites->clear();
    m_probe->start();
}

void ServerInfoWindow::showResults()
{
    QStringList lines;
    if (const auto v = m_probe->version()) {
        QString line = tr("Software: %1 %2").arg(v->name, v->version);
        if (!v->os.isEmpty())
            line += tr(" on %1").arg(v->os);
        lines << line;
    } else {
        lines << tr("Software: not told");
    }
    if (const auto up = m_probe->uptime())
        lines << tr("Running for %1").arg(ServiceText::duration(*up));
    else
        lines << tr("Uptime: not told");
    const QList<ServerProbe::Contact> contacts = m_probe->contacts();
    if (contacts.isEmpty())
        lines << tr("Contact addresses (XEP-0157): none published");
    for (const ServerProbe::Contact &c : contacts)
        lines << tr("%1: %2").arg(ServerProbe::contactKindName(c.kind),
                                  c.addresses.join(QStringLiteral(", ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_suites->clear();
    const QList<ComplianceRequirement> rows = m_probe->compliance();
    for (const Suite s : {Suite::Core, Suite::CoreAdvanced, Suite::Im, Suite::ImAdvanced}) {
        int met = 0, missing = 0, unknown = 0;
        auto *top = new QTreeWidgetItem(m_suites);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const ComplianceRequirement &r : rows) {
            if (r.suite != s)
                continue;
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, r.feature);
            item->setText(2, r.providers);
            item->setText(3, r.evidence);
            item->setToolTip(3, r.evidence);
            switch (r.status) {
            case Status::Met:
                ++met;
                item->setText(1, tr("✓ met"));
                item->setForeground(1, QColor(0x1b, 0x7a, 0x2e));
                break;
            case Status::Missing:
                ++missing;
                item->setText(1, tr("✗ missing"));
                item->setForeground(1, QColor(0xb0, 0x1c, 0x1c));
                break;
            case Status::Unknown:
                ++unknown;
                item->setText(1, tr("? not visible"));
                break;
            }
            item->setData(1, Qt::UserRole, int(r.status));
        }
        top->setText(0, ComplianceSuites::suiteName(s));
        top->setText(1, missing == 0 ? (unknown == 0 ? tr("✓ met") : tr("✓ as far as seen"))
                                     : tr("%n requirement(s) missing", nullptr, missing));
        top->setForeground(1, missing == 0 ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xb0, 0x1c, 0x1c));
        top->setText(3, tr("%1 met, %2 missing, %3 not visible").arg(met).arg(missing).arg(unknown));
        top->setExpanded(true);
    }
    Q_EMIT loaded();
}

} // namespace charla
