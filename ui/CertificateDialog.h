#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QSslCertificate>

class QPushButton;

namespace charla {

class Account;

/// Asks the person whether to trust a server certificate no known authority signed
/// (Account::certificateQuestion): who it is for, who it claims to be, who signed it, when it
/// is valid and its SHA-256 fingerprint, with what trusting it means in plain words.
///
/// Every certificate field comes from whoever answered the connection, so it is shown as plain
/// text, with control characters replaced and very long values cut.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p chain starts with the server's own certificate; @p fingerprint is its SHA-256 in hex.
    CertificateDialog(Account *account, const QList<QSslCertificate> &chain,
                      const QString &fingerprint, QWidget *parent = nullptr);

    /// "Trust this certificate" and the default, Cancel (for tests).
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

    /// "AB:CD:EF:…" from a hex fingerprint.
    static QString groupedFingerprint(const QString &hex);
    /// "CN, O" of a certificate's subject or issuer, made safe to show.
    static QString describeName(const QSslCertificate &certificate, bool issuer);
    /// Whether @p certificate is valid at @p now, in words ("Expired on …", "Not valid yet …");
    /// empty when it is within its validity period.
    static QString validityProblem(const QSslCertificate &certificate, const QDateTime &now);
    /// @p text with control and formatting characters replaced and cut to a sane length.
    static QString displayable(const QString &text);

private:
    QPointer<Account> m_account;
    QString m_fingerprint;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace charla
