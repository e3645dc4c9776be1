#include "core/session/longpoller.h"

#include "core/http/httpclient.h"

namespace protoviz {

LongPoller::LongPoller(HttpClient* client, int index, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_index(index)
    , m_recorder(recorder)
{
    connect(m_client, &HttpClient::responseFinished, this, &LongPoller::onResponse);
    connect(m_client, &HttpClient::requestFailed, this, [this](quint32 tag, const QString& reason) {
        if (tag != m_tag || m_finishing)
            return;
        m_finishing = true;
        emit failed(tr("Client %1's poll failed: %2").arg(m_index).arg(reason));
    });
}

void LongPoller::start()
{
    poll();
}

void LongPoller::finish()
{
    m_finishing = true;
}

void LongPoller::poll()
{
    if (m_finishing)
        return;
    ++m_tag;
    m_client->get("/updates?client=" + QByteArray::number(m_index) +
                      "&after=" + QByteArray::number(m_lastSequence) + "&wait=1",
                  m_tag);
}

void LongPoller::onResponse(quint32 tag, const HttpResponse& response)
{
    if (tag != m_tag || m_finishing)
        return;
    if (response.status != 200) {
        m_finishing = true;
        emit failed(tr("Client %1's poll was answered %2.").arg(m_index).arg(response.status));
        return;
    }
    for (const QByteArray& line : response.body.split('\n')) {
        const std::optional<PollingFeed::Update> update = PollingFeed::parse(line);
        if (!update || update->sequence <= m_lastSequence)
            continue;
        m_lastSequence = update->sequence;
        PollingFeed::recordDelivery(m_recorder, *update);
        emit updateDelivered(*update);
    }
    poll();
}

} // namespace protoviz
