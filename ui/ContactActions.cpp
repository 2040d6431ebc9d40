#include "ContactActions.h"

#include "AddContactDialog.h"
#include "EditGroupsDialog.h"
#include "RenameContactDialog.h"
#include "RosterDelegate.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "models/RosterModel.h"
#include "stanza/RosterItem.h"

#include <QAction>
#include <QCollator>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

namespace charla {

ContactActions::ContactActions(QTreeView *view, QWidget *window)
    : QObject(window), m_view(view), m_window(window)
{
    m_chat = new QAction(tr("Chat (coming soon)"), this);
    m_chat->setEnabled(false);

    m_add = new QAction(tr("&Add contact…"), this);
    m_add->setObjectName(QStringLiteral("addContactAction"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_add, &QAction::triggered, this, &ContactActions::addContact);

    m_rename = new QAction(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameAction"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, &ContactActions::rename);

    m_groups = new QAction(tr("Edit &groups…"), this);
    m_groups->setObjectName(QStringLiteral("editGroupsAction"));
    connect(m_groups, &QAction::triggered, this, &ContactActions::editGroups);

    // RFC 6121 3: the two directions of a subscription are separate, and so are the actions.
    m_ask = new QAction(tr("Ask to see their status"), this);
    m_ask->setObjectName(QStringLiteral("askAction"));
    m_allow = new QAction(tr("Allow them to see your status"), this);
    m_allow->setObjectName(QStringLiteral("allowAction"));
    m_stopSharing = new QAction(tr("Stop sharing your status"), this);
    m_stopSharing->setObjectName(QStringLiteral("stopSharingAction"));
    m_stopSeeing = new QAction(tr("Stop seeing their status"), this);
    m_stopSeeing->setObjectName(QStringLiteral("stopSeeingAction"));
    for (QAction *a : {m_ask, m_allow, m_stopSharing, m_stopSeeing})
        connect(a, &QAction::triggered, this, [this, a] { subscription(a); });

    m_remove = new QAction(tr("Re&move contact…"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    // Only while the list has the focus: Delete in the search field edits the search.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, &ContactActions::removeContact);

    if (m_view->selectionModel()) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ContactActions::updateActions);
    }
    // A roster push can change what applies to the current contact.
    if (QAbstractItemModel *model = m_view->model())
        connect(model, &QAbstractItemModel::dataChanged, this, &ContactActions::updateActions);
    updateActions();
}

void ContactActions::addAccount(const QString &account, RosterFeature *roster,
                                PresenceFeature *presence)
{
    if (!m_features.contains(account))
        m_order.append(account);
    m_features.insert(account, Features{roster, presence});
    updateActions();
}

void ContactActions::removeAccount(const QString &account)
{
    m_features.remove(account);
    m_order.removeAll(account);
    updateActions();
}

RosterFeature *ContactActions::roster(const QString &account) const
{
    return m_features.value(account).roster;
}

PresenceFeature *ContactActions::presence(const QString &account) const
{
    return m_features.value(account).presence;
}

QStringList ContactActions::groupsOf(const QString &account) const
{
    QStringList groups;
    if (RosterFeature *r = roster(account)) {
        const QList<RosterItem> items = r->items();
        for (const RosterItem &item : items) {
            for (const QString &g : item.groups) {
                if (!groups.contains(g))
                    groups.append(g);
            }
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(groups.begin(), groups.end(), collator);
    return groups;
}

QString ContactActions::ownNick(const QString &account)
{
    // No profile nickname exists yet: the localpart is the name people chose for themselves.
    return Jid::parse(account).localpart();
}

// --- The current contact -------------------------------------------------------------------------

ContactActions::Target ContactActions::current() const
{
    Target t;
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() ||
        RosterModel::Kind(index.data(RosterModel::KindRole).toInt()) != RosterModel::Kind::Contact)
        return t;
    t.account = index.data(RosterModel::AccountRole).toString();
    t.jid = index.data(RosterModel::JidRole).toString();
    t.name = RosterDelegate::singleLine(index.data(Qt::DisplayRole).toString());
    t.valid = roster(t.account) != nullptr;
    return t;
}

QString ContactActions::describe(const Target &t) const
{
    // A name alone could be anyone's: the address is said too.
    return t.name == t.jid ? t.jid : tr("%1 (%2)").arg(t.name, t.jid);
}

void ContactActions::updateActions()
{
    const Target t = current();
    for (QAction *a : {m_rename, m_groups, m_remove, m_ask, m_allow, m_stopSharing, m_stopSeeing})
        a->setEnabled(t.valid);
    m_add->setEnabled(!m_features.isEmpty());
    m_ask->setText(tr("Ask to see their status"));
    if (!t.valid) {
        for (QAction *a : {m_ask, m_allow, m_stopSharing, m_stopSeeing})
            a->setVisible(true);
        return;
    }
    const QModelIndex index = m_view->currentIndex();
    using Sub = RosterItem::Subscription;
    const auto sub = Sub(index.data(RosterModel::SubscriptionRole).toInt());
    const bool pending = index.data(RosterModel::AskRole).toBool();
    const bool seeTheirs = sub == Sub::To || sub == Sub::Both;
    const bool theySeeOurs = sub == Sub::From || sub == Sub::Both;
    if (pending)
        m_ask->setText(tr("Ask again to see their status"));
    m_ask->setVisible(!seeTheirs);
    // RFC 6121 3.4: allowing before they ask is a pre-approval.
    m_allow->setVisible(!theySeeOurs);
    m_stopSharing->setVisible(theySeeOurs);
    // RFC 6121 3.3.1: unsubscribing also cancels a request still pending.
    m_stopSeeing->setVisible(seeTheirs || pending);
}

void ContactActions::fillMenu(QMenu *menu)
{
    menu->addAction(m_add);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_groups);
    menu->addSeparator();
    menu->addAction(m_ask);
    menu->addAction(m_allow);
    menu->addAction(m_stopSharing);
    menu->addAction(m_stopSeeing);
    menu->addSeparator();
    menu->addAction(m_remove);
    connect(menu, &QMenu::aboutToShow, this, &ContactActions::updateActions);
}

void ContactActions::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("contactContextMenu"));
    if (index.isValid())
        m_view->setCurrentIndex(index);
    updateActions();
    if (current().valid) {
        menu.addAction(m_chat);
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_groups);
        menu.addSeparator();
        menu.addAction(m_ask);
        menu.addAction(m_allow);
        menu.addAction(m_stopSharing);
        menu.addAction(m_stopSeeing);
        menu.addSeparator();
        menu.addAction(m_remove);
    } else {
        menu.addAction(m_add);
    }
    menu.exec(globalPos);
}

