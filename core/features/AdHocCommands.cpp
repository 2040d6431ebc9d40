#include "features/AdHocCommands.h"

#include "features/CoreFeatures.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcAdHoc, "charla.adhoc")
}

namespace charla {

AdHocCommands::AdHocCommands(QObject *parent) : Feature(parent) {}

bool AdHocCommands::handleStanza(const Element &stanza)
{
    // We offer no commands of our own: DiscoInfoFeature answers item-not-found for the node.
    Q_UNUSED(stanza)
    return false;
}

void AdHocCommands::listCommands(const Jid &jid, QObject *context, ListCallback done)
{
    Q_ASSERT(client());
    Element query(QStringLiteral("query"), DiscoInfo::ItemsNamespace);
    query.setAttribute(QStringLiteral("node"), AdHocCommand::Namespace);
    sendGet<QList<DiscoItem>>(*client(), jid.full(), query, context, &DiscoClient::parseItems,
                              std::move(done));
}

Error AdHocCommands::commandError(const Element &iq, const Error &generic)
{
    if (iq.isNull())
        return generic; // a timeout or the session ending: its sentence already says so
    const Element error = iq.firstChild(QStringLiteral("error"));
    const QString from = iq.attribute(QStringLiteral("from"));
    // XEP-0050 4.6: the specific condition travels in the commands namespace.
    for (const Element &c : error.children()) {
        if (c.ns() != AdHocCommand::Namespace)
            continue;
        QString text;
        if (c.name() == QLatin1String("bad-action"))
            text = QCoreApplication::translate("charla::AdHocCommands",
                                               "%1 does not allow that step of the command here.");
        else if (c.name() == QLatin1String("bad-sessionid") ||
                 c.name() == QLatin1String("session-expired"))
            text = QCoreApplication::translate(
                "charla::AdHocCommands",
                "%1 no longer knows this run of the command (it expired). Start it again.");
        else if (c.name() == QLatin1String("bad-payload") || c.name() == QLatin1String("bad-locale"))
            text = QCoreApplication::translate("charla::AdHocCommands",
                                               "%1 could not use the answers sent. Check the form "
                                               "and try again.");
        else if (c.name() == QLatin1String("malformed-action"))
            text = QCoreApplication::translate("charla::AdHocCommands",
                                               "%1 did not understand the step requested.");
        if (!text.isEmpty())
            return Error::make(Error::Stanza, c.name(), text.arg(from));
    }
    QString text;
    if (generic.condition == QLatin1String("forbidden") ||
        generic.condition == QLatin1String("not-authorized"))
        text = QCoreApplication::translate("charla::AdHocCommands",
                                           "%1 does not let this account run that command.");
    else if (generic.condition == QLatin1String("item-not-found"))
        text = QCoreApplication::translate("charla::AdHocCommands",
                                           "%1 has no such command.");
    else if (generic.condition == QLatin1String("service-unavailable") ||
             generic.condition == QLatin1String("feature-not-implemented"))
        text = QCoreApplication::translate("charla::AdHocCommands",
                                           "%1 does not offer commands.");
    if (text.isEmpty())
        return generic;
    return Error::make(Error::Stanza, generic.condition, text.arg(from));
}

void AdHocCommands::execute(const Jid &jid, const AdHocCommand &request, QObject *context,
                            StepCallback done)
{
    Q_ASSERT(client());
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("to"), jid.full());
    iq.appendChild(request.toRequest());
    const QString node = request.node;
    const QString to = jid.full();
    qCDebug(lcAdHoc) << "command" << node << AdHocCommand::actionName(request.action) << "to" << to;
    client()->sendIq(iq, context, [done = std::move(done), to](const IqResult &r) {
        if (!r.ok()) {
            done(AdHocCommand(), commandError(r.iq, r.error));
            return;
        }
        const auto answer = AdHocCommand::fromElement(
            r.iq.firstChild(QStringLiteral("command"), AdHocCommand::Namespace));
        if (!answer) {
            done(AdHocCommand(), malformedReply(to));
            return;
        }
        done(*answer, Error());
    });
}

} // namespace charla
