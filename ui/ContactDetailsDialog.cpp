#include "ContactDetailsDialog.h"

#include "AvatarProvider.h"
#include "ConsistentColor.h"
#include "RosterDelegate.h"
#include "features/AvatarFeature.h"
#include "features/LastActivityFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/TimeFeature.h"
#include "features/VCardFeature.h"
#include "features/VersionFeature.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace charla {

namespace {

constexpr int kPictureSize = 96;

enum Column { ResourceColumn, StatusColumn, PriorityColumn, SoftwareColumn, TimeColumn };

// The fields of the vCard, in the order shown. Multi-valued fields are one value a line.
const QStringList kFields = {QStringLiteral("fullName"), QStringLiteral("nickname"),
                             QStringLiteral("emails"),   QStringLiteral("phones"),
                             QStringLiteral("url"),      QStringLiteral("birthday"),
                             QStringLiteral("organization"), QStringLiteral("title"),
                             QStringLiteral("note")};

QString valueOf(const VCard &v, const QString &field)
{
    if (field == QLatin1String("fullName"))
        return v.fullName;
    if (field == QLatin1String("nickname"))
        return v.nickname;
    if (field == QLatin1String("emails"))
        return v.emails.join(QLatin1Char('\n'));
    if (field == QLatin1String("phones"))
        return v.phones.join(QLatin1Char('\n'));
    if (field == QLatin1String("url"))
        return v.url;
    if (field == QLatin1String("birthday"))
        return v.birthday;
    if (field == QLatin1String("organization"))
        return v.organization;
    if (field == QLatin1String("title"))
        return v.title;
    return v.note;
}

QStringList linesOf(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ContactDetailsDialog::ContactDetailsDialog(Client *client, const QString &account, const Jid &jid,
                                           Mode mode, AvatarProvider *avatars, QWidget *parent)
    : QDialog(parent), m_client(client), m_account(account), m_jid(jid.bare()), m_mode(mode),
      m_avatars(avatars)
{
    setObjectName(QStringLiteral("contactDetailsDialog"));
    setWindowTitle(mode == Mode::EditOwn ? tr("My Details")
                                         : tr("Details of %1").arg(m_jid.full()));

    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildHeader(form);
    buildFields(form);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_error = plainLabel(this);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(this);
    if (mode == Mode::EditOwn) {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false); // until the vCard is read
        connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDetailsDialog::save);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(600, 560);

    updatePicture();
    updateResources();
    requestVCard();
    if (m_client) {
        if (auto *presence = m_client->feature<PresenceFeature>()) {
            connect(presence, &PresenceFeature::presenceChanged, this, [this](const Jid &bare) {
                if (bare.bare() == m_jid)
                    updateResources();
            });
        }
    }
    if (m_avatars) {
        connect(m_avatars, &AvatarProvider::avatarChanged, this,
                [this](const QString &account, const QString &bare) {
                    if (account == m_account && bare == m_jid.full())
                        updatePicture(m_loaded.photo);
                });
    }
}

void ContactDetailsDialog::buildHeader(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    auto *header = new QWidget(parent);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_picture = new QLabel(header);
    m_picture->setObjectName(QStringLiteral("picture"));
    m_picture->setTextFormat(Qt::PlainText);
    m_picture->setFixedSize(kPictureSize, kPictureSize);
    row->addWidget(m_picture, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    m_name = plainLabel(header);
    m_name->setObjectName(QStringLiteral("name"));
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_name->setFont(big);
    texts->addWidget(m_name);
    QLabel *address = plainLabel(header);
    address->setObjectName(QStringLiteral("address"));
    address->setText(m_jid.full());
    texts->addWidget(address);
    if (m_mode == Mode::View) {
        QLabel *subscription = plainLabel(header);
        subscription->setObjectName(QStringLiteral("subscription"));
        subscription->setText(subscriptionText());
        texts->addWidget(subscription);
        RosterFeature *roster = m_client ? m_client->feature<RosterFeature>() : nullptr;
        const QStringList groups =
            roster && roster->contains(m_jid) ? roster->item(m_jid).groups : QStringList();
        if (!groups.isEmpty()) {
            QLabel *groupsLabel = plainLabel(header);
            groupsLabel->setObjectName(QStringLiteral("groups"));
            groupsLabel->setText(tr("Groups: %1").arg(groups.join(QStringLiteral(", "))));
            texts->addWidget(groupsLabel);
        }
    }
    m_lastSeen = plainLabel(header);
    m_lastSeen->setObjectName(QStringLiteral("lastSeen"));
    m_lastSeen->hide();
    texts->addWidget(m_lastSeen);
    texts->addStretch(1);
    row->addLayout(texts, 1);
    form->addRow(header);

    if (m_mode == Mode::View) {
        m_resources = new QTreeWidget(parent);
        m_resources->setObjectName(QStringLiteral("resourceList"));
        m_resources->setRootIsDecorated(false);
        m_resources->setHeaderLabels(
            {tr("Resource"), tr("Status"), tr("Priority"), tr("Software"), tr("Local time")});
        m_resources->header()->setStretchLastSection(false);
        // A handful of resources at most: room for four rows, not a page.
        const int rowHeight = m_resources->fontMetrics().height() + 6;
        m_resources->setMinimumHeight(rowHeight * 3);
        m_resources->setMaximumHeight(rowHeight * 6);
        m_resources->setAccessibleName(tr("Online resources"));
        form->addRow(m_resources);
        m_ask = new QPushButton(tr("Ask for &software and time"), parent);
        m_ask->setObjectName(QStringLiteral("askSoftwareButton"));
        m_ask->setToolTip(tr("Asks the selected resource which software it runs and its time."));
        connect(m_ask, &QPushButton::clicked, this, [this] {
            if (QTreeWidgetItem *item = m_resources->currentItem())
                askSoftware(item->data(ResourceColumn, Qt::UserRole).toString());
        });
        connect(m_resources, &QTreeWidget::currentItemChanged, this,
                [this](QTreeWidgetItem *item) { m_ask->setEnabled(item != nullptr); });
        form->addRow(m_ask);
    }
}

void ContactDetailsDialog::buildFields(QFormLayout *form)
{
    const QStringList labels = {tr("Full name:"),    tr("Nickname:"), tr("Email:"),
                                tr("Phone:"),        tr("Web page:"), tr("Birthday:"),
                                tr("Organisation:"), /*: A contact's job title (vCard TITLE), not a form of address */ tr("Title:"),    tr("Note:")};
    QWidget *parent = form->parentWidget();
    for (int i = 0; i < kFields.size(); ++i) {
        const QString &field = kFields.at(i);
        QWidget *widget = nullptr;
        if (m_mode == Mode::View) {
            widget = plainLabel(parent);
        } else if (field == QLatin1String("note") || field == QLatin1String("emails") ||
                   field == QLatin1String("phones")) {
            auto *edit = new QPlainTextEdit(parent);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().height() * (field.startsWith(u'n') ? 4 : 3) +
                                 12);
            if (field != QLatin1String("note"))
                edit->setPlaceholderText(tr("One a line"));
            widget = edit;
        } else {
            widget = new QLineEdit(parent);
        }
        widget->setObjectName(QStringLiteral("field_") + field);
        widget->setEnabled(m_mode == Mode::View);
        form->addRow(labels.at(i), widget);
        m_fields.insert(field, widget);
    }
}

QString ContactDetailsDialog::subscriptionText() const
{
    RosterFeature *roster = m_client ? m_client->feature<RosterFeature>() : nullptr;
    if (!roster || !roster->contains(m_jid))
        return tr("Not in your contacts.");
    const RosterItem item = roster->item(m_jid);
    QString text;
    switch (item.subscription) {
    case RosterItem::Subscription::Both:
        text = tr("You share your status with each other.");
        break;
    case RosterItem::Subscription::To:
        text = tr("You see their status; they do not see yours.");
        break;
    case RosterItem::Subscription::From:
        text = tr("They see your status; you do not see theirs.");
        break;
    case RosterItem::Subscription::None:
    case RosterItem::Subscription::Remove:
        text = tr("You do not share your status with each other.");
        break;
    }
    if (item.askSubscribe)
        text += QLatin1Char(' ') + tr("Waiting for them to approve your request.");
    return text;
}

// --- vCard ---------------------------------------------------------------------------------------

void ContactDetailsDialog::requestVCard()
{
    RosterFeature *roster = m_client ? m_client->feature<RosterFeature>() : nullptr;
    const QString rosterName =
        roster && roster->contains(m_jid) ? roster->item(m_jid).name : QString();
    m_name->setText(RosterDelegate::singleLine(rosterName.isEmpty() ? m_jid.full() : rosterName));
    VCardFeature *vcard = m_client ? m_client->feature<VCardFeature>() : nullptr;
    if (!vcard || !m_client->isConnected()) {
        m_error->setText(tr("Not connected: the contact details cannot be read now."));
        m_error->show();
        return;
    }
    vcard->request(m_jid, this, [this](const VCard &card, const Error &error) {
        if (error.isError() && m_mode == Mode::EditOwn) {
            m_error->setText(tr("Your details could not be read: %1").arg(error.text));
            m_error->show();
            return; // saving now would erase what the server has
        }
        showVCard(card);
    });
}

void ContactDetailsDialog::showVCard(const VCard &vcard)
{
    m_loaded = vcard;
    m_vcardLoaded = true;
    for (const QString &field : kFields) {
        QWidget *w = m_fields.value(field);
        const QString value = valueOf(vcard, field);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            //: Shown in place of a contact detail that is not set.
            label->setText(value.isEmpty() ? tr("—") : value);
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(value);
            line->setEnabled(true);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setPlainText(value);
            text->setEnabled(true);
        }
    }
    if (m_mode == Mode::View) {
        const QString title = !vcard.nickname.isEmpty() ? vcard.nickname : vcard.fullName;
        RosterFeature *roster = m_client ? m_client->feature<RosterFeature>() : nullptr;
        if (!title.isEmpty() && !(roster && !roster->item(m_jid).name.isEmpty()))
            m_name->setText(RosterDelegate::singleLine(title));
    } else {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    }
    updatePicture(vcard.photo);
    Q_EMIT vcardLoaded();
}

