#include "ContactActions.h"

#include "AddContactDialog.h"
#include "AvatarProvider.h"
#include "BlockedContactsDialog.h"
#include "ContactDetailsDialog.h"
#include "EditGroupsDialog.h"
#include "RenameContactDialog.h"
#include "RosterDelegate.h"
#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "models/RosterModel.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QImageReader>
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
    //: Contact menu entry that opens a chat with the contact (verb).
    m_chat = new QAction(tr("&Chat"), this);
    m_chat->setObjectName(QStringLiteral("chatAction"));
    m_chat->setEnabled(false);
    connect(m_chat, &QAction::triggered, this, [this] {
        const Target t = current();
        if (t.valid && m_openChat && (!m_canChat || m_canChat(t.account)))
            m_openChat(t.account, t.jid);
    });

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

    m_details = new QAction(tr("&Details…"), this);
    m_details->setObjectName(QStringLiteral("detailsAction"));
    m_details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_view->addAction(m_details);
    connect(m_details, &QAction::triggered, this, &ContactActions::showDetails);

    // XEP-0191: the server drops everything from a blocked address.
    m_block = new QAction(tr("&Block contact"), this);
    m_block->setObjectName(QStringLiteral("blockAction"));
    connect(m_block, &QAction::triggered, this, [this] { setBlocked(true); });
    m_unblock = new QAction(tr("Un&block contact"), this);
    m_unblock->setObjectName(QStringLiteral("unblockAction"));
    connect(m_unblock, &QAction::triggered, this, [this] { setBlocked(false); });
    m_blockedList = new QAction(tr("B&locked contacts…"), this);
    m_blockedList->setObjectName(QStringLiteral("blockedListAction"));
    connect(m_blockedList, &QAction::triggered, this, &ContactActions::showBlockedList);

    m_editOwn = new QAction(tr("&Edit my details…"), this);
    m_editOwn->setObjectName(QStringLiteral("editOwnDetailsAction"));
    connect(m_editOwn, &QAction::triggered, this, &ContactActions::editOwnDetails);
    m_changePicture = new QAction(tr("Change pi&cture…"), this);
    m_changePicture->setObjectName(QStringLiteral("changePictureAction"));
    connect(m_changePicture, &QAction::triggered, this, &ContactActions::changePicture);

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
    if (BlockingFeature *b = blocking(account)) {
        connect(b, &BlockingFeature::blocklistChanged, this, [this] {
            m_view->viewport()->update(); // the "blocked" marks
            updateActions();
        });
    }
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

Client *ContactActions::client(const QString &account) const
{
    const RosterFeature *r = roster(account);
    return r ? r->client() : nullptr;
}

BlockingFeature *ContactActions::blocking(const QString &account) const
{
    Client *c = client(account);
    return c ? c->feature<BlockingFeature>() : nullptr;
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
    //: A contact's name and address, e.g. "Alice (alice@example.org)"
    return t.name == t.jid ? t.jid : tr("%1 (%2)").arg(t.name, t.jid);
}

void ContactActions::updateActions()
{
    const Target t = current();
    for (QAction *a : {m_rename, m_groups, m_remove, m_ask, m_allow, m_stopSharing, m_stopSeeing})
        a->setEnabled(t.valid);
    m_chat->setEnabled(t.valid && m_openChat && (!m_canChat || m_canChat(t.account)));
    m_add->setEnabled(!m_features.isEmpty());
    m_details->setEnabled(t.valid);
    const QString own = ownAccount();
    m_editOwn->setEnabled(!own.isEmpty());
    m_changePicture->setEnabled(!own.isEmpty());
    BlockingFeature *b = t.valid ? blocking(t.account) : nullptr;
    const bool canBlock = b && b->isSupported();
    const bool blocked = canBlock && b->isBlocked(Jid::parse(t.jid));
    m_block->setVisible(canBlock && !blocked);
    m_unblock->setVisible(canBlock && blocked);
    m_block->setEnabled(canBlock);
    m_unblock->setEnabled(canBlock);
    BlockingFeature *ownBlocking = own.isEmpty() ? nullptr : blocking(own);
    m_blockedList->setEnabled(ownBlocking && ownBlocking->isSupported());
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

void ContactActions::setChatOpener(ChatOpener opener,
                                   std::function<bool(const QString &account)> canChat)
{
    m_openChat = std::move(opener);
    m_canChat = std::move(canChat);
    updateActions();
}

void ContactActions::fillMenu(QMenu *menu)
{
    menu->addAction(m_chat);
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
    menu->addAction(m_details);
    menu->addAction(m_block);
    menu->addAction(m_unblock);
    menu->addAction(m_blockedList);
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
        menu.addAction(m_details);
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_groups);
        menu.addSeparator();
        menu.addAction(m_ask);
        menu.addAction(m_allow);
        menu.addAction(m_stopSharing);
        menu.addAction(m_stopSeeing);
        menu.addSeparator();
        menu.addAction(m_block);
        menu.addAction(m_unblock);
        menu.addAction(m_remove);
    } else {
        menu.addAction(m_add);
    }
    menu.exec(globalPos);
}

