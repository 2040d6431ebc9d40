#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace charla::test {

/// A throw-away certificate authority generated at test time with the openssl tool.
///
/// `TestCa ca; auto leaf = ca.issue({"localhost"});` gives a server certificate for the names,
/// signed by a CA that exists only in this test's temp dir. Nothing is checked in.
class TestCa
{
public:
    struct Leaf
    {
        QString certFile; ///< PEM certificate
        QString keyFile;  ///< PEM private key (unencrypted)
        QSslCertificate certificate;
        QSslKey key;
    };

    /// Generates the CA; isValid() is false (and error() says why) if openssl failed.
    explicit TestCa(const QString &commonName = QStringLiteral("Charla Test CA"));
    ~TestCa();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString caFile() const { return m_caFile; }
    QSslCertificate caCertificate() const { return m_ca; }
    QString dir() const;

    /// A certificate signed by this CA for @p dnsNames (first is the CN), valid for @p days.
    /// Empty certFile (and error() set) on failure.
    Leaf issue(const QStringList &dnsNames, int days = 30);
    /// A self-signed certificate for @p dnsNames, not signed by this CA.
    Leaf selfSigned(const QStringList &dnsNames);

private:
    bool run(const QStringList &args);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caFile;
    QString m_caKey;
    QSslCertificate m_ca;
    QString m_error;
    bool m_valid = false;
    int m_serial = 0;
};

} // namespace charla::test
