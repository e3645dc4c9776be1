#include "core/session/restworkload.h"

#include "core/grpc/grpcschema.h"
#include "core/grpc/lessonmessages.h"
#include "core/http/httpclient.h"
#include "core/session/grpcstatistics.h"

namespace {

// The lesson service's item message, as the built-in schema names it.
const QString ItemType = QStringLiteral("protoviz.lesson.v1.Item");

} // namespace

namespace protoviz {

RestWorkload::RestWorkload(HttpClient* client, EventRecorder recorder, int items, RestApi::Encoding encoding,
                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
    , m_items(items)
    , m_encoding(encoding)
{
    connect(m_client, &HttpClient::responseFinished, this, &RestWorkload::onResponse);
    connect(m_client, &HttpClient::requestFailed, this, [this](quint32 tag, const QString& reason) {
        if (!isMine(tag))
            return;
        fail(tr("Item %1 could not be fetched: %2").arg(tag).arg(reason));
    });
}

void RestWorkload::start()
{
    for (int id = 0; id < m_items; ++id) {
        m_recorder.record(
            {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .stream = quint32(id)});
        m_client->get(RestApi::itemPath(quint32(id)), quint32(id));
    }
}

void RestWorkload::onResponse(quint32 tag, const HttpResponse& response)
{
    if (m_finished || !isMine(tag))
        return;
    if (response.status != 200) {
        fail(tr("GET %1 answered %2.").arg(QString::fromUtf8(RestApi::itemPath(tag))).arg(response.status));
        return;
    }
    const QByteArray expectedType = RestApi::mediaType(m_encoding);
    const QByteArray contentType = headerValue(response.headers, "content-type");
    if (!contentType.startsWith(expectedType)) {
        fail(tr("GET %1 answered %2 where %3 was asked for.")
                 .arg(QString::fromUtf8(RestApi::itemPath(tag)),
                      contentType.isEmpty() ? tr("no content type") : QString::fromUtf8(contentType),
                      QString::fromUtf8(expectedType)));
        return;
    }
    QString error;
    const qint64 otherSize = measureOtherEncoding(tag, response.body, &error);
    if (otherSize < 0) {
        fail(tr("GET %1 did not answer item %2: %3")
                 .arg(QString::fromUtf8(RestApi::itemPath(tag)))
                 .arg(tag)
                 .arg(error));
        return;
    }
    const bool protobuf = m_encoding == RestApi::Encoding::Protobuf;
    m_recorder.record({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::ObjectCompleted),
                       .flags = quint8(ApiItemFlag::Item | (protobuf ? ApiItemFlag::Protobuf : 0)),
                       .stream = tag,
                       .size = quint32(response.body.size()),
                       .value = otherSize});
    if (++m_completed == m_items) {
        m_finished = true;
        emit finished(SessionOutcome::Completed, {});
    }
}

qint64 RestWorkload::measureOtherEncoding(quint32 id, const QByteArray& body, QString* error) const
{
    const GrpcSchema& schema = GrpcSchema::builtIn();
    if (m_encoding == RestApi::Encoding::Protobuf) {
        if (LessonMessages::itemId(body) != std::optional<quint32>(id)) {
            *error = tr("the body is not the Protobuf of that item.");
            return -1;
        }
        const DecodedMessage decoded = schema.decode(ItemType, body);
        if (decoded.jsonSize < 0)
            *error = decoded.error.isEmpty() ? tr("it has no JSON form.") : decoded.error;
        return decoded.jsonSize;
    }
    const std::optional<QByteArray> protobuf = schema.fromJson(ItemType, QString::fromUtf8(body), error);
    if (!protobuf)
        return -1;
    if (LessonMessages::itemId(*protobuf) != std::optional<quint32>(id)) {
        *error = tr("the body is the JSON of another item.");
        return -1;
    }
    return protobuf->size();
}

void RestWorkload::fail(const QString& reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Error), reason);
    emit finished(SessionOutcome::Failed, reason);
}

} // namespace protoviz
