#include "features/RegistrationFeature.h"

#include "stream/Client.h"
#include "stream/Registration.h"

#include <QPointer>

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kStanzasNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");

/// The `<text/>` of a stanza error, as the server wrote it (empty without one).
QString serverText(const Element &iq)
{
    return iq.firstChild(QStringLiteral("error"))
        .childText(QStringLiteral("text"), kStanzasNs)
        .trimmed();
}

/// XEP-0077 3.2/3.3: the form a server may put in an error to ask for more.
std::optional<DataForm> formIn(const Element &iq)
{
    const Element x = iq.firstChild(QStringLiteral("query"), RegistrationForm::Namespace)
                          .firstChild(QStringLiteral("x"), DataForm::Namespace);
    return x.isNull() ? std::nullopt : DataForm::fromElement(x);
}

Element iqSet(const QString &to, const Element &query)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    if (!to.isEmpty())
        iq.setAttribute(QStringLiteral("to"), to);
    iq.appendChild(query);
    return iq;
}

/// Calls @p done from the event loop, as an answer from the server would be.
void later(QObject *context, RegistrationFeature::Callback done, const Error &error)
{
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), error] {
            done(RegistrationFeature::Result{error, {}});
        },
        Qt::QueuedConnection);
}
} // namespace

RegistrationFeature::RegistrationFeature(QObject *parent) : Feature(parent) {}

bool RegistrationFeature::handleStanza(const Element &stanza)
{
    Q_UNUSED(stanza)
    return false; // only answers to our own requests, which the IqTracker delivers
}

void RegistrationFeature::changePassword(const QString &newPassword, QObject *context,
                                         Callback done)
{
    if (newPassword.isEmpty()) {
        // XEP-0077 3.3: the server keeps the old password on an empty one; say so at once.
        later(context ? context : this, std::move(done),
              Error::make(Error::Policy, QStringLiteral("empty-password"),
                          tr("The new password is empty. Type the password you want.")));
        return;
    }
    Element query(QStringLiteral("query"), RegistrationForm::Namespace);
    query.addChild(QStringLiteral("username"), RegistrationForm::Namespace)
        .setText(client()->jid().localpart());
    query.addChild(QStringLiteral("password"), RegistrationForm::Namespace).setText(newPassword);
    sendChange(query, newPassword, context, std::move(done));
}

void RegistrationFeature::changePassword(const DataForm &form, QObject *context, Callback done)
{
    const DataForm answer = form.type == DataForm::Type::Submit ? form : submitFrom(form);
    Element query(QStringLiteral("query"), RegistrationForm::Namespace);
    query.appendChild(answer.toElement());
    sendChange(query, answer.value(QStringLiteral("password")), context, std::move(done));
}

bool RegistrationFeature::refuseOffline(QObject *context, Callback &done)
{
    if (client()->isConnected())
        return false;
    // A request queued until the next login would change the password of a session that
    // may never come back; the person retries once the account is online.
    later(context ? context : this, std::move(done),
          Error::make(Error::Policy, QStringLiteral("not-connected"),
                      tr("The account is not connected. Connect it, then try again.")));
    return true;
}

void RegistrationFeature::sendChange(const Element &query, const QString &newPassword,
                                     QObject *context, Callback done)
{
    if (refuseOffline(context, done))
        return;
    // XEP-0077 3.3: addressed to the server; the session is always TLS with a checked
    // certificate, which 3.3 asks for before a password goes out.
    const Element iq = iqSet(client()->jid().domain(), query);
    QPointer<Client> c = client();
    client()->sendIq(iq, context ? context : this,
                     [this, c, newPassword, done = std::move(done)](const IqResult &r) {
                         if (r.ok() && c) {
                             // Reconnections log in with the new password from now on.
                             SessionConfig config = c->session()->config();
                             config.password = newPassword;
                             c->session()->setConfig(config);
                             Q_EMIT passwordChanged();
                         }
                         done(changeResult(r));
                     });
}

void RegistrationFeature::removeAccount(QObject *context, Callback done)
{
    Element query(QStringLiteral("query"), RegistrationForm::Namespace);
    query.addChild(QStringLiteral("remove"), RegistrationForm::Namespace);
    sendRemove(query, context, std::move(done));
}

void RegistrationFeature::removeAccount(const DataForm &form, QObject *context, Callback done)
{
    const DataForm answer = form.type == DataForm::Type::Submit ? form : submitFrom(form);
    Element query(QStringLiteral("query"), RegistrationForm::Namespace);
    query.appendChild(answer.toElement());
    sendRemove(query, context, std::move(done));
}

void RegistrationFeature::sendRemove(const Element &query, QObject *context, Callback done)
{
    if (refuseOffline(context, done))
        return;
    // XEP-0077 3.2: to the home server, neither 'from' nor 'to'.
    const Element iq = iqSet(QString(), query);
    QPointer<Client> c = client();
    client()->sendIq(iq, context ? context : this,
                     [this, c, done = std::move(done)](const IqResult &r) {
                         if (r.ok()) {
                             // The server ends the stream next; an account that is gone must
                             // not be logged in to again and again.
                             if (c)
                                 c->disconnectFromServer();
                             Q_EMIT accountRemoved();
                         }
                         done(removeResult(r));
                     });
}

RegistrationFeature::Result RegistrationFeature::changeResult(const IqResult &r) const
{
    Result result;
    if (r.ok())
        return result;
    result.form = formIn(r.iq);
    const Error &e = r.error;
    if (e.kind != Error::Stanza) {
        result.error = e;
        return result;
    }
    const QString server = client() ? client()->jid().domain() : QString();
    QString sentence;
    if (e.condition == QLatin1String("not-authorized"))
        sentence =
            result.form
                ? tr("The server %1 asks for more before it changes the password.").arg(server)
                : tr("The server %1 does not consider this connection safe enough to "
                     "change the password.")
                      .arg(server);
    else if (e.condition == QLatin1String("not-allowed"))
        sentence = tr("The server %1 does not allow changing the password from Charla. Its web "
                      "site may offer a way.")
                       .arg(server);
    else if (e.condition == QLatin1String("bad-request"))
        sentence = tr("The server %1 did not accept the password change request.").arg(server);
    else
        sentence = tr("The server %1 did not change the password (%2).").arg(server, e.condition);
    const QString text = serverText(r.iq);
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(text);
    result.error = Error::make(Error::Stanza, e.condition, sentence);
    return result;
}

RegistrationFeature::Result RegistrationFeature::removeResult(const IqResult &r) const
{
    Result result;
    if (r.ok())
        return result;
    result.form = formIn(r.iq);
    const Error &e = r.error;
    if (e.kind != Error::Stanza) {
        result.error = e;
        return result;
    }
    const QString account = client() ? client()->jid().bare().full() : QString();
    const QString server = client() ? client()->jid().domain() : QString();
    QString sentence;
    if (result.form)
        sentence = tr("The server %1 asks for more before it removes the account.").arg(server);
    else if (e.condition == QLatin1String("not-allowed") ||
             e.condition == QLatin1String("forbidden"))
        sentence = tr("The server %1 does not allow removing %2 from Charla. Its web site may "
                      "offer a way.")
                       .arg(server, account);
    else if (e.condition == QLatin1String("registration-required"))
        sentence = tr("The account %1 does not exist on its server.").arg(account);
    else
        sentence = tr("The server %1 did not remove the account %2 (%3).")
                       .arg(server, account, e.condition);
    const QString text = serverText(r.iq);
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(text);
    result.error = Error::make(Error::Stanza, e.condition, sentence);
    return result;
}

} // namespace charla
