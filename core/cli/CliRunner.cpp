#include "cli/CliRunner.h"

#include "cli/CliOutput.h"
#include "cli/HistoryCommands.h"

#include "features/CoreFeatures.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stanza/Jid.h"
#include "stanza/Message.h"
#include "storage/AccountDatabase.h"
#include "storage/AccountStore.h"
#include "storage/RosterCache.h"
#include "storage/PasswordStore.h"
#include "storage/Profile.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace charla {

namespace {
bool readPasswordFile(const QString &path, QString *password, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("charla::CliRunner",
                                             "Cannot read the password file %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    // The first line is the password; a trailing newline from `echo` is not part of it.
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    if (password->isEmpty()) {
        *error = QCoreApplication::translate("charla::CliRunner", "The password file %1 is empty.")
                     .arg(path);
        return false;
    }
    return true;
}

const auto kClientNs = QStringLiteral("jabber:client");
} // namespace

CliRunner::CliRunner(QObject *parent) : QObject(parent) {}

int CliRunner::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Auth:
        return AuthError;
    case Error::Stanza:
        return RemoteError;
    default:
        return ConnectionError;
    }
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    if (m_quit)
        m_quit();
}

bool CliRunner::buildConfig(const Options &o, SessionConfig *config, QString *error)
{
    // An account stored in the profile, with the command line's options on top of it.
    AccountConfig account;
    QString password;
    if (!o.account.isEmpty()) {
        if (o.profileDir.isEmpty()) {
            *error = tr("--account needs --profile DIR.");
            return false;
        }
        const Profile profile(o.profileDir);
        account = AccountStore(profile).find(Jid::parse(o.account).bare().full());
        if (account.jid.isEmpty()) {
            *error = tr("There is no account %1 in the profile %2. Add it with \"account add\".")
                         .arg(o.account, o.profileDir);
            return false;
        }
        if (o.passwordFile.isEmpty()) {
            const auto r = PasswordStore(profile).readBlocking(account.jid);
            if (!r.ok) {
                *error = r.error;
                return false;
            }
            password = r.password;
        }
    } else {
        account.jid = o.jid;
    }
    if (account.jid.isEmpty()) {
        *error = tr("Say which account to use: --jid JID --password-file FILE, or --profile DIR "
                    "--account JID.");
        return false;
    }
    QString jidError;
    const Jid jid = Jid::parse(account.jid, &jidError);
    if (!jid.isValid() || !jid.hasLocalpart()) {
        *error = jid.isValid() ? tr("%1 is a server address, not an account.").arg(account.jid)
                               : tr("%1 is not a valid address: %2").arg(account.jid, jidError);
        return false;
    }
    account.jid = jid.bare().full();
    if (!o.host.isEmpty())
        account.host = o.host;
    if (o.port)
        account.port = o.port;
    account.directTls = account.directTls || o.directTls;
    if (!o.caFile.isEmpty())
        account.caFile = o.caFile;
    if (o.proxy)
        account.proxy = *o.proxy;
    if (!o.resource.isEmpty())
        account.resource = o.resource;
    else if (account.resource.isEmpty())
        account.resource = jid.resource();
    if (password.isEmpty()) {
        if (o.passwordFile.isEmpty()) {
            *error = tr("No password: give --password-file FILE.");
            return false;
        }
        if (!readPasswordFile(o.passwordFile, &password, error))
            return false;
    }
    if (!SessionConfig::fromAccount(account, password, config, error))
        return false;
    return true;
}

