#include "core/session/restworkload.h"

#include "core/grpc/lessonmessages.h"
#include "core/http/httpclient.h"
#include "core/session/restapi.h"

namespace protoviz {

RestWorkload::RestWorkload(HttpClient* client, EventRecorder recorder, int items, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
    , m_items(items)
{
    connect(m_client, &HttpClient::responseFinished, this, &RestWorkload::onResponse);
    connect(m_client, &HttpClient::requestFailed, this, [this](quint32 tag, const QString& reason) {
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
    if (m_finished)
        return;
    if (response.status != 200) {
        fail(tr("GET %1 answered %2.").arg(QString::fromUtf8(RestApi::itemPath(tag))).arg(response.status));
        return;
    }
    if (LessonMessages::itemIdFromJson(response.body) != std::optional<quint32>(tag)) {
        fail(tr("GET %1 did not answer the JSON of item %2.")
                 .arg(QString::fromUtf8(RestApi::itemPath(tag)))
                 .arg(tag));
        return;
    }
    m_recorder.record({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::ObjectCompleted),
                       .stream = tag,
                       .size = quint32(response.body.size())});
    if (++m_completed == m_items) {
        m_finished = true;
        emit finished(SessionOutcome::Completed, {});
    }
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
