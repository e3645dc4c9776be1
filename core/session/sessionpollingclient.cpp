#include "core/session/sessionpollingclient.h"

#include "core/http1/http1clientconnection.h"
#include "core/session/balancingnotes.h"
#include "core/transport/bytestream.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace protoviz {

SessionPollingClient::SessionPollingClient(int index, StreamOpener opener, const QByteArray& authority,
                                           EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_opener(std::move(opener))
    , m_authority(authority)
    , m_recorder(recorder)
    , m_random(quint32(index) + 1)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SessionPollingClient::handshake);
}

SessionPollingClient::~SessionPollingClient()
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
}

EventRecorder SessionPollingClient::connectionRecorder() const
{
    return m_recorder.forConnection(m_stream ? m_stream->connectionId() : 0);
}

void SessionPollingClient::start()
{
    ByteStream* stream = m_opener({QByteArrayLiteral("http/1.1")});
    m_stream = stream;
    m_connection = new Http1ClientConnection(stream, m_recorder, this);
    connect(m_connection, &Http1ClientConnection::responseFinished, this,
            [this](quint32, const HttpResponse& response) { onAnswered(response); });
    connect(m_connection, &Http1ClientConnection::finished, this,
            [this](const QList<quint32>&, const QString& reason) {
                m_connection->deleteLater();
                m_connection = nullptr;
                if (!m_finishing)
                    fail(reason.isEmpty() ? tr("Client %1's connection closed unexpectedly.").arg(m_index)
                                          : reason);
                if (!m_finished) {
                    m_finished = true;
                    emit finished();
                }
            });
    handshake();
}

void SessionPollingClient::send(const QByteArray& target)
{
    if (!m_connection || m_finishing)
        return;
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = target;
    request.authority = m_authority;
    if (!m_cookie.isEmpty())
        request.headers = {{"cookie", m_cookie}};
    m_connection->send(request, ++m_nextId);
}

void SessionPollingClient::handshake()
{
    m_handshaking = true;
    send("/handshake?client=" + QByteArray::number(m_index));
}

void SessionPollingClient::poll()
{
    send("/updates?client=" + QByteArray::number(m_index) + "&sid=" + m_sid);
}

void SessionPollingClient::keepCookies(const HttpResponse& response)
{
    for (const auto& [name, value] : response.headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
            m_cookie = value.left(value.indexOf(';')).trimmed();
    }
}

void SessionPollingClient::onAnswered(const HttpResponse& response)
{
    if (m_finishing)
        return;
    keepCookies(response);
    if (m_handshaking)
        onHandshakeAnswered(response);
    else
        onPollAnswered(response);
}

void SessionPollingClient::onHandshakeAnswered(const HttpResponse& response)
{
    m_handshaking = false;
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QByteArray sid = answer.value(QStringLiteral("sid")).toString().toLatin1();
    if (response.status != 200 || sid.isEmpty()) {
        fail(tr("Client %1's handshake was answered %2 without a session id.")
                 .arg(m_index)
                 .arg(response.status));
        return;
    }
    m_sid = sid;
    const auto after = quint32(std::max<qint64>(0, answer.value(QStringLiteral("after")).toInteger()));
    ++m_handshakes;
    if (m_handshakes == 1) {
        m_lastSequence = std::max(m_lastSequence, after);
        emit joined();
    } else {
        // The new session only gets what is published from now on: the gap is lost for good.
        const int skipped = after > m_lastSequence ? int(after - m_lastSequence) : 0;
        BalancingNotes::recordReHandshake(
            connectionRecorder(), m_index, skipped,
            tr("Client %1 starts over: instance %2 opens session %3, which begins after update %4. The "
               "client had update %5, so it skipped %n update(s).",
               nullptr, skipped)
                .arg(m_index)
                .arg(answer.value(QStringLiteral("instance")).toInt())
                .arg(QString::fromLatin1(sid))
                .arg(after)
                .arg(m_lastSequence));
        m_lastSequence = std::max(m_lastSequence, after);
    }
    poll();
}

void SessionPollingClient::onPollAnswered(const HttpResponse& response)
{
    if (response.status == 400) {
        ++m_failedPolls;
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        BalancingNotes::recordFailedPoll(
            connectionRecorder(), m_index,
            tr("Client %1's poll for session %2 was refused: 400 \"%3\" from %4. That instance never saw "
               "the session; the client will start over with a new handshake.")
                .arg(m_index)
                .arg(QString::fromLatin1(m_sid))
                .arg(answer.value(QStringLiteral("message")).toString())
                .arg(QString::fromLatin1(headerValue(response.headers, "x-served-by"))));
        m_retry.start(RetryDelayMs / 2 + int(m_random.bounded(RetryDelayMs + 1)));
        return;
    }
    if (response.status != 200) {
        fail(tr("Client %1's poll was answered %2.").arg(m_index).arg(response.status));
        return;
    }
    const EventRecorder recorder = connectionRecorder();
    for (const QByteArray& line : response.body.split('\n')) {
        const std::optional<PollingFeed::Update> update = PollingFeed::parse(line);
        if (!update || update->sequence <= m_lastSequence)
            continue;
        m_lastSequence = update->sequence;
        PollingFeed::recordDelivery(recorder, *update);
        emit updateDelivered(*update);
    }
    poll();
}

void SessionPollingClient::fail(const QString& reason)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_retry.stop();
    emit failed(reason);
    if (m_connection)
        m_connection->close();
}

void SessionPollingClient::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_retry.stop();
    if (m_connection)
        m_connection->close();
    else if (!m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace protoviz
