#include "core/http1/http1eventlog.h"

#include "core/timeline/timeline.h"

#include <algorithm>
#include <limits>

namespace protoviz {

namespace {

quint32 clampSize(qint64 size)
{
    return quint32(std::clamp<qint64>(size, 0, std::numeric_limits<quint32>::max()));
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

} // namespace

void Http1EventLog::head(bool sent, quint32 message, const QByteArray& raw) const
{
    if (!m_recorder.isActive())
        return;
    const bool response = raw.startsWith("HTTP/");
    EventDetail detail;
    detail.bytes = raw;
    detail.fields = headFields(raw);
    m_recorder.record({.layer = Layer::Http1,
                       .kind = kindOf(response ? Http1Kind::ResponseHead : Http1Kind::RequestHead),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .stream = message,
                       .size = clampSize(raw.size())},
                      std::move(detail));
}

void Http1EventLog::body(bool sent, quint32 message, QByteArrayView wire, qint64 payloadBytes) const
{
    if (!m_recorder.isActive())
        return;
    // Copy no more than the timeline keeps: a body piece can be megabytes.
    const qsizetype keep = std::min<qsizetype>(wire.size(), std::max(0, m_recorder.timeline()->byteLimit()));
    EventDetail detail;
    detail.bytes = wire.first(keep).toByteArray();
    if (keep < wire.size())
        detail.originalSize = clampSize(wire.size());
    m_recorder.record({.layer = Layer::Http1,
                       .kind = kindOf(Http1Kind::Body),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .stream = message,
                       .size = clampSize(wire.size()),
                       .overhead = clampSize(wire.size() - payloadBytes)},
                      std::move(detail));
}

void Http1EventLog::messageEnd(bool sent, quint32 message, qint64 payloadBytes) const
{
    m_recorder.record({.layer = Layer::Http1,
                       .kind = kindOf(Http1Kind::MessageEnd),
                       .direction = sent ? m_recorder.outgoing() : m_recorder.incoming(),
                       .stream = message,
                       .size = clampSize(payloadBytes)});
}

void Http1EventLog::error(quint32 message, const QString& explanation) const
{
    m_recorder.explain(Layer::Http1, kindOf(Http1Kind::Error), explanation, message);
}

QList<Field> Http1EventLog::headFields(QByteArrayView raw)
{
    QList<Field> fields;
    qsizetype lineEnd = raw.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = raw.size();
    const QByteArrayView startLine = raw.first(lineEnd);
    const bool response = startLine.startsWith("HTTP/");
    const QStringList names =
        response ? QStringList{QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("reason")}
                 : QStringList{QStringLiteral("method"), QStringLiteral("target"), QStringLiteral("version")};
    // Two spaces split the start line in three; a reason phrase may hold further spaces.
    qsizetype tokenStart = 0;
    for (int part = 0; part < 3 && tokenStart <= startLine.size(); ++part) {
        qsizetype tokenEnd = part < 2 ? startLine.indexOf(' ', tokenStart) : startLine.size();
        if (tokenEnd < 0)
            tokenEnd = startLine.size();
        fields.append({names[part], latin1(startLine.sliced(tokenStart, tokenEnd - tokenStart)),
                       int(tokenStart), int(tokenEnd - tokenStart), 0});
        tokenStart = tokenEnd + 1;
    }
    for (qsizetype pos = lineEnd + 2; pos < raw.size();) {
        qsizetype end = raw.indexOf("\r\n", pos);
        if (end < 0)
            end = raw.size();
        if (end == pos)
            break;
        const QByteArrayView line = raw.sliced(pos, end - pos);
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? line : line.first(colon);
        const QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1).trimmed();
        fields.append({latin1(name), latin1(value), int(pos), int(line.size()), 0});
        pos = end + 2;
    }
    return fields;
}

} // namespace protoviz