int CliRunner::run(const Options &o)
{
    if (o.positional.isEmpty()) {
        printError(tr("No command given. See --help."));
        return Usage;
    }
    const QString command = o.positional.first();
    const QStringList args = o.positional.mid(1);

    if (command == QLatin1String("account")) {
        if (args.value(0) == QLatin1String("add"))
            return accountAdd(o);
        printError(tr("Unknown account command. Use: account add JID --password-file FILE"));
        return Usage;
    }
    if (command == QLatin1String("check")) {
        return withSession(o, [this](Client &client) {
            Session *s = client.session();
            QJsonObject out;
            out.insert(QStringLiteral("tls_protocol"), s->tlsProtocol());
            out.insert(QStringLiteral("cipher"), s->cipher());
            out.insert(QStringLiteral("sasl_mechanism"), s->saslMechanism());
            out.insert(QStringLiteral("bound_jid"), s->boundJid());
            out.insert(QStringLiteral("stream_management"), s->streamManagementEnabled());
            out.insert(QStringLiteral("server_features"), QJsonArray::fromStringList(s->serverFeatures()));
            printJson(out);
            finish(Ok);
        });
    }
    if (command == QLatin1String("send")) {
        if (args.size() != 2) {
            printError(tr("Usage: send JID TEXT"));
            return Usage;
        }
        QString jidError;
        const Jid to = Jid::parse(args.at(0), &jidError);
        if (!to.isValid()) {
            printError(tr("%1 is not a valid address: %2").arg(args.at(0), jidError));
            return Usage;
        }
        const QString text = args.at(1);
        const bool waitReceipt = o.waitReceipt;
        return withSession(o, [this, to, text, waitReceipt, timeout = o.timeoutMs](Client &client) {
            const QString id = Client::newId();
            Message m;
            m.to = to;
            m.type = Message::Type::Chat;
            m.id = id;
            m.body = text;
            // XEP-0359: an origin-id lets the peer and archives deduplicate a resend.
            m.originId = id;
            m.chatState = ChatState{ChatState::Active};
            m.receiptRequest = true; // XEP-0184: asked always; waited for with --wait-receipt
            Session *s = client.session();
            if (waitReceipt) {
                // XEP-0184 4: the receipt names our message id and comes from the recipient
                // (any resource of a bare JID); anyone else's "receipt" proves nothing.
                connect(s, &Session::stanzaReceived, this, [this, to, id](const Element &e) {
                    const auto r = Message::fromElement(e);
                    if (!r || r->receiptFor != id || !r->from.isValid() ||
                        r->from.bare() != to.bare() || (to.isFull() && r->from != to))
                        return;
                    QJsonObject out;
                    out.insert(QStringLiteral("id"), id);
                    out.insert(QStringLiteral("delivered"), true);
                    out.insert(QStringLiteral("from"), r->from.full());
                    printJson(out);
                    finish(Ok);
                });
                connect(s, &Session::stanzaReceived, this, [this, id](const Element &e) {
                    const auto r = Message::fromElement(e);
                    if (r && r->type == Message::Type::Error && r->id == id) {
                        printError(r->errorText());
                        finish(RemoteError);
                    }
                });
                // RFC 6121 4.2: available presence, so contacts that answer receipts only to
                // those they see online (and to our full JID) can reach us.
                client.send(Element(QStringLiteral("presence"), kClientNs));
                client.send(m.toElement());
                QTimer::singleShot(timeout, this, [this, timeout, to] {
                    printError(tr("No delivery receipt came from %1 within %2 seconds. The server "
                                  "has the message, but whether %1 received it is unknown.")
                                   .arg(to.full())
                                   .arg(timeout / 1000));
                    finish(NoReceipt);
                });
                return;
            }
            if (s->streamManagementEnabled()) {
                connect(s, &Session::messageAcknowledged, this, [this, id](const QString &acked) {
                    if (acked == id)
                        finish(Ok);
                });
                client.send(m.toElement());
            } else {
                // Without XEP-0198 the server's answer to a later ping proves it processed the
                // message (stanzas are handled in order, RFC 6120 10.1).
                client.send(m.toElement());
                Element ping(QStringLiteral("iq"), kClientNs);
                ping.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
                ping.addChild(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping"));
                client.sendIq(ping, this, [this](const IqResult &) { finish(Ok); });
            }
            QTimer::singleShot(timeout, this, [this, timeout] {
                printError(tr("The server did not confirm the message within %1 seconds.")
                               .arg(timeout / 1000));
                finish(ConnectionError);
            });
        });
    }
    if (command == QLatin1String("listen")) {
        const int seconds = o.seconds;
        return withSession(o, [this, seconds](Client &client) {
            connect(client.session(), &Session::stanzaReceived, this, [](const Element &e) {
                if (e.name() != QLatin1String("message"))
                    return;
                const QString body = e.childText(QStringLiteral("body"));
                if (body.isEmpty() || e.attribute(QStringLiteral("type")) == QLatin1String("error"))
                    return;
                // XEP-0203: a delayed message keeps its original time.
                const Element delay = e.firstChild(QStringLiteral("delay"), QStringLiteral("urn:xmpp:delay"));
                QString stamp = delay.attribute(QStringLiteral("stamp"));
                if (stamp.isEmpty())
                    stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                QJsonObject out;
                out.insert(QStringLiteral("from"), e.attribute(QStringLiteral("from")));
                out.insert(QStringLiteral("id"), e.attribute(QStringLiteral("id")));
                out.insert(QStringLiteral("body"), body);
                out.insert(QStringLiteral("stamp"), stamp);
                printJson(out);
            });
            // RFC 6121 4.2: available presence, so messages to the bare JID reach us.
            client.send(Element(QStringLiteral("presence"), kClientNs));
            printError(tr("Listening as %1").arg(client.session()->boundJid()));
            if (seconds >= 0)
                QTimer::singleShot(seconds * 1000, this, [this] { finish(Ok); });
        });
    }
    if (command == QLatin1String("muc"))
        return muc(o);
    if (command == QLatin1String("disco"))
        return disco(o);
    if (command == QLatin1String("command"))
        return this->command(o);
    if (command == QLatin1String("pubsub"))
        return pubsub(o);
    if (command == QLatin1String("register"))
        return registerWith(o);
    if (command == QLatin1String("history")) {
        if (o.localOnly)
            return HistoryCommands::history(o);
        // XEP-0313: the archive first, so the history printed is the server's too.
        return HistoryCommands::history(
            o, [this, &o](HistoryStore &store, const QString &chat, QString *error) {
                return syncArchive(o, store, chat, error);
            });
    }
    if (command == QLatin1String("search"))
        return HistoryCommands::search(o);
    if (command == QLatin1String("roster"))
        return roster(o);
    if (command == QLatin1String("presence"))
        return presence(o);
    if (command == QLatin1String("xml")) {
        return withSession(o, [this](Client &client) {
            // stdin is read on a thread of its own (portable, unlike a socket notifier on
            // Windows); lines come back to this thread in order.
            auto *buffer = new QString;
            auto onLine = [this, &client, buffer](const QString &line, bool eof) {
                if (m_finished)
                    return;
                if (!eof) {
                    buffer->append(line + QLatin1Char('\n'));
                    // Send as soon as the text so far is one well-formed element; until then
                    // it may be an element typed over several lines.
                    const QString candidate = buffer->trimmed();
                    if (!candidate.isEmpty() && client.session()->sendRawXml(candidate))
                        buffer->clear();
                    return;
                }
                QString error;
                const QString rest = buffer->trimmed();
                delete buffer;
                if (!rest.isEmpty() && !client.session()->sendRawXml(rest, &error)) {
                    printError(error);
                    finish(Usage);
                    return;
                }
                // Give the server a moment to answer what was sent last.
                QTimer::singleShot(1000, this, [this] { finish(Ok); });
            };
            QThread *reader = QThread::create([this, onLine] {
                QTextStream in(stdin);
                QString line;
                while (in.readLineInto(&line))
                    QMetaObject::invokeMethod(this, [onLine, line] { onLine(line, false); },
                                              Qt::QueuedConnection);
                QMetaObject::invokeMethod(this, [onLine] { onLine(QString(), true); },
                                          Qt::QueuedConnection);
            });
            reader->setParent(this);
            reader->start();
        });
    }
    printError(tr("Unknown command: %1").arg(command));
    return Usage;
}

int CliRunner::accountAdd(const Options &o)
{
    const QStringList args = o.positional.mid(2);
    if (o.profileDir.isEmpty() || args.size() != 1 || o.passwordFile.isEmpty()) {
        printError(tr("Usage: --profile DIR account add JID --password-file FILE [--host H] "
                      "[--port P] [--direct-tls] [--ca-file PEM] [--proxy URL]"));
        return Usage;
    }
    QString error;
    const Jid jid = Jid::parse(args.first(), &error);
    if (!jid.isValid() || !jid.hasLocalpart()) {
        printError(jid.isValid() ? tr("%1 is a server address, not an account.").arg(args.first())
                                 : tr("%1 is not a valid address: %2").arg(args.first(), error));
        return Usage;
    }
    QString password;
    if (!readPasswordFile(o.passwordFile, &password, &error)) {
        printError(error);
        return Usage;
    }
    const Profile profile(o.profileDir);
    if (!profile.ensureExists(&error)) {
        printError(error);
        return Usage;
    }
    AccountConfig account;
    account.jid = jid.bare().full();
    account.host = o.host;
    account.port = o.port;
    account.directTls = o.directTls;
    account.caFile = o.caFile;
    account.proxy = o.proxy.value_or(ProxySettings{});
    account.resource = o.resource.isEmpty() ? jid.resource() : o.resource;
    PasswordStore store(profile);
    const auto r = store.writeBlocking(account.jid, password);
    if (!r.ok) {
        printError(r.error);
        return ConnectionError;
    }
    AccountStore(profile).save(account);
    QJsonObject out;
    out.insert(QStringLiteral("account"), account.jid);
    out.insert(QStringLiteral("profile"), profile.rootDir());
    printJson(out);
    return Ok;
}

int CliRunner::withSession(const Options &o, const std::function<void(Client &)> &onConnected,
                           const std::function<void(Client &)> &prepare)
{
    SessionConfig config;
    QString error;
    if (!buildConfig(o, &config, &error)) {
        printError(error);
        return Usage;
    }
    Client client;
    installCoreFeatures(client);
    if (prepare)
        prepare(client);
    client.setAutoReconnect(false);
    QEventLoop loop;
    m_quit = [&loop] { loop.quit(); };
    connect(&client, &Client::connected, this, [&](bool) { onConnected(client); });
    connect(&client, &Client::errorOccurred, this, [this](const Error &e) {
        printError(e.text);
        finish(exitCodeFor(e));
    });
    connect(client.session(), &Session::certificateUntrusted, this,
            [](const QList<QSslCertificate> &, const QString &fingerprint) {
                printError(tr("The certificate's SHA-256 fingerprint is %1. To trust this server, "
                              "pass its CA with --ca-file.")
                               .arg(fingerprint));
            });
    if (o.positional.first() == QLatin1String("xml")) {
        connect(client.session(), &Session::xmlTraffic, this, [](bool incoming, const QByteArray &xml) {
            QTextStream out(stdout);
            out << (incoming ? "<< " : ">> ") << QString::fromUtf8(xml) << '\n';
            out.flush();
        });
    }
    QTimer connectTimeout;
    connectTimeout.setSingleShot(true);
    connect(&connectTimeout, &QTimer::timeout, this, [this, &client] {
        if (!client.isConnected()) {
            printError(tr("Could not log in within %1 seconds.").arg(client.session()->config().negotiationTimeoutMs / 1000));
            finish(ConnectionError);
        }
    });
    config.negotiationTimeoutMs = o.timeoutMs;
    client.connectToServer(config);
    connectTimeout.start(o.timeoutMs + 1000);
    if (!m_finished)
        loop.exec();
    m_quit = nullptr;
    client.disconnectFromServer();
    return m_exitCode;
}

int CliRunner::roster(const Options &o)
{
    if (o.positional.size() != 1) {
        printError(tr("Usage: roster [--stats]"));
        return Usage;
    }
    // With a stored account the profile's roster cache is used: a login whose cached version is
    // current transfers no items (RFC 6121 2.6).
    auto db = std::make_shared<AccountDatabase>();
    std::shared_ptr<RosterCache> cache;
    if (!o.profileDir.isEmpty() && !o.account.isEmpty() &&
        db->open(Profile(o.profileDir), Jid::parse(o.account).bare().full()))
        cache = std::make_shared<RosterCache>(db.get());
    const bool stats = o.stats;
    return withSession(
        o, [](Client &) {},
        [this, db, cache, stats](Client &client) {
            auto *roster = new RosterFeature(cache.get());
            client.addFeature(roster);
            const auto print = [this, roster, stats, db, cache] {
                QList<RosterItem> items = roster->items();
                std::sort(items.begin(), items.end(),
                          [](const RosterItem &a, const RosterItem &b) { return a.jid < b.jid; });
                QJsonArray out;
                for (const RosterItem &item : items) {
                    QJsonObject o;
                    o.insert(QStringLiteral("jid"), item.jid.full());
                    o.insert(QStringLiteral("name"), item.name);
                    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(item.groups));
                    o.insert(QStringLiteral("subscription"),
                             RosterItem::subscriptionName(item.subscription));
                    if (item.askSubscribe)
                        o.insert(QStringLiteral("ask"), QStringLiteral("subscribe"));
                    out.append(o);
                }
                QTextStream stream(stdout);
                stream << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << '\n';
                stream.flush();
                if (stats) {
                    QTextStream(stderr) << QString::fromUtf8(
                                               QJsonDocument(QJsonObject{
                                                                 {QStringLiteral("roster_bytes"), roster->lastResultBytes()},
                                                                 {QStringLiteral("contacts"), roster->count()},
                                                                 {QStringLiteral("version"), roster->version()},
                                                                 {QStringLiteral("cached"), cache != nullptr}})
                                                   .toJson(QJsonDocument::Compact))
                                        << '\n';
                }
                finish(Ok);
            };
            connect(roster, &RosterFeature::rosterReset, this, print);
            connect(roster, &RosterFeature::rosterUpToDate, this, print);
            connect(roster, &RosterFeature::errorOccurred, this, [this](const Error &e) {
                printError(e.text);
                finish(RemoteError);
            });
        });
}

