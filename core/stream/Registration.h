#pragma once

#include "stanza/DataForm.h"
#include "stanza/Element.h"
#include "stream/Error.h"
#include "stream/IqTracker.h"
#include "stream/Session.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace charla {

/// XEP-0231 bits of binary data, `<data xmlns='urn:xmpp:bob' cid='...'/>`: how a server sends
/// the image of a CAPTCHA (XEP-0158) along with the form that refers to it by `cid:`.
struct BobData
{
    static inline const QString Namespace = QStringLiteral("urn:xmpp:bob");

    QString cid;      ///< e.g. sha1+8f35fef1...@bob.xmpp.org
    QString type;     ///< MIME type, e.g. image/png
    int maxAge = -1;  ///< seconds it may be cached; -1 when not given
    QByteArray bytes; ///< decoded

    /// Reads a `<data/>`; nullopt when it is not one, has no cid, or (XEP-0231 2: the cid is
    /// the hash of the data) its bytes do not match a sha1 cid.
    static std::optional<BobData> fromElement(const Element &data);
    Element toElement() const;
    /// True when @p uri (`cid:...` or a bare cid) names this data.
    bool matches(const QString &uri) const;
};

/// What a server answers to a registration request (XEP-0077 3.1): a data form, the legacy
/// fields, a redirect to a web page, or that the requester is already registered.
struct RegistrationForm
{
    static inline const QString Namespace = QStringLiteral("jabber:iq:register");
    /// XEP-0077 8: the stream feature a server MAY announce.
    static inline const QString FeatureNamespace =
        QStringLiteral("http://jabber.org/features/iq-register");
    static inline const QString OobNamespace = QStringLiteral("jabber:x:oob");

    /// A legacy jabber:iq:register field (`<username/>`, `<password/>`, `<email/>`, ...).
    struct Field
    {
        QString name;
        QString value;
        bool operator==(const Field &o) const { return name == o.name && value == o.value; }
    };

    QString instructions;
    QList<Field> fields; ///< in the server's order; a `key` must go back unchanged (XEP-0077 7)
    bool registered = false;
    /// XEP-0077 4, 6: it takes precedence over the legacy fields; submit one or the other, never
    /// both.
    std::optional<DataForm> form;
    QString redirectUrl; ///< XEP-0077 5: a web page for registering instead (XEP-0066)
    QList<BobData> data; ///< XEP-0231 data the form's media refer to (CAPTCHA images)

    /// True when the server offers no way to register in-band (instructions and a URL only).
    bool isRedirectOnly() const { return !form && fields.isEmpty(); }
    /// The data @p uri (`cid:...`) refers to, or nullptr.
    const BobData *dataFor(const QString &uri) const;

    /// Reads a `<query xmlns='jabber:iq:register'/>`; nullopt when it is not one.
    static std::optional<RegistrationForm> fromQuery(const Element &query);
};

/// Creating an account in-band (XEP-0077 3.1) before any login: a Session in registerOnly mode
/// (the same TLS rules, certificate checks and proxy as a login) carries the form and the
/// answer. The ui shows formReceived()'s form, then calls submit().
///
/// ```
/// Registration r;
/// r.setConnectionSettings(settings);          // host, port, CAs, pin, proxy
/// connect(&r, &Registration::formReceived, ...);
/// r.fetchForm(QStringLiteral("example.org"));
/// ...
/// r.submit(filledForm);                       // -> registered("alice@example.org")
/// ```
class Registration : public QObject
{
    Q_OBJECT
public:
    explicit Registration(QObject *parent = nullptr);
    ~Registration() override;

    /// How to reach servers (host, port, Direct TLS, extra CAs, pinned certificate, proxy);
    /// its jid and password are not used.
    void setConnectionSettings(const SessionConfig &settings);
    Session *session() const { return m_session; }
    /// The server of the last fetchForm().
    QString server() const { return m_server; }

    /// Connects to @p server (over TLS only) unless already connected there, and asks for its
    /// registration form; formReceived() or errorOccurred() follows.
    void fetchForm(const QString &server);
    /// Sends the legacy fields filled in (XEP-0077 3.1); registered() or errorOccurred() follows.
    void submit(const QList<RegistrationForm::Field> &fields);
    /// Sends a filled-in data form (XEP-0077 4); a type='form' is turned into its submission.
    void submit(const DataForm &form);
    /// Closes the connection (after registering, log in with a new Client).
    void close();
    /// A request is on its way or waits for the connection.
    bool isBusy() const { return m_iq->pendingCount() > 0; }

Q_SIGNALS:
    void formReceived(const charla::RegistrationForm &form);
    /// The account @p jid (bare) now exists; the connection is closed.
    void registered(const QString &jid);
    void errorOccurred(const charla::Error &error);
    /// As Session::certificateUntrusted: a ui may ask the person, pin and fetch again.
    void certificateUntrusted(const QList<QSslCertificate> &chain, const QString &fingerprint);

private:
    void request(Element iq, IqTracker::Callback done);
    void onReady();
    void onSessionError(const Error &error);
    void onFormAnswer(const IqResult &r);
    void onSubmitAnswer(const IqResult &r, const QString &username);
    Error fetchError(const IqResult &r) const;
    Error submitError(const IqResult &r, const QString &username) const;

    Session *m_session = nullptr;
    IqTracker *m_iq = nullptr;
    SessionConfig m_settings;
    QString m_server;
    QList<Element> m_queue; ///< requests waiting for readyToRegister()
    bool m_ready = false;
};

} // namespace charla

Q_DECLARE_METATYPE(charla::RegistrationForm)