QString ContactDetailsDialog::fieldText(const QString &field) const
{
    QWidget *w = m_fields.value(field);
    if (auto *label = qobject_cast<QLabel *>(w))
        return label->text();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    return {};
}

VCard ContactDetailsDialog::editedVCard() const
{
    VCard v = m_loaded; // keeps the name parts and the photo
    v.fullName = fieldText(QStringLiteral("fullName")).trimmed();
    v.nickname = fieldText(QStringLiteral("nickname")).trimmed();
    v.emails = linesOf(fieldText(QStringLiteral("emails")));
    v.phones = linesOf(fieldText(QStringLiteral("phones")));
    v.url = fieldText(QStringLiteral("url")).trimmed();
    v.birthday = fieldText(QStringLiteral("birthday")).trimmed();
    v.organization = fieldText(QStringLiteral("organization")).trimmed();
    v.title = fieldText(QStringLiteral("title")).trimmed();
    v.note = fieldText(QStringLiteral("note"));
    return v;
}

void ContactDetailsDialog::save()
{
    VCardFeature *vcard = m_client ? m_client->feature<VCardFeature>() : nullptr;
    if (!vcard || !m_vcardLoaded)
        return;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    vcard->publishOwn(editedVCard(), this, [this](const Error &error) {
        if (!error.isError()) {
            accept();
            return;
        }
        m_error->setText(tr("Your details could not be saved: %1").arg(error.text));
        m_error->show();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    });
}

