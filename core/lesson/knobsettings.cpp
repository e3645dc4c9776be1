#include "core/lesson/knobsettings.h"

#include "core/session/pollingsessionconfig.h"
#include "core/session/sessionconfig.h"

namespace protoviz {

namespace {

std::optional<bool> parseSwitch(const QString& value)
{
    if (value == QLatin1String("on") || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("off") || value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

bool KnobSettings::apply(const QString& text, ScenarioKnobs* knobs, QString* error)
{
    ScenarioKnobs result = *knobs;
    for (const QString& setting : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = tr("\"%1\" is not a knob setting: write NAME=VALUE, such as rtt=100").arg(setting);
            return false;
        }
        const QString name = setting.left(equals);
        const QString value = setting.mid(equals + 1).trimmed();
        bool ok = false;
        const auto wholeNumber = [&](int min, int max, int* out) {
            const int number = value.toInt(&ok);
            ok = ok && number >= min && number <= max;
            if (ok)
                *out = number;
            else
                *error = tr("%1 takes a whole number from %2 to %3, not \"%4\"")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(value);
            return ok;
        };
        const auto milliseconds = [&](qint64* nanoseconds) {
            const double ms = value.toDouble(&ok);
            ok = ok && ms >= 0 && ms <= LinkConditions::MaxRttMs;
            if (ok)
                *nanoseconds = qint64(ms * 1e6);
            else
                *error = tr("%1 takes milliseconds from 0 to %2, not \"%3\"")
                             .arg(name)
                             .arg(LinkConditions::MaxRttMs)
                             .arg(value);
            return ok;
        };
        const auto onOff = [&](bool* out) {
            const std::optional<bool> on = parseSwitch(value);
            if (on)
                *out = *on;
            else
                *error = tr("%1 is on or off, not \"%2\"").arg(name, value);
            return on.has_value();
        };
        bool applied = false;
        if (name == QLatin1String("rtt")) {
            applied = milliseconds(&result.link.rttNs);
        } else if (name == QLatin1String("jitter")) {
            applied = milliseconds(&result.link.jitterNs);
        } else if (name == QLatin1String("bandwidth")) {
            QString why;
            const std::optional<quint64> bits = LinkConditions::parseBandwidth(value, &why);
            if (bits)
                result.link.upstreamBitsPerSecond = result.link.downstreamBitsPerSecond = *bits;
            else
                *error = tr("bandwidth: %1").arg(why);
            applied = bits.has_value();
        } else if (name == QLatin1String("loss")) {
            const bool percent = value.endsWith(QLatin1Char('%'));
            double rate = (percent ? value.chopped(1) : value).toDouble(&ok);
            if (percent)
                rate /= 100.0;
            applied = ok && rate >= 0.0 && rate <= 0.5;
            if (applied)
                result.link.lossRate = rate;
            else
                *error = tr("loss takes a share from 0 to 50%, such as 2% or 0.02, not \"%1\"").arg(value);
        } else if (name == QLatin1String("seed")) {
            result.link.seed = value.toUInt(&ok);
            applied = ok;
            if (!ok)
                *error = tr("seed takes a whole number, not \"%1\"").arg(value);
        } else if (name == QLatin1String("objects")) {
            applied = wholeNumber(1, 100000, &result.objects);
        } else if (name == QLatin1String("objectSize")) {
            applied = wholeNumber(0, 64 * 1024 * 1024, &result.objectSize);
        } else if (name == QLatin1String("largeObjectSize")) {
            applied = wholeNumber(0, 64 * 1024 * 1024, &result.largeObjectSize);
        } else if (name == QLatin1String("connections")) {
            applied = wholeNumber(1, SessionConfig::MaxConnectionsPerHost, &result.connectionsPerHost);
        } else if (name == QLatin1String("pipelining")) {
            applied = onOff(&result.pipelining);
        } else if (name == QLatin1String("push")) {
            applied = onOff(&result.serverPush);
        } else if (name == QLatin1String("tls")) {
            applied = onOff(&result.tls);
        } else if (name == QLatin1String("tlsVersion")) {
            applied = value == QLatin1String("1.2") || value == QLatin1String("1.3");
            if (applied)
                result.maxTlsVersion = value == QLatin1String("1.2") ? TlsVersion::Tls12 : TlsVersion::Tls13;
            else
                *error = tr("tlsVersion is 1.2 or 1.3, not \"%1\"").arg(value);
        } else if (name == QLatin1String("grpcDeadline")) {
            applied = wholeNumber(0, 60000, &result.grpcDeadlineMs);
        } else if (name == QLatin1String("grpcWork")) {
            applied = wholeNumber(0, 60000, &result.grpcWorkMs);
        } else if (name == QLatin1String("grpcCancelAfter")) {
            applied = wholeNumber(0, 60000, &result.grpcCancelAfterMs);
        } else if (name == QLatin1String("clients")) {
            applied = wholeNumber(1, PollingSessionConfig::MaxClients, &result.clients);
        } else if (name == QLatin1String("updatesPerSecond")) {
            applied = wholeNumber(1, PollingSessionConfig::MaxUpdatesPerSecond, &result.updatesPerSecond);
        } else if (name == QLatin1String("duration")) {
            applied = wholeNumber(1, PollingSessionConfig::MaxDurationSeconds, &result.durationSeconds);
        } else if (name == QLatin1String("pollInterval")) {
            applied = wholeNumber(PollingSessionConfig::MinPollIntervalMs,
                                  PollingSessionConfig::MaxPollIntervalMs, &result.pollIntervalMs);
        } else {
            *error =
                tr("there is no knob \"%1\" (knobs: rtt, jitter, bandwidth, loss, seed, objects, objectSize, "
                   "largeObjectSize, connections, pipelining, push, tls, tlsVersion, grpcDeadline, grpcWork, "
                   "grpcCancelAfter, clients, updatesPerSecond, duration, pollInterval)")
                    .arg(name);
        }
        if (!applied)
            return false;
    }
    *knobs = result;
    return true;
}

namespace {

// The knobs a lesson's expression can read, by name.
struct ReadableKnob
{
    QLatin1String name;
    double (*read)(const ScenarioKnobs&);
};

constexpr ReadableKnob ReadableKnobs[] = {
    {QLatin1String("rttMs"), [](const ScenarioKnobs& k) { return double(k.link.rttNs) / 1e6; }},
    {QLatin1String("lossPercent"), [](const ScenarioKnobs& k) { return k.link.lossRate * 100.0; }},
    {QLatin1String("objects"), [](const ScenarioKnobs& k) { return double(k.objects); }},
    {QLatin1String("objectSize"), [](const ScenarioKnobs& k) { return double(k.objectSize); }},
    {QLatin1String("largeObjectSize"), [](const ScenarioKnobs& k) { return double(k.largeObjectSize); }},
    {QLatin1String("connections"), [](const ScenarioKnobs& k) { return double(k.connectionsPerHost); }},
    {QLatin1String("grpcDeadlineMs"), [](const ScenarioKnobs& k) { return double(k.grpcDeadlineMs); }},
    {QLatin1String("grpcWorkMs"), [](const ScenarioKnobs& k) { return double(k.grpcWorkMs); }},
    {QLatin1String("grpcCancelAfterMs"), [](const ScenarioKnobs& k) { return double(k.grpcCancelAfterMs); }},
    {QLatin1String("clients"), [](const ScenarioKnobs& k) { return double(k.clients); }},
    {QLatin1String("updatesPerSecond"), [](const ScenarioKnobs& k) { return double(k.updatesPerSecond); }},
    {QLatin1String("durationSeconds"), [](const ScenarioKnobs& k) { return double(k.durationSeconds); }},
    {QLatin1String("pollIntervalMs"), [](const ScenarioKnobs& k) { return double(k.pollIntervalMs); }},
};

} // namespace

std::optional<double> KnobSettings::value(const ScenarioKnobs& knobs, const QString& name)
{
    for (const ReadableKnob& knob : ReadableKnobs) {
        if (knob.name == name)
            return knob.read(knobs);
    }
    return std::nullopt;
}

QStringList KnobSettings::readableNames()
{
    QStringList names;
    for (const ReadableKnob& knob : ReadableKnobs)
        names.append(knob.name);
    return names;
}

} // namespace protoviz
