#pragma once

#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace protoviz {

class ConnectionDirectory;

/// A small publish/subscribe broker on loopback, in the spirit of Redis pub/sub: the server instances of a
/// scaled-out chat connect to it over TCP and speak a line protocol, one command a line:
///
/// - `SUBSCRIBE channel` — the broker answers `SUBSCRIBED channel count` (count: the channel's subscribers).
/// - `PUBLISH channel payload` — the broker sends `MESSAGE channel payload` to every subscriber of the
///   channel, the publisher included, and nothing back otherwise.
///
/// Anything else is answered `ERROR ...`. A line longer than MaxLineBytes closes the connection.
/// Recorded (Origin::Server, on the connection, whose id comes from the directory as for a server behind
/// the link): a Session Note for each subscription.
///
/// Lives on the session thread. Owns its sockets; does not own the directory.
class PubSubBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubSubBroker)

public:
    static constexpr qsizetype MaxLineBytes = 64 * 1024;

    PubSubBroker(ConnectionDirectory* directory, EventRecorder recorder, QObject* parent = nullptr);
    ~PubSubBroker() override;

    /// Listens on 127.0.0.1. Returns false and sets *error if it cannot.
    bool listen(QString* error);
    quint16 port() const;

    /// Messages passed on so far (one PUBLISH to three subscribers counts three).
    int forwarded() const { return m_forwarded; }

signals:
    /// A connection subscribed to channel, which now has subscribers subscribers.
    void subscribed(const QByteArray& channel, int subscribers);

private:
    void accept();
    void readLines(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& line);

    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_listener = nullptr;
    QHash<QByteArray, QList<QPointer<QTcpSocket>>> m_channels;
    QHash<QTcpSocket*, quint32> m_connectionIds;
    int m_forwarded = 0;
};

} // namespace protoviz