void ContactDetailsDialog::updatePicture(const QByteArray &fallback)
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = m_avatars ? m_avatars->pixmap(m_account, m_jid.full(), kPictureSize, dpr)
                               : QPixmap();
    if (pixmap.isNull() && !fallback.isEmpty()) {
        const QImage image = QImage::fromData(fallback);
        if (!image.isNull()) {
            pixmap = QPixmap::fromImage(image.scaled(qRound(kPictureSize * dpr),
                                                     qRound(kPictureSize * dpr),
                                                     Qt::KeepAspectRatioByExpanding,
                                                     Qt::SmoothTransformation));
            pixmap.setDevicePixelRatio(dpr);
        }
    }
    QPixmap round(qRound(kPictureSize * dpr), qRound(kPictureSize * dpr));
    round.setDevicePixelRatio(dpr);
    round.fill(Qt::transparent);
    QPainter p(&round);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, kPictureSize, kPictureSize));
    if (!pixmap.isNull()) {
        p.setClipPath(circle);
        p.drawPixmap(QRect(0, 0, kPictureSize, kPictureSize), pixmap);
    } else {
        p.fillPath(circle, consistentColor(m_jid.full()));
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(kPictureSize * 9 / 20);
        p.setFont(font);
        p.setPen(Qt::white);
        const QString name = m_name->text();
        p.drawText(QRect(0, 0, kPictureSize, kPictureSize), Qt::AlignCenter,
                   name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper());
    }
    p.end();
    m_picture->setPixmap(round);
}

// --- Resources -----------------------------------------------------------------------------------

QTreeWidgetItem *ContactDetailsDialog::itemFor(const QString &resource) const
{
    for (int i = 0; m_resources && i < m_resources->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_resources->topLevelItem(i);
        if (item->data(ResourceColumn, Qt::UserRole).toString() == resource)
            return item;
    }
    return nullptr;
}

