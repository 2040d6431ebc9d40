#include "AccountWizard.h"

#include "CertificateDialog.h"
#include "ConnectionSettingsWidget.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "account/AccountSetup.h"
#include "forms/DataFormWidget.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace charla {

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Advanced settings most people never need: folded away until asked for.
QGroupBox *foldedGroup(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    group->setCheckable(true);
    group->setChecked(false);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    content->setVisible(false);
    QObject::connect(group, &QGroupBox::toggled, content, &QWidget::setVisible);
    return group;
}

} // namespace

AccountWizard::AccountWizard(AccountManager *manager, QWidget *parent)
    : QWizard(parent), m_manager(manager), m_setup(new AccountSetup(manager, this))
{
    setObjectName(QStringLiteral("AccountWizard"));
    setWindowTitle(tr("Add an account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChoicePage, buildChoicePage());
    setPage(ExistingPage, buildExistingPage());
    setPage(ServerPage, buildServerPage());
    setPage(FormPage, buildFormPage());
    setPage(DonePage, buildDonePage());
    setStartId(ChoicePage);
    resize(540, 520);

    connect(m_setup, &AccountSetup::formReady, this, &AccountWizard::showForm);
    connect(m_setup, &AccountSetup::failed, this, &AccountWizard::onFailed);
    connect(m_setup, &AccountSetup::finished, this, &AccountWizard::onFinished);
    // Queued: the question waits until the connection's own handling is done.
    connect(m_setup, &AccountSetup::certificateUntrusted, this,
            &AccountWizard::askAboutCertificate, Qt::QueuedConnection);
    connect(this, &QWizard::currentIdChanged, this, [this] { say(QString()); });
}

AccountWizard::~AccountWizard() = default;

Account *AccountWizard::account() const
{
    return m_account;
}

QLabel *AccountWizard::messageLabel(QWizardPage *page)
{
    auto *label = textLabel(QString(), page);
    label->setObjectName(QStringLiteral("message"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWizardPage *AccountWizard::buildChoicePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Add an XMPP account"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(textLabel(tr("Charla talks to people through XMPP (Jabber) accounts. "
                                   "Use an account you have, or create one on a server."),
                                page));
    layout->addSpacing(8);
    m_have = new QRadioButton(tr("I &have an account"), page);
    m_have->setObjectName(QStringLiteral("haveAccount"));
    m_have->setChecked(true);
    layout->addWidget(m_have);
    // The explanations sit under their button's text, not under the button's circle.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    QLabel *haveText =
        textLabel(tr("You know its address (like name@example.org) and password."), page);
    haveText->setIndent(indent);
    layout->addWidget(haveText);
    layout->addSpacing(8);
    m_create = new QRadioButton(tr("&Create an account"), page);
    m_create->setObjectName(QStringLiteral("createAccount"));
    layout->addWidget(m_create);
    QLabel *createText = textLabel(
        tr("On a server you choose, if it lets people sign up from a client."), page);
    createText->setIndent(indent);
    layout->addWidget(createText);
    layout->addStretch(1);
    return page;
}

QWizardPage *AccountWizard::buildExistingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your account"));
    page->setButtonText(QWizard::NextButton, tr("&Add account"));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_jid = new QLineEdit(page);
    m_jid->setObjectName(QStringLiteral("jid"));
    m_jid->setPlaceholderText(tr("name@example.org"));
    form->addRow(tr("&Address:"), m_jid);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(textLabel(tr("The password is kept in your system's keychain, never in "
                                   "a file."),
                                page));
    m_existingConnection = new ConnectionSettingsWidget(page);
    layout->addWidget(
        foldedGroup(tr("Connection settings (only if your server needs them)"),
                    m_existingConnection, page));
    layout->addStretch(1);
    layout->addWidget(messageLabel(page));
    return page;
}

void AccountWizard::setDefaultProxy(const ProxySettings &proxy)
{
    AccountConfig config;
    config.proxy = proxy;
    for (ConnectionSettingsWidget *w : {m_existingConnection, m_serverConnection}) {
        w->setConfig(config);
        if (proxy.type != ProxySettings::None) {
            if (auto *group = qobject_cast<QGroupBox *>(w->parentWidget()))
                group->setChecked(true);
        }
    }
}

