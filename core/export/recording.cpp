#include "core/export/recording.h"

#include "core/session/sessionstatistics.h"
#include "core/timeline/eventnames.h"
#include "core/timeline/timeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace protoviz {

namespace {

const QString FormatName = QStringLiteral("protoviz-recording");
const QString StreamFormatName = QStringLiteral("protoviz-recording-stream");

} // namespace

QJsonObject Recording::eventToJson(const Event& event, const EventDetail& detail)
{
    QJsonObject object{
        {QStringLiteral("t"), double(event.timeNs)},
        {QStringLiteral("layer"), layerName(event.layer)},
        {QStringLiteral("kind"), kindName(event.layer, event.kind)},
        {QStringLiteral("origin"), originName(event.origin)},
        {QStringLiteral("dir"), directionName(event.direction)},
        {QStringLiteral("conn"), double(event.connection)},
        {QStringLiteral("stream"), double(event.stream)},
        {QStringLiteral("size"), double(event.size)},
        {QStringLiteral("overhead"), double(event.overhead)},
        {QStringLiteral("flags"), event.flags},
        {QStringLiteral("value"), double(event.value)},
    };
    if (!detail.text.isEmpty())
        object.insert(QStringLiteral("text"), detail.text);
    if (!detail.bytes.isEmpty())
        object.insert(QStringLiteral("bytes"), QString::fromLatin1(detail.bytes.toBase64()));
    if (detail.truncated())
        object.insert(QStringLiteral("originalSize"), double(detail.originalSize));
    if (!detail.fields.isEmpty()) {
        QJsonArray fields;
        for (const Field& field : detail.fields) {
            fields.append(QJsonArray{field.name, field.value, field.offset, field.length, field.depth});
        }
        object.insert(QStringLiteral("fields"), fields);
    }
    return object;
}

namespace {

class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Recording)

