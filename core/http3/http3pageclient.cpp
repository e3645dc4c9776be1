#include "core/http3/http3pageclient.h"

#include "core/http3/http3client.h"

namespace protoviz {

Http3PageClient::Http3PageClient(const Setup& setup, QObject* parent)
    : HttpClient(parent)
    , m_setup(setup)
    , m_client(std::make_unique<Http3Client>(setup.tls, setup.authority))
{
    m_client->setObserver(setup.observer);
    connect(m_client.get(), &Http3Client::responseReceived, this, &Http3PageClient::onResponse);
    connect(m_client.get(), &Http3Client::closed, this, &Http3PageClient::onClosed);
}

Http3PageClient::~Http3PageClient() = default;

void Http3PageClient::get(const QByteArray& path, quint32 tag)
{
    if (m_closed) {
        emit requestFailed(tag, tr("The QUIC connection is closed."));
        return;
    }
    m_tags[path].append(tag);
    m_client->get(path);
    if (m_connected)
        return;
    // Connect only now: the request queued above then rides in the first flight (0-RTT on resumption).
    m_connected = true;
    QString error;
    if (!m_client->connectToServer(m_setup.address, m_setup.port, m_resumption, &error)) {
        m_closed = true;
        failOutstanding(error);
        emit closed(error);
    }
}

void Http3PageClient::finish()
{
    m_finishing = true;
    closeIfFinished();
}

void Http3PageClient::close()
{
    m_finishing = true;
    if (!m_closed && m_client->connection())
        m_client->close();
}

int Http3PageClient::connectionCount() const
{
    return m_connected ? 1 : 0;
}

QuicConnection* Http3PageClient::connection() const
{
    return m_client->connection();
}

void Http3PageClient::onResponse(const Http3Response& response)
{
    const auto it = m_tags.find(response.path);
    if (it == m_tags.end() || it->isEmpty())
        return;
    const quint32 tag = it->takeFirst();
    if (it->isEmpty())
        m_tags.erase(it);
    emit responseFinished(tag, HttpResponse{response.status, response.headers, response.body});
    closeIfFinished();
}

void Http3PageClient::onClosed(const QString& error)
{
    m_closed = true;
    failOutstanding(error.isEmpty() ? tr("The server closed the QUIC connection before answering.") : error);
    emit closed(error);
}

void Http3PageClient::failOutstanding(const QString& reason)
{
    const QHash<QByteArray, QList<quint32>> open = std::exchange(m_tags, {});
    for (const QList<quint32>& tags : open) {
        for (const quint32 tag : tags)
            emit requestFailed(tag, reason);
    }
}

void Http3PageClient::closeIfFinished()
{
    if (m_finishing && !m_closed && m_tags.isEmpty() && m_client->connection())
        m_client->close();
}

} // namespace protoviz
