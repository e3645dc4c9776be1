#pragma once

#include "core/transport/bytestream.h"

namespace protoviz {

/// A ByteStream that first replays bytes already read from another stream, then passes everything
/// through. Used after sniffing which protocol a cleartext connection speaks: the protocol chosen must
/// see the connection's bytes from the very first one. Takes ownership of lower.
class ReplayStream final : public ByteStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayStream)

public:
    /// The replayed bytes are delivered from the event loop, so that the new reader has connected.
    ReplayStream(ByteStream* lower, const QByteArray& replay, QObject* parent = nullptr);

    void write(const QByteArray& data) override { m_lower->write(data); }
    void close() override { m_lower->close(); }
    void abort() override { m_lower->abort(); }
    bool isOpen() const override { return m_lower->isOpen(); }
    quint32 connectionId() const override { return m_lower->connectionId(); }
    QByteArray applicationProtocol() const override { return m_lower->applicationProtocol(); }
    bool isSecure() const override { return m_lower->isSecure(); }

private:
    void deliverReplay();

    ByteStream* const m_lower;
    QByteArray m_held; // the replay, then whatever arrives before it was delivered
    bool m_replayed = false;
    bool m_closedEarly = false;
};

} // namespace protoviz