public:
    EventReader(int session, int index)
        : m_where(tr("event %1 of session %2").arg(index + 1).arg(session + 1))
    {
    }

    explicit EventReader(qsizetype line)
        : m_where(tr("line %1").arg(line))
    {
    }

    QString error() const { return m_error; }

    std::optional<qint64> integer(const QJsonObject& object, const QString& key, qint64 min, qint64 max)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return 0;
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        // Range first: converting a double outside qint64's range to an integer is undefined behaviour.
        const bool inRange = value.isDouble() && number >= double(min) && number <= double(max);
        if (!inRange || number != std::trunc(number)) {
            fail(tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(number);
    }

    std::optional<Event> event(const QJsonObject& object, EventDetail* detail)
    {
        Event event;
        const auto layer = layerFromName(object.value(QStringLiteral("layer")).toString());
        if (!layer)
            return fail(tr("unknown layer \"%1\"").arg(object.value(QStringLiteral("layer")).toString()));
        event.layer = *layer;
        const auto kind = kindFromName(event.layer, object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(tr("unknown kind \"%1\"").arg(object.value(QStringLiteral("kind")).toString()));
        event.kind = *kind;
        const auto origin = originFromName(object.value(QStringLiteral("origin")).toString());
        if (!origin)
            return fail(tr("unknown origin \"%1\"").arg(object.value(QStringLiteral("origin")).toString()));
        event.origin = *origin;
        const auto direction =
            directionFromName(object.value(QStringLiteral("dir")).toString(QStringLiteral("none")));
        if (!direction)
            return fail(tr("unknown direction \"%1\"").arg(object.value(QStringLiteral("dir")).toString()));
        event.direction = *direction;
        constexpr qint64 maxU32 = std::numeric_limits<quint32>::max();
        constexpr qint64 maxTime = qint64(1) << 53; // what a JSON number holds exactly
        const auto time = integer(object, QStringLiteral("t"), 0, maxTime);
        const auto connection = integer(object, QStringLiteral("conn"), 0, maxU32);
        const auto stream = integer(object, QStringLiteral("stream"), 0, maxU32);
        const auto size = integer(object, QStringLiteral("size"), 0, maxU32);
        const auto overhead = integer(object, QStringLiteral("overhead"), 0, maxU32);
        const auto flags = integer(object, QStringLiteral("flags"), 0, 255);
        const auto value = integer(object, QStringLiteral("value"), -maxTime, maxTime);
        if (!time || !connection || !stream || !size || !overhead || !flags || !value)
            return std::nullopt;
        event.timeNs = *time;
        event.connection = quint32(*connection);
        event.stream = quint32(*stream);
        event.size = quint32(*size);
        event.overhead = quint32(*overhead);
        event.flags = quint8(*flags);
        event.value = *value;

        detail->text = object.value(QStringLiteral("text")).toString();
        if (object.contains(QStringLiteral("bytes"))) {
            const auto decoded =
                QByteArray::fromBase64Encoding(object.value(QStringLiteral("bytes")).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(tr("\"bytes\" is not valid base64"));
            detail->bytes = *decoded;
        }
        if (const auto original = integer(object, QStringLiteral("originalSize"), 0, maxU32))
            detail->originalSize = quint32(*original);
        else
            return std::nullopt;
        const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
        for (const QJsonValue& entry : fields) {
            const QJsonArray field = entry.toArray();
            if (field.size() != 5 || !field[0].isString() || !field[1].isString())
                return fail(tr("a field must be [name, value, offset, length, depth]"));
            const int offset = field[2].toInt(-2);
            const int length = field[3].toInt(-1);
            const int depth = field[4].toInt(-1);
            const bool inside = offset == -1 || (offset >= 0 && length >= 0 &&
                                                 qint64(offset) + length <= detail->bytes.size());
            if (!inside || depth < 0 || depth > 32)
                return fail(tr("field \"%1\" points outside the event's bytes").arg(field[0].toString()));
            detail->fields.append({field[0].toString(), field[1].toString(), offset, length, depth});
        }
        return event;
    }

private:
    std::nullopt_t fail(const QString& what)
    {
        m_error = m_where + QLatin1String(": ") + what;
        return std::nullopt;
    }

    QString m_where;
    QString m_error;
};

} // namespace

QJsonObject Recording::toJson(const QString& scenarioId, const QList<const Timeline*>& sessions)
{
    QJsonArray sessionArray;
    for (const Timeline* timeline : sessions) {
        const QList<Event> events = timeline->events();
        QJsonArray eventArray;
        for (const Event& event : events)
            eventArray.append(eventToJson(event, timeline->detail(event)));
        sessionArray.append(QJsonObject{
            {QStringLiteral("title"), timeline->title()},
            {QStringLiteral("settings"), QJsonObject::fromVariantMap(timeline->settings())},
            {QStringLiteral("statistics"),
             QJsonObject::fromVariantMap(SessionStatistics::compute(events).toVariantMap())},
            {QStringLiteral("events"), eventArray},
        });
    }
    return {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("scenario"), scenarioId},
        {QStringLiteral("sessions"), sessionArray},
    };
}