void ContactDetailsDialog::updateResources()
{
    if (!m_resources)
        return;
    PresenceFeature *presence = m_client ? m_client->feature<PresenceFeature>() : nullptr;
    const QHash<QString, Presence> resources =
        presence ? presence->resources(m_jid) : QHash<QString, Presence>();
    QStringList names = resources.keys();
    std::sort(names.begin(), names.end());
    // Rows of resources gone offline go; answers already shown for the others stay.
    for (int i = m_resources->topLevelItemCount() - 1; i >= 0; --i) {
        if (!resources.contains(
                m_resources->topLevelItem(i)->data(ResourceColumn, Qt::UserRole).toString()))
            delete m_resources->takeTopLevelItem(i);
    }
    for (const QString &name : std::as_const(names)) {
        const Presence p = resources.value(name);
        QTreeWidgetItem *item = itemFor(name);
        if (!item) {
            item = new QTreeWidgetItem(m_resources);
            item->setData(ResourceColumn, Qt::UserRole, name);
        }
        item->setText(ResourceColumn, RosterDelegate::singleLine(name));
        item->setIcon(ResourceColumn,
                      QIcon(QStringLiteral(":/icons/status/") + RosterDelegate::iconNameFor(p.show) +
                            QStringLiteral(".svg")));
        const QString status = RosterDelegate::singleLine(p.status);
        const QString show = RosterDelegate::showText(p.show);
        item->setText(StatusColumn, status.isEmpty() ? show : tr("%1: %2").arg(show, status));
        item->setText(PriorityColumn, QLocale().toString(p.priority));
    }
    if (!m_resources->currentItem() && m_resources->topLevelItemCount() > 0)
        m_resources->setCurrentItem(m_resources->topLevelItem(0));
    m_ask->setEnabled(m_resources->currentItem() != nullptr);
    for (int c = ResourceColumn; c <= TimeColumn; ++c)
        m_resources->resizeColumnToContents(c);
    if (names.isEmpty())
        requestLastSeen();
    else
        m_lastSeen->hide();
}

void ContactDetailsDialog::askSoftware(const QString &resource)
{
    QTreeWidgetItem *item = itemFor(resource);
    if (!item || !m_client)
        return;
    const Jid full = m_jid.withResource(resource);
    if (!full.isValid())
        return;
    // The answers are found by resource again: the row may be gone by the time they come.
    if (auto *version = m_client->feature<VersionFeature>()) {
        item->setText(SoftwareColumn, tr("Asking…"));
        version->requestVersion(
            full, this, [this, resource](const SoftwareVersion &v, const Error &error) {
                QTreeWidgetItem *row = itemFor(resource);
                if (!row)
                    return;
                QString text = tr("unknown");
                if (!error.isError() && !v.name.isEmpty()) {
                    text = RosterDelegate::singleLine(v.name);
                    if (!v.version.isEmpty())
                        //: Software name and version, e.g. "Gajim 1.8"
                        text = tr("%1 %2").arg(text, RosterDelegate::singleLine(v.version));
                    if (!v.os.isEmpty())
                        //: Software and operating system, e.g. "Gajim 1.8 (Linux)"
                        text = tr("%1 (%2)").arg(text, RosterDelegate::singleLine(v.os));
                }
                row->setText(SoftwareColumn, text);
                m_resources->resizeColumnToContents(SoftwareColumn);
                m_resources->resizeColumnToContents(TimeColumn);
            });
    }
    if (auto *time = m_client->feature<TimeFeature>()) {
        item->setText(TimeColumn, tr("Asking…"));
        time->requestTime(full, this, [this, resource](const EntityTime &t, const Error &error) {
            if (QTreeWidgetItem *row = itemFor(resource)) {
                row->setText(TimeColumn,
                             error.isError() || !t.isValid()
                                 ? tr("unknown")
                                 //: A contact's local time and UTC offset, e.g. "10:42 (UTC+02:00)"
                                 : tr("%1 (UTC%2)")
                                       .arg(QLocale().toString(t.localTime().time(),
                                                               QLocale::ShortFormat),
                                            EntityTime::formatTzo(t.tzoSeconds)));
                m_resources->resizeColumnToContents(TimeColumn);
            }
        });
    }
}

void ContactDetailsDialog::requestLastSeen()
{
    if (m_mode != Mode::View || !m_lastSeen->isHidden())
        return;
    auto *last = m_client ? m_client->feature<LastActivityFeature>() : nullptr;
    m_lastSeen->setText(tr("Last seen: unknown"));
    m_lastSeen->show();
    if (!last || !m_client->isConnected())
        return;
    last->requestLastActivity(m_jid, this, [this](const LastActivity &a, const Error &error) {
        if (error.isError())
            return; // stays "unknown"
        const QDateTime when = QDateTime::currentDateTime().addSecs(-a.seconds);
        QString text = tr("Last seen %1").arg(QLocale().toString(when, QLocale::ShortFormat));
        const QString status = RosterDelegate::singleLine(a.status);
        if (!status.isEmpty())
            text = tr("%1: %2").arg(text, status);
        m_lastSeen->setText(text);
    });
}

QString ContactDetailsDialog::lastSeenText() const
{
    return m_lastSeen->isHidden() ? QString() : m_lastSeen->text();
}

} // namespace charla
