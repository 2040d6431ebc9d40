#pragma once

#include "stanza/DataForm.h"
#include "storage/AccountStore.h"
#include "stream/Error.h"
#include "stream/Registration.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

namespace charla {

class Account;
class AccountManager;

/// What the account wizard does, without any widget, so that the wizard and tests drive the
/// same code: "I have an account" (store it, its password in the keychain, connect) and
/// "Create an account" on a server the person names (XEP-0077 in-band registration through
/// Registration, then the same storing and connecting).
///
/// ```
/// AccountSetup setup(manager);
/// setup.setConnection(settings);          // optional: host, port, CA file, proxy
/// setup.fetchForm(QStringLiteral("example.org"));   // -> formReady(form, data)
/// setup.submit(filledForm);               // -> finished(account, keychainProblem)
/// ```
class AccountSetup : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("account/Account.h")
public:
    explicit AccountSetup(AccountManager *manager, QObject *parent = nullptr);
    ~AccountSetup() override;

    /// How to reach the server: host, port, Direct TLS, CA file, proxy (its jid is ignored).
    /// Both ways keep these in the stored account.
    void setConnection(const AccountConfig &connection);
    AccountConfig connection() const { return m_connection; }

    /// Empty when @p jid can be added; otherwise a sentence saying what is wrong with it.
    QString checkJid(const QString &jid) const;
    /// "I have an account": stores @p jid with the connection settings, puts @p password in
    /// the keychain and connects; finished() follows (or failed() for a bad JID).
    void addExisting(const QString &jid, const QString &password);

    /// "Create an account": connects to @p server (TLS required, the same certificate checks
    /// as a login) and asks for its registration form; formReady() or failed() follows.
    void fetchForm(const QString &server);
    /// The server's last answer to fetchForm().
    const RegistrationForm &registrationForm() const { return m_answer; }
    /// The form to show for @p answer: its data form (XEP-0077 6: it takes precedence), or
    /// its legacy fields as a data form (username, password, email, ...; all required, 3.1).
    static DataForm formFor(const RegistrationForm &answer);
    /// Sends the filled-in form (as a data form, or as the legacy fields it came from). On
    /// success the account is stored, its password put in the keychain and it connects:
    /// finished(). A refusal comes as failed() with the server's reason in words; when the
    /// form had a CAPTCHA, a fresh form follows as formReady() (XEP-0158: a challenge is good
    /// for one answer), and isRefreshing() is true until it comes.
    void submit(const DataForm &filled);
    /// A new form is being fetched after a refused CAPTCHA form.
    bool isRefreshing() const { return m_refreshing; }
    /// Trusts @p fingerprint for the server (after the person agreed) and asks again.
    void trustCertificate(const QString &fingerprint);
    /// Closes the registration connection (the wizard was cancelled).
    void cancel();

Q_SIGNALS:
    void formReady(const charla::DataForm &form, const QList<charla::BobData> &data);
    /// @p error.text is the sentence to show; @p error.condition tells which (e.g. conflict).
    void failed(const charla::Error &error);
    /// The account is stored and connecting. @p keychainProblem is a sentence when the
    /// password could not be put in the keychain (the account is used this time anyway, and
    /// Charla asks for the password next time), else empty.
    void finished(charla::Account *account, const QString &keychainProblem);
    /// The server's certificate is not trusted: ask the person, then trustCertificate().
    void certificateUntrusted(const QList<QSslCertificate> &chain, const QString &fingerprint);

private:
    void onForm(const RegistrationForm &answer);
    void onRegistered(const QString &jid);
    void onError(const Error &error);
    void store(const QString &jid, const QString &password);
    SessionConfig sessionSettings(QString *error) const;

    QPointer<AccountManager> m_manager;
    Registration *m_registration = nullptr;
    AccountConfig m_connection;
    RegistrationForm m_answer;
    QString m_password; ///< the one just registered, until it is stored
    bool m_submitting = false;
    bool m_refreshing = false;
};

} // namespace charla
