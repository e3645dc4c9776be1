#include "core/export/recording.h"
#include "core/grpc/grpcchannel.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/grpctimeout.h"
#include "core/link/link.h"
#include "core/timeline/timeline.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include "app/cli/commands.h"
#include "app/cli/eventprinter.h"
#include "app/cli/knobparser.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace protoviz::cli {

namespace {

class GrpcCommand
{
    Q_DECLARE_TR_FUNCTIONS(GrpcCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static std::optional<QList<QByteArray>>
    readMessages(const QCommandLineParser& parser, const std::optional<GrpcMethod>& method, QString* error);
};

std::optional<QList<QByteArray>> GrpcCommand::readMessages(const QCommandLineParser& parser,
                                                           const std::optional<GrpcMethod>& method,
                                                           QString* error)
{
    QList<QByteArray> messages;
    const QStringList json = parser.values(QStringLiteral("message"));
    if (!json.isEmpty() && !method) {
        *error = tr("ProtoViz's schema does not know this method, so it cannot write JSON messages for it; "
                    "give them with --message-hex.");
        return std::nullopt;
    }
    for (const QString& text : json) {
        const std::optional<QByteArray> bytes =
            GrpcSchema::builtIn().fromJson(method->inputType, text, error);
        if (!bytes)
            return std::nullopt;
        messages.append(*bytes);
    }
    for (const QString& hex : parser.values(QStringLiteral("message-hex"))) {
        const QByteArray text = hex.toLatin1();
        const QByteArray bytes = QByteArray::fromHex(text);
        if (bytes.toHex() != text.toLower()) {
            *error = tr("--message-hex takes hexadecimal digits, not \"%1\".").arg(hex);
            return std::nullopt;
        }
        messages.append(bytes);
    }
    return messages;
}

int GrpcCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Calls a gRPC method on any server with ProtoViz's own gRPC client (HTTP/2 on nghttp2): sends "
           "the request messages, half-closes, prints every response message as JSON and the status the "
           "call ended with. Exits with 0 when the status is OK, 1 otherwise."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("url"), tr("The server: http://host:port (h2c) or https://host:port (TLS, ALPN h2)."));
    parser.addPositionalArgument(QStringLiteral("method"),
                                 tr("The method's path, e.g. /protoviz.lesson.v1.Lesson/GetItem."));
    parser.addOptions({
        {QStringLiteral("message"),
         tr("A request message in Protobuf's JSON mapping, e.g. '{\"id\": 3}'; repeat for a stream."),
         tr("json")},
        {QStringLiteral("message-hex"), tr("A request message as hexadecimal protobuf bytes; repeatable."),
         tr("hex")},
        {QStringLiteral("timeout"), tr("The call's deadline in milliseconds (sent as grpc-timeout)."),
         tr("ms")},
        {QStringLiteral("cancel-after"), tr("Cancel the call (RST_STREAM CANCEL) after this many responses."),
         tr("count")},
        {QStringLiteral("metadata"), tr("An extra request header, name:value; repeatable."), tr("header")},
        {QStringLiteral("cacert"), tr("Trust the authorities in this PEM file (default: the system's)."),
         tr("file")},
        {QStringLiteral("events"), tr("Which events to print: all, errors or none (default none)."),
         tr("which"), QStringLiteral("none")},
        {QStringLiteral("json"), tr("Write the recording of every event to this file."), tr("file")},
    });
    KnobParser::addOptions(parser, KnobParser::LinkGroup);
    if (!parser.parse(QStringList{QStringLiteral("protoviz-cli grpc")} + arguments)) {
        err << parser.errorText() << '\n' << tr("Try `protoviz-cli grpc --help`.") << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 2) {
        err << tr("grpc takes a server and a method, such as http://127.0.0.1:8080 "
                  "/protoviz.lesson.v1.Lesson/GetItem.")
            << '\n';
        return BadArguments;
    }
    ScenarioKnobs knobs;
    QString error;
    if (!KnobParser::read(parser, KnobParser::LinkGroup, &knobs, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    const QUrl url(parser.positionalArguments().constFirst(), QUrl::StrictMode);
    const bool tls = url.scheme() == QLatin1String("https");
    const QHostAddress host = url.host() == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                       : QHostAddress(url.host());
    if (!url.isValid() || (!tls && url.scheme() != QLatin1String("http")) || host.isNull()) {
        err << tr("\"%1\" is not an http:// or https:// address with an IP address or localhost.")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return BadArguments;
    }
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    QByteArray path = parser.positionalArguments().at(1).toUtf8();
    if (!path.startsWith('/'))
        path.prepend('/');
    const std::optional<GrpcMethod> method = GrpcSchema::builtIn().method(path);
    const std::optional<QList<QByteArray>> messages = readMessages(parser, method, &error);
    if (!messages) {
        err << error << '\n';
        return BadArguments;
    }
    GrpcCallOptions options;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double ms = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || ms <= 0) {
            err << tr("--timeout takes a positive number of milliseconds, not \"%1\".")
                       .arg(parser.value(QStringLiteral("timeout")))
                << '\n';
            return BadArguments;
        }
        options.timeoutNs = qint64(ms * 1e6);
    }
    int cancelAfter = -1;
    if (parser.isSet(QStringLiteral("cancel-after"))) {
        bool ok = false;
        cancelAfter = parser.value(QStringLiteral("cancel-after")).toInt(&ok);
        if (!ok || cancelAfter < 1) {
            err << tr("--cancel-after takes a number of responses, 1 or more.") << '\n';
            return BadArguments;
        }
    }
    for (const QString& header : parser.values(QStringLiteral("metadata"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            err << tr("--metadata takes name:value, not \"%1\".").arg(header) << '\n';
            return BadArguments;
        }
        options.metadata.append(
            {header.first(colon).trimmed().toLower().toUtf8(), header.sliced(colon + 1).trimmed().toUtf8()});
    }
    const QStringList filters{QStringLiteral("all"), QStringLiteral("errors"), QStringLiteral("none")};
    const QString eventsChoice = parser.value(QStringLiteral("events"));
    if (!filters.contains(eventsChoice)) {
        err << tr("--events takes all, errors or none, not \"%1\".").arg(eventsChoice) << '\n';
        return BadArguments;
    }

    std::shared_ptr<TlsClientContext> context;
    if (tls) {
        TlsClientConfig config;
        config.serverName = url.host().toUtf8();
        config.alpn = {QByteArrayLiteral("h2")};
        if (parser.isSet(QStringLiteral("cacert"))) {
            QFile file(parser.value(QStringLiteral("cacert")));
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
                return BadArguments;
            }
            config.trustedCaPem = file.readAll();
        }
        context = TlsClientContext::create(config, &error);
        if (!context) {
            err << error << '\n';
            return Unavailable;
        }
    }

