#pragma once

#include "core/http/httpmessage.h"
#include "core/http2/http2framesplitter.h"
#include "core/timeline/eventdetail.h"

#include <QCoreApplication>

namespace protoviz {

/// Turns a raw HTTP/2 frame into the decoded fields the inspector shows, each located in the frame's
/// bytes: the 9-byte header, then the payload of each frame type (padding, priority, HPACK
/// representations, settings, error codes, window increments, ...). Stateless and robust to malformed
/// frames (fields stop where the bytes do). Decoded header lists come from nghttp2 and are paired with
/// the HPACK representations in order.
class Http2FrameDissector
{
    Q_DECLARE_TR_FUNCTIONS(Http2FrameDissector)

public:
    /// Decoded fields of a frame. headers: the header list nghttp2 decoded from this frame's header
    /// block (HEADERS/PUSH_PROMISE with END_HEADERS), or nullptr.
    static QList<Field> dissect(const Http2RawFrame& frame, const HeaderList* headers = nullptr);

    /// Bytes of the payload that are not content: frame header, padding, priority fields, promised id.
    static quint32 overhead(const Http2RawFrame& frame);

    /// "HEADERS", "WINDOW_UPDATE", ...
    static QString typeName(quint8 type);
    /// "END_STREAM | END_HEADERS"
    static QString flagNames(quint8 type, quint8 flags);
    /// "PROTOCOL_ERROR", ...
    static QString errorCodeName(quint32 code);
    /// A plain explanation of an error code.
    static QString errorCodeExplanation(quint32 code);
    /// "SETTINGS_INITIAL_WINDOW_SIZE", ...
    static QString settingName(quint16 id);
};

} // namespace protoviz
