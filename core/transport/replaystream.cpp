#include "core/transport/replaystream.h"

#include <QMetaObject>
#include <QPointer>

namespace protoviz {

ReplayStream::ReplayStream(ByteStream* lower, const QByteArray& replay, QObject* parent)
    : ByteStream(parent)
    , m_lower(lower)
    , m_held(replay)
{
    m_lower->setParent(this);
    connect(m_lower, &ByteStream::received, this, [this](const QByteArray& data) {
        if (m_replayed)
            emit received(data);
        else
            m_held.append(data);
    });
    connect(m_lower, &ByteStream::closed, this, [this] {
        if (m_replayed)
            emit closed();
        else
            m_closedEarly = true;
    });
    connect(m_lower, &ByteStream::failed, this, &ByteStream::failed);
    connect(m_lower, &ByteStream::opened, this, &ByteStream::opened);
    QMetaObject::invokeMethod(this, &ReplayStream::deliverReplay, Qt::QueuedConnection);
}

void ReplayStream::deliverReplay()
{
    m_replayed = true;
    QPointer<ReplayStream> guard(this);
    if (!m_held.isEmpty())
        emit received(std::exchange(m_held, {}));
    if (guard && m_closedEarly)
        emit closed();
}

} // namespace protoviz
