#include "services/DiscoBrowser.h"

#include "features/DiscoClient.h"
#include "features/LastActivityFeature.h"
#include "features/NamespaceNames.h"
#include "features/TimeFeature.h"
#include "features/VersionFeature.h"
#include "forms/DataFormWidget.h"
#include "models/DiscoModel.h"
#include "services/RunCommandDialog.h"
#include "services/ServiceRegisterDialog.h"
#include "services/ServiceText.h"
#include "stream/Client.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charla {

namespace {
const auto kMucNs = QStringLiteral("http://jabber.org/protocol/muc");
const auto kRegisterNs = QStringLiteral("jabber:iq:register");
const auto kCommandsNs = QStringLiteral("http://jabber.org/protocol/commands");

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // network text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

DiscoBrowser::DiscoBrowser(Client *client, const Jid &root, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client)
{
    setWindowTitle(tr("Service discovery"));
    setObjectName(QStringLiteral("discoBrowser"));
    m_model = new DiscoModel(client ? client->feature<DiscoClient>() : nullptr, this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *jidLabel = new QLabel(tr("&Address:"), this);
    m_jid = new QLineEdit(root.full(), this);
    m_jid->setObjectName(QStringLiteral("discoJid"));
    jidLabel->setBuddy(m_jid);
    auto *nodeLabel = new QLabel(tr("N&ode:"), this);
    m_node = new QLineEdit(this);
    m_node->setObjectName(QStringLiteral("discoNode"));
    m_node->setPlaceholderText(tr("optional"));
    nodeLabel->setBuddy(m_node);
    auto *go = new QPushButton(tr("&Browse"), this);
    go->setObjectName(QStringLiteral("discoGo"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    bar->addWidget(jidLabel);
    bar->addWidget(m_jid, 3);
    bar->addWidget(nodeLabel);
    bar->addWidget(m_node, 2);
    bar->addWidget(go);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    m_view = new QTreeView(split);
    m_view->setObjectName(QStringLiteral("discoTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(DiscoModel::NameColumn, 200);
    m_view->setColumnWidth(DiscoModel::JidColumn, 180);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    auto *panel = new QWidget(scroll);
    auto *p = new QVBoxLayout(panel);
    m_title = plainLabel(panel, QStringLiteral("discoTitle"));
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    p->addWidget(m_title);

    auto *actions = new QGridLayout;
    const auto button = [panel](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, panel);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_browseHere = button(tr("Browse &here"), QStringLiteral("browseHere"));
    m_join = button(tr("&Join…"), QStringLiteral("joinRoom"));
    m_register = button(tr("Re&gister…"), QStringLiteral("registerService"));
    m_commands = button(tr("&Commands…"), QStringLiteral("runCommands"));
    m_addContact = button(tr("&Add to contacts…"), QStringLiteral("addToContacts"));
    m_version = button(tr("&Version"), QStringLiteral("askVersion"));
    m_time = button(tr("&Time"), QStringLiteral("askTime"));
    m_last = button(tr("&Last activity"), QStringLiteral("askLast"));
    const QList<QPushButton *> all{m_browseHere, m_join,    m_register, m_commands,
                                   m_addContact, m_version, m_time,     m_last};
    for (int i = 0; i < all.size(); ++i)
        actions->addWidget(all.at(i), i / 4, i % 4);
    p->addLayout(actions);
    m_result = plainLabel(panel, QStringLiteral("discoResult"));
    p->addWidget(m_result);

    p->addWidget(heading(tr("Identities"), panel));
    m_identities = plainLabel(panel, QStringLiteral("discoIdentities"));
    p->addWidget(m_identities);
    p->addWidget(heading(tr("Features"), panel));
    m_features = new QTreeWidget(panel);
    m_features->setObjectName(QStringLiteral("discoFeatures"));
    m_features->setRootIsDecorated(false);
    m_features->setHeaderLabels({tr("Feature"), tr("Namespace")});
    m_features->setMinimumHeight(160);
    m_features->setColumnWidth(0, 190);
    p->addWidget(m_features, 1);
    m_forms = new QWidget(panel);
    m_formsLayout = new QVBoxLayout(m_forms);
    m_formsLayout->setContentsMargins(0, 0, 0, 0);
    p->addWidget(m_forms);
    scroll->setWidget(panel);
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(go, &QPushButton::clicked, this, [this] {
        QString why;
        const Jid jid = Jid::parse(m_jid->text().trimmed(), &why);
        if (!jid.isValid()) {
            showResult(tr("This is not an address: %1").arg(why));
            return;
        }
        browse(jid, m_node->text().trimmed());
    });
    connect(m_jid, &QLineEdit::returnPressed, go, &QPushButton::click);
    connect(m_node, &QLineEdit::returnPressed, go, &QPushButton::click);
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_model->refresh();
        select(m_model->rootIndex());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { select(current.siblingAtColumn(0)); });
    connect(m_model, &DiscoModel::infoLoaded, this, [this](const QModelIndex &index) {
        if (index == QModelIndex(m_selected))
            showPanel();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { clearPanel(); });
    connect(m_browseHere, &QPushButton::clicked, this, [this] {
        m_jid->setText(selectedJid());
        m_node->setText(selectedNode());
        browse(Jid::parse(selectedJid()), selectedNode());
    });
    connect(m_join, &QPushButton::clicked, this,
            [this] { Q_EMIT joinRoomRequested(selectedJid()); });
    connect(m_register, &QPushButton::clicked, this, [this] { openRegistration(); });
    connect(m_commands, &QPushButton::clicked, this, [this] { openCommands(); });
    connect(m_addContact, &QPushButton::clicked, this, [this] {
        Q_EMIT addContactRequested(Jid::parse(selectedJid()).bare().full(),
                                   m_selected.data(Qt::DisplayRole).toString());
    });
    connect(m_version, &QPushButton::clicked, this, &DiscoBrowser::askVersion);
    connect(m_time, &QPushButton::clicked, this, &DiscoBrowser::askTime);
    connect(m_last, &QPushButton::clicked, this, &DiscoBrowser::askLastActivity);

    resize(920, 560);
    clearPanel();
    if (root.isValid())
        browse(root);
}

void DiscoBrowser::browse(const Jid &jid, const QString &node)
{
    m_model->setRoot(jid, node);
    const QModelIndex root = m_model->rootIndex();
    m_view->setCurrentIndex(root);
    m_view->expand(root);
    select(root);
}

void DiscoBrowser::select(const QModelIndex &index)
{
    if (m_selected == index && index.isValid())
        return;
    m_selected = index;
    delete m_asking; // version/time/last answers about the previous selection are not wanted
    m_asking = nullptr;
    m_result->clear();
    m_result->hide();
    showPanel();
    m_model->fetchInfo(index);
}

QString DiscoBrowser::selectedJid() const
{
    return m_selected.data(DiscoModel::JidRole).toString();
}

QString DiscoBrowser::selectedNode() const
{
    return m_selected.data(DiscoModel::NodeRole).toString();
}

void DiscoBrowser::clearPanel()
{
    m_title->clear();
    m_identities->clear();
    m_features->clear();
    while (QLayoutItem *item = m_formsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QPushButton *b : {m_browseHere, m_join, m_register, m_commands, m_addContact, m_version,
                           m_time, m_last})
        b->setEnabled(false);
}

void DiscoBrowser::showPanel()
{
    clearPanel();
    if (!m_selected.isValid())
        return;
    const QString jid = selectedJid();
    const QString node = selectedNode();
    m_title->setText(node.isEmpty() ? jid : tr("%1, node %2").arg(jid, node));
    m_browseHere->setEnabled(m_selected.parent().isValid());
    const auto state = DiscoModel::LoadState(m_selected.data(DiscoModel::InfoStateRole).toInt());
    const std::optional<DiscoInfo> info = m_model->info(m_selected);
    if (!info) {
        m_identities->setText(state == DiscoModel::LoadState::Failed
                                  ? m_selected.data(DiscoModel::ErrorRole).toString()
                                  : tr("Asking…"));
        return;
    }
    QStringList lines;
    for (const DiscoIdentity &i : info->identities) {
        const QString kind = identityName(i.category, i.type);
        QString line = kind.isEmpty() ? i.category + QLatin1Char('/') + i.type
                                      : tr("%1 (%2/%3)").arg(kind, i.category, i.type);
        if (!i.name.isEmpty())
            line = tr("%1: %2").arg(i.name, line);
        lines << line;
    }
    m_identities->setText(lines.isEmpty() ? tr("No identity given.") : lines.join(QLatin1Char('\n')));
    // Known features first, by their names; the rest by namespace.
    QList<QPair<QString, QString>> known, unknown;
    for (const QString &f : info->features) {
        const QString name = namespaceName(f);
        (name.isEmpty() ? unknown : known).append({name, f});
    }
    std::sort(known.begin(), known.end());
    std::sort(unknown.begin(), unknown.end());
    for (const auto &pair : known + unknown) {
        auto *item = new QTreeWidgetItem(m_features, {pair.first, pair.second});
        item->setToolTip(1, pair.second);
    }
    for (const Element &x : info->forms) {
        const auto form = DataForm::fromElement(x);
        if (!form)
            continue;
        // XEP-0128: read-only information; its FORM_TYPE names what it is about.
        auto *title = heading(form->formType(), m_forms);
        title->setTextFormat(Qt::PlainText);
        m_formsLayout->addWidget(title);
        auto *widget = new DataFormWidget(m_forms);
        widget->setObjectName(QStringLiteral("extendedInfo"));
        widget->setReadOnly(true);
        widget->setForm(*form);
        m_formsLayout->addWidget(widget);
    }
    const bool muc = info->hasFeature(kMucNs);
    bool conference = muc;
    for (const DiscoIdentity &i : info->identities)
        conference = conference || i.category == QLatin1String("conference");
    const Jid parsed = Jid::parse(jid);
    m_join->setEnabled(conference && node.isEmpty());
    m_register->setEnabled(info->hasFeature(kRegisterNs) && node.isEmpty());
    m_commands->setEnabled(info->hasFeature(kCommandsNs));
    m_addContact->setEnabled(node.isEmpty() && !conference && m_client &&
                             parsed.bare() != m_client->jid().bare());
    m_version->setEnabled(info->hasFeature(VersionFeature::Namespace) && node.isEmpty());
    m_time->setEnabled(info->hasFeature(TimeFeature::Namespace) && node.isEmpty());
    m_last->setEnabled(info->hasFeature(LastActivityFeature::Namespace) && node.isEmpty());
}

QString DiscoBrowser::identitiesText() const
{
    return m_identities->text();
}

QStringList DiscoBrowser::featureNames() const
{
    QStringList out;
    for (int i = 0; i < m_features->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_features->topLevelItem(i);
        out << (item->text(0).isEmpty() ? item->text(1) : item->text(0));
    }
    return out;
}

QStringList DiscoBrowser::formTypes() const
{
    QStringList out;
    for (const DataFormWidget *w : m_forms->findChildren<DataFormWidget *>())
        out << w->form().formType();
    return out;
}

QString DiscoBrowser::resultText() const
{
    return m_result->text();
}

void DiscoBrowser::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    Q_EMIT resultShown();
}

void DiscoBrowser::askVersion()
{
    auto *feature = m_client ? m_client->feature<VersionFeature>() : nullptr;
    if (!feature)
        return;
    if (!m_asking)
        m_asking = new QObject(this);
    const QString jid = selectedJid();
    feature->requestVersion(Jid::parse(jid), m_asking,
                            [this, jid](const SoftwareVersion &v, const Error &error) {
                                if (error.isError()) {
                                    showResult(error.text);
                                    return;
                                }
                                QString text = tr("%1 runs %2 %3").arg(jid, v.name, v.version);
                                if (!v.os.isEmpty())
                                    text += tr(" on %1").arg(v.os);
                                showResult(text);
                            });
}

void DiscoBrowser::askTime()
{
    auto *feature = m_client ? m_client->feature<TimeFeature>() : nullptr;
    if (!feature)
        return;
    if (!m_asking)
        m_asking = new QObject(this);
    const QString jid = selectedJid();
    feature->requestTime(Jid::parse(jid), m_asking, [this, jid](const EntityTime &t,
                                                                const Error &error) {
        if (error.isError()) {
            showResult(error.text);
            return;
        }
        showResult(tr("The time at %1 is %2 (UTC%3).")
                       .arg(jid, QLocale().toString(t.localTime(), QLocale::LongFormat),
                            EntityTime::formatTzo(t.tzoSeconds)));
    });
}

void DiscoBrowser::askLastActivity()
{
    auto *feature = m_client ? m_client->feature<LastActivityFeature>() : nullptr;
    if (!feature)
        return;
    if (!m_asking)
        m_asking = new QObject(this);
    const QString jid = selectedJid();
    const bool server = !Jid::parse(jid).hasLocalpart();
    feature->requestLastActivity(
        Jid::parse(jid), m_asking, [this, jid, server](const LastActivity &a, const Error &error) {
            if (error.isError()) {
                showResult(error.text);
                return;
            }
            // XEP-0012 7: asked of a server (or a component), the answer is its uptime.
            const QString span = ServiceText::duration(a.seconds);
            showResult(server ? tr("%1 has been running for %2.").arg(jid, span)
                              : tr("%1 was last active %2 ago.").arg(jid, span));
        });
}

QWidget *DiscoBrowser::openRegistration()
{
    if (!m_client || !m_selected.isValid())
        return nullptr;
    auto *dialog = new ServiceRegisterDialog(m_client, Jid::parse(selectedJid()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget *DiscoBrowser::openCommands()
{
    if (!m_client || !m_selected.isValid())
        return nullptr;
    auto *dialog = new RunCommandDialog(m_client, selectedJid(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace charla
