// charla-cli's pubsub and registration tools (issue #7):
//   pubsub JID NODE [--limit N]        the node's items as JSON lines (XEP-0060 6.5)
//   register JID [--field var=value]   register with a service (XEP-0077); asks on a terminal
#include "cli/CliOutput.h"
#include "cli/CliRunner.h"

#include "features/PubSubFeature.h"
#include "features/ServiceRegistration.h"
#include "stanza/Jid.h"
#include "stream/Client.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace charla {

int CliRunner::pubsub(const Options &o)
{
    Jid service;
    QStringList args;
    if (!addressArguments(o, 2, 2, tr("Usage: pubsub JID NODE [--limit N]"), &service, &args))
        return Usage;
    const QString node = args.at(1);
    const int limit = o.limit;
    auto prepare = [](Client &client) { client.addFeature(new PubSubFeature(nullptr)); };
    auto onConnected = [this, service, node, limit](Client &client) {
        client.feature<PubSubFeature>()->items(
            service, node, limit, this, [this](const QList<PubSubItem> &items, const Error &error) {
                if (error.isError()) {
                    printError(error.text);
                    finish(exitCodeFor(error));
                    return;
                }
                for (const PubSubItem &item : items) {
                    QJsonObject o;
                    o.insert(QStringLiteral("service"), item.service);
                    o.insert(QStringLiteral("node"), item.node);
                    o.insert(QStringLiteral("id"), item.id);
                    if (!item.publisher.isEmpty())
                        o.insert(QStringLiteral("publisher"), item.publisher);
                    o.insert(QStringLiteral("title"), item.title);
                    o.insert(QStringLiteral("text"), item.text);
                    if (!item.payload.isNull())
                        o.insert(QStringLiteral("payload"), QString::fromUtf8(item.payload.toXml()));
                    printJson(o);
                }
                finish(Ok);
            });
    };
    return withSession(o, onConnected, prepare);
}

int CliRunner::registerWith(const Options &o)
{
    Jid service;
    QStringList args;
    if (!addressArguments(o, 1, 1, tr("Usage: register JID [--field var=value]..."), &service,
                          &args))
        return Usage;
    QHash<QString, QStringList> given;
    if (!parseFields(o.fields, &given))
        return Usage;
    const bool interactive = isatty(0);
    auto onConnected = [this, service, given, interactive](Client &client) {
        ServiceRegistration::requestForm(client, service, this, [this, &client, service, given,
                                                                 interactive](
                                                                    const RegistrationForm &reg,
                                                                    const Error &error) {
            if (error.isError()) {
                printError(error.text);
                finish(exitCodeFor(error));
                return;
            }
            if (reg.isRedirectOnly()) {
                printError(reg.redirectUrl.isEmpty()
                               ? tr("%1 offers no form to register with.").arg(service.full())
                               : tr("%1 registers on its web page: %2")
                                     .arg(service.full(), reg.redirectUrl));
                finish(RemoteError);
                return;
            }
            if (reg.registered)
                printError(tr("Already registered with %1; sending the form updates the "
                              "registration.")
                               .arg(service.full()));
            if (!reg.form && !reg.instructions.isEmpty() && interactive)
                printError(reg.instructions);
            DataForm form = reg.form ? *reg.form : ServiceRegistration::legacyAsForm(reg);
            if (!fillForm(form, given, interactive)) {
                finish(Usage);
                return;
            }
            const QStringList problems = validate(form);
            if (!problems.isEmpty()) {
                for (const QString &p : problems)
                    printError(p);
                finish(Usage);
                return;
            }
            const auto done = [this, service](const Error &e) {
                if (e.isError()) {
                    printError(e.text);
                    finish(exitCodeFor(e));
                    return;
                }
                QJsonObject out;
                out.insert(QStringLiteral("registered"), service.full());
                printJson(out);
                finish(Ok);
            };
            if (reg.form)
                ServiceRegistration::submit(client, service, form, this, done);
            else
                ServiceRegistration::submit(client, service,
                                            ServiceRegistration::legacyFromForm(reg, form), this,
                                            done);
        });
    };
    return withSession(o, onConnected);
}

} // namespace charla
