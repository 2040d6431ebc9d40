#include "stream/Registration.h"

#include "stanza/Jid.h"
#include "stream/Client.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcRegistration, "charla.registration")
}

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

/// The username a submission asks for, for sentences about it.
QString usernameOf(const QList<RegistrationForm::Field> &fields)
{
    for (const RegistrationForm::Field &f : fields)
        if (f.name == QLatin1String("username"))
            return f.value.trimmed();
    return {};
}
} // namespace

// --- BobData ------------------------------------------------------------------------------------

std::optional<BobData> BobData::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("data") || e.ns() != Namespace)
        return std::nullopt;
    BobData d;
    d.cid = e.attribute(QStringLiteral("cid"));
    if (d.cid.isEmpty())
        return std::nullopt;
    d.type = e.attribute(QStringLiteral("type"));
    bool ok = false;
    const int age = e.attribute(QStringLiteral("max-age")).toInt(&ok);
    d.maxAge = ok && age >= 0 ? age : -1;
    d.bytes = QByteArray::fromBase64(e.text().toLatin1());
    // XEP-0231 2: cid = algo+hash@bob.xmpp.org. Data that does not hash to its name is not what
    // the form refers to.
    if (d.cid.startsWith(QLatin1String("sha1+"), Qt::CaseInsensitive)) {
        const QString hash = d.cid.mid(5).section(QLatin1Char('@'), 0, 0);
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(d.bytes, QCryptographicHash::Sha1).toHex());
        if (hash.compare(actual, Qt::CaseInsensitive) != 0) {
            qCDebug(lcRegistration) << "bob data does not match its cid, dropped";
            return std::nullopt;
        }
    }
    return d;
}

Element BobData::toElement() const
{
    Element e(QStringLiteral("data"), Namespace);
    e.setAttribute(QStringLiteral("cid"), cid);
    if (!type.isEmpty())
        e.setAttribute(QStringLiteral("type"), type);
    if (maxAge >= 0)
        e.setAttribute(QStringLiteral("max-age"), QString::number(maxAge));
    e.setText(QString::fromLatin1(bytes.toBase64()));
    return e;
}

bool BobData::matches(const QString &uri) const
{
    const QString name = uri.startsWith(QLatin1String("cid:")) ? uri.mid(4) : uri;
    return name.compare(cid, Qt::CaseInsensitive) == 0;
}

// --- RegistrationForm ---------------------------------------------------------------------------

const BobData *RegistrationForm::dataFor(const QString &uri) const
{
    for (const BobData &d : data)
        if (d.matches(uri))
            return &d;
    return nullptr;
}

std::optional<RegistrationForm> RegistrationForm::fromQuery(const Element &query)
{
    if (query.name() != QLatin1String("query") || query.ns() != Namespace)
        return std::nullopt;
    RegistrationForm form;
    for (const Element &c : query.children()) {
        if (c.ns() == Namespace) {
            if (c.name() == QLatin1String("instructions"))
                form.instructions = c.text().trimmed();
            else if (c.name() == QLatin1String("registered"))
                form.registered = true;
            else if (c.name() != QLatin1String("remove"))
                form.fields.append({c.name(), c.text()});
        } else if (c.ns() == DataForm::Namespace && c.name() == QLatin1String("x")) {
            if (!form.form)
                form.form = DataForm::fromElement(c);
        } else if (c.ns() == OobNamespace && c.name() == QLatin1String("x")) {
            form.redirectUrl = c.childText(QStringLiteral("url"), OobNamespace).trimmed();
        } else if (c.ns() == BobData::Namespace) {
            if (auto d = BobData::fromElement(c))
                form.data.append(*d);
        }
    }
    return form;
}

// --- Registration -------------------------------------------------------------------------------

Registration::Registration(QObject *parent)
    : QObject(parent), m_session(new Session(this)), m_iq(new IqTracker(this))
{
    qRegisterMetaType<charla::RegistrationForm>();
    connect(m_session, &Session::readyToRegister, this, &Registration::onReady);
    connect(m_session, &Session::errorOccurred, this, &Registration::onSessionError);
    connect(m_session, &Session::certificateUntrusted, this, &Registration::certificateUntrusted);
    connect(m_session, &Session::disconnected, this, [this] { m_ready = false; });
    connect(m_session, &Session::stanzaReceived, this, [this](const Element &stanza) {
        if (stanza.name() == QLatin1String("iq"))
            m_iq->handle(stanza); // anything else before login is not for us
    });
}