int CliRunner::presence(const Options &o)
{
    static const QStringList shows = {QStringLiteral("online"), QStringLiteral("chat"),
                                      QStringLiteral("away"),   QStringLiteral("xa"),
                                      QStringLiteral("dnd")};
    const QStringList args = o.positional.mid(1);
    if (args.isEmpty() || args.size() > 2 || !shows.contains(args.first())) {
        printError(tr("Usage: presence online|chat|away|xa|dnd [STATUS] [--seconds N]"));
        return Usage;
    }
    const Presence::Show show = Presence::showFromName(args.first());
    const QString status = args.value(1);
    const int seconds = o.seconds;
    return withSession(
        o,
        [this, seconds](Client &client) {
            //: charla-cli presence: online with this full address (JID with resource).
            printError(tr("Present as %1").arg(client.session()->boundJid()));
            if (seconds >= 0)
                QTimer::singleShot(seconds * 1000, this, [this] { finish(Ok); });
        },
        [this, show, status](Client &client) {
            auto *presence = new PresenceFeature;
            client.addFeature(presence);
            // Sent as the initial presence once the session is up (RFC 6121 4.2).
            presence->setPresence(show, status);
            // Contacts' presence, one JSON line per change, while we stay.
            connect(presence, &PresenceFeature::presenceChanged, this, [presence](const Jid &bare) {
                const Presence p = presence->best(bare);
                QJsonObject out;
                out.insert(QStringLiteral("jid"), bare.full());
                out.insert(QStringLiteral("resource"), p.from.resource());
                out.insert(QStringLiteral("show"), Presence::showName(p.show));
                out.insert(QStringLiteral("status"), p.status);
                printJson(out);
            });
        });
}

} // namespace charla
