#pragma once

#include "core/timeline/event.h"

#include <QString>

#include <optional>

namespace protoviz {

/// Which events a lesson means, written as recordings name them: "tls.HandshakeMessage server
/// flags=11" (the server's Certificate), "wire.SegmentLost", "websocket.Frame c2s opcode=9". A layer
/// and kind, then any of an origin (client, server, link), a direction (c2s, s2c) and exact values of
/// flags, opcode (a WebSocket frame's low four flag bits), stream or value. A value type.
class EventFilter
{
public:
    /// nullopt and *error (naming the word that is wrong) if text is not a filter.
    static std::optional<EventFilter> parse(const QString& text, QString* error);

    bool matches(const Event& event) const;
    const QString& text() const { return m_text; }

private:
    QString m_text;
    Layer m_layer = Layer::Session;
    quint8 m_kind = 0;
    std::optional<Origin> m_origin;
    std::optional<Direction> m_direction;
    std::optional<quint8> m_flags;
    std::optional<quint8> m_opcode;
    std::optional<quint32> m_stream;
    std::optional<qint64> m_value;
};

} // namespace protoviz
