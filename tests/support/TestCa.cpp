#include "TestCa.h"

#include <QFile>
#include <QProcess>

namespace charla::test {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TestCa::TestCa(const QString &commonName) : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create temp dir");
        return;
    }
    m_caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    m_caKey = m_dir->filePath(QStringLiteral("ca.key"));
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
              QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
              QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
              m_caKey, QStringLiteral("-out"), m_caFile}))
        return;
    const auto certs = QSslCertificate::fromData(readAll(m_caFile), QSsl::Pem);
    if (certs.isEmpty()) {
        m_error = QStringLiteral("openssl wrote no CA certificate");
        return;
    }
    m_ca = certs.first();
    m_valid = true;
}

TestCa::~TestCa() = default;

QString TestCa::dir() const
{
    return m_dir->path();
}

bool TestCa::run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("openssl is not installed (run ./scripts/setup)");
        return false;
    }
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(args.first(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

static TestCa::Leaf loadLeaf(const QString &cert, const QString &key)
{
    TestCa::Leaf leaf;
    const auto certs = QSslCertificate::fromData(readAll(cert), QSsl::Pem);
    if (certs.isEmpty())
        return leaf;
    leaf.certificate = certs.first();
    leaf.key = QSslKey(readAll(key), QSsl::Ec, QSsl::Pem);
    leaf.certFile = cert;
    leaf.keyFile = key;
    return leaf;
}

static QString sanExtension(const QStringList &dnsNames)
{
    QStringList parts;
    for (const QString &n : dnsNames) {
        if (n.front().isDigit() || n.contains(QLatin1Char(':')))
            parts << QStringLiteral("IP:") + n;
        else
            parts << QStringLiteral("DNS:") + n;
    }
    return QStringLiteral("subjectAltName=") + parts.join(QLatin1Char(','));
}

TestCa::Leaf TestCa::issue(const QStringList &dnsNames, int days)
{
    if (!m_valid || dnsNames.isEmpty())
        return Leaf();
    const QString base = m_dir->filePath(QStringLiteral("leaf%1").arg(++m_serial));
    const QString key = base + QStringLiteral(".key");
    const QString csr = base + QStringLiteral(".csr");
    const QString cert = base + QStringLiteral(".pem");
    const QString ext = base + QStringLiteral(".ext");
    {
        QFile f(ext);
        if (!f.open(QIODevice::WriteOnly))
            return Leaf();
        f.write((sanExtension(dnsNames) +
                 QStringLiteral("\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"))
                    .toUtf8());
    }
    if (!run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
              QStringLiteral("-nodes"), QStringLiteral("-subj"),
              QStringLiteral("/CN=") + dnsNames.first(), QStringLiteral("-keyout"), key,
              QStringLiteral("-out"), csr}))
        return Leaf();
    if (!run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
              QStringLiteral("-CA"), m_caFile, QStringLiteral("-CAkey"), m_caKey,
              QStringLiteral("-set_serial"), QString::number(1000 + m_serial),
              QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"), ext,
              QStringLiteral("-out"), cert}))
        return Leaf();
    return loadLeaf(cert, key);
}

TestCa::Leaf TestCa::selfSigned(const QStringList &dnsNames)
{
    if (!m_dir->isValid() || dnsNames.isEmpty())
        return Leaf();
    const QString base = m_dir->filePath(QStringLiteral("self%1").arg(++m_serial));
    const QString key = base + QStringLiteral(".key");
    const QString cert = base + QStringLiteral(".pem");
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
              QStringLiteral("/CN=") + dnsNames.first(), QStringLiteral("-addext"),
              sanExtension(dnsNames), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
              cert}))
        return Leaf();
    return loadLeaf(cert, key);
}

} // namespace charla::test
