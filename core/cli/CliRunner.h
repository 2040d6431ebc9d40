#pragma once

#include "stanza/DataForm.h"

#include <QHash>

#include "storage/AccountStore.h"
#include "stream/Session.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace charla {

class Client;
class HistoryStore;
class Jid;
class Profile;

/// charla-cli's commands on the same core as the desktop app. Output is JSON (one object, or
/// one JSON line per event); errors go to stderr as sentences.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Ok = 0,
        Usage = 1,
        ConnectionError = 2,
        AuthError = 3,
        RemoteError = 4,
        NoReceipt = 5, ///< send --wait-receipt: the server has it, the recipient did not confirm
    };

    struct Options
    {
        QString jid;
        QString passwordFile;
        QString host;
        quint16 port = 0;
        bool directTls = false;
        QString caFile;
        QString resource;
        std::optional<ProxySettings> proxy; ///< --proxy; unset: the stored account's (or none)
        QString profileDir;
        QString account;
        int seconds = -1;  ///< listen: stop after this many seconds (-1: until killed)
        int timeoutMs = 30000;
        bool stats = false; ///< roster: print what the login transferred (JSON on stderr)
        int limit = 50;     ///< history, search: at most this many messages
        bool waitReceipt = false; ///< send: wait for the recipient's XEP-0184 receipt
        bool localOnly = false;   ///< history: no archive sync, the local store only
        QStringList fields; ///< command: --field var=value answers (repeat for several values)
        QString roomPasswordFile; ///< muc join/send: the room's password (first line of the file)
        QStringList positional;
    };

    explicit CliRunner(QObject *parent = nullptr);

    /// Runs the command in @p options.positional; returns the process exit code.
    int run(const Options &options);
    /// Ends a running command as if it had finished (Ctrl+C, SIGTERM): the stream is closed
    /// politely, so contacts see the account leave at once.
    void stop() { finish(Ok); }

private:
    int accountAdd(const Options &o);
    /// Connects, calls @p onConnected once the session is up, and runs until finish().
    /// @p prepare adds features before connecting.
    int withSession(const Options &o, const std::function<void(Client &)> &onConnected,
                    const std::function<void(Client &)> &prepare = {});
    int roster(const Options &o);
    int presence(const Options &o);
    /// muc join ROOM NICK / muc send ROOM TEXT (CliMuc.cpp).
    int muc(const Options &o);
    /// disco JID [NODE] / command JID NODE (CliDisco.cpp, XEP-0030 / XEP-0050).
    int disco(const Options &o);
    int command(const Options &o);
    /// pubsub JID NODE / register JID (CliServices.cpp, XEP-0060 / XEP-0077).
    int pubsub(const Options &o);
    int registerWith(const Options &o);
    /// The arguments after the command's name when there are @p min to @p max of them and the
    /// first is an address (put in @p address); otherwise prints @p usage or why the address is
    /// wrong and returns false (the command then exits with Usage).
    bool addressArguments(const Options &o, int min, int max, const QString &usage,
                          Jid *address, QStringList *args);
    /// --field var=value pairs; false (and a sentence printed) when one is malformed.
    static bool parseFields(const QStringList &fields, QHash<QString, QStringList> *given);
    /// Fills @p form from @p given, then (on a terminal) asks each remaining field on stderr
    /// and reads stdin. False when stdin ended (the person gave up).
    static bool fillForm(DataForm &form, const QHash<QString, QStringList> &given,
                         bool interactive);
    /// `history`: catches the store up from the archive (XEP-0313) and fetches older messages
    /// of @p chat until o.limit are stored; false with a sentence in @p error when it failed.
    bool syncArchive(const Options &o, HistoryStore &store, const QString &chat, QString *error);
    bool buildConfig(const Options &o, SessionConfig *config, QString *error);
    static int exitCodeFor(const Error &error);
    void finish(int code);

    int m_exitCode = Ok;
    bool m_finished = false;
    std::function<void()> m_quit;
};

} // namespace charla
