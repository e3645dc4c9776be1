// ProtoViz's HTTP/3 server (core's Http3Server) serving the workload with no observer, so that it records
// nothing: the server bench/h3-ratio.sh measures against ngtcp2's. It generates a certificate authority
// and a server certificate for localhost and 127.0.0.1 and writes them where the script can give them to
// ngtcp2's server and to the load client, so that both servers present the same identity.

#include "bench/benchoptions.h"

#include "core/http/workload.h"
#include "core/http3/http3server.h"
#include "core/quic/quictlscontext.h"
#include "core/tls/certificateauthority.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace {

using protoviz::bench::readCount;
using namespace protoviz;

enum ExitCode : int {
    Served = 0,
    CannotServe = 1,
    BadArguments = 2,
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("protoviz_bench_h3server"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves ProtoViz's workload over HTTP/3 on 127.0.0.1 without recording events, until "
                       "it is killed."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("UDP port (default 0: a free one)."), QStringLiteral("port")},
        {QStringLiteral("objects"),
         QStringLiteral("Objects on the page (default %1).").arg(Workload::DefaultObjects),
         QStringLiteral("count")},
        {QStringLiteral("object-size"),
         QStringLiteral("Bytes per object (default %1).").arg(Workload::DefaultObjectSize),
         QStringLiteral("bytes")},
        {QStringLiteral("cert-dir"),
         QStringLiteral("Folder to write ca.pem, cert.pem and key.pem into (required)."),
         QStringLiteral("folder")},
    });
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Served;
    }
    int port = 0;
    int objects = Workload::DefaultObjects;
    int objectSize = Workload::DefaultObjectSize;
    if (!readCount(parser, QStringLiteral("port"), 65535, &port, err) ||
        !readCount(parser, QStringLiteral("objects"), Workload::MaxObjects, &objects, err) ||
        !readCount(parser, QStringLiteral("object-size"), Workload::MaxObjectSize, &objectSize, err))
        return BadArguments;
    if (!parser.isSet(QStringLiteral("cert-dir"))) {
        err << "Give a --cert-dir to write the certificates into.\n";
        return BadArguments;
    }

    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    if (!credentials ||
        !CertificateAuthority::writePem(*credentials, parser.value(QStringLiteral("cert-dir")), &error)) {
        err << "Cannot make the certificates: " << error << '\n';
        return CannotServe;
    }
    std::shared_ptr<QuicTlsContext> tls = QuicTlsContext::forServer(*credentials, &error);
    if (!tls) {
        err << "Cannot use the certificates: " << error << '\n';
        return CannotServe;
    }
    Http3Server server(tls, Workload(objects, objectSize));
    if (!server.listen(QHostAddress::LocalHost, quint16(port), &error)) {
        err << "Cannot listen: " << error << '\n';
        return CannotServe;
    }

    out << "HTTP/3 on 127.0.0.1:" << server.port() << '\n';
    out << "Serving " << objects << " objects of " << objectSize << " bytes at /tiles/0 .. /tiles/"
        << objects - 1 << '\n';
    out.flush();
    return QCoreApplication::exec();
}
