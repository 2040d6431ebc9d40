// charla-cli's service tools (issue #7):
//   disco JID [NODE]                 identities, features, extended forms and items as JSON
//   command JID NODE [--field v=x]   run an XEP-0050 command; on a terminal each field is asked
#include "cli/CliOutput.h"
#include "cli/CliRunner.h"

#include "features/AdHocCommands.h"
#include "features/DiscoClient.h"
#include "features/NamespaceNames.h"
#include "models/AdHocSession.h"
#include "stanza/Jid.h"
#include "stream/Client.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace charla {

namespace {
QJsonArray fieldsJson(const QList<DataFormField> &fields)
{
    QJsonArray out;
    for (const DataFormField &f : fields) {
        QJsonObject o;
        if (!f.var.isEmpty())
            o.insert(QStringLiteral("var"), f.var);
        if (!f.typeOmitted)
            o.insert(QStringLiteral("type"), DataFormField::typeName(f.type));
        if (!f.label.isEmpty())
            o.insert(QStringLiteral("label"), f.label);
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(f.values));
        out.append(o);
    }
    return out;
}

QJsonObject formJson(const DataForm &form)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), DataForm::typeName(form.type));
    if (!form.title.isEmpty())
        o.insert(QStringLiteral("title"), form.title);
    if (!form.instructions.isEmpty())
        o.insert(QStringLiteral("instructions"), QJsonArray::fromStringList(form.instructions));
    const QString formType = form.formType();
    if (!formType.isEmpty())
        o.insert(QStringLiteral("form_type"), formType);
    o.insert(QStringLiteral("fields"), fieldsJson(form.fields));
    if (!form.reported.isEmpty()) {
        o.insert(QStringLiteral("reported"), fieldsJson(form.reported));
        QJsonArray items;
        for (const auto &item : form.items)
            items.append(fieldsJson(item));
        o.insert(QStringLiteral("items"), items);
    }
    return o;
}

QString noteTypeName(AdHocNote::Type t)
{
    switch (t) {
    case AdHocNote::Type::Warn:
        return QStringLiteral("warn");
    case AdHocNote::Type::Error:
        return QStringLiteral("error");
    case AdHocNote::Type::Info:
        break;
    }
    return QStringLiteral("info");
}

bool multiValued(DataFormField::Type t)
{
    return t == DataFormField::Type::TextMulti || t == DataFormField::Type::ListMulti ||
           t == DataFormField::Type::JidMulti;
}
} // namespace

bool CliRunner::addressArguments(const Options &o, int min, int max, const QString &usage,
                                 Jid *address, QStringList *args)
{
    *args = o.positional.mid(1);
    if (args->size() < min || args->size() > max) {
        printError(usage);
        return false;
    }
    QString jidError;
    *address = Jid::parse(args->at(0), &jidError);
    if (!address->isValid()) {
        printError(tr("%1 is not an address: %2").arg(args->at(0), jidError));
        return false;
    }
    return true;
}

bool CliRunner::parseFields(const QStringList &fields, QHash<QString, QStringList> *given)
{
    for (const QString &f : fields) {
        const int eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(tr("--field needs var=value, not \"%1\".").arg(f));
            return false;
        }
        (*given)[f.left(eq)].append(f.mid(eq + 1));
    }
    return true;
}

bool CliRunner::fillForm(DataForm &form, const QHash<QString, QStringList> &given, bool interactive)
{
    QTextStream in(stdin);
    QTextStream err(stderr);
    if (interactive && (!form.title.isEmpty() || !form.instructions.isEmpty())) {
        err << form.title << '\n';
        for (const QString &line : form.instructions)
            err << line << '\n';
    }
    for (DataFormField &f : form.fields) {
        if (f.type == DataFormField::Type::Hidden || f.var.isEmpty())
            continue;
        if (f.type == DataFormField::Type::Fixed) {
            if (interactive)
                err << f.value() << '\n';
            continue;
        }
        if (given.contains(f.var)) {
            f.values = given.value(f.var);
            continue;
        }
        if (!interactive)
            continue; // the default values stand; validate() names what is missing
        QString prompt = f.displayName();
        if (!f.options.isEmpty()) {
            QStringList opts;
            for (const DataFormOption &opt : f.options)
                opts << (opt.label.isEmpty() || opt.label == opt.value
                             ? opt.value
                             : QStringLiteral("%1 (%2)").arg(opt.value, opt.label));
            prompt += QStringLiteral(" [%1]").arg(opts.join(QStringLiteral(", ")));
        }
        if (multiValued(f.type))
            prompt += tr(" (several: separate with commas)");
        if (!f.values.isEmpty())
            prompt += QStringLiteral(" {%1}").arg(f.values.join(QStringLiteral(", ")));
        err << prompt << QStringLiteral(": ");
        err.flush();
        const QString line = in.readLine();
        if (line.isNull())
            return false;
        if (line.isEmpty())
            continue; // keep the default
        f.values = multiValued(f.type) ? line.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                       : QStringList{line};
        for (QString &v : f.values)
            v = v.trimmed();
    }
    return true;
}

