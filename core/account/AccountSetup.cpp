#include "account/AccountSetup.h"

#include "account/Account.h"
#include "account/AccountManager.h"
#include "storage/PasswordStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcSetup, "charla.account.setup")

const QString kPassword = QStringLiteral("password");

// XEP-0077 14.2: the legacy field names, with the words a person reads for each.
QString legacyLabel(const QString &name)
{
    static const struct
    {
        const char *name;
        const char *label;
    } labels[] = {
        {"username", QT_TRANSLATE_NOOP("charla::AccountSetup", "Username")},
        {"nick", QT_TRANSLATE_NOOP("charla::AccountSetup", "Nickname")},
        {"password", QT_TRANSLATE_NOOP("charla::AccountSetup", "Password")},
        {"name", QT_TRANSLATE_NOOP("charla::AccountSetup", "Full name")},
        {"first", QT_TRANSLATE_NOOP("charla::AccountSetup", "First name")},
        {"last", QT_TRANSLATE_NOOP("charla::AccountSetup", "Last name")},
        {"email", QT_TRANSLATE_NOOP("charla::AccountSetup", "Email address")},
        {"address", QT_TRANSLATE_NOOP("charla::AccountSetup", "Street address")},
        {"city", QT_TRANSLATE_NOOP("charla::AccountSetup", "City")},
        {"state", QT_TRANSLATE_NOOP("charla::AccountSetup", "State or region")},
        {"zip", QT_TRANSLATE_NOOP("charla::AccountSetup", "Postal code")},
        {"phone", QT_TRANSLATE_NOOP("charla::AccountSetup", "Telephone number")},
        {"url", QT_TRANSLATE_NOOP("charla::AccountSetup", "Web page")},
        //: Registration form field label (XEP-0077 <date/>).
        {"date", QT_TRANSLATE_NOOP("charla::AccountSetup", "Date")},
        {"misc", QT_TRANSLATE_NOOP("charla::AccountSetup", "Other information")},
        //: Registration form field label (XEP-0077 <text/>: free text for the server).
        {"text", QT_TRANSLATE_NOOP("charla::AccountSetup", "Text")},
    };
    for (const auto &l : labels)
        if (name == QLatin1String(l.name))
            return QCoreApplication::translate("charla::AccountSetup", l.label);
    return name;
}

} // namespace

AccountSetup::AccountSetup(AccountManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager), m_registration(new Registration(this))
{
    connect(m_registration, &Registration::formReceived, this, &AccountSetup::onForm);
    connect(m_registration, &Registration::registered, this, &AccountSetup::onRegistered);
    connect(m_registration, &Registration::errorOccurred, this, &AccountSetup::onError);
    connect(m_registration, &Registration::certificateUntrusted, this,
            &AccountSetup::certificateUntrusted);
}

AccountSetup::~AccountSetup() = default;

void AccountSetup::setConnection(const AccountConfig &connection)
{
    m_connection = connection;
}

QString AccountSetup::checkJid(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter your address, such as name@example.org.");
    const Jid jid = Jid::parse(trimmed);
    if (!jid.isValid() || jid.localpart().isEmpty() || jid.isFull())
        return tr("\"%1\" is not an address such as name@example.org.").arg(trimmed);
    if (m_manager && m_manager->account(jid.full()))
        return tr("%1 is already one of your accounts.").arg(jid.full());
    return {};
}

SessionConfig AccountSetup::sessionSettings(QString *error) const
{
    SessionConfig settings;
    SessionConfig::fromAccount(m_connection, QString(), &settings, error);
    return settings;
}

void AccountSetup::addExisting(const QString &jid, const QString &password)
{
    const QString problem = checkJid(jid);
    if (!problem.isEmpty()) {
        Q_EMIT failed(Error::make(Error::Policy, QStringLiteral("jid-malformed"), problem));
        return;
    }
    store(Jid::parse(jid.trimmed()).full(), password);
}

void AccountSetup::fetchForm(const QString &server)
{
    QString error;
    const SessionConfig settings = sessionSettings(&error);
    if (!error.isEmpty()) {
        Q_EMIT failed(Error::make(Error::Policy, QString(), error));
        return;
    }
    m_registration->setConnectionSettings(settings);
    m_registration->fetchForm(server.trimmed());
}

