#pragma once

#include <QPointer>
#include <QSslCertificate>
#include <QWizard>

class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QScrollArea;

namespace charla {

struct ProxySettings;

class Account;
class AccountManager;
class AccountSetup;
class ConnectionSettingsWidget;
class DataFormWidget;
struct BobData;
struct DataForm;
struct Error;

/// Adds an account: "I have an account" (address, password, optional connection settings) or
/// "Create an account" on a server the person names, through the server's registration form
/// (XEP-0077, rendered by DataFormWidget, CAPTCHA pictures included). The work is done by
/// AccountSetup; the wizard only shows it. The new account is stored, its password put in the
/// keychain, and it connects.
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { ChoicePage, ExistingPage, ServerPage, FormPage, DonePage };

    explicit AccountWizard(AccountManager *manager, QWidget *parent = nullptr);
    ~AccountWizard() override;

    AccountSetup *setup() const { return m_setup; }
    /// The account added, once it is (null before).
    Account *account() const;

    QRadioButton *haveAccountButton() const { return m_have; }
    QRadioButton *createAccountButton() const { return m_create; }
    QLineEdit *jidField() const { return m_jid; }
    QLineEdit *passwordField() const { return m_password; }
    ConnectionSettingsWidget *existingConnection() const { return m_existingConnection; }
    /// The proxy both ways in start with (Preferences' proxy for new accounts); shown unfolded
    /// when it is not a direct connection, so the person sees it will be used.
    void setDefaultProxy(const ProxySettings &proxy);
    QLineEdit *serverField() const { return m_server; }
    ConnectionSettingsWidget *serverConnection() const { return m_serverConnection; }
    DataFormWidget *formWidget() const { return m_form; }
    /// The sentence shown on the current page (what is happening, or what went wrong).
    QString messageText() const;
    /// What the last page says.
    QString doneText() const;
    /// A request to the server or the keychain is on its way.
    bool isBusy() const { return m_busy; }

    /// Goes from the first page straight to "I have an account" (ExistingPage) or "Create an
    /// account" (ServerPage, with @p server filled in when given). Nothing is contacted.
    void startAt(Page page, const QString &server = QString());
    /// Well-known public servers offered on the server page; only a list to pick from: none
    /// is contacted before the person chooses one and goes on.
    static QStringList suggestedServers();
    QListWidget *serverSuggestions() const { return m_suggestions; }

    int nextId() const override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *buildChoicePage();
    QWizardPage *buildExistingPage();
    QWizardPage *buildServerPage();
    QWizardPage *buildFormPage();
    QWizardPage *buildDonePage();
    QLabel *messageLabel(QWizardPage *page);
    void say(const QString &text, bool problem = false);
    void setBusy(bool busy, const QString &text = QString());
    /// The async step finished well: go on to the next page.
    void proceed();
    void showForm(const DataForm &form, const QList<BobData> &data);
    void onFailed(const Error &error);
    void onFinished(Account *account, const QString &keychainProblem);
    void askAboutCertificate(const QList<QSslCertificate> &chain, const QString &fingerprint);

    AccountManager *m_manager = nullptr;
    AccountSetup *m_setup = nullptr;
    QPointer<Account> m_account;
    bool m_busy = false;
    bool m_proceeding = false;
    QString m_usernameProblem; ///< said again when a new CAPTCHA form replaces the old one
    QString m_lastProblem;

    QRadioButton *m_have = nullptr;
    QRadioButton *m_create = nullptr;
    QLineEdit *m_jid = nullptr;
    QLineEdit *m_password = nullptr;
    ConnectionSettingsWidget *m_existingConnection = nullptr;
    QLineEdit *m_server = nullptr;
    QListWidget *m_suggestions = nullptr;
    ConnectionSettingsWidget *m_serverConnection = nullptr;
    DataFormWidget *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QLabel *m_done = nullptr;
};

} // namespace charla