Registration::~Registration()
{
    // The session is a child and goes after this object's members: its last signals (the
    // stream closing) must not reach a Registration that is half destroyed.
    m_session->disconnect(this);
}

void Registration::setConnectionSettings(const SessionConfig &settings)
{
    m_settings = settings;
}

void Registration::fetchForm(const QString &server)
{
    const Jid domain = Jid::parse(server.trimmed());
    if (!domain.isValid() || domain.hasLocalpart() || domain.isFull()) {
        Q_EMIT errorOccurred(
            Error::make(Error::Policy, QStringLiteral("bad-server"),
                        tr("\"%1\" is not a server name such as example.org.").arg(server)));
        return;
    }
    if (domain.full() != m_server) {
        // Another server: what was waiting for the old one is void.
        m_queue.clear();
        m_iq->failAll(Error::make(Error::Policy, QStringLiteral("cancelled"),
                                  tr("The registration was cancelled.")));
        if (m_session->state() != Session::State::Disconnected)
            m_session->disconnectFromServer();
        m_ready = false;
        m_server = domain.full();
    }
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace);
    request(iq, [this](const IqResult &r) { onFormAnswer(r); });
}

void Registration::submit(const QList<RegistrationForm::Field> &fields)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    Element &query = iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace);
    for (const RegistrationForm::Field &f : fields)
        query.addChild(f.name, RegistrationForm::Namespace).setText(f.value);
    const QString username = usernameOf(fields);
    request(iq, [this, username](const IqResult &r) { onSubmitAnswer(r, username); });
}

void Registration::submit(const DataForm &form)
{
    const DataForm answer = form.type == DataForm::Type::Submit ? form : submitFrom(form);
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    // XEP-0077 4: the data form alone, never together with the legacy fields.
    iq.addChild(QStringLiteral("query"), RegistrationForm::Namespace)
        .appendChild(answer.toElement());
    const QString username = answer.value(QStringLiteral("username")).trimmed();
    request(iq, [this, username](const IqResult &r) { onSubmitAnswer(r, username); });
}

void Registration::close()
{
    m_queue.clear();
    m_ready = false;
    m_session->disconnectFromServer();
    m_iq->failAll(Error::make(Error::Policy, QStringLiteral("cancelled"),
                              tr("The registration was cancelled.")));
}

void Registration::request(Element iq, IqTracker::Callback done)
{
    if (m_server.isEmpty()) {
        Q_EMIT errorOccurred(Error::make(Error::Policy, QStringLiteral("no-server"),
                                         tr("Choose a server before creating an account.")));
        return;
    }
    iq.setAttribute(QStringLiteral("to"), m_server);
    iq.setAttribute(QStringLiteral("id"), Client::newId());
    m_iq->setOwnJid(Jid::parse(m_server)); // answers come from the server itself, or no one
    m_iq->track(iq, this, std::move(done));
    if (m_ready) {
        m_session->send(iq);
        return;
    }
    m_queue.append(iq);
    if (m_session->state() == Session::State::Disconnected) {
        SessionConfig c = m_settings;
        c.jid = m_server;
        c.password.clear();
        c.resource.clear();
        c.registerOnly = true;
        c.streamManagement = false;
        m_session->setConfig(c);
        m_session->connectToServer();
    }
}

void Registration::onReady()
{
    m_ready = true;
    const QList<Element> queued = std::exchange(m_queue, {});
    for (const Element &iq : queued)
        m_session->send(iq);
}

void Registration::onSessionError(const Error &error)
{
    m_ready = false;
    m_queue.clear();
    // Only a person waiting for an answer hears about it: a server that drops an idle
    // unauthenticated stream is reconnected to by the next request.
    if (m_iq->pendingCount() > 0)
        m_iq->failAll(error);
}