bool Recording::write(const QString& path, const QString& scenarioId, const QList<const Timeline*>& sessions,
                      QString* error)
{
    // QSaveFile: a failed write never leaves half a recording where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson(scenarioId, sessions)).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Recording> Recording::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<Recording> Recording::fromJson(const QByteArray& json, QString* error)
{
    // A streamed recording starts with a header line; a whole recording is one JSON document, which
    // either has no line break at all (compact) or an opening brace alone on its first line.
    const qsizetype firstBreak = json.indexOf('\n');
    if (firstBreak > 0) {
        const QJsonDocument header = QJsonDocument::fromJson(json.first(firstBreak));
        if (header.isObject() &&
            header.object().value(QStringLiteral("format")).toString() == StreamFormatName)
            return fromStream(json, header.object(), error);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("This is not a ProtoViz recording: the JSON is broken at byte %1 (%2).")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        *error = tr("This is not a ProtoViz recording (no \"format\": \"%1\").").arg(FormatName);
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        *error = tr("This recording has format version %1; this ProtoViz reads version %2.")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString())
                     .arg(FormatVersion);
        return std::nullopt;
    }
    const QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    if (sessions.isEmpty()) {
        *error = tr("The recording holds no sessions.");
        return std::nullopt;
    }
    Recording recording;
    recording.scenarioId = root.value(QStringLiteral("scenario")).toString();
    const SessionClock clock = SessionClock::startingNow();
    for (int s = 0; s < sessions.size(); ++s) {
        const QJsonObject session = sessions[s].toObject();
        auto timeline = std::make_shared<Timeline>(clock);
        timeline->setByteLimit(std::numeric_limits<int>::max());
        timeline->setTitle(session.value(QStringLiteral("title")).toString());
        timeline->setSettings(session.value(QStringLiteral("settings")).toObject().toVariantMap());
        const QJsonArray events = session.value(QStringLiteral("events")).toArray();
        qint64 lastTime = 0;
        for (int i = 0; i < events.size(); ++i) {
            EventReader reader(s, i);
            EventDetail detail;
            const std::optional<Event> event = reader.event(events[i].toObject(), &detail);
            if (!event) {
                *error = tr("The recording is damaged: %1.").arg(reader.error());
                return std::nullopt;
            }
            if (event->timeNs < lastTime) {
                *error = tr("The recording is damaged: event %1 of session %2 goes back in time.")
                             .arg(i + 1)
                             .arg(s + 1);
                return std::nullopt;
            }
            lastTime = event->timeNs;
            timeline->append(*event, std::move(detail));
        }
        recording.sessions.append(std::move(timeline));
    }
    return recording;
}

std::optional<Recording> Recording::fromStream(const QByteArray& data, const QJsonObject& header,
                                               QString* error)
{
    if (header.value(QStringLiteral("version")).toInt() != FormatVersion) {
        *error = tr("This streamed recording has format version %1; this ProtoViz reads version %2.")
                     .arg(header.value(QStringLiteral("version")).toVariant().toString())
                     .arg(FormatVersion);
        return std::nullopt;
    }
    Recording recording;
    recording.scenarioId = header.value(QStringLiteral("scenario")).toString();
    auto timeline = std::make_shared<Timeline>(SessionClock::startingNow());
    timeline->setByteLimit(std::numeric_limits<int>::max());
    timeline->setTitle(header.value(QStringLiteral("title")).toString());
    timeline->setSettings(header.value(QStringLiteral("settings")).toObject().toVariantMap());

    qint64 lastTime = 0;
    qsizetype line = 1;
    qsizetype position = data.indexOf('\n') + 1;
    while (position < data.size()) {
        ++line;
        const qsizetype lineEnd = data.indexOf('\n', position);
        const bool complete = lineEnd >= 0;
        const QByteArrayView text =
            QByteArrayView(data).sliced(position, (complete ? lineEnd : data.size()) - position);
        position = complete ? lineEnd + 1 : data.size();
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            // The writer ends every event with a line break, so only the last line can be cut short: that
            // is a writer stopped mid-way (a crash, a full disk), and every event before it is good.
            if (!complete) {
                recording.notice =
                    tr("The recording ends in an incomplete event at line %1 (its writer stopped mid-way); "
                       "the %n complete event(s) before it were read.",
                       nullptr, int(timeline->size()))
                        .arg(line);
                break;
            }
            *error = tr("The recording is damaged: line %1 is not an event (%2).")
                         .arg(line)
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : tr("not a JSON object"));
            return std::nullopt;
        }
        EventReader reader(line);
        EventDetail detail;
        const std::optional<Event> event = reader.event(document.object(), &detail);
        if (!event) {
            *error = tr("The recording is damaged: %1.").arg(reader.error());
            return std::nullopt;
        }
        if (event->timeNs < lastTime) {
            *error = tr("The recording is damaged: the event at line %1 goes back in time.").arg(line);
            return std::nullopt;
        }
        lastTime = event->timeNs;
        timeline->append(*event, std::move(detail));
    }
    recording.sessions.append(std::move(timeline));
    return recording;
}

} // namespace protoviz
