#include "features/ServiceRegistration.h"

#include "stream/Client.h"

#include <QCoreApplication>

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");

Element registerSet(const Jid &service)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("to"), service.full());
    return iq;
}

QString legacyLabel(const QString &name)
{
    // XEP-0077 14.2's registry of field names, the ones people meet.
    if (name == QLatin1String("username"))
        return QCoreApplication::translate("charla::ServiceRegistration", "User name");
    if (name == QLatin1String("password"))
        return QCoreApplication::translate("charla::ServiceRegistration", "Password");
    if (name == QLatin1String("email"))
        return QCoreApplication::translate("charla::ServiceRegistration", "Email");
    if (name == QLatin1String("nick"))
        return QCoreApplication::translate("charla::ServiceRegistration", "Nickname");
    if (name == QLatin1String("name"))
        return QCoreApplication::translate("charla::ServiceRegistration", "Full name");
    return name;
}
} // namespace

void ServiceRegistration::requestForm(Client &client, const Jid &service, QObject *context,
                                      FormCallback done)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), service.full());
    iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace);
    client.sendIq(iq, context, [service, done = std::move(done)](const IqResult &r) {
        if (!r.ok()) {
            done(RegistrationForm(), explain(r.error, service));
            return;
        }
        const auto form = RegistrationForm::fromQuery(
            r.iq.firstChild(QStringLiteral("query"), RegistrationForm::Namespace));
        if (!form) {
            done(RegistrationForm(),
                 Error::make(Error::Stanza, QStringLiteral("malformed-reply"),
                             QCoreApplication::translate("charla::ServiceRegistration",
                                                         "%1 sent no registration form.")
                                 .arg(service.full())));
            return;
        }
        done(*form, Error());
    });
}

void ServiceRegistration::submit(Client &client, const Jid &service, const DataForm &form,
                                 QObject *context, DoneCallback done)
{
    const DataForm answer = form.type == DataForm::Type::Submit ? form : submitFrom(form);
    Element iq = registerSet(service);
    // XEP-0077 4: the data form alone, never together with the legacy fields.
    iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace).appendChild(answer.toElement());
    client.sendIq(iq, context, [service, done = std::move(done)](const IqResult &r) {
        done(r.ok() ? Error() : explain(r.error, service));
    });
}

void ServiceRegistration::submit(Client &client, const Jid &service,
                                 const QList<RegistrationForm::Field> &fields, QObject *context,
                                 DoneCallback done)
{
    Element iq = registerSet(service);
    Element &query = iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace);
    for (const RegistrationForm::Field &f : fields)
        query.addChild(f.name, RegistrationForm::Namespace).setText(f.value);
    client.sendIq(iq, context, [service, done = std::move(done)](const IqResult &r) {
        done(r.ok() ? Error() : explain(r.error, service));
    });
}

void ServiceRegistration::unregister(Client &client, const Jid &service, QObject *context,
                                     DoneCallback done)
{
    Element iq = registerSet(service);
    iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace)
        .addChild(QStringLiteral("remove"), RegistrationForm::Namespace);
    client.sendIq(iq, context, [service, done = std::move(done)](const IqResult &r) {
        done(r.ok() ? Error() : explain(r.error, service));
    });
}

DataForm ServiceRegistration::legacyAsForm(const RegistrationForm &form)
{
    DataForm out;
    out.type = DataForm::Type::Form;
    if (!form.instructions.isEmpty())
        out.instructions << form.instructions;
    for (const RegistrationForm::Field &f : form.fields) {
        if (f.name == QLatin1String("instructions") || f.name == QLatin1String("registered"))
            continue;
        DataFormField field;
        field.var = f.name;
        field.label = legacyLabel(f.name);
        if (f.name == QLatin1String("key"))
            field.type = DataFormField::Type::Hidden; // XEP-0077 7: returned unchanged
        else if (f.name == QLatin1String("password"))
            field.type = DataFormField::Type::TextPrivate;
        else
            field.type = DataFormField::Type::TextSingle;
        // XEP-0077 3.1: the fields listed are the ones required.
        field.required = field.type != DataFormField::Type::Hidden;
        if (!f.value.isEmpty())
            field.values = {f.value};
        out.fields.append(field);
    }
    return out;
}

QList<RegistrationForm::Field> ServiceRegistration::legacyFromForm(const RegistrationForm &original,
                                                                   const DataForm &filled)
{
    QList<RegistrationForm::Field> out;
    for (const RegistrationForm::Field &f : original.fields) {
        if (f.name == QLatin1String("instructions") || f.name == QLatin1String("registered"))
            continue;
        const DataFormField *v = filled.field(f.name);
        out.append({f.name, v ? v->value() : f.value});
    }
    return out;
}

Error ServiceRegistration::explain(const Error &error, const Jid &service)
{
    if (error.kind != Error::Stanza)
        return error;
    Error e = error;
    const QString who = service.full();
    if (error.condition == QLatin1String("conflict"))
        e.text = QCoreApplication::translate("charla::ServiceRegistration", "%1 already has a registration with these details.").arg(who);
    else if (error.condition == QLatin1String("not-acceptable") ||
             error.condition == QLatin1String("bad-request"))
        e.text = QCoreApplication::translate("charla::ServiceRegistration", "%1 did not accept the form: check the fields and try again.").arg(who);
    else if (error.condition == QLatin1String("not-allowed") ||
             error.condition == QLatin1String("forbidden"))
        e.text = QCoreApplication::translate("charla::ServiceRegistration", "%1 does not allow this account to register.").arg(who);
    else if (error.condition == QLatin1String("service-unavailable") ||
             error.condition == QLatin1String("feature-not-implemented"))
        e.text = QCoreApplication::translate("charla::ServiceRegistration", "%1 does not offer registration.").arg(who);
    else if (error.condition == QLatin1String("registration-required") ||
             error.condition == QLatin1String("item-not-found"))
        e.text = QCoreApplication::translate("charla::ServiceRegistration", "This account is not registered with %1.").arg(who);
    return e;
}

} // namespace charla