QWizardPage *AccountWizard::buildServerPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose a server"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(textLabel(tr("Your address will end with the server's name, as in "
                                   "name@example.org. Charla asks the server what it needs to "
                                   "know to create the account."),
                                page));
    auto *form = new QFormLayout;
    m_server = new QLineEdit(page);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("example.org"));
    form->addRow(tr("&Server:"), m_server);
    layout->addLayout(form);
    // A list to pick from, written here: no directory is fetched and no server contacted
    // until the person goes on with the one they chose.
    auto *suggestLabel = textLabel(tr("Or pick one of these public servers:"), page);
    layout->addWidget(suggestLabel);
    m_suggestions = new QListWidget(page);
    m_suggestions->setObjectName(QStringLiteral("serverSuggestions"));
    m_suggestions->setAccessibleName(tr("Public servers"));
    m_suggestions->setAccessibleDescription(
        tr("Choosing a server fills in its name; Charla contacts it only when you go on."));
    m_suggestions->addItems(suggestedServers());
    m_suggestions->setMaximumHeight(m_suggestions->sizeHintForRow(0) * m_suggestions->count() +
                                    2 * m_suggestions->frameWidth());
    suggestLabel->setBuddy(m_suggestions);
    layout->addWidget(m_suggestions);
    connect(m_suggestions, &QListWidget::currentTextChanged, m_server, &QLineEdit::setText);
    m_serverConnection = new ConnectionSettingsWidget(page);
    layout->addWidget(foldedGroup(tr("Connection settings (only if the server needs them)"),
                                  m_serverConnection, page));
    layout->addStretch(1);
    layout->addWidget(messageLabel(page));
    return page;
}

QWizardPage *AccountWizard::buildFormPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Create your account"));
    page->setButtonText(QWizard::NextButton, tr("&Create account"));
    auto *layout = new QVBoxLayout(page);
    m_form = new DataFormWidget;
    m_form->setObjectName(QStringLiteral("registrationForm"));
    m_formScroll = new QScrollArea(page);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(m_form);
    layout->addWidget(m_formScroll, 1);
    layout->addWidget(messageLabel(page));
    connect(m_form, &DataFormWidget::edited, this, [this] {
        if (!m_busy)
            say(QString());
    });
    return page;
}

QWizardPage *AccountWizard::buildDonePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Account added"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_done = textLabel(QString(), page);
    m_done->setObjectName(QStringLiteral("done"));
    layout->addWidget(m_done);
    layout->addStretch(1);
    return page;
}

void AccountWizard::say(const QString &text, bool problem)
{
    QWizardPage *page = currentPage();
    auto *label = page ? page->findChild<QLabel *>(QStringLiteral("message")) : nullptr;
    if (!label)
        return;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xb0, 0x1c, 0x1c)
                                                   : this->palette().color(QPalette::WindowText));
    label->setPalette(palette);
    label->setText(text);
}

QString AccountWizard::messageText() const
{
    QWizardPage *page = currentPage();
    auto *label = page ? page->findChild<QLabel *>(QStringLiteral("message")) : nullptr;
    return label ? label->text() : QString();
}

QString AccountWizard::doneText() const
{
    return m_done->text();
}

void AccountWizard::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (auto which : {QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton})
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy);
    if (QWidget *page = currentPage())
        page->setEnabled(!busy);
    if (busy)
        say(text);
}

QStringList AccountWizard::suggestedServers()
{
    // Long-running public servers that let people sign up from a client (XEP-0077).
    return {QStringLiteral("yax.im"), QStringLiteral("jabber.de"),
            QStringLiteral("magicbroccoli.de"), QStringLiteral("jabber.hot-chilli.net"),
            QStringLiteral("trashserver.net"), QStringLiteral("07f.de")};
}

void AccountWizard::startAt(Page page, const QString &server)
{
    if (currentId() != ChoicePage)
        restart();
    (page == ServerPage ? m_create : m_have)->setChecked(true);
    next();
    if (page == ServerPage && !server.isEmpty())
        m_server->setText(server);
}

int AccountWizard::nextId() const
{
    switch (currentId()) {
    case ChoicePage:
        return m_create->isChecked() ? ServerPage : ExistingPage;
    case ExistingPage:
    case FormPage:
        return DonePage;
    case ServerPage:
        return FormPage;
    default:
        return -1;
    }
}

void AccountWizard::proceed()
{
    setBusy(false);
    m_proceeding = true;
    next();
    m_proceeding = false;
}

