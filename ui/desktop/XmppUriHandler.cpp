#include "desktop/XmppUriHandler.h"

#include "chat/ChatManager.h"
#include "chat/ChatTab.h"
#include "chat/Composer.h"
#include "desktop/XmppUriDialog.h"
#include "features/AdHocCommands.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "models/AdHocSession.h"
#include "services/CommandWizard.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcLinks, "charla.links")

namespace charla {

XmppUriHandler::XmppUriHandler(ChatManager *chats, QWidget *window, QObject *parent)
    : QObject(parent), m_chats(chats), m_window(window)
{}

void XmppUriHandler::setAccounts(Accounts accounts, ClientOf client)
{
    m_accounts = std::move(accounts);
    m_client = std::move(client);
}

bool XmppUriHandler::open(const QString &text)
{
    return open(text, QString());
}

bool XmppUriHandler::open(const QString &text, const QString &fromAccount)
{
    QString error;
    const auto uri = XmppUri::parse(text, &error);
    if (!uri) {
        refuse(error);
        return false;
    }
    return open(*uri, fromAccount);
}

void XmppUriHandler::refuse(const QString &reason)
{
    qCInfo(lcLinks) << "link refused:" << reason;
    Q_EMIT refused(reason);
    auto *box = new QMessageBox(QMessageBox::Information, tr("xmpp: Link"), reason, QMessageBox::Ok,
                                m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool XmppUriHandler::open(const XmppUri &uri, const QString &fromAccount)
{
    const QStringList accounts = m_accounts ? m_accounts() : QStringList();
    if (accounts.isEmpty()) {
        refuse(tr("Add an account first: the link to %1 needs one to act with.")
                   .arg(uri.jid.toString()));
        return false;
    }
    // RFC 5122 2.3: the link may name the account; otherwise the only one, or the person picks.
    QString current = accounts.first();
    if (uri.account.isValid()) {
        if (!accounts.contains(uri.account.toString())) {
            refuse(tr("The link is meant for the account %1, which is not set up here.")
                       .arg(uri.account.toString()));
            return false;
        }
        current = uri.account.toString();
    } else if (accounts.contains(fromAccount)) {
        // Clicked in a chat: the account that received it.
        current = fromAccount;
    }
    const bool choose =
        accounts.size() > 1 && !uri.account.isValid() && !accounts.contains(fromAccount);

    switch (uri.action) {
    case XmppUri::Action::None:
    case XmppUri::Action::Message:
    case XmppUri::Action::Unknown:
        // Opening a chat changes nothing (a prefilled text is never sent by itself): no question,
        // unless the person has to say which account.
        if (!choose) {
            openChat(uri, current);
            return true;
        }
        break;
    case XmppUri::Action::Register:
        // The wizard is itself the question: nothing is sent before the person goes on.
        if (m_register) {
            m_register(uri.jid.domain());
            Q_EMIT acted(QStringLiteral("register"), QString(), uri.jid.domain());
            return true;
        }
        refuse(tr("Creating accounts from links is not available here."));
        return false;
    case XmppUri::Action::Join:
        // XEP-0045 15.6: the Join Room dialog is the question (room, nickname, password, the
        // account when there are several); nothing is sent before Join.
        if (m_joinRoom) {
            m_joinRoom(current, uri.jid.bare().toString(), uri.value(QStringLiteral("password")));
            Q_EMIT acted(QStringLiteral("join"), current, uri.jid.bare().toString());
            return true;
        }
        refuse(tr("Group chats are not available here."));
        return false;
    default:
        break;
    }
    XmppUriDialog *dialog = ask(uri, choose ? accounts : QStringList{current}, current);
    dialog->open();
    return true;
}

XmppUriDialog *XmppUriHandler::ask(const XmppUri &uri, const QStringList &accounts,
                                   const QString &current)
{
    if (m_dialog)
        m_dialog->reject(); // one link at a time: the newest wins
    auto *dialog = new XmppUriDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Answered is gone, even before the deferred delete.
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->setAccounts(accounts, current);
    const QString jid = uri.jid.toString();
    switch (uri.action) {
    case XmppUri::Action::Roster:
        askRoster(uri, dialog);
        break;
    case XmppUri::Action::Subscribe:
    case XmppUri::Action::Unsubscribe:
    case XmppUri::Action::Remove:
        askPresence(uri, dialog);
        break;
    case XmppUri::Action::Command:
        askCommand(uri, dialog);
        break;
    default:
        dialog->setQuestion(tr("Open a chat with %1?").arg(jid), tr("Open Chat"));
        dialog->setSummary([dialog, jid] {
            return tr("A chat with %1 opens for %2. Nothing is sent until you send it.")
                .arg(jid, dialog->account());
        });
        connect(dialog, &QDialog::accepted, this,
                [this, uri, dialog] { openChat(uri, dialog->account()); });
        break;
    }
    return dialog;
}

void XmppUriHandler::openChat(const XmppUri &uri, const QString &account)
{
    const QString jid = uri.jid.bare().toString();
    ChatTab *tab = m_chats ? m_chats->openChat(account, jid, true) : nullptr;
    if (!tab) {
        refuse(tr("The chat with %1 cannot be opened for %2.").arg(jid, account));
        return;
    }
    // XEP-0147 2.1: ?message;body=... fills the composer; the person sends it (or not).
    const QString body = uri.value(QStringLiteral("body"));
    if (uri.action == XmppUri::Action::Message && !body.isEmpty() &&
        tab->composer()->text().isEmpty())
        tab->composer()->setText(body);
    if (m_window) {
        m_window->show();
        m_window->raise();
    }
    qCInfo(lcLinks).noquote() << "opened the chat with" << jid << "for" << account;
    Q_EMIT acted(QStringLiteral("chat"), account, jid);
}

void XmppUriHandler::askRoster(const XmppUri &uri, XmppUriDialog *dialog)
{
    const Jid jid = uri.jid.bare();
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("uriName"));
    name->setAccessibleName(tr("Name"));
    name->setText(uri.value(QStringLiteral("name")));
    auto *group = new QLineEdit;
    group->setObjectName(QStringLiteral("uriGroup"));
    group->setAccessibleName(tr("Group"));
    // XEP-0147 2.2: at most one group.
    group->setText(uri.value(QStringLiteral("group")));
    auto *subscribe = new QCheckBox(tr("Ask to see when they are online"));
    subscribe->setObjectName(QStringLiteral("uriSubscribe"));
    subscribe->setChecked(true);
    dialog->setQuestion(tr("Add %1 to your contacts?").arg(jid.toString()), tr("Add Contact"));
    dialog->addField(tr("&Name:"), name);
    dialog->addField(tr("&Group:"), group);
    dialog->addField(QString(), subscribe);
    dialog->setSummary([dialog, name, group, subscribe, jid] {
        const QString shown =
            name->text().trimmed().isEmpty() ? jid.toString() : name->text().trimmed();
        QString text =
            group->text().trimmed().isEmpty()
                ? tr("%1 is added to the contacts of %2 as “%3”.")
                      .arg(jid.toString(), dialog->account(), shown)
                : tr("%1 is added to the contacts of %2 as “%3” in the group “%4”.")
                      .arg(jid.toString(), dialog->account(), shown, group->text().trimmed());
        if (subscribe->isChecked())
            text += QLatin1Char(' ') + tr("They are asked to let you see when they are online.");
        return text;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, group, subscribe, jid] {
        const QString account = dialog->account();
        Client *client = m_client ? m_client(account) : nullptr;
        auto *roster = client ? client->feature<RosterFeature>() : nullptr;
        if (!roster) {
            refuse(tr("%1 cannot add contacts now.").arg(account));
            return;
        }
        RosterItem item;
        item.jid = jid;
        item.name = name->text().trimmed();
        if (!group->text().trimmed().isEmpty())
            item.groups << group->text().trimmed();
        roster->addOrUpdate(item, this);
        auto *presence = client->feature<PresenceFeature>();
        if (subscribe->isChecked() && presence)
            presence->subscribe(jid);
        Q_EMIT acted(QStringLiteral("roster"), account, jid.toString());
    });
}

void XmppUriHandler::askPresence(const XmppUri &uri, XmppUriDialog *dialog)
{
    const Jid jid = uri.jid.bare();
    const XmppUri::Action action = uri.action;
    QString verb;
    if (action == XmppUri::Action::Subscribe) {
        verb = QStringLiteral("subscribe");
        dialog->setQuestion(tr("Ask to see when %1 is online?").arg(jid.toString()),
                            tr("Send Request"));
        dialog->setSummary([dialog, jid] {
            return tr("%1 sends %2 a request to see their online status; they may accept or "
                      "decline.")
                .arg(dialog->account(), jid.toString());
        });
    } else if (action == XmppUri::Action::Unsubscribe) {
        verb = QStringLiteral("unsubscribe");
        dialog->setQuestion(tr("Stop seeing when %1 is online?").arg(jid.toString()),
                            tr("Stop Seeing Status"));
        dialog->setSummary([dialog, jid] {
            return tr("%1 tells %2 that it no longer wants to see their online status. The "
                      "contact stays in the list.")
                .arg(dialog->account(), jid.toString());
        });
    } else {
        verb = QStringLiteral("remove");
        dialog->setQuestion(tr("Remove %1 from your contacts?").arg(jid.toString()),
                            tr("Remove Contact"));
        dialog->setSummary([dialog, jid] {
            return tr("%1 is removed from the contacts of %2; neither of you sees the other's "
                      "online status any more.")
                .arg(jid.toString(), dialog->account());
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, jid, action, verb] {
        const QString account = dialog->account();
        Client *client = m_client ? m_client(account) : nullptr;
        auto *presence = client ? client->feature<PresenceFeature>() : nullptr;
        auto *roster = client ? client->feature<RosterFeature>() : nullptr;
        if (action == XmppUri::Action::Remove && roster)
            roster->remove(jid, this);
        else if (action == XmppUri::Action::Subscribe && presence)
            presence->subscribe(jid);
        else if (action == XmppUri::Action::Unsubscribe && presence)
            presence->unsubscribe(jid);
        else {
            refuse(tr("%1 cannot do that now.").arg(account));
            return;
        }
        Q_EMIT acted(verb, account, jid.toString());
    });
}

void XmppUriHandler::askCommand(const XmppUri &uri, XmppUriDialog *dialog)
{
    const Jid jid = uri.jid;
    const QString node = uri.value(QStringLiteral("node"));
    dialog->setQuestion(tr("Run a command offered by %1?").arg(jid.toString()), tr("Run Command"));
    dialog->setSummary([dialog, jid, node] {
        return node.isEmpty()
                   ? tr("The link names no command to run.")
                   : tr("%1 asks %2 to start the command “%3”. Each step is shown to you before "
                        "anything is submitted.")
                         .arg(dialog->account(), jid.toString(), node);
    });
    dialog->acceptButton()->setEnabled(!node.isEmpty());
    connect(dialog, &QDialog::accepted, this, [this, dialog, jid, node] {
        const QString account = dialog->account();
        Client *client = m_client ? m_client(account) : nullptr;
        if (!client || !client->feature<AdHocCommands>() || node.isEmpty()) {
            refuse(tr("%1 cannot run commands now.").arg(account));
            return;
        }
        auto *session = new AdHocSession(client, jid, node);
        auto *wizard = new CommandWizard(session, m_window);
        session->setParent(wizard);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
        session->start();
        Q_EMIT acted(QStringLiteral("command"), account, jid.toString());
    });
}

} // namespace charla
