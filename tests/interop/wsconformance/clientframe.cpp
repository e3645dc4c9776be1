#include "tests/interop/wsconformance/clientframe.h"

#include <QtEndian>

#include <array>

namespace protoviz::test {

namespace {

// Any key will do; a fixed one keeps failing cases reproducible byte for byte.
constexpr std::array<char, 4> MaskingKey{char(0x37), char(0xfa), char(0x21), char(0x3d)};

} // namespace

QByteArray clientFrame(quint8 opcode, QByteArrayView payload, const ClientFrameOptions& options)
{
    QByteArray frame;
    frame.append(char((options.fin ? 0x80 : 0) | ((options.rsv & 0x7) << 4) | (opcode & 0x0f)));
    const char maskBit = options.masked ? char(0x80) : char(0);
    const auto size = quint64(payload.size());
    LengthForm form = options.length;
    if (options.announcedLength)
        form = LengthForm::Bits64;
    else if (form == LengthForm::Shortest)
        form = size < 126 ? LengthForm::Shortest : size <= 0xffff ? LengthForm::Bits16 : LengthForm::Bits64;
    if (form == LengthForm::Shortest) {
        frame.append(char(maskBit | char(size)));
    } else if (form == LengthForm::Bits16) {
        frame.append(char(maskBit | 126));
        char length[2];
        qToBigEndian(quint16(size), length);
        frame.append(length, 2);
    } else {
        frame.append(char(maskBit | 127));
        char length[8];
        qToBigEndian(options.announcedLength.value_or(size), length);
        frame.append(length, 8);
    }
    if (!options.masked)
        return frame + payload.toByteArray();
    frame.append(MaskingKey.data(), qsizetype(MaskingKey.size()));
    const qsizetype start = frame.size();
    frame.append(payload);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame[start + i] = char(frame[start + i] ^ MaskingKey[size_t(i % 4)]);
    return frame;
}

QByteArray closePayload(quint16 code, QByteArrayView reason)
{
    char bytes[2];
    qToBigEndian(code, bytes);
    return QByteArray(bytes, 2) + reason.toByteArray();
}

} // namespace protoviz::test
