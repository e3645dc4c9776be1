#include "app/cli/knobparser.h"

#include <QRegularExpression>

namespace protoviz::cli {

bool KnobParser::readInt(const QCommandLineParser& parser, const QString& option, int min, int max, int* out,
                         QString* error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                     .arg(option)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(option));
        return false;
    }
    *out = value;
    return true;
}

namespace {

bool readMilliseconds(const QCommandLineParser& parser, const QString& option, qint64* nanoseconds,
                      QString* error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double ms = parser.value(option).toDouble(&ok);
    if (!ok || ms < 0 || ms > 1e6) {
        *error = KnobParser::tr("--%1 takes a time in milliseconds, such as 100 or 2.5, not \"%2\".")
                     .arg(option, parser.value(option));
        return false;
    }
    *nanoseconds = qint64(ms * 1e6);
    return true;
}

bool readBandwidth(const QCommandLineParser& parser, const QString& option, quint64* out, QString* error)
{
    if (!parser.isSet(option))
        return true;
    QString why;
    const std::optional<quint64> value = LinkConditions::parseBandwidth(parser.value(option), &why);
    if (!value) {
        *error = KnobParser::tr("--%1: %2").arg(option, why);
        return false;
    }
    *out = *value;
    return true;
}

} // namespace

void KnobParser::addOptions(QCommandLineParser& parser, unsigned groups)
{
    if (groups & LinkGroup) {
        parser.addOptions({
            {QStringLiteral("rtt"), tr("Round-trip time of the emulated link in milliseconds (0-2000)."),
             tr("ms")},
            {QStringLiteral("jitter"), tr("Random variation of each segment's delay, up to ± this many ms."),
             tr("ms")},
            {QStringLiteral("bandwidth"),
             tr("Bandwidth in both directions, e.g. 10mbit, 512kbit, unlimited."), tr("rate")},
            {QStringLiteral("up"), tr("Bandwidth from client to server (overrides --bandwidth)."),
             tr("rate")},
            {QStringLiteral("down"), tr("Bandwidth from server to client (overrides --bandwidth)."),
             tr("rate")},
            {QStringLiteral("loss"), tr("Share of data segments lost, as 0.01 or 1% (at most 50%)."),
             tr("share")},
            {QStringLiteral("seed"), tr("Seed for loss and jitter, to repeat a run exactly."), tr("number")},
        });
    }
    if (groups & PageGroup) {
        parser.addOptions({
            {QStringLiteral("objects"),
             tr("Objects on the page, or items or calls (default: the scenario's own, 100 for a page load)."),
             tr("count")},
            {QStringLiteral("object-size"),
             tr("Size of each object, e.g. 4096, 4k, 1M (default: the scenario's own, mostly 4k)."),
             tr("size")},
            {QStringLiteral("large-object"),
             tr("A mixed page: make the first object this large, e.g. 1M (default 0, none), to see the "
                "small ones wait behind it."),
             tr("size")},
            {QStringLiteral("push"), tr("Let the HTTP/2 server push the page's objects.")},
        });
    }
    if (groups & ClientGroup) {
        parser.addOptions({
            {QStringLiteral("connections"), tr("HTTP/1.1 connections per host (default 6, as browsers)."),
             tr("count")},
            {QStringLiteral("pipelining"), tr("Let HTTP/1.1 pipeline requests.")},
            {QStringLiteral("cleartext"), tr("Run without TLS (HTTP/2 then uses h2c with prior knowledge).")},
            {QStringLiteral("tls-version"), tr("The newest TLS version clients offer: 1.2 or 1.3 (default)."),
             tr("version")},
            {QStringLiteral("timeout"), tr("Give a session up after this many seconds (default 120)."),
             tr("seconds")},
            {QStringLiteral("grpc-deadline-ms"),
             tr("gRPC calls get this deadline, sent as grpc-timeout (default 0, none)."), tr("ms")},
            {QStringLiteral("grpc-work-ms"),
             tr("The gRPC server works on each call from 0 ms (first call) up to this (last call) (default "
                "0)."),
             tr("ms")},
            {QStringLiteral("grpc-cancel-after-ms"),
             tr("gRPC clients cancel calls still running after this long (default 0, never)."), tr("ms")},
        });
    }
}