bool AccountWizard::validateCurrentPage()
{
    if (m_proceeding)
        return true;
    if (m_busy)
        return false;
    switch (currentId()) {
    case ExistingPage: {
        const QString problem = m_setup->checkJid(m_jid->text());
        if (!problem.isEmpty()) {
            say(problem, true);
            m_jid->setFocus();
            return false;
        }
        if (m_password->text().isEmpty()) {
            say(tr("Enter the password of your account."), true);
            m_password->setFocus();
            return false;
        }
        if (const QString p = m_existingConnection->problem(); !p.isEmpty()) {
            say(p, true);
            return false;
        }
        m_setup->setConnection(m_existingConnection->apply(m_setup->connection()));
        setBusy(true, tr("Saving the account…"));
        m_setup->addExisting(m_jid->text(), m_password->text());
        return false;
    }
    case ServerPage: {
        const QString server = m_server->text().trimmed();
        if (server.isEmpty()) {
            say(tr("Enter the name of a server, such as example.org."), true);
            return false;
        }
        if (server.contains(QLatin1Char('@'))) {
            say(tr("Enter only the server's name (the part after the @)."), true);
            return false;
        }
        if (const QString p = m_serverConnection->problem(); !p.isEmpty()) {
            say(p, true);
            return false;
        }
        m_setup->setConnection(m_serverConnection->apply(m_setup->connection()));
        setBusy(true, tr("Asking %1 what it needs to create an account…").arg(server));
        m_setup->fetchForm(server);
        return false;
    }
    case FormPage:
        if (!m_form->validateAll()) {
            say(tr("Some fields need your attention."), true);
            return false;
        }
        setBusy(true, tr("Creating the account…"));
        m_setup->submit(m_form->filledForm());
        return false;
    default:
        return true;
    }
}

void AccountWizard::showForm(const DataForm &form, const QList<BobData> &data)
{
    if (currentId() != FormPage) {
        m_form->setForm(form, data);
        proceed();
        return;
    }
    // A fresh CAPTCHA after a refusal (XEP-0158): what the person typed stays, except the
    // answer to the old picture.
    const DataForm typed = m_form->filledForm();
    DataForm next = form;
    for (DataFormField &f : next.fields) {
        const DataFormField *old = typed.field(f.var);
        if (old && !f.media && !old->media && f.type != DataFormField::Type::Hidden &&
            f.type != DataFormField::Type::Fixed)
            f.values = old->values;
    }
    m_form->setForm(next, data);
    setBusy(false);
    bool picture = false;
    for (const DataFormField &f : std::as_const(next.fields))
        picture = picture || f.media.has_value();
    say(picture ? m_lastProblem + QLatin1Char(' ') + tr("Here is a new picture: type what it shows.")
                : m_lastProblem,
        true);
    if (!m_usernameProblem.isEmpty())
        m_form->setFieldError(QStringLiteral("username"), m_usernameProblem);
}

void AccountWizard::onFailed(const Error &error)
{
    // A refused CAPTCHA form is followed by a new one: wait for it before another try.
    const bool refreshing = m_setup->isRefreshing();
    setBusy(refreshing);
    m_usernameProblem.clear();
    if (currentId() == FormPage && error.condition == QLatin1String("conflict") &&
        m_form->editor(QStringLiteral("username"))) {
        // XEP-0077 3.1: the name is taken; say it where the name is typed.
        m_usernameProblem = error.text;
        m_form->setFieldError(QStringLiteral("username"), error.text);
        m_lastProblem = tr("Choose another username.");
    } else {
        m_lastProblem = error.text;
    }
    say(refreshing ? m_lastProblem + QLatin1Char(' ') + tr("Getting a new picture from the server…")
                   : m_lastProblem,
        true);
}

void AccountWizard::onFinished(Account *account, const QString &keychainProblem)
{
    m_account = account;
    QString text = tr("%1 is added. Charla is connecting to it now; you will find your contacts "
                      "in the main window.")
                       .arg(account->jid().full());
    if (!keychainProblem.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("This time Charla uses the password you typed. %1").arg(keychainProblem);
    m_done->setText(text);
    m_password->clear();
    proceed();
}

void AccountWizard::askAboutCertificate(const QList<QSslCertificate> &chain,
                                        const QString &fingerprint)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Untrusted certificate"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("The server's certificate is not signed by an authority your system trusts. "
                   "Trust it only if you know that this is the server's own certificate."));
    box.setInformativeText(
        tr("Issued to: %1\nIssued by: %2\nSHA-256 fingerprint:\n%3")
            .arg(chain.isEmpty() ? QString() : CertificateDialog::describeName(chain.first(), false),
                 chain.isEmpty() ? QString() : CertificateDialog::describeName(chain.first(), true),
                 CertificateDialog::groupedFingerprint(fingerprint)));
    QPushButton *trust = box.addButton(tr("Trust this certificate"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == trust) {
        setBusy(true, tr("Connecting again…"));
        m_setup->trustCertificate(fingerprint);
        return;
    }
    setBusy(false);
    say(tr("The server's certificate was not trusted, so Charla did not connect."), true);
}

void AccountWizard::reject()
{
    m_setup->cancel();
    QWizard::reject();
}

} // namespace charla
