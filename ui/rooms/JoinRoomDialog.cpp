#include "JoinRoomDialog.h"

#include "RoomManager.h"
#include "chat/ChatTab.h"
#include "ErrorText.h"
#include "features/BookmarksFeature.h"
#include "features/DiscoClient.h"
#include "features/MucFeature.h"
#include "stanza/DataForm.h"
#include "stanza/DiscoInfo.h"
#include "stream/Client.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

#include <memory>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charla {

namespace {

const auto kMucNs = QStringLiteral("http://jabber.org/protocol/muc");
const auto kRoomInfo = QStringLiteral("http://jabber.org/protocol/muc#roominfo");
constexpr int kJidRole = Qt::UserRole + 1;

} // namespace

JoinRoomDialog::JoinRoomDialog(RoomManager *rooms, QWidget *parent)
    : QDialog(parent), m_rooms(rooms), m_account(new QComboBox(this)), m_room(new QLineEdit(this)),
      m_nick(new QLineEdit(this)), m_passwordEdit(new QLineEdit(this)),
      m_bookmark(new QCheckBox(tr("&Bookmark this room (join it at every login)"), this)),
      m_service(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse"), this)),
      m_list(new QTreeWidget(this)), m_status(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("joinRoomDialog"));
    setWindowTitle(tr("Join Room"));
    m_account->setObjectName(QStringLiteral("joinAccount"));
    m_room->setObjectName(QStringLiteral("joinRoomJid"));
    m_room->setPlaceholderText(tr("room@conference.example.org"));
    m_nick->setObjectName(QStringLiteral("joinNick"));
    m_passwordEdit->setObjectName(QStringLiteral("joinPassword"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Only if the room has one"));
    m_service->setObjectName(QStringLiteral("joinService"));
    m_service->setPlaceholderText(tr("Found on your server"));
    for (QLabel *l : {m_status, m_error}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    showAsError(m_error);
    m_error->hide();
    if (m_rooms) {
        for (const QString &a : m_rooms->accounts())
            m_account->addItem(a);
    }
    m_list->setObjectName(QStringLiteral("joinRoomList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Room"), tr("Address"), tr("People")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *form = new QFormLayout;
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Nickname:"), m_nick);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_bookmark);
    auto *browseRow = new QHBoxLayout;
    browseRow->addWidget(new QLabel(tr("&Service:"), this));
    static_cast<QLabel *>(browseRow->itemAt(0)->widget())->setBuddy(m_service);
    browseRow->addWidget(m_service, 1);
    browseRow->addWidget(m_browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(browseRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(buttons, &QDialogButtonBox::accepted, this, &JoinRoomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] { browse(m_service->text().trimmed()); });
    connect(m_service, &QLineEdit::returnPressed, this,
            [this] { browse(m_service->text().trimmed()); });
    connect(m_account, &QComboBox::currentTextChanged, this, [this](const QString &a) {
        m_nick->setText(RoomManager::defaultNick(a));
        m_service->clear();
        m_list->clear();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_room->setText(item->data(0, kJidRole).toString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_room->setText(item->data(0, kJidRole).toString());
        accept();
    });
    // Counts are asked for the rows in view only: a service with thousands of rooms is not
    // asked thousands of questions at once.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &JoinRoomDialog::loadVisibleCounts);
    if (m_account->count() > 0)
        m_nick->setText(RoomManager::defaultNick(m_account->currentText()));
    setStatus(tr("Type a room's address, or browse the rooms of your server."));
}

void JoinRoomDialog::setAccount(const QString &account)
{
    const int i = m_account->findText(account);
    if (i >= 0)
        m_account->setCurrentIndex(i);
}

QString JoinRoomDialog::account() const
{
    return m_account->currentText();
}

void JoinRoomDialog::setRoom(const QString &room)
{
    m_room->setText(room);
}

void JoinRoomDialog::prefill(const QString &account, const QString &room, const QString &password)
{
    setAccount(account); // resets the nick to the account's default
    const Jid jid = Jid::parse(room);
    if (jid.isValid() && !jid.hasLocalpart()) {
        // A service, not a room: its rooms to pick from.
        m_service->setText(jid.full());
        browse(jid.full());
    } else {
        setRoom(room);
        setStatus(tr("Choose the nickname people in the room will see, then press Join."));
    }
    m_passwordEdit->setText(password);
    m_nick->setFocus(Qt::OtherFocusReason);
    m_nick->selectAll();
}

Jid JoinRoomDialog::room() const
{
    return Jid::parse(m_room->text().trimmed()).bare();
}

QString JoinRoomDialog::nick() const
{
    return m_nick->text().trimmed();
}

QString JoinRoomDialog::password() const
{
    return m_passwordEdit->text();
}

bool JoinRoomDialog::bookmark() const
{
    return m_bookmark->isChecked();
}

QString JoinRoomDialog::statusText() const
{
    return m_status->text();
}

void JoinRoomDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

DiscoClient *JoinRoomDialog::disco() const
{
    MucFeature *muc = m_rooms ? m_rooms->muc(account()) : nullptr;
    Client *client = muc ? muc->client() : nullptr;
    if (!client || !client->isConnected())
        return nullptr;
    auto *d = client->feature<DiscoClient>();
    if (!d) {
        // The shared disco cache of the account; made on first use when nobody has yet.
        d = new DiscoClient;
        client->addFeature(d);
    }
    return d;
}

void JoinRoomDialog::browse(const QString &service)
{
    ++m_generation;
    m_list->clear();
    m_asked.clear();
    if (!disco()) {
        setStatus(tr("Connect %1 first to browse its rooms.").arg(account()));
        return;
    }
    if (service.isEmpty()) {
        findService();
        return;
    }
    const Jid jid = Jid::parse(service);
    if (!jid.isValid()) {
        setStatus(tr("\u201c%1\u201d is not a valid address.").arg(service));
        return;
    }
    listRooms(jid);
}

void JoinRoomDialog::findService()
{
    DiscoClient *d = disco();
    MucFeature *muc = m_rooms ? m_rooms->muc(account()) : nullptr;
    if (!d || !muc)
        return;
    const Jid server = Jid::parse(muc->client()->jid().domain());
    const int generation = m_generation;
    setStatus(tr("Looking for the group chat service of %1\u2026").arg(server.full()));
    // XEP-0045 6.1: the server's items; the one with a conference/text identity is the service.
    d->items(server, QString(), this,
             [this, generation](const QList<DiscoItem> &items, const Error &error) {
                 if (generation != m_generation)
                     return;
                 if (error.isError() || items.isEmpty()) {
                     setStatus(tr("Your server lists no group chat service. Type one in "
                                  "Service."));
                     return;
                 }
                 auto pending = std::make_shared<int>(int(items.size()));
                 auto found = std::make_shared<bool>(false);
                 for (const DiscoItem &item : items) {
                     const Jid jid = Jid::parse(item.jid);
                     disco()->info(jid, QString(), this,
                                   [this, generation, jid, pending, found](const DiscoInfo &info,
                                                                          const Error &) {
                                       --*pending;
                                       if (generation != m_generation || *found)
                                           return;
                                       bool conference = info.hasFeature(kMucNs);
                                       for (const DiscoIdentity &id : info.identities)
                                           conference = conference
                                                        || (id.category == QLatin1String("conference")
                                                            && id.type == QLatin1String("text"));
                                       if (conference) {
                                           *found = true;
                                           m_service->setText(jid.full());
                                           listRooms(jid);
                                       } else if (*pending == 0) {
                                           setStatus(tr("Your server lists no group chat "
                                                        "service. Type one in Service."));
                                       }
                                   });
                 }
             });
}

void JoinRoomDialog::listRooms(const Jid &service)
{
    DiscoClient *d = disco();
    if (!d)
        return;
    const int generation = m_generation;
    setStatus(tr("Asking %1 for its rooms\u2026").arg(service.full()));
    d->items(service, QString(), this,
             [this, generation, service](const QList<DiscoItem> &items, const Error &error) {
                 if (generation != m_generation)
                     return;
                 if (error.isError()) {
                     setStatus(tr("%1 did not list its rooms: %2").arg(service.full(), error.text));
                     return;
                 }
                 QList<QTreeWidgetItem *> rows;
                 for (const DiscoItem &item : items) {
                     const Jid room = Jid::parse(item.jid);
                     if (!room.isValid() || !room.hasLocalpart())
                         continue;
                     auto *row = new QTreeWidgetItem;
                     // Names come from the network: QTreeWidget shows them as plain text.
                     row->setText(0, item.name.simplified().isEmpty() ? room.localpart()
                                                                      : item.name.simplified());
                     row->setText(1, room.full());
                     row->setText(2, QStringLiteral("\u2026"));
                     row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                     row->setData(0, kJidRole, room.full());
                     rows.append(row);
                 }
                 m_list->addTopLevelItems(rows);
                 setStatus(rows.isEmpty()
                               ? tr("%1 has no public rooms.").arg(service.full())
                               : tr("%n room(s) on %1.", "", int(rows.size())).arg(service.full()));
                 Q_EMIT roomsListed(int(rows.size()));
                 // After the layout, when the view knows which rows it shows.
                 QTimer::singleShot(0, this, &JoinRoomDialog::loadVisibleCounts);
             });
}

void JoinRoomDialog::loadVisibleCounts()
{
    DiscoClient *d = disco();
    if (!d || m_list->topLevelItemCount() == 0)
        return;
    QTreeWidgetItem *first = m_list->itemAt(QPoint(1, 1));
    int from = first ? m_list->indexOfTopLevelItem(first) : 0;
    const int visible = qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)));
    const int to = qMin(m_list->topLevelItemCount(), from + visible + 1);
    const int generation = m_generation;
    for (int i = qMax(0, from); i < to; ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        const QString room = row->data(0, kJidRole).toString();
        if (m_asked.contains(room))
            continue;
        m_asked.insert(room);
        d->info(Jid::parse(room), QString(), this,
                [this, generation, room](const DiscoInfo &info, const Error &error) {
                    if (generation != m_generation)
                        return;
                    QTreeWidgetItem *row = nullptr;
                    for (int j = 0; j < m_list->topLevelItemCount() && !row; ++j) {
                        if (m_list->topLevelItem(j)->data(0, kJidRole).toString() == room)
                            row = m_list->topLevelItem(j);
                    }
                    if (!row)
                        return;
                    // XEP-0045 6.4: the extended info form may say how many are inside.
                    const auto form = DataForm::fromElement(info.form(kRoomInfo));
                    bool ok = false;
                    const int n = form ? form->value(QStringLiteral("muc#roominfo_occupants")).toInt(&ok)
                                       : 0;
                    row->setText(2, error.isError() || !ok ? QString() : QString::number(n));
                    for (const DiscoIdentity &id : info.identities) {
                        if (id.category == QLatin1String("conference") && !id.name.trimmed().isEmpty())
                            row->setText(0, id.name.simplified());
                    }
                    if (ok)
                        Q_EMIT countLoaded(room, n);
                });
    }
}

void JoinRoomDialog::accept()
{
    const Jid jid = room();
    if (!jid.isValid() || !jid.hasLocalpart()) {
        m_error->setText(tr("Type the room's address, like room@conference.example.org, or pick "
                            "one from the list."));
        m_error->show();
        m_room->setFocus();
        return;
    }
    if (nick().isEmpty()) {
        m_error->setText(tr("Choose the nickname others will see in the room."));
        m_error->show();
        m_nick->setFocus();
        return;
    }
    if (!m_rooms || !m_rooms->muc(account())) {
        m_error->setText(tr("Choose an account to join with."));
        m_error->show();
        return;
    }
    if (bookmark()) {
        if (BookmarksFeature *b = m_rooms->bookmarks(account())) {
            Bookmark mark;
            mark.room = jid;
            mark.nick = nick();
            mark.password = password();
            mark.autojoin = true;
            for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
                if (m_list->topLevelItem(i)->data(0, kJidRole).toString() == jid.full())
                    mark.name = m_list->topLevelItem(i)->text(0);
            }
            QPointer<RoomManager> rooms = m_rooms;
            const QString acc = account();
            b->add(mark, m_rooms, [rooms, acc, jid](const Error &e) {
                if (!e.isError() || !rooms)
                    return;
                if (ChatTab *t = rooms->tab(acc, jid))
                    t->showNotice(e.text);
            });
        }
    }
    m_rooms->join(account(), jid, nick(), password());
    QDialog::accept();
}

} // namespace charla
