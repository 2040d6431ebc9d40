// charla-cli against a real Prosody: the connection paths, the exit codes a script relies on,
// and two clients exchanging messages.
#include "ProsodyFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using charla::test::ProsodyFixture;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkOverStartTls();
    void checkOverDirectTls();
    void wrongPasswordExitsWith3();
    void untrustedCaExitsWith2();
    void usageErrorsExitWith1();
    void accountInProfileUsesKeychain();
    void twoClientsExchange100Messages();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, int timeoutMs = 30000);
    QStringList login(const QString &user, const QString &passwordFile) const;
    QString writeFile(const QString &name, const QByteArray &content);

    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
    QString m_alicePw;
    QString m_bobPw;
    QString m_cli;
};

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY2(QFile::exists(m_cli), "CHARLA_CLI must point at the charla-cli binary");
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY2(m_prosody.createAccount(QStringLiteral("alice"), QStringLiteral("alice-pw"), &error),
             qPrintable(error));
    QVERIFY2(m_prosody.createAccount(QStringLiteral("bob"), QStringLiteral("bob-pw"), &error),
             qPrintable(error));
    m_alicePw = writeFile(QStringLiteral("alice.pw"), "alice-pw\n");
    m_bobPw = writeFile(QStringLiteral("bob.pw"), "bob-pw\n");
}

TestCli::Run TestCli::cli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(m_cli, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList TestCli::login(const QString &user, const QString &passwordFile) const
{
    return {QStringLiteral("--jid"), user + QStringLiteral("@localhost"),
            QStringLiteral("--password-file"), passwordFile,
            QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(m_prosody.c2sPort()),
            QStringLiteral("--ca-file"), m_prosody.caFile()};
}

void TestCli::checkOverStartTls()
{
    const Run r = cli(login(QStringLiteral("alice"), m_alicePw) << QStringLiteral("check"));
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o.value(QStringLiteral("tls_protocol")).toString().startsWith(QStringLiteral("TLSv1.")),
             r.out.constData());
    QVERIFY(!o.value(QStringLiteral("cipher")).toString().isEmpty());
    // Prosody 0.12 offers SCRAM-SHA-1 as its strongest mechanism.
    QCOMPARE(o.value(QStringLiteral("sasl_mechanism")).toString(), QStringLiteral("SCRAM-SHA-1"));
    QVERIFY(o.value(QStringLiteral("bound_jid")).toString().startsWith(QStringLiteral("alice@localhost/")));
    QCOMPARE(o.value(QStringLiteral("stream_management")).toBool(), true);
    QVERIFY(!o.value(QStringLiteral("server_features")).toArray().isEmpty());
}

void TestCli::checkOverDirectTls()
{
    QStringList args = login(QStringLiteral("bob"), m_bobPw);
    args[args.indexOf(QString::number(m_prosody.c2sPort()))] = QString::number(m_prosody.directTlsPort());
    const Run r = cli(args << QStringLiteral("--direct-tls") << QStringLiteral("--resource")
                           << QStringLiteral("direct") << QStringLiteral("check"));
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("bound_jid")).toString(), QStringLiteral("bob@localhost/direct"));
}

void TestCli::wrongPasswordExitsWith3()
{
    const QString bad = writeFile(QStringLiteral("bad.pw"), "not-the-password\n");
    const Run r = cli(login(QStringLiteral("alice"), bad) << QStringLiteral("check"));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("Wrong password for alice@localhost"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::untrustedCaExitsWith2()
{
    QStringList args = login(QStringLiteral("alice"), m_alicePw);
    const int i = args.indexOf(QStringLiteral("--ca-file"));
    args.remove(i, 2);
    const Run r = cli(args << QStringLiteral("check"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("certificate"), r.err.constData());
}

void TestCli::usageErrorsExitWith1()
{
    QCOMPARE(cli({QStringLiteral("check")}).code, 1); // no account
    QCOMPARE(cli(login(QStringLiteral("alice"), m_alicePw) << QStringLiteral("frobnicate")).code, 1);
    QCOMPARE(cli(login(QStringLiteral("alice"), m_alicePw) << QStringLiteral("send")
                 << QStringLiteral("not a jid@") << QStringLiteral("x")).code, 1);
    const Run r = cli({QStringLiteral("--jid"), QStringLiteral("@localhost"),
                       QStringLiteral("--password-file"), m_alicePw, QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("@localhost"), r.err.constData());
}

void TestCli::accountInProfileUsesKeychain()
{
    QTemporaryDir profile;
    const Run add = cli({QStringLiteral("--profile"), profile.path(), QStringLiteral("account"),
                         QStringLiteral("add"), QStringLiteral("alice@localhost"),
                         QStringLiteral("--password-file"), m_alicePw, QStringLiteral("--host"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                         QString::number(m_prosody.c2sPort()), QStringLiteral("--ca-file"),
                         m_prosody.caFile()});
    QVERIFY2(add.code == 0, add.err.constData());
    // The password went to the keychain, not into the profile.
    QFile ini(profile.filePath(QStringLiteral("config/charla.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("alice@localhost"));
    QVERIFY(!settings.contains("alice-pw"));
    const Run check = cli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--account"),
                           QStringLiteral("alice@localhost"), QStringLiteral("check")});
    QVERIFY2(check.code == 0, check.err.constData());
    QVERIFY(QJsonDocument::fromJson(check.out).object().value(QStringLiteral("bound_jid"))
                .toString().startsWith(QStringLiteral("alice@localhost/")));
}

void TestCli::twoClientsExchange100Messages()
{
    QProcess listener;
    listener.start(m_cli, login(QStringLiteral("bob"), m_bobPw)
                              << QStringLiteral("--resource") << QStringLiteral("listener")
                              << QStringLiteral("listen") << QStringLiteral("--seconds")
                              << QStringLiteral("120"));
    QVERIFY(listener.waitForStarted());
    // The listener says on stderr when it is online.
    QByteArray status;
    QTRY_VERIFY_WITH_TIMEOUT((status += listener.readAllStandardError()).contains("Listening as") ||
                                 listener.state() != QProcess::Running, 20000);
    QVERIFY2(listener.state() == QProcess::Running, status.constData());

    const int count = 100;
    for (int i = 0; i < count; ++i) {
        const Run r = cli(login(QStringLiteral("alice"), m_alicePw)
                          << QStringLiteral("send") << QStringLiteral("bob@localhost")
                          << QStringLiteral("message %1 ¡olé!").arg(i));
        QVERIFY2(r.code == 0, r.err.constData());
    }
    QByteArray lines;
    QTRY_VERIFY_WITH_TIMEOUT((lines += listener.readAllStandardOutput()).count('\n') >= count, 30000);
    listener.terminate();
    listener.waitForFinished(5000);
    const QList<QByteArray> received = lines.trimmed().split('\n');
    QCOMPARE(received.size(), count);
    for (int i = 0; i < count; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(received.at(i)).object();
        QCOMPARE(o.value(QStringLiteral("body")).toString(), QStringLiteral("message %1 ¡olé!").arg(i));
        QVERIFY(o.value(QStringLiteral("from")).toString().startsWith(QStringLiteral("alice@localhost/")));
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("stamp")).toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
