#include "tests/support/testsupport.h"

#include "core/tls/certificateauthority.h"
#include "core/tls/tlscertificateinfo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;

class CertificateAuthorityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chainVerifiesWithOpenssl();
    void certificatesHaveTheRightFields();
    void generationsDiffer();
    void usesTheGivenNames();
    void rejectsBadNames();
    void writePemWritesTrustableFiles();
    void writePemTightensAnExistingKeyFile();

private:
    static QString program() { return QStringLiteral("/usr/bin/openssl"); }
    static TlsCredentials generateOrFail();
    // Runs openssl with arguments, returns its exit code and fills output.
    static int openssl(const QStringList& arguments, QString* output = nullptr);

    QTemporaryDir m_directory;
};

void CertificateAuthorityTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    if (!QFileInfo::exists(program()))
        QSKIP("/usr/bin/openssl is not installed");
}

TlsCredentials CertificateAuthorityTest::generateOrFail()
{
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    if (!credentials)
        qWarning("generate failed: %s", qPrintable(error));
    return credentials.value_or(TlsCredentials());
}

int CertificateAuthorityTest::openssl(const QStringList& arguments, QString* output)
{
    return test::runProgram(program(), arguments, 15000, output);
}

void CertificateAuthorityTest::chainVerifiesWithOpenssl()
{
    const TlsCredentials credentials = generateOrFail();
    QVERIFY(!credentials.isNull());
    const QString directory = m_directory.filePath(QStringLiteral("verify"));
    QString error;
    QVERIFY2(CertificateAuthority::writePem(credentials, directory, &error), qPrintable(error));
    const QString ca = directory + QStringLiteral("/ca.pem");
    const QString cert = directory + QStringLiteral("/cert.pem");
    const QString key = directory + QStringLiteral("/key.pem");

    QString output;
    QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, cert}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("OK")), qPrintable(output));
    // Fit for a TLS server on both names the default leaf carries.
    QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, QStringLiteral("-purpose"),
                      QStringLiteral("sslserver"), QStringLiteral("-verify_hostname"),
                      QStringLiteral("localhost"), cert},
                     &output),
             0);
    QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, QStringLiteral("-verify_ip"),
                      QStringLiteral("127.0.0.1"), cert},
                     &output),
             0);
    // ... and not for a name it does not carry: verify really checks names.
    QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca,
                     QStringLiteral("-verify_hostname"), QStringLiteral("example.com"), cert},
                    &output) != 0);
    // Without the CA the leaf is not trusted.
    QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-no-CAfile"), QStringLiteral("-no-CApath"),
                     QStringLiteral("-no-CAstore"), cert},
                    &output) != 0);

    // The key belongs to the certificate: both give the same public key.
    QString fromKey;
    QString fromCertificate;
    QCOMPARE(
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout")}, &fromKey),
        0);
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-pubkey"),
                      QStringLiteral("-noout")},
                     &fromCertificate),
             0);
    QVERIFY(fromKey.contains(QStringLiteral("BEGIN PUBLIC KEY")));
    QCOMPARE(fromKey, fromCertificate);

    QString text;
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), ca, QStringLiteral("-noout"),
                      QStringLiteral("-text")},
                     &text),
             0);
    QVERIFY2(text.contains(QStringLiteral("CA:TRUE")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Certificate Sign")));
    QVERIFY(text.contains(QStringLiteral("prime256v1")) || text.contains(QStringLiteral("P-256")));
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"),
                      QStringLiteral("-text")},
                     &text),
             0);
    QVERIFY2(text.contains(QStringLiteral("CA:FALSE")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TLS Web Server Authentication")));
    QVERIFY(text.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(text.contains(QStringLiteral("IP Address:127.0.0.1")));
}

void CertificateAuthorityTest::certificatesHaveTheRightFields()
{
    const TlsCredentials credentials = generateOrFail();
    QVERIFY(!credentials.isNull());

    // Decoded independently by Qt ...
    const QList<QSslCertificate> cas = QSslCertificate::fromData(credentials.caCertificatePem);
    const QList<QSslCertificate> leaves = QSslCertificate::fromData(credentials.certificatePem);
    QCOMPARE(cas.size(), 1);
    QCOMPARE(leaves.size(), 1);
    const QSslCertificate& ca = cas.constFirst();
    const QSslCertificate& leaf = leaves.constFirst();
    QVERIFY(ca.isSelfSigned());
    QVERIFY(!leaf.isSelfSigned());
    QVERIFY(ca.subjectInfo(QSslCertificate::CommonName)
                .constFirst()
                .startsWith(QStringLiteral("ProtoViz Local CA")));
    QCOMPARE(leaf.issuerInfo(QSslCertificate::CommonName), ca.subjectInfo(QSslCertificate::CommonName));
    QCOMPARE(leaf.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
    const auto alternatives = leaf.subjectAlternativeNames();
    QVERIFY(alternatives.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(alternatives.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate& certificate : {ca, leaf}) {
        QVERIFY(certificate.effectiveDate() <= now);
        QVERIFY(certificate.effectiveDate() > now.addDays(-1));
        QVERIFY(certificate.expiryDate() > now.addDays(CertificateAuthority::ValidityDays - 1));
        QVERIFY(certificate.expiryDate() <= now.addDays(CertificateAuthority::ValidityDays).addSecs(60));
    }

    // ... and by our own decoder, which must agree.
    const QList<TlsCertificateInfo> caInfo = TlsCertificateInfo::fromPem(credentials.caCertificatePem);
    const QList<TlsCertificateInfo> leafInfo = TlsCertificateInfo::fromPem(credentials.certificatePem);
    QCOMPARE(caInfo.size(), 1);
    QCOMPARE(leafInfo.size(), 1);
    QVERIFY(caInfo.constFirst().isCertificateAuthority);
    QVERIFY(!leafInfo.constFirst().isCertificateAuthority);
    QCOMPARE(caInfo.constFirst().keyType, QStringLiteral("EC P-256"));
    QCOMPARE(leafInfo.constFirst().keyType, QStringLiteral("EC P-256"));
    QCOMPARE(leafInfo.constFirst().issuer, caInfo.constFirst().subject);
    QVERIFY(leafInfo.constFirst().subject.contains(QStringLiteral("CN=localhost")));
    QVERIFY(leafInfo.constFirst().subjectAltNames.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(leafInfo.constFirst().subjectAltNames.contains(QStringLiteral("IP:127.0.0.1")));
    QCOMPARE(leafInfo.constFirst().notBefore, leaf.effectiveDate());
    QCOMPARE(leafInfo.constFirst().notAfter, leaf.expiryDate());
    QCOMPARE(leafInfo.constFirst().der, leaf.toDer());
    QCOMPARE(leafInfo.constFirst().serialNumber.toLower().toLatin1(),
             leaf.serialNumber().replace(':', QByteArray()).toLower());
    QVERIFY(!TlsCertificateInfo::fromDer(QByteArrayLiteral("not a certificate")).has_value());
}

void CertificateAuthorityTest::generationsDiffer()
{
    const TlsCredentials first = generateOrFail();
    const TlsCredentials second = generateOrFail();
    QVERIFY(!first.isNull() && !second.isNull());
    QVERIFY(first.privateKeyPem != second.privateKeyPem);
    QVERIFY(first.caCertificatePem != second.caCertificatePem);
    const TlsCertificateInfo a = TlsCertificateInfo::fromPem(first.certificatePem).value(0);
    const TlsCertificateInfo b = TlsCertificateInfo::fromPem(second.certificatePem).value(0);
    QVERIFY(!a.serialNumber.isEmpty());
    QVERIFY(a.serialNumber != b.serialNumber);
    QVERIFY(a.issuer != b.issuer); // each run has its own CA name
    const QSslCertificate firstLeaf = QSslCertificate::fromData(first.certificatePem).value(0);
    const QSslCertificate secondLeaf = QSslCertificate::fromData(second.certificatePem).value(0);
    QVERIFY(firstLeaf.publicKey().toDer() != secondLeaf.publicKey().toDer());
}

void CertificateAuthorityTest::usesTheGivenNames()
{
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate(
        {QStringLiteral("example.test"), QStringLiteral("*.example.test")},
        {QHostAddress(QStringLiteral("10.1.2.3")), QHostAddress(QStringLiteral("::1"))}, &error);
    QVERIFY2(credentials, qPrintable(error));
    const TlsCertificateInfo leaf = TlsCertificateInfo::fromPem(credentials->certificatePem).value(0);
    QCOMPARE(leaf.subjectAltNames,
             (QStringList{QStringLiteral("DNS:example.test"), QStringLiteral("DNS:*.example.test"),
                          QStringLiteral("IP:10.1.2.3"), QStringLiteral("IP:::1")}));
    QVERIFY(leaf.subject.contains(QStringLiteral("CN=example.test")));
}

void CertificateAuthorityTest::rejectsBadNames()
{
    QString error;
    QVERIFY(!CertificateAuthority::generate({QStringLiteral("bad name,DNS:evil")}, {}, &error));
    QVERIFY(error.contains(QStringLiteral("bad name")));
    error.clear();
    QVERIFY(!CertificateAuthority::generate({}, {QHostAddress()}, &error));
    QVERIFY(!error.isEmpty());
}

void CertificateAuthorityTest::writePemWritesTrustableFiles()
{
    const TlsCredentials credentials = generateOrFail();
    const QString directory = m_directory.filePath(QStringLiteral("nested/out"));
    QString error;
    QVERIFY2(CertificateAuthority::writePem(credentials, directory, &error), qPrintable(error));
    const auto read = [&](const QString& name) {
        QFile file(directory + u'/' + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QCOMPARE(read(QStringLiteral("ca.pem")), credentials.caCertificatePem);
    QCOMPARE(read(QStringLiteral("cert.pem")), credentials.certificatePem);
    QCOMPARE(read(QStringLiteral("key.pem")), credentials.privateKeyPem);
    QVERIFY(credentials.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));

    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions keyPermissions =
        QFileInfo(directory + QStringLiteral("/key.pem")).permissions();
    QVERIFY(keyPermissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(keyPermissions.testFlag(QFileDevice::WriteOwner));
    QCOMPARE(keyPermissions & others, QFileDevice::Permissions());
    QVERIFY(QFileInfo(directory + QStringLiteral("/ca.pem")).permissions().testFlag(QFileDevice::ReadOther));

    QVERIFY(!CertificateAuthority::writePem(TlsCredentials(), directory, &error));
    QVERIFY(!error.isEmpty());
}

void CertificateAuthorityTest::writePemTightensAnExistingKeyFile()
{
    const QString directory = m_directory.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(directory));
    const QString keyPath = directory + QStringLiteral("/key.pem");
    {
        QFile old(keyPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QVERIFY2(CertificateAuthority::writePem(generateOrFail(), directory, &error), qPrintable(error));
    QVERIFY(!QFileInfo(keyPath).permissions().testFlag(QFileDevice::ReadOther));
    QVERIFY(!QFileInfo(keyPath).permissions().testFlag(QFileDevice::ReadGroup));
}

QTEST_GUILESS_MAIN(CertificateAuthorityTest)
#include "tst_certificateauthority.moc"
