#include "cli/HistoryCommands.h"

#include "cli/CliOutput.h"

#include "stanza/Jid.h"
#include "storage/AccountDatabase.h"
#include "storage/AccountStore.h"
#include "storage/HistoryStore.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace charla {

namespace {

QString stateName(ChatMessage::State s)
{
    switch (s) {
    case ChatMessage::State::Pending:
        return QStringLiteral("pending");
    case ChatMessage::State::Sent:
        return QStringLiteral("sent");
    case ChatMessage::State::Delivered:
        return QStringLiteral("delivered");
    case ChatMessage::State::Displayed:
        return QStringLiteral("displayed");
    case ChatMessage::State::Failed:
        return QStringLiteral("failed");
    case ChatMessage::State::Received:
        return QStringLiteral("received");
    }
    return QString();
}

QJsonObject messageJson(const ChatMessage &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("chat"), m.chat},
                  {QStringLiteral("from"), m.from},
                  {QStringLiteral("direction"),
                   m.isOutgoing() ? QStringLiteral("out") : QStringLiteral("in")},
                  {QStringLiteral("stamp"), m.timestamp.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("body"), m.body},
                  {QStringLiteral("state"), stateName(m.state)}};
    if (!m.originId.isEmpty())
        o.insert(QStringLiteral("origin_id"), m.originId);
    if (!m.stanzaId.isEmpty())
        o.insert(QStringLiteral("stanza_id"), m.stanzaId);
    if (m.edited)
        o.insert(QStringLiteral("edited"), true);
    if (m.retracted)
        o.insert(QStringLiteral("retracted"), true);
    if (!m.errorText.isEmpty())
        o.insert(QStringLiteral("error"), m.errorText);
    if (!m.oobUrl.isEmpty())
        o.insert(QStringLiteral("url"), m.oobUrl);
    if (!m.reactions.isEmpty()) {
        QJsonObject reactions;
        for (const ChatMessage::Reaction &r : m.reactions)
            reactions.insert(r.emoji, QJsonArray::fromStringList(r.senders));
        o.insert(QStringLiteral("reactions"), reactions);
    }
    return o;
}

// The account's database in the profile; nullptr (and a sentence on stderr) when the command
// line does not name a stored account. Never creates a database for an unknown account.
std::unique_ptr<AccountDatabase> openStore(const CliRunner::Options &o)
{
    if (o.profileDir.isEmpty() || o.account.isEmpty()) {
        printError(QCoreApplication::translate(
            "charla::HistoryCommands",
            "The history is kept per account: give --profile DIR --account JID."));
        return nullptr;
    }
    const Profile profile(o.profileDir);
    const QString bare = Jid::parse(o.account).bare().full();
    if (bare.isEmpty() || AccountStore(profile).find(bare).jid.isEmpty()) {
        printError(QCoreApplication::translate(
                       "charla::HistoryCommands",
                       "There is no account %1 in the profile %2. Add it with \"account add\".")
                       .arg(o.account, o.profileDir));
        return nullptr;
    }
    auto db = std::make_unique<AccountDatabase>();
    QString error;
    if (!db->open(profile, bare, &error)) {
        printError(error);
        return nullptr;
    }
    return db;
}

} // namespace

int HistoryCommands::history(const CliRunner::Options &o, const ArchiveSync &sync)
{
    if (o.positional.size() != 2) {
        printError(QCoreApplication::translate("charla::HistoryCommands",
                                               "Usage: history JID [--limit N]"));
        return CliRunner::Usage;
    }
    QString jidError;
    const Jid chat = Jid::parse(o.positional.at(1), &jidError);
    if (!chat.isValid()) {
        printError(
            QCoreApplication::translate("charla::HistoryCommands", "%1 is not a valid address: %2")
                .arg(o.positional.at(1), jidError));
        return CliRunner::Usage;
    }
    const std::unique_ptr<AccountDatabase> db = openStore(o);
    if (!db)
        return CliRunner::Usage;
    HistoryStore store(db.get());
    if (sync) {
        QString error;
        if (!sync(store, chat.bare().full(), &error)) {
            printError(error);
            return CliRunner::ConnectionError;
        }
    }
    const QList<ChatMessage> messages = store.latest(chat.bare().full(), o.limit);
    for (const ChatMessage &m : messages)
        printJson(messageJson(m));
    return CliRunner::Ok;
}

int HistoryCommands::search(const CliRunner::Options &o)
{
    if (o.positional.size() < 2) {
        printError(QCoreApplication::translate("charla::HistoryCommands",
                                               "Usage: search TEXT [--limit N]"));
        return CliRunner::Usage;
    }
    const std::unique_ptr<AccountDatabase> db = openStore(o);
    if (!db)
        return CliRunner::Usage;
    HistoryStore store(db.get());
    // Words may come as one argument or several: search "lunch friday" or search lunch friday.
    const QString text = o.positional.mid(1).join(QLatin1Char(' '));
    const QList<HistoryStore::SearchHit> hits = store.search(text, o.limit);
    for (const HistoryStore::SearchHit &hit : hits) {
        QJsonObject line = messageJson(hit.message);
        QJsonArray ranges;
        for (const auto &r : hit.ranges)
            ranges.append(QJsonArray{r.first, r.second});
        line.insert(QStringLiteral("hits"), ranges); // [start, length] in body, UTF-16 units
        printJson(line);
    }
    return CliRunner::Ok;
}

} // namespace charla
