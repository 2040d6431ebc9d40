#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace charla {
class Client;
}

namespace charla::test {

class ProsodyFixture;

/// Fills a demo account's contact list on a private Prosody: the owner and each contact add
/// each other (mutual subscriptions, groups, names), then the contacts that should look alive
/// stay online with a status. Everything goes through Charla's own client code.
class DemoContacts : public QObject
{
    Q_OBJECT
public:
    struct Contact
    {
        QString user;
        QString password;
        QString name;
        QStringList groups;
        QString show;   ///< online, chat, away, xa, dnd; empty = stays offline
        QString status;
        /// A short conversation with the owner, oldest first; a line starting with "> " is the
        /// owner's, the others the contact's. Kept in the server's archive (XEP-0313).
        QStringList conversation;
    };

    explicit DemoContacts(ProsodyFixture &prosody, QObject *parent = nullptr);
    ~DemoContacts() override;

    /// Blocks (running the event loop) until every subscription is mutual; false with @p error.
    bool setUp(const QString &owner, const QString &ownerPassword, const QList<Contact> &contacts,
               QString *error);

private:
    ProsodyFixture &m_prosody;
    QList<std::shared_ptr<Client>> m_online; ///< contacts kept online for the demo
};

} // namespace charla::test
