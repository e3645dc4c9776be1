#include "core/websocket/utf8validator.h"

namespace protoviz {

bool Utf8Validator::feed(QByteArrayView bytes)
{
    if (m_failed)
        return false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = quint8(bytes[i]);
        if (m_needed == 0) {
            // The lead byte decides how many continuation bytes follow and, for the first of them, the
            // range that excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF
            // (F4).
            m_low = 0x80;
            m_high = 0xBF;
            if (byte < 0x80) {
                continue;
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                m_needed = 1;
            } else if (byte == 0xE0) {
                m_needed = 2;
                m_low = 0xA0;
            } else if (byte == 0xED) {
                m_needed = 2;
                m_high = 0x9F;
            } else if (byte >= 0xE1 && byte <= 0xEF) {
                m_needed = 2;
            } else if (byte == 0xF0) {
                m_needed = 3;
                m_low = 0x90;
            } else if (byte >= 0xF1 && byte <= 0xF3) {
                m_needed = 3;
            } else if (byte == 0xF4) {
                m_needed = 3;
                m_high = 0x8F;
            } else {
                m_failed = true;
                m_errorOffset = m_consumed + i;
                return false;
            }
            m_pending = 1;
            continue;
        }
        if (byte < m_low || byte > m_high) {
            m_failed = true;
            m_errorOffset = m_consumed + i;
            return false;
        }
        m_low = 0x80;
        m_high = 0xBF;
        --m_needed;
        m_pending = m_needed == 0 ? 0 : m_pending + 1;
    }
    m_consumed += bytes.size();
    return true;
}

bool Utf8Validator::isValid(QByteArrayView bytes)
{
    Utf8Validator validator;
    return validator.feed(bytes) && validator.isComplete();
}

} // namespace protoviz
