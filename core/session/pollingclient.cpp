#include "core/session/pollingclient.h"

#include "core/http1/http1clientconnection.h"
#include "core/transport/bytestream.h"

namespace protoviz {

PollingClient::PollingClient(int index, int pollIntervalMs, StreamOpener opener, const QByteArray& authority,
                             EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_pollIntervalMs(pollIntervalMs)
    , m_opener(std::move(opener))
    , m_authority(authority)
    , m_recorder(recorder)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &PollingClient::poll);
}

PollingClient::~PollingClient()
{
    for (Http1ClientConnection* connection : {m_pollConnection, m_postConnection}) {
        if (connection)
            disconnect(connection, nullptr, this, nullptr);
    }
}

Http1ClientConnection* PollingClient::openConnection(QPointer<ByteStream>* streamOut)
{
    ByteStream* stream = m_opener({QByteArrayLiteral("http/1.1")});
    if (streamOut)
        *streamOut = stream;
    auto* connection = new Http1ClientConnection(stream, m_recorder, this);
    ++m_open;
    connect(connection, &Http1ClientConnection::finished, this,
            [this, connection](const QList<quint32>&, const QString& reason) {
                onConnectionFinished(connection, reason);
            });
    return connection;
}

void PollingClient::start()
{
    m_pollConnection = openConnection(&m_pollStream);
    connect(m_pollConnection, &Http1ClientConnection::responseFinished, this,
            [this](quint32, const HttpResponse& response) { onPollAnswered(response); });
    poll();
}

void PollingClient::poll()
{
    if (m_finishing || !m_pollConnection)
        return;
    QByteArray target =
        "/updates?client=" + QByteArray::number(m_index) + "&after=" + QByteArray::number(m_lastSequence);
    if (m_pollIntervalMs <= 0)
        target += "&wait=1";
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = target;
    request.authority = m_authority;
    m_pollOutstanding = true;
    m_sincePoll.start();
    m_pollConnection->send(request, ++m_nextId);
}

void PollingClient::onPollAnswered(const HttpResponse& response)
{
    m_pollOutstanding = false;
    if (response.status == 200) {
        const EventRecorder recorder =
            m_recorder.forConnection(m_pollStream ? m_pollStream->connectionId() : 0);
        for (const QByteArray& line : response.body.split('\n')) {
            const std::optional<PollingFeed::Update> update = PollingFeed::parse(line);
            if (!update || update->sequence <= m_lastSequence)
                continue;
            m_lastSequence = update->sequence;
            PollingFeed::recordDelivery(recorder, *update);
            emit updateDelivered(*update);
        }
    }
    if (m_finishing) {
        closeConnections();
        return;
    }
    if (m_pollIntervalMs <= 0) {
        poll();
        return;
    }
    m_pollTimer.start(int(std::max<qint64>(0, m_pollIntervalMs - m_sincePoll.elapsed())));
}

void PollingClient::post(const QString& text)
{
    if (m_finishing)
        return;
    if (!m_postConnection) {
        m_postConnection = openConnection();
        connect(m_postConnection, &Http1ClientConnection::responseFinished, this, [this] {
            --m_postsOutstanding;
            if (m_finishing)
                closeConnections();
        });
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = "/messages?client=" + QByteArray::number(m_index);
    request.authority = m_authority;
    request.headers = {{"content-type", "text/plain; charset=utf-8"}};
    request.body = text.toUtf8();
    ++m_postsOutstanding;
    m_postConnection->send(request, ++m_nextId);
}

void PollingClient::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_pollTimer.stop();
    closeConnections();
}

void PollingClient::closeConnections()
{
    // A poll held at the server will never be answered now; posts still in flight are waited for.
    if (m_pollConnection)
        m_pollConnection->close();
    if (m_postConnection && m_postsOutstanding == 0)
        m_postConnection->close();
    if (m_open == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

void PollingClient::onConnectionFinished(Http1ClientConnection* connection, const QString& reason)
{
    --m_open;
    if (connection == m_pollConnection)
        m_pollConnection = nullptr;
    if (connection == m_postConnection)
        m_postConnection = nullptr;
    connection->deleteLater();
    if (!m_finishing) {
        m_finishing = true;
        m_pollTimer.stop();
        emit failed(reason.isEmpty() ? tr("Client %1's connection closed unexpectedly.").arg(m_index)
                                     : reason);
        closeConnections();
        return;
    }
    if (m_open == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace protoviz
