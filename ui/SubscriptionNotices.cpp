#include "SubscriptionNotices.h"

#include "RosterDelegate.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace charla {

namespace {

const char kAccount[] = "charlaAccount";
const char kJid[] = "charlaJid";
// Rows shown at once: a flood of requests must not push the contacts out of the window.
constexpr int kVisibleRows = 3;
// A nickname is a claim of the sender's: long enough for a real name, too short to hide the JID.
constexpr int kMaxNick = 48;

QString shortNick(const QString &nick)
{
    const QString clean = RosterDelegate::singleLine(nick);
    if (clean.size() <= kMaxNick)
        return clean;
    return clean.left(kMaxNick - 1) + QChar(0x2026);
}

} // namespace

SubscriptionNotices::SubscriptionNotices(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("subscriptionNotices"));
    setAccessibleName(tr("Subscription requests"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("moreRequests"));
    m_more->setTextFormat(Qt::PlainText);
    m_more->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_more);
    hide();
}

QString SubscriptionNotices::sentence(const Jid &from, const QString &nick, const QString &account)
{
    const QString jid = RosterDelegate::singleLine(from.bare().full());
    const QString name = shortNick(nick);
    const bool withNick = !name.isEmpty() && name != jid;
    if (account.isEmpty()) {
        return withNick ? tr("%1 (%2) wants to see when you are online").arg(name, jid)
                        : tr("%1 wants to see when you are online").arg(jid);
    }
    //: %3 is the account (one of several) the request is for
    return withNick ? tr("%1 (%2) wants to see when you are online on %3").arg(name, jid, account)
                    : tr("%1 wants to see when you are online on %2").arg(jid, account);
}

void SubscriptionNotices::addRequest(const QString &account, const Jid &from, const QString &nick,
                                     bool showAccount)
{
    const Jid bare = from.bare();
    if (QWidget *old = rowOf(account, bare)) {
        m_layout->removeWidget(old);
        delete old;
    }
    const QString text = sentence(bare, nick, showAccount ? account : QString());

    auto *row = new QFrame(this);
    row->setObjectName(QStringLiteral("subscriptionRequest"));
    row->setProperty(kAccount, account);
    row->setProperty(kJid, bare.full());
    row->setFrameShape(QFrame::StyledPanel);
    row->setBackgroundRole(QPalette::AlternateBase);
    row->setAutoFillBackground(true);
    row->setAccessibleName(text);

    // Text above the buttons: the contact list is a narrow window, and a sentence squeezed
    // beside two buttons would wrap into a tall column.
    auto *layout = new QGridLayout(row);
    const int iconSize = row->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, row);
    auto *icon = new QLabel(row);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/status/request.svg"))
                        .pixmap(iconSize, iconSize, QIcon::Normal));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon, 0, 0);

    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("requestText"));
    label->setTextFormat(Qt::PlainText); // the nickname and JID come from the network
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label, 0, 1);
    layout->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);

    auto *allow = new QPushButton(tr("Allow"), row);
    allow->setObjectName(QStringLiteral("allowButton"));
    allow->setAccessibleName(tr("Allow %1 to see when you are online").arg(bare.full()));
    auto *deny = new QPushButton(tr("Deny"), row);
    deny->setObjectName(QStringLiteral("denyButton"));
    deny->setAccessibleName(tr("Deny %1").arg(bare.full()));
    buttons->addWidget(allow);
    buttons->addWidget(deny);
    layout->addLayout(buttons, 1, 1);
    connect(allow, &QPushButton::clicked, this, [this, row] { answer(row, true); });
    connect(deny, &QPushButton::clicked, this, [this, row] { answer(row, false); });

    // Before the "more" line, in order of arrival.
    m_layout->insertWidget(m_layout->count() - 1, row);
    updateRows();
    show();
}

void SubscriptionNotices::answer(QWidget *row, bool allow)
{
    const QString account = row->property(kAccount).toString();
    const Jid jid = Jid::parse(row->property(kJid).toString());
    m_layout->removeWidget(row);
    row->hide();
    row->deleteLater(); // its button is still in its clicked() signal
    updateRows();
    if (allow)
        Q_EMIT allowed(account, jid);
    else
        Q_EMIT denied(account, jid);
}

void SubscriptionNotices::removeRequest(const QString &account, const Jid &from)
{
    if (QWidget *row = rowOf(account, from.bare())) {
        m_layout->removeWidget(row);
        delete row;
        updateRows();
    }
}

void SubscriptionNotices::removeAccount(const QString &account)
{
    for (int i = count() - 1; i >= 0; --i) {
        QWidget *row = m_layout->itemAt(i)->widget();
        if (row->property(kAccount).toString() == account) {
            m_layout->removeWidget(row);
            delete row;
        }
    }
    updateRows();
}

QWidget *SubscriptionNotices::rowOf(const QString &account, const Jid &from) const
{
    const QString jid = from.full();
    for (int i = 0; i < count(); ++i) {
        QWidget *row = m_layout->itemAt(i)->widget();
        if (row->property(kAccount).toString() == account && row->property(kJid).toString() == jid)
            return row;
    }
    return nullptr;
}

int SubscriptionNotices::count() const
{
    return m_layout->count() - 1; // the "more" line
}

QStringList SubscriptionNotices::texts() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        out << m_layout->itemAt(i)
                   ->widget()
                   ->findChild<QLabel *>(QStringLiteral("requestText"))
                   ->text();
    }
    return out;
}

void SubscriptionNotices::updateRows()
{
    const int rows = count();
    setVisible(rows > 0);
    for (int i = 0; i < rows; ++i)
        m_layout->itemAt(i)->widget()->setVisible(i < kVisibleRows);
    const int hidden = rows - kVisibleRows;
    m_more->setVisible(hidden > 0);
    if (hidden > 0)
        m_more->setText(tr("%n more request(s) after these", "", hidden));
}

} // namespace charla
