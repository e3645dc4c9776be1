#include "core/session/pageloader.h"

#include "core/http/httpclient.h"
#include "core/http/workload.h"

namespace protoviz {

namespace {
constexpr quint32 DocumentTag = 0;
} // namespace

PageLoader::PageLoader(HttpClient* client, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
{
    connect(m_client, &HttpClient::responseFinished, this, &PageLoader::onResponse);
    connect(m_client, &HttpClient::pushPromised, this,
            [this](const QByteArray& path) { m_promised.insert(path); });
    connect(m_client, &HttpClient::pushedResponseFinished, this, &PageLoader::onPushed);
    connect(m_client, &HttpClient::requestFailed, this, &PageLoader::onFailed);
}

void PageLoader::start(const QByteArray& path)
{
    m_recorder.record(
        {.layer = Layer::Session, .kind = kindOf(SessionKind::ObjectRequested), .flags = DocumentFlag});
    ++m_outstanding;
    m_client->get(path, DocumentTag);
}

void PageLoader::onResponse(quint32 tag, const HttpResponse& response)
{
    --m_outstanding;
    if (tag == DocumentTag)
        emit documentReceived(response.body);
    if (response.status != 200) {
        if (m_failure.isEmpty())
            m_failure = tr("The server answered %1 for request %2.").arg(response.status).arg(tag);
        finishIfDone();
        return;
    }
    if (tag == DocumentTag) {
        m_recorder.record({.layer = Layer::Session,
                           .kind = kindOf(SessionKind::ObjectCompleted),
                           .flags = DocumentFlag,
                           .size = quint32(response.body.size())});
        requestObjects(response.body);
    } else {
        completeObject(int(tag) - 1, response.body.size(), false);
    }
    finishIfDone();
}

void PageLoader::requestObjects(const QByteArray& page)
{
    m_pageDone = true;
    const QList<QByteArray> paths = Workload::linkedPaths(page);
    for (int position = 0; position < paths.size(); ++position)
        m_positions.insert(paths[position], position);
    for (int position = 0; position < paths.size(); ++position) {
        const QByteArray& path = paths[position];
        if (const auto early = m_pushedEarly.find(path); early != m_pushedEarly.end()) {
            completeObject(position, early.value(), true);
            continue;
        }
        if (m_promised.contains(path))
            continue;
        m_recorder.record({.layer = Layer::Session,
                           .kind = kindOf(SessionKind::ObjectRequested),
                           .stream = quint32(position)});
        ++m_outstanding;
        m_client->get(path, quint32(position) + 1);
    }
    m_pushedEarly.clear();
}

void PageLoader::onPushed(const QByteArray& path, const HttpResponse& response)
{
    if (!m_pageDone) {
        m_pushedEarly.insert(path, response.body.size());
        return;
    }
    const auto it = m_positions.constFind(path);
    if (it != m_positions.cend())
        completeObject(it.value(), response.body.size(), true);
    finishIfDone();
}

void PageLoader::onFailed(quint32 tag, const QString& reason)
{
    --m_outstanding;
    if (m_failure.isEmpty())
        m_failure = reason;
    m_recorder.explain(Layer::Session, kindOf(SessionKind::Error),
                       tag == DocumentTag ? tr("The page could not be loaded: %1").arg(reason)
                                          : tr("Object %1 could not be loaded: %2").arg(tag - 1).arg(reason),
                       tag == DocumentTag ? 0 : tag - 1);
    finishIfDone();
}

void PageLoader::completeObject(int position, qsizetype bodySize, bool pushed)
{
    if (m_done.contains(position))
        return;
    m_done.insert(position);
    ++m_completed;
    m_recorder.record({.layer = Layer::Session,
                       .kind = kindOf(SessionKind::ObjectCompleted),
                       .flags = pushed ? PushedFlag : quint8(0),
                       .stream = quint32(position),
                       .size = quint32(bodySize)});
}

void PageLoader::finishIfDone()
{
    if (m_finished)
        return;
    const bool failed = !m_failure.isEmpty() && m_outstanding == 0;
    const bool complete = m_pageDone && m_completed == m_positions.size() && m_outstanding == 0;
    if (!failed && !complete)
        return;
    m_finished = true;
    m_client->finish();
    emit finished(failed ? SessionOutcome::Failed : SessionOutcome::Completed, m_failure);
}

} // namespace protoviz
