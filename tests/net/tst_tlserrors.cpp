// Certificate problems are never ignored and always said: a server whose certificate is not
// trusted gets no report, and the delivery error and the live levels' error name the problem
// (QSslError::errorString), against an in-process TLS server with a self-signed certificate.
#include "core/timeutil.h"
#include "net/deliveryagent.h"
#include "net/liveclient.h"
#include "samples.h"
#include "store/reportstore.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;

namespace {

// Made for this test only (openssl req -x509, CN=localhost, IP 127.0.0.1): it protects nothing.
constexpr char kCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIDJzCCAg+gAwIBAgIULVJkxjDTiUZJjcHskp3MedfmV4gwDQYJKoZIhvcNAQEL
BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwNzE2MzkzNFoYDzIxMjYx
MTEzMTYzOTM0WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQCpHcvrIDgW23Z1aVrg3DQAJRQK+Ui54/LLaSwDJJt5
D6K74zQUihmvxHJH1re7dy5leLk8Z4bbKJElPx0ODjYwhsas1acvMkZ/n8jqAiv/
gXZRGTC5pgnhtk2hmFLqFRN3NkjOBeKKsbGPO1al0ftDR86yh0zurwiMlp1zs4cj
WAbhL8EQ0nIfimvLo48fcfTwNq/efz6qD6FEl6DilEMA1xuvFe09SgPuvmzlqK01
+CDq2masQp6s6CV4kz8PJdBkANQPV9xC0x0Fjz5/swJdfrj8dJfDGxWQSGLU5NKd
zSRBUmlCHlv3QMj0JBLTJzURlYAQh7yxt70zm319KdsJAgMBAAGjbzBtMB0GA1Ud
DgQWBBTHbKPK05dvVfkBmlv2QYutkyjf5zAfBgNVHSMEGDAWgBTHbKPK05dvVfkB
mlv2QYutkyjf5zAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGCCWxvY2FsaG9z
dIcEfwAAATANBgkqhkiG9w0BAQsFAAOCAQEASW8CtEoULV2L+2wWXcPE0jBKCBk8
1gYM3Ts2Zg6IiTxmvSCaY9lH8rKVE3t9pimwMj/TUcds23h8oARckrwlIKVUPKTd
oJejuiWPCt6UbKS01r+6osUSLOD6sVrnAuQHrf6v0uuIUtA8HhTqamXY9VgcQmla
PfevVf4cJtg/wyLp7wxKAcLMjSyzzjJssDqO4Au/BlYQCjbLA4W0RPfuw6uOIr9a
vB8aD3t0FovCfn6+KiIfl6YgkBfzI0BoTENuUHj0NIPYic5c+VXofy0zt3GV0mQK
fmBVzwVlETDaX+yXe7JHxOKhyFEAdByn8eEV0jTkRfOOtXgv7Ig3Rfd+sw==
-----END CERTIFICATE-----
)";
constexpr char kPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCpHcvrIDgW23Z1
aVrg3DQAJRQK+Ui54/LLaSwDJJt5D6K74zQUihmvxHJH1re7dy5leLk8Z4bbKJEl
Px0ODjYwhsas1acvMkZ/n8jqAiv/gXZRGTC5pgnhtk2hmFLqFRN3NkjOBeKKsbGP
O1al0ftDR86yh0zurwiMlp1zs4cjWAbhL8EQ0nIfimvLo48fcfTwNq/efz6qD6FE
l6DilEMA1xuvFe09SgPuvmzlqK01+CDq2masQp6s6CV4kz8PJdBkANQPV9xC0x0F
jz5/swJdfrj8dJfDGxWQSGLU5NKdzSRBUmlCHlv3QMj0JBLTJzURlYAQh7yxt70z
m319KdsJAgMBAAECggEAFRpkwdhpZ2DHbWtSLdEMpB/8Wko1Kw0o1P0wwsukovyy
f+OgMhfxkJ9g61n932TF41+nLcR1bY+oXQ99Hq3jUTbgP90BWcBaT76uoZTXzLBp
BUGxdNklTocjNND/N7qdjTi26Q6O8GOwFoF/FH4ZbpHdVyXPEdHBrVl2GGQErwIu
70WwgIwKYgpPPcA/3ZWZe72Jd6tEEANBDxT0XEqUrNmhDjb8cLINRysNEimPJlgr
VMVhtFBnydPJxyQri74wgf6PMOH4eBGICTZRKbEh5AvNu5VNajmFZDEE3jFL9uU6
7enWAZWwXhj43Q+wbrp61cWK3t9l43CdA7VMiSVJ6QKBgQDhziqJu7knVTjoIzox
9JLkITfq0Mzia/91c+boOYmlrUHLF1zwer92AKO6V3GiKJm4lPuU2N4MPZ8D3Ae/
Hy01wWofssK4LkfWvfBQOp3xxJt/tbzg0d2m2gS3UBiaTDUHBwz5LeQu6c97mYxI
kFVb/Xms5izA//7daR42RwG3TwKBgQC/uwm7HNxYr8BZ5ag7vZOHOBSU7v8P8nSP
KXd0ERCYNeXkmbmHweZWTAEldse/3T7NGm8dJsgtMSFTWt8vDUeLKlmQITHd1X+w
YBbPt6TS1G+4g0nu7YRQy3mqqrt/v06Ocqf71gFkl3L2ZEebOucV3LCPGUFaZHMN
m/ZqQe6yJwKBgAFHPIBpGqQ5XEgcIvEzdD1sXreqlO5XNCwDCvSXlsrkTzIKINGP
sFPHryWX5yHG3w/ncAEotSEWnDbWYQjY8VWTkbk6NtX6FRgHHTwnCMvclBDGA5q2
NW4DX/F1t53v/oDarl0ewGLvmegWN3AVuRX7OlwbNXemO1gfhzdBcaYLAoGACLiU
P7uXVj1gTXaByX3dCQiG/yND3NDVdnGXamMgUxwYgeZwJvmt5Xz9jFuzyEljAudR
6IyMDGowrt7ySeybtXvOqRypbQK6FSa5wucCi0h4cHcgVMre+uHWfenYL35fL2GN
vInGdHHjG8wB6dCrFDZ+nXOzok3xYcwXUEwBdH8CgYBCROFQxX6pYcLnzJmpmpFm
HKvlH40bbXXNrhYcPRcM6X24HQqptSxrJgHShXlfLBWXBSuq2ciTxekWMF73PWx+
+yrYEJhv2Uk7kA12+vdc+iHVQMiw8WDNyZsFlJysu1aSyY0SIa8MRBl8TtEy3CHr
J082QT7YYIJIXARuoqRKzw==
-----END PRIVATE KEY-----
)";

} // namespace

class TestTlsErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
    }
    void init()
    {
        m_server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(QByteArray(kCertificate)));
        tls.setPrivateKey(QSslKey(QByteArray(kPrivateKey), QSsl::Rsa));
        QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
        m_server->setSslConfiguration(tls);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this,
                [this] { ++m_accepted; });
    }
    void cleanup() { m_server.reset(); }

    void deliveryNamesTheCertificateProblem()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<ReportStore>> opened =
            ReportStore::open(dir.filePath(QStringLiteral("reports.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        ReportStore &store = *opened.value();
        const Report report = test::minimalReport(utcNowSeconds());
        QVERIFY(store.create(report).ok());

        DeliveryAgent agent(store);
        agent.setServerUrl(url());
        QSignalSpy retrying(&agent, &DeliveryAgent::retrying);
        agent.deliverNow();
        QTRY_COMPARE_WITH_TIMEOUT(retrying.size(), 1, 10000);
        const QString error = retrying.constFirst().at(1).toString();
        QVERIFY2(error.startsWith(QLatin1String("The server's certificate was refused: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QSslError(QSslError::SelfSignedCertificate).errorString()),
                 qPrintable(error));
        // Kept, to be tried again; the server never got a request through.
        QCOMPARE(store.find(report.id)->delivery.state, Delivery::State::Retrying);
        QCOMPARE(store.find(report.id)->delivery.lastError, error);
        QCOMPARE(m_accepted, 0);
    }

    void liveLevelsNameTheCertificateProblem()
    {
        LiveClient live;
        live.setServerUrl(url());
        QSignalSpy unavailable(&live, &LiveClient::unavailable);
        live.fetchNow();
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 10000);
        const QString problem = unavailable.constFirst().constFirst().toString();
        QVERIFY2(problem.contains(QLatin1String("the server's certificate was refused")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QSslError(QSslError::SelfSignedCertificate).errorString()),
                 qPrintable(problem));
    }

private:
    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server->serverPort()));
    }

    std::unique_ptr<QSslServer> m_server;
    int m_accepted = 0; // connections whose TLS handshake succeeded
};

QTEST_GUILESS_MAIN(TestTlsErrors)
#include "tst_tlserrors.moc"