void AccountSetup::trustCertificate(const QString &fingerprint)
{
    m_connection.pinnedCertificate = fingerprint.toLower();
    const QString server = m_registration->server();
    m_registration->close();
    fetchForm(server);
}

void AccountSetup::cancel()
{
    m_registration->close();
}

DataForm AccountSetup::formFor(const RegistrationForm &answer)
{
    if (answer.form)
        return *answer.form;
    DataForm form;
    if (!answer.instructions.isEmpty())
        form.instructions = {answer.instructions};
    for (const RegistrationForm::Field &legacy : answer.fields) {
        DataFormField f;
        f.var = legacy.name;
        if (legacy.name == QLatin1String("key")) {
            // XEP-0077 7: a key goes back unchanged; the person never sees it.
            f.type = DataFormField::Type::Hidden;
        } else {
            f.type = legacy.name == kPassword ? DataFormField::Type::TextPrivate
                                              : DataFormField::Type::TextSingle;
            f.label = legacyLabel(legacy.name);
            // XEP-0077 3.1: the host lists the fields registration requires.
            f.required = true;
        }
        if (!legacy.value.isEmpty())
            f.values = {legacy.value};
        form.fields.append(f);
    }
    return form;
}

void AccountSetup::onError(const Error &error)
{
    const bool afterSubmit = m_submitting;
    m_submitting = false;
    m_refreshing = false;
    bool captcha = false;
    if (afterSubmit && m_answer.form)
        for (const DataFormField &f : std::as_const(m_answer.form->fields))
            captcha = captcha || f.media.has_value();
    // XEP-0158: the challenge was used up by this answer; another try needs a new one. Not
    // after a lost connection or a timeout: the person tries again from the start then.
    const bool retry = captcha && error.kind == Error::Stanza;
    m_refreshing = retry;
    m_password.clear();
    Q_EMIT failed(error);
    if (retry)
        m_registration->fetchForm(m_registration->server());
}

void AccountSetup::onForm(const RegistrationForm &answer)
{
    m_refreshing = false;
    m_answer = answer;
    if (answer.isRedirectOnly()) {
        // XEP-0077 5: registration happens elsewhere; say where, as text.
        QString text = tr("%1 does not let you create an account from Charla.")
                           .arg(m_registration->server());
        if (!answer.instructions.isEmpty())
            text += QLatin1Char(' ') + tr("The server says: \"%1\"").arg(answer.instructions);
        if (!answer.redirectUrl.isEmpty())
            text += QLatin1Char(' ') + tr("Its web page for new accounts: %1").arg(answer.redirectUrl);
        Q_EMIT failed(Error::make(Error::Policy, QStringLiteral("redirect"), text));
        return;
    }
    Q_EMIT formReady(formFor(answer), answer.data);
}

void AccountSetup::submit(const DataForm &filled)
{
    // The password goes nowhere but the server and the keychain.
    m_password = filled.value(kPassword);
    m_submitting = true;
    if (m_answer.form) {
        m_registration->submit(filled);
        return;
    }
    QList<RegistrationForm::Field> fields;
    for (const RegistrationForm::Field &legacy : std::as_const(m_answer.fields))
        fields.append({legacy.name, filled.value(legacy.name)});
    m_registration->submit(fields);
}

void AccountSetup::onRegistered(const QString &jid)
{
    qCInfo(lcSetup) << "registered" << jid;
    m_submitting = false;
    const QString password = m_password;
    m_password.clear();
    store(jid, password);
}

void AccountSetup::store(const QString &jid, const QString &password)
{
    if (!m_manager)
        return;
    AccountConfig config = m_connection;
    config.jid = jid;
    config.enabled = true;
    QString error;
    Account *account = m_manager->addAccount(config, &error);
    if (!account) {
        Q_EMIT failed(Error::make(Error::Policy, QStringLiteral("conflict"), error));
        return;
    }
    QPointer<Account> guard(account);
    auto *passwords = new PasswordStore(m_manager->profile(), this);
    passwords->write(jid, password, [this, passwords, guard, password](const PasswordStore::Result &r) {
        passwords->deleteLater();
        if (!guard)
            return;
        // With or without the keychain, the account is used now; without it, Charla asks for
        // the password at the next start (the keychain's sentence says so).
        guard->connectWithPassword(password);
        Q_EMIT finished(guard, r.ok ? QString() : r.error);
    });
}

} // namespace charla