void Registration::onFormAnswer(const IqResult &r)
{
    if (!r.ok()) {
        Q_EMIT errorOccurred(fetchError(r));
        return;
    }
    const Element query = r.iq.firstChild(QStringLiteral("query"), RegistrationForm::Namespace);
    std::optional<RegistrationForm> form = RegistrationForm::fromQuery(query);
    if (!form) {
        Q_EMIT errorOccurred(Error::make(
            Error::Stanza, QStringLiteral("malformed-reply"),
            tr("The server %1 sent a registration form Charla cannot read.").arg(m_server)));
        return;
    }
    // XEP-0231 data may also travel beside the query, as a child of the IQ itself.
    for (const Element &c : r.iq.childrenNamed(QStringLiteral("data"), BobData::Namespace))
        if (auto d = BobData::fromElement(c))
            form->data.append(*d);
    Q_EMIT formReceived(*form);
}

void Registration::onSubmitAnswer(const IqResult &r, const QString &username)
{
    if (!r.ok()) {
        Q_EMIT errorOccurred(submitError(r, username));
        return;
    }
    const QString jid = username.isEmpty() ? m_server : username + QLatin1Char('@') + m_server;
    const Jid parsed = Jid::parse(jid);
    qCDebug(lcRegistration) << "account created on" << m_server;
    // XEP-0077 3.1.1: the server may end an unauthenticated stream used for anything but a
    // login; Charla logs in on a fresh connection, so this one is done.
    m_ready = false;
    m_session->disconnectFromServer();
    Q_EMIT registered(parsed.isValid() ? parsed.full() : jid);
}

Error Registration::fetchError(const IqResult &r) const
{
    const Error &e = r.error;
    if (e.kind == Error::Timeout)
        return Error::make(
            Error::Timeout, e.condition,
            tr("The server %1 did not answer in time. Try again later.").arg(m_server));
    if (e.kind != Error::Stanza)
        return e; // the connection's own sentence (TLS, certificate, network)
    const QString text = serverText(r.iq);
    QString sentence;
    if (e.condition == QLatin1String("service-unavailable") ||
        e.condition == QLatin1String("feature-not-implemented"))
        sentence = tr("The server %1 does not let you create an account from Charla. Its web "
                      "site may explain how to get one.")
                       .arg(m_server);
    else if (e.condition == QLatin1String("not-allowed"))
        sentence = tr("This server does not allow creating accounts here.");
    else
        sentence =
            tr("The server %1 did not send its registration form (%2).").arg(m_server, e.condition);
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(text);
    return Error::make(Error::Stanza, e.condition, sentence);
}

Error Registration::submitError(const IqResult &r, const QString &username) const
{
    const Error &e = r.error;
    if (e.kind == Error::Timeout)
        return Error::make(Error::Timeout, e.condition,
                           tr("The server %1 did not answer in time; the account may or may not "
                              "exist. Try logging in before trying again.")
                               .arg(m_server));
    if (e.kind != Error::Stanza)
        return e;
    const QString text = serverText(r.iq);
    const QString c = e.condition;
    QString sentence;
    bool withServerText = true;
    if (c == QLatin1String("conflict")) {
        // XEP-0077 3.1: the desired username is already in use.
        sentence = username.isEmpty()
                       ? tr("That name is already taken on %1.").arg(m_server)
                       : tr("The name %1 is already taken on %2.").arg(username, m_server);
        withServerText = false;
    } else if (c == QLatin1String("not-acceptable")) {
        // XEP-0077 3.1: required information missing or not valid; the server's text says which.
        sentence = text.isEmpty()
                       ? tr("The server did not accept the form: a required field is empty or a "
                            "value is not valid.")
                       : tr("The server did not accept the form: %1").arg(text);
        withServerText = false;
    } else if (c == QLatin1String("not-allowed")) {
        sentence = tr("This server does not allow creating accounts here.");
    } else if (c == QLatin1String("forbidden")) {
        sentence =
            tr("The server %1 does not allow creating accounts from your network.").arg(m_server);
    } else if (c == QLatin1String("policy-violation") ||
               c == QLatin1String("resource-constraint")) {
        sentence = tr("The server %1 refused to create an account right now. Try again later.")
                       .arg(m_server);
    } else if (c == QLatin1String("bad-request")) {
        sentence = tr("The server %1 could not read the registration. Fill in the form again.")
                       .arg(m_server);
    } else {
        sentence = tr("The server %1 did not create the account (%2).").arg(m_server, c);
    }
    if (withServerText && !text.isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(text);
    return Error::make(Error::Stanza, c, sentence);
}

} // namespace charla