int CliRunner::disco(const Options &o)
{
    Jid target;
    QStringList args;
    if (!addressArguments(o, 1, 2, tr("Usage: disco JID [NODE]"), &target, &args))
        return Usage;
    const QString node = args.value(1);
    auto prepare = [](Client &client) { client.addFeature(new DiscoClient(nullptr)); };
    auto onConnected = [this, target, node](Client &client) {
        auto *disco = client.feature<DiscoClient>();
        disco->info(target, node, this, [this, disco, target, node](const DiscoInfo &info,
                                                                    const Error &error) {
            if (error.isError()) {
                printError(error.text);
                finish(exitCodeFor(error));
                return;
            }
            QJsonObject out;
            out.insert(QStringLiteral("jid"), target.full());
            if (!node.isEmpty())
                out.insert(QStringLiteral("node"), node);
            QJsonArray identities;
            for (const DiscoIdentity &i : info.identities) {
                QJsonObject id;
                id.insert(QStringLiteral("category"), i.category);
                id.insert(QStringLiteral("type"), i.type);
                if (!i.name.isEmpty())
                    id.insert(QStringLiteral("name"), i.name);
                identities.append(id);
            }
            out.insert(QStringLiteral("identities"), identities);
            out.insert(QStringLiteral("features"), QJsonArray::fromStringList(info.features));
            QJsonObject names; // human names of the namespaces the table knows
            for (const QString &f : info.features) {
                const QString name = namespaceName(f);
                if (!name.isEmpty())
                    names.insert(f, name);
            }
            out.insert(QStringLiteral("feature_names"), names);
            QJsonArray forms;
            for (const Element &x : info.forms) {
                if (const auto form = DataForm::fromElement(x))
                    forms.append(formJson(*form));
            }
            out.insert(QStringLiteral("forms"), forms);
            disco->items(target, node, this,
                         [this, out](const QList<DiscoItem> &items, const Error &error) mutable {
                             QJsonArray list;
                             for (const DiscoItem &i : items) {
                                 QJsonObject item;
                                 item.insert(QStringLiteral("jid"), i.jid);
                                 if (!i.node.isEmpty())
                                     item.insert(QStringLiteral("node"), i.node);
                                 if (!i.name.isEmpty())
                                     item.insert(QStringLiteral("name"), i.name);
                                 list.append(item);
                             }
                             out.insert(QStringLiteral("items"), list);
                             // XEP-0030 4: an entity may have info but no items to list.
                             if (error.isError())
                                 out.insert(QStringLiteral("items_error"), error.text);
                             printJson(out);
                             finish(Ok);
                         });
        });
    };
    return withSession(o, onConnected, prepare);
}

int CliRunner::command(const Options &o)
{
    Jid target;
    QStringList args;
    if (!addressArguments(o, 2, 2, tr("Usage: command JID NODE [--field var=value]..."), &target,
                          &args))
        return Usage;
    QHash<QString, QStringList> given;
    if (!parseFields(o.fields, &given))
        return Usage;
    const QString node = args.at(1);
    const bool interactive = isatty(0);
    auto prepare = [](Client &client) { client.addFeature(new AdHocCommands(nullptr)); };
    auto onConnected = [this, target, node, given, interactive](Client &client) {
        auto *session = new AdHocSession(&client, target, node, this);
        connect(session, &AdHocSession::stageChanged, this, [this, session, given, interactive] {
            for (const AdHocNote &n : session->notes())
                printError(QStringLiteral("%1: %2").arg(noteTypeName(n.type), n.text));
            if (session->isFinished()) {
                QJsonObject out;
                out.insert(QStringLiteral("jid"), session->jid().full());
                out.insert(QStringLiteral("node"), session->node());
                out.insert(QStringLiteral("status"),
                           session->state() == AdHocSession::State::Completed
                               ? QStringLiteral("completed")
                               : QStringLiteral("canceled"));
                QJsonArray notes;
                for (const AdHocNote &n : session->notes()) {
                    QJsonObject note;
                    note.insert(QStringLiteral("type"), noteTypeName(n.type));
                    note.insert(QStringLiteral("text"), n.text);
                    notes.append(note);
                }
                out.insert(QStringLiteral("notes"), notes);
                if (session->hasForm())
                    out.insert(QStringLiteral("form"), formJson(session->form()));
                printJson(out);
                return;
            }
            // A responder that keeps sending stages must not keep us answering forever.
            if (session->stageCount() > 50) {
                printError(tr("The command did not finish after 50 steps; canceling it."));
                session->cancel();
                return;
            }
            DataForm form = session->form();
            if (!fillForm(form, given, interactive)) {
                session->cancel();
                return;
            }
            const QStringList problems = validate(form);
            if (!problems.isEmpty()) {
                for (const QString &p : problems)
                    printError(p);
                m_exitCode = Usage;
                session->cancel();
                return;
            }
            AdHocCommand::Action next = session->defaultAction();
            if (!session->canDo(next))
                next = session->canDo(AdHocCommand::Action::Complete) ? AdHocCommand::Action::Complete
                                                                      : AdHocCommand::Action::Next;
            session->perform(next, form);
        });
        connect(session, &AdHocSession::finished, this, [this, session] {
            if (session->state() == AdHocSession::State::Failed) {
                printError(session->error().text);
                finish(exitCodeFor(session->error()));
                return;
            }
            bool failed = false;
            for (const AdHocNote &n : session->notes())
                failed = failed || n.type == AdHocNote::Type::Error;
            // XEP-0050 4.4: a completed command that failed says so in an error note.
            finish(m_exitCode != Ok ? m_exitCode
                                    : (failed || session->state() == AdHocSession::State::Canceled
                                           ? RemoteError
                                           : Ok));
        });
        session->start();
    };
    return withSession(o, onConnected, prepare);
}

} // namespace charla
