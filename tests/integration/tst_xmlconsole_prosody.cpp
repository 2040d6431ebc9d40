// A real login to Prosody and an in-band password change seen through the XML console's log:
// no entry holds the password, the new password, or any base64 form of them, and every SASL
// payload is shown as [hidden].
#include "ProsodyFixture.h"
#include "models/XmlLogModel.h"
#include "stream/Session.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;

class TestXmlConsoleProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neverShowsPasswords()
    {
        ProsodyFixture prosody;
        QString error;
        QVERIFY2(prosody.start(&error), qPrintable(error));
        const QString password = QStringLiteral("Console-pw-7731");
        const QString newPassword = QStringLiteral("Changed-pw-4402");
        QVERIFY2(prosody.createAccount(QStringLiteral("alice"), password, &error), qPrintable(error));

        const SessionConfig c =
            prosody.sessionConfig(QStringLiteral("alice"), QStringLiteral("console"), 0, password);
        Session session;
        session.setConfig(c);
        XmlLogModel log;
        connect(&session, &Session::xmlTraffic, &log,
                [&log](bool incoming, const QByteArray &xml) { log.append(incoming, xml); });
        QSignalSpy established(&session, &Session::established);
        session.connectToServer();
        QVERIFY2(established.wait(15000), qPrintable(prosody.logTail()));

        // XEP-0077 3.3: change the password in band, as the console's input would send it.
        QVERIFY(session.sendRawXml(QStringLiteral(
            "<iq type='set' to='localhost' id='pw1'><query xmlns='jabber:iq:register'>"
            "<username>alice</username><password>%1</password></query></iq>").arg(newPassword)));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < log.rowCount(); ++i)
                    if (log.entry(i).incoming && log.entry(i).xml.contains("id=\"pw1\""))
                        return true;
                return false;
            }(),
            10000);

        QList<QByteArray> secrets;
        for (const QString &p : {password, newPassword}) {
            secrets << p.toUtf8() << p.toUtf8().toBase64()
                    << QByteArray("\0alice\0", 7).append(p.toUtf8()).toBase64()
                    << QByteArray("\0alice@localhost\0", 17).append(p.toUtf8()).toBase64();
        }
        int sasl = 0;
        for (int i = 0; i < log.rowCount(); ++i) {
            const XmlLogModel::Entry &e = log.entry(i);
            for (const QByteArray &s : std::as_const(secrets))
                QVERIFY2(!e.xml.contains(s), e.xml.constData());
            if (e.kind == XmlLogModel::Sasl && (e.xml.contains("<auth") || e.xml.contains("<response") ||
                                                e.xml.contains("<challenge") || e.xml.contains("<success"))) {
                ++sasl;
                // SCRAM's messages are derived from the password: none is shown at all.
                QVERIFY2(e.xml.contains("[hidden]") || e.xml.endsWith("/>"), e.xml.constData());
            }
        }
        QVERIFY2(sasl >= 2, "the SASL exchange itself was logged (masked)");
        bool changeShown = false;
        for (int i = 0; i < log.rowCount(); ++i)
            changeShown |= !log.entry(i).incoming && log.entry(i).xml.contains("jabber:iq:register") &&
                           log.entry(i).xml.contains("[hidden]");
        QVERIFY(changeShown);
    }
};

QTEST_GUILESS_MAIN(TestXmlConsoleProsody)
#include "tst_xmlconsole_prosody.moc"