// --- Actions -------------------------------------------------------------------------------------

void ContactActions::reportError(const QString &what, const QString &error)
{
    //: What failed, then the server's reason, e.g. "Bob could not be renamed. Not allowed."
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
        updateContact(t, [dialog](RosterItem &item) { item.name = dialog->name(); },
                      tr("%1 could not be renamed.").arg(t.jid));
    });
    dialog->open();
}

void ContactActions::updateContact(const Target &t,
                                   const std::function<void(RosterItem &)> &change,
                                   const QString &failure)
{
    RosterFeature *r = roster(t.account);
    const Jid jid = Jid::parse(t.jid);
    if (!r || !r->contains(jid))
        return; // removed meanwhile (from another device): nothing to change
    RosterItem item = r->item(jid);
    change(item);
    r->addOrUpdate(item, this, [this, failure](const Error &e) {
        if (e.isError())
            reportError(failure, e.text);
    });
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
        // RFC 6121 2.1.2.3: the set of groups is replaced as a whole; moving is a new set.
        updateContact(t, [dialog](RosterItem &item) { item.groups = dialog->groups(); },
                      tr("The groups of %1 could not be changed.").arg(t.jid));
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

namespace charla {

// --- Details, blocking, own details --------------------------------------------------------------

QString ContactActions::ownAccount() const
{
    // The account of the current row, else the first one.
    const QString current = m_view->currentIndex().data(RosterModel::AccountRole).toString();
    if (m_features.contains(current))
        return current;
    return m_order.isEmpty() ? QString() : m_order.first();
}

void ContactActions::showDetails()
{
    const Target t = current();
    Client *c = t.valid ? client(t.account) : nullptr;
    if (!c)
        return;
    auto *dialog = new ContactDetailsDialog(c, t.account, Jid::parse(t.jid),
                                            ContactDetailsDialog::Mode::View, m_avatars, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ContactActions::editOwnDetails()
{
    const QString account = ownAccount();
    Client *c = client(account);
    if (!c)
        return;
    auto *dialog = new ContactDetailsDialog(c, account, Jid::parse(account),
                                            ContactDetailsDialog::Mode::EditOwn, m_avatars,
                                            m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void ContactActions::setBlocked(bool blocked)
{
    const Target t = current();
    BlockingFeature *b = t.valid ? blocking(t.account) : nullptr;
    if (!b)
        return;
    const Jid jid = Jid::parse(t.jid);
    const auto done = [this, t, blocked](const Error &e) {
        if (!e.isError())
            return;
        reportError(blocked ? tr("%1 could not be blocked.").arg(t.jid)
                            : tr("%1 could not be unblocked.").arg(t.jid),
                    e.text);
    };
    // The mark appears when the server confirms (its push, or the answer).
    if (blocked)
        b->block({jid}, this, done);
    else
        b->unblock({jid}, this, done);
}

void ContactActions::showBlockedList()
{
    const QString account = ownAccount();
    BlockingFeature *b = blocking(account);
    if (!b)
        return;
    auto *dialog = new BlockedContactsDialog(b, account, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ContactActions::changePicture()
{
    const QString account = ownAccount();
    if (!client(account))
        return;
    QStringList patterns;
    const auto formats = QImageReader::supportedImageFormats();
    for (const QByteArray &f : formats)
        patterns << QStringLiteral("*.") + QString::fromLatin1(f);
    auto *dialog = new QFileDialog(m_window, tr("Choose a Picture"), QString(),
                                   tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, account](const QString &path) { publishPicture(account, path); });
    dialog->open();
}

void ContactActions::publishPicture(const QString &account, const QString &path)
{
    Client *c = client(account);
    AvatarFeature *avatars = c ? c->feature<AvatarFeature>() : nullptr;
    if (!avatars)
        return;
    const auto fail = [this](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Change Picture"), text,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("pictureError"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        fail(tr("%1 could not be read as a picture: %2").arg(path, reader.errorString()));
        return;
    }
    // XEP-0084 asks for PNG; small pictures travel fast and are all a contact list shows.
    constexpr int kMax = 192;
    if (image.width() > kMax || image.height() > kMax)
        image = image.scaled(kMax, kMax, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    avatars->publishOwn(
        png, QStringLiteral("image/png"), this,
        [fail](const Error &e) {
            if (e.isError())
                fail(e.text);
        },
        image.width(), image.height());
}

} // namespace charla
