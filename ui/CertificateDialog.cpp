#include "CertificateDialog.h"

#include "account/Account.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

namespace {
// Far longer than any honest name; a longer value is cut so it cannot push the buttons away.
constexpr int kMaxFieldLength = 200;
constexpr int kPairsPerLine = 16;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

QString CertificateDialog::displayable(const QString &text)
{
    QString out;
    out.reserve(qMin(text.size(), kMaxFieldLength + 1));
    for (QChar c : text) {
        if (out.size() >= kMaxFieldLength) {
            out.append(QChar(0x2026)); // …
            break;
        }
        // Control characters and format characters (bidirectional overrides, zero-width
        // characters) could make a name look like another: shown as a replacement character.
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            out.append(QChar(QChar::ReplacementCharacter));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QString CertificateDialog::groupedFingerprint(const QString &hex)
{
    QString pairs;
    const QString upper = hex.toUpper();
    for (int i = 0; i + 1 < upper.size(); i += 2) {
        if (i > 0)
            pairs.append(i % (2 * kPairsPerLine) == 0 ? u'\n' : u':');
        pairs.append(upper.mid(i, 2));
    }
    return pairs;
}

QString CertificateDialog::describeName(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) -> QStringList {
        return issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
    };
    QStringList parts = info(QSslCertificate::CommonName);
    parts << info(QSslCertificate::Organization);
    parts.removeAll(QString());
    if (parts.isEmpty())
        return tr("(no name)");
    return displayable(parts.join(QStringLiteral(", ")));
}

QString CertificateDialog::validityProblem(const QSslCertificate &certificate, const QDateTime &now)
{
    const QLocale locale;
    if (now < certificate.effectiveDate())
        return tr("Not valid yet: it becomes valid on %1.")
            .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat));
    if (now > certificate.expiryDate())
        return tr("Expired on %1.")
            .arg(locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    return QString();
}

CertificateDialog::CertificateDialog(Account *account, const QList<QSslCertificate> &chain,
                                     const QString &fingerprint, QWidget *parent)
    : QDialog(parent), m_account(account), m_fingerprint(fingerprint)
{
    setObjectName(QStringLiteral("CertificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));
    const QString domain = account->jid().domain();
    const QSslCertificate leaf = chain.value(0);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *heading = plainLabel(tr("Is this really %1?").arg(domain), this);
    heading->setObjectName(QStringLiteral("heading"));
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    heading->setFont(big);
    layout->addWidget(heading);

    auto *explanation = plainLabel(
        tr("Charla could not confirm that it is talking to %1: the server's certificate is not "
           "signed by an authority this computer trusts. Small private servers often use such "
           "certificates, but someone intercepting the connection would show one too. Your "
           "password has not been sent.")
            .arg(domain),
        this);
    explanation->setObjectName(QStringLiteral("explanation"));
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Account:"), plainLabel(account->jid().full(), this));
    form->addRow(tr("Server:"), plainLabel(domain, this));

    auto *subject = plainLabel(describeName(leaf, false), this);
    subject->setObjectName(QStringLiteral("subject"));
    form->addRow(tr("Issued to:"), subject);

    QStringList names;
    const auto alternatives = leaf.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    if (!names.isEmpty()) {
        auto *namesLabel = plainLabel(displayable(names.join(QStringLiteral(", "))), this);
        namesLabel->setObjectName(QStringLiteral("names"));
        form->addRow(tr("Names:"), namesLabel);
    }

    auto *issuer =
        plainLabel(leaf.isSelfSigned() ? tr("%1 (signed by itself)").arg(describeName(leaf, true))
                                       : describeName(leaf, true),
                   this);
    issuer->setObjectName(QStringLiteral("issuer"));
    form->addRow(tr("Issued by:"), issuer);

    const QLocale locale;
    auto *validity = plainLabel(
        tr("From %1 to %2")
            .arg(locale.toString(leaf.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(leaf.expiryDate().toLocalTime(), QLocale::ShortFormat)),
        this);
    validity->setObjectName(QStringLiteral("validity"));
    form->addRow(tr("Valid:"), validity);
    const QString problem = validityProblem(leaf, QDateTime::currentDateTimeUtc());
    if (!problem.isEmpty()) {
        auto *problemLabel = plainLabel(problem, this);
        problemLabel->setObjectName(QStringLiteral("validityProblem"));
        QFont bold = problemLabel->font();
        bold.setBold(true);
        problemLabel->setFont(bold);
        form->addRow(QString(), problemLabel);
    }

    auto *print = plainLabel(groupedFingerprint(fingerprint), this);
    print->setObjectName(QStringLiteral("fingerprint"));
    print->setWordWrap(false);
    print->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    print->setAccessibleName(tr("SHA-256 fingerprint"));
    form->addRow(tr("SHA-256 fingerprint:"), print);
    layout->addLayout(form);

    auto *advice = plainLabel(
        tr("Trust it only if this fingerprint matches the one the server's administrator gave "
           "you another way, such as in person or on their website. Charla will remember the "
           "certificate for %1 and stop with a warning if it ever changes.")
            .arg(account->jid().full()),
        this);
    advice->setObjectName(QStringLiteral("advice"));
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must never trust a certificate by accident.
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (m_account)
            m_account->trustCertificate(m_fingerprint);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

} // namespace charla