// --- Actions -------------------------------------------------------------------------------------

void ContactActions::reportError(const QString &what, const QString &error)
{
    Q_EMIT message(error.isEmpty() ? what : tr("%1 %2").arg(what, error));
}

void ContactActions::addContact()
{
    if (m_order.isEmpty())
        return;
    QString account = m_order.first();
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid() && m_features.contains(index.data(RosterModel::AccountRole).toString()))
        account = index.data(RosterModel::AccountRole).toString();
    QStringList accounts = m_order;
    accounts.move(accounts.indexOf(account), 0);
    auto *dialog = new AddContactDialog(accounts, groupsOf(account), m_window);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString account = dialog->account();
        RosterFeature *r = roster(account);
        if (!r || !dialog->jid().isValid())
            return;
        RosterItem item = r->contains(dialog->jid()) ? r->item(dialog->jid()) : RosterItem{};
        item.jid = dialog->jid();
        if (!dialog->name().isEmpty())
            item.name = dialog->name();
        if (!dialog->group().isEmpty() && !item.groups.contains(dialog->group()))
            item.groups.append(dialog->group());
        const QString jid = item.jid.full();
        r->addOrUpdate(item, this, [this, jid](const Error &e) {
            if (e.isError())
                reportError(tr("%1 could not be added to your contacts.").arg(jid), e.text);
        });
        // RFC 6121 3.1.1: the request goes with our nickname (XEP-0172) so they know who asks.
        if (PresenceFeature *p = presence(account))
            p->subscribe(item.jid, ownNick(account));
    });
    dialog->open();
}

void ContactActions::rename()
{
    const Target t = current();
    if (!t.valid)
        return;
    const QString name = m_view->currentIndex().data(RosterModel::NameRole).toString();
    auto *dialog = new RenameContactDialog(t.jid, name, m_window);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, t] {
        RosterFeature *r = roster(t.account);
        if (!r || !r->contains(Jid::parse(t.jid)))
            return;
        RosterItem item = r->item(Jid::parse(t.jid));
        item.name = dialog->name();
        r->addOrUpdate(item, this, [this, t](const Error &e) {
            if (e.isError())
                reportError(tr("%1 could not be renamed.").arg(t.jid), e.text);
        });
    });
    dialog->open();
}

void ContactActions::editGroups()
{
    const Target t = current();
    if (!t.valid)
        return;
    const QStringList groups = m_view->currentIndex().data(RosterModel::GroupsRole).toStringList();
    auto *dialog = new EditGroupsDialog(describe(t), groupsOf(t.account), groups, m_window);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, t] {
        RosterFeature *r = roster(t.account);
        if (!r || !r->contains(Jid::parse(t.jid)))
            return;
        RosterItem item = r->item(Jid::parse(t.jid));
        // RFC 6121 2.1.2.3: the set of groups is replaced as a whole; moving is a new set.
        item.groups = dialog->groups();
        r->addOrUpdate(item, this, [this, t](const Error &e) {
            if (e.isError())
                reportError(tr("The groups of %1 could not be changed.").arg(t.jid), e.text);
        });
    });
    dialog->open();
}

void ContactActions::removeContact()
{
    const Target t = current();
    if (!t.valid)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Contact"),
                                tr("Remove %1 from your contacts?").arg(describe(t)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("removeContactDialog"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("You will stop sharing your status with each other."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, t](QAbstractButton *b) {
        if (b != remove)
            return;
        if (RosterFeature *r = roster(t.account)) {
            // RFC 6121 2.5.2: removing the item also cancels both subscriptions.
            r->remove(Jid::parse(t.jid), this, [this, t](const Error &e) {
                if (e.isError())
                    reportError(tr("%1 could not be removed.").arg(t.jid), e.text);
            });
        }
    });
    box->open();
}

void ContactActions::subscription(QAction *action)
{
    const Target t = current();
    PresenceFeature *p = t.valid ? presence(t.account) : nullptr;
    if (!p)
        return;
    const Jid jid = Jid::parse(t.jid);
    if (action == m_ask)
        p->subscribe(jid, ownNick(t.account));
    else if (action == m_allow)
        p->approve(jid);
    else if (action == m_stopSharing)
        p->deny(jid); // RFC 6121 3.2: unsubscribed cancels their subscription to us
    else if (action == m_stopSeeing)
        p->unsubscribe(jid);
}

} // namespace charla
