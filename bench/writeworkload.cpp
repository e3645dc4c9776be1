// Writes ProtoViz's workload into a folder (index.html and tiles/<i>), so that another web server can
// serve byte for byte what `protoviz-cli serve` serves: bench/h2load-ratio.sh compares the two.

#include "bench/benchoptions.h"

#include "core/http/workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace {

using protoviz::Workload;
using protoviz::bench::readCount;

bool writeFile(const QString& path, const QByteArray& bytes, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        err << "Cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("protoviz_bench_writeworkload"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the page ProtoViz serves as <folder>/index.html and its objects as "
                       "<folder>/tiles/<i>, for serving them with another web server."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("objects"),
         QStringLiteral("Objects on the page (default %1).").arg(Workload::DefaultObjects),
         QStringLiteral("count")},
        {QStringLiteral("object-size"),
         QStringLiteral("Bytes per object (default %1).").arg(Workload::DefaultObjectSize),
         QStringLiteral("bytes")},
    });
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QStringLiteral("Where to write (created if needed)."));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "Give exactly one folder to write to.\n";
        return 2;
    }
    int objects = Workload::DefaultObjects;
    int objectSize = Workload::DefaultObjectSize;
    if (!readCount(parser, QStringLiteral("objects"), Workload::MaxObjects, &objects, err) ||
        !readCount(parser, QStringLiteral("object-size"), Workload::MaxObjectSize, &objectSize, err))
        return 2;

    const QDir root(parser.positionalArguments().constFirst());
    if (!root.mkpath(QStringLiteral("tiles"))) {
        err << "Cannot create " << root.filePath(QStringLiteral("tiles")) << ".\n";
        return 1;
    }
    const Workload workload(objects, objectSize);
    if (!writeFile(root.filePath(QStringLiteral("index.html")), workload.page(), err))
        return 1;
    for (int i = 0; i < workload.objectCount(); ++i) {
        // objectPath() is "/tiles/<i>": the same path the page links to.
        const QString relative = QString::fromLatin1(Workload::objectPath(i)).mid(1);
        if (!writeFile(root.filePath(relative), workload.objectBody(i), err))
            return 1;
    }
    out << "Wrote index.html and " << workload.objectCount() << " objects of " << workload.objectSize()
        << " bytes to " << root.absolutePath() << '\n';
    return 0;
}