qint64 KnobParser::parseSize(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)(?:i?[bB])?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    double value = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    if (unit == QLatin1String("k"))
        value *= 1024;
    else if (unit == QLatin1String("m"))
        value *= 1024 * 1024;
    return value > 1e12 ? -1 : qint64(value);
}

bool KnobParser::read(const QCommandLineParser& parser, unsigned groups, ScenarioKnobs* knobs, QString* error)
{
    if ((groups & LinkGroup) && !readLink(parser, &knobs->link, error))
        return false;
    return readWorkload(parser, groups, knobs, error);
}

bool KnobParser::readLink(const QCommandLineParser& parser, LinkConditions* conditions, QString* error)
{
    LinkConditions& link = *conditions;
    if (!readMilliseconds(parser, QStringLiteral("rtt"), &link.rttNs, error) ||
        !readMilliseconds(parser, QStringLiteral("jitter"), &link.jitterNs, error))
        return false;
    quint64 both = link.downstreamBitsPerSecond;
    if (!readBandwidth(parser, QStringLiteral("bandwidth"), &both, error))
        return false;
    link.upstreamBitsPerSecond = link.downstreamBitsPerSecond = both;
    if (!readBandwidth(parser, QStringLiteral("up"), &link.upstreamBitsPerSecond, error) ||
        !readBandwidth(parser, QStringLiteral("down"), &link.downstreamBitsPerSecond, error))
        return false;
    if (parser.isSet(QStringLiteral("loss"))) {
        QString text = parser.value(QStringLiteral("loss")).trimmed();
        const bool percent = text.endsWith(QLatin1Char('%'));
        if (percent)
            text.chop(1);
        bool ok = false;
        double loss = text.toDouble(&ok);
        if (percent)
            loss /= 100.0;
        if (!ok || loss < 0 || loss > 0.5) {
            *error = tr("--loss takes a share from 0 to 0.5 (or 0% to 50%), not \"%1\".")
                         .arg(parser.value(QStringLiteral("loss")));
            return false;
        }
        link.lossRate = loss;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        link.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            *error = tr("--seed takes a whole number, not \"%1\".").arg(parser.value(QStringLiteral("seed")));
            return false;
        }
    }
    if (const QString why = link.validationError(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    return true;
}

bool KnobParser::readWorkload(const QCommandLineParser& parser, unsigned groups, ScenarioKnobs* knobs,
                              QString* error)
{
    if (groups & PageGroup) {
        if (!readInt(parser, QStringLiteral("objects"), 1, 100000, &knobs->objects, error))
            return false;
        if (parser.isSet(QStringLiteral("object-size"))) {
            const qint64 size = parseSize(parser.value(QStringLiteral("object-size")));
            if (size < 0 || size > 64 * 1024 * 1024) {
                *error = tr("--object-size takes a size up to 64M, such as 4096 or 4k, not \"%1\".")
                             .arg(parser.value(QStringLiteral("object-size")));
                return false;
            }
            knobs->objectSize = int(size);
        }
        if (parser.isSet(QStringLiteral("large-object"))) {
            const qint64 size = parseSize(parser.value(QStringLiteral("large-object")));
            if (size < 0 || size > 64 * 1024 * 1024) {
                *error = tr("--large-object takes a size up to 64M, such as 1M or 512k, not \"%1\".")
                             .arg(parser.value(QStringLiteral("large-object")));
                return false;
            }
            knobs->largeObjectSize = int(size);
        }
        // Flags only switch on: without one, the scenario's own default stands.
        if (parser.isSet(QStringLiteral("push")))
            knobs->serverPush = true;
    }
    if (groups & ClientGroup) {
        if (!readInt(parser, QStringLiteral("connections"), 1, 64, &knobs->connectionsPerHost, error) ||
            !readInt(parser, QStringLiteral("timeout"), 1, 3600, &knobs->timeoutSeconds, error) ||
            !readInt(parser, QStringLiteral("grpc-deadline-ms"), 0, 60000, &knobs->grpcDeadlineMs, error) ||
            !readInt(parser, QStringLiteral("grpc-work-ms"), 0, 60000, &knobs->grpcWorkMs, error) ||
            !readInt(parser, QStringLiteral("grpc-cancel-after-ms"), 0, 60000, &knobs->grpcCancelAfterMs,
                     error))
            return false;
        if (parser.isSet(QStringLiteral("pipelining")))
            knobs->pipelining = true;
        if (parser.isSet(QStringLiteral("cleartext")))
            knobs->tls = false;
        if (parser.isSet(QStringLiteral("tls-version"))) {
            const QString version = parser.value(QStringLiteral("tls-version"));
            if (version == QLatin1String("1.2")) {
                knobs->maxTlsVersion = TlsVersion::Tls12;
            } else if (version == QLatin1String("1.3")) {
                knobs->maxTlsVersion = TlsVersion::Tls13;
            } else {
                *error = tr("--tls-version takes 1.2 or 1.3, not \"%1\".").arg(version);
                return false;
            }
        }
    }
    return true;
}

QStringList KnobParser::ignoredOptionNotes(const QCommandLineParser& parser,
                                           const ScenarioCatalog::Entry& entry)
{
    static const QList<std::pair<QLatin1String, ScenarioKnob>> options{
        {QLatin1String("objects"), ScenarioKnob::Objects},
        {QLatin1String("object-size"), ScenarioKnob::ObjectSize},
        {QLatin1String("large-object"), ScenarioKnob::LargeObjectSize},
        {QLatin1String("push"), ScenarioKnob::ServerPush},
        {QLatin1String("connections"), ScenarioKnob::Connections},
        {QLatin1String("pipelining"), ScenarioKnob::Pipelining},
        {QLatin1String("cleartext"), ScenarioKnob::Tls},
        {QLatin1String("tls-version"), ScenarioKnob::MaxTlsVersion},
        {QLatin1String("grpc-deadline-ms"), ScenarioKnob::GrpcDeadline},
        {QLatin1String("grpc-work-ms"), ScenarioKnob::GrpcWork},
        {QLatin1String("grpc-cancel-after-ms"), ScenarioKnob::GrpcCancelAfter},
        {QLatin1String("clients"), ScenarioKnob::Clients},
        {QLatin1String("updates-per-second"), ScenarioKnob::UpdatesPerSecond},
        {QLatin1String("duration"), ScenarioKnob::Duration},
        {QLatin1String("poll-interval"), ScenarioKnob::PollInterval},
        {QLatin1String("ws-compression"), ScenarioKnob::WebSocketCompression},
    };
    // optionNames() lists what the user gave; asking isSet() of an option this command never declared
    // would warn.
    const QStringList given = parser.optionNames();
    QStringList notes;
    for (const auto& [option, knob] : options) {
        if (given.contains(option) && !entry.applies(knob))
            notes.append(tr("Note: --%1 does not apply to %2 and is ignored. %3")
                             .arg(option, entry.id, entry.ignoredKnobs.value(knob)));
    }
    return notes;
}

QString KnobParser::describeLink(const LinkConditions& link)
{
    QString text = tr("RTT %1 ms").arg(double(link.rttNs) / 1e6);
    if (link.jitterNs > 0)
        text += tr(" ± %1 ms").arg(double(link.jitterNs) / 1e6);
    if (link.upstreamBitsPerSecond == link.downstreamBitsPerSecond)
        text += QLatin1String(", ") + LinkConditions::formatBandwidth(link.downstreamBitsPerSecond);
    else
        text += tr(", %1 down, %2 up")
                    .arg(LinkConditions::formatBandwidth(link.downstreamBitsPerSecond),
                         LinkConditions::formatBandwidth(link.upstreamBitsPerSecond));
    text += tr(", loss %1 %").arg(link.lossRate * 100.0);
    return text;
}

} // namespace protoviz::cli