    Timeline timeline(SessionClock::startingNow());
    timeline.setTitle(tls ? tr("gRPC over HTTP/2 and TLS") : tr("gRPC over HTTP/2 cleartext (h2c)"));
    EventPrinter printer(&timeline, &out, EventPrinter::Filter(filters.indexOf(eventsChoice)));
    ConnectionDirectory directory;
    // Only with network conditions does a link sit in between, as for `serve`.
    std::unique_ptr<Link> link;
    const QStringList linkOptions{QStringLiteral("rtt"),       QStringLiteral("jitter"),
                                  QStringLiteral("bandwidth"), QStringLiteral("up"),
                                  QStringLiteral("down"),      QStringLiteral("loss")};
    bool emulate = false;
    for (const QString& option : linkOptions)
        emulate = emulate || parser.isSet(option);
    if (emulate) {
        link = std::make_unique<Link>(knobs.link, &directory, EventRecorder(&timeline, Origin::Link));
        link->setUpstream(host, port);
        if (!link->listen(QHostAddress::LocalHost, 0, &error)) {
            err << error << '\n';
            return Unavailable;
        }
    }
    const StreamOpener opener = [&](const QList<QByteArray>&) -> ByteStream* {
        auto* tcp = new TcpStream;
        if (link)
            tcp->connectTo(link->address(), link->port(), link.get(), &directory);
        else
            tcp->connectTo(host, port, nullptr, &directory);
        if (!context)
            return tcp;
        return TlsStream::client(tcp, context, EventRecorder(&timeline, Origin::Client));
    };
    GrpcChannel channel(opener, url.authority(QUrl::FullyEncoded).toUtf8(), Http2Settings::browserLike(),
                        GrpcSchema::builtIn(), EventRecorder(&timeline, Origin::Client));
    GrpcClientCall* call = channel.startCall(path, options);
    QEventLoop loop;
    int responses = 0;
    std::optional<GrpcStatus> status;
    QObject::connect(call, &GrpcClientCall::messageReceived, call, [&](const QByteArray& message) {
        ++responses;
        const DecodedMessage decoded =
            GrpcSchema::builtIn().decode(method ? method->outputType : QString(), message);
        out << tr("response %1: %2")
                   .arg(responses)
                   .arg(decoded.json.isEmpty() ? QString::fromLatin1(message.toHex()) : decoded.json)
            << '\n';
        out.flush();
        if (responses == cancelAfter)
            call->cancel();
    });
    QObject::connect(call, &GrpcClientCall::finished, call, [&](const GrpcStatus& ended) {
        status = ended;
        channel.finish();
    });
    QObject::connect(&channel, &GrpcChannel::closed, &loop, &QEventLoop::quit);
    for (const QByteArray& message : *messages)
        call->sendMessage(message);
    call->closeSend();
    // The channel closes after the call; this is only a backstop for a server that never answers GOAWAY.
    QTimer::singleShot(options.timeoutNs > 0 ? int(options.timeoutNs / 1000000) + 10000 : 120000, &loop,
                       &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();

    if (!status) {
        err << tr("The call did not end: the server neither answered nor closed the connection.") << '\n';
        return SessionFailed;
    }
    out << QStringLiteral("grpc-status: %1 %2").arg(int(status->code)).arg(GrpcStatus::codeName(status->code))
        << '\n';
    if (!status->message.isEmpty())
        out << QStringLiteral("grpc-message: %1").arg(status->message) << '\n';
    if (parser.isSet(QStringLiteral("json")) &&
        !Recording::write(parser.value(QStringLiteral("json")), QStringLiteral("grpc"), {&timeline},
                          &error)) {
        err << error << '\n';
        return Unavailable;
    }
    return status->isOk() ? Success : SessionFailed;
}

} // namespace

int grpcCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return GrpcCommand::run(arguments, out, err);
}

} // namespace protoviz::cli
