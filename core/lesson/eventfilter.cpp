#include "core/lesson/eventfilter.h"

#include "core/timeline/eventnames.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventFilter)
};

} // namespace

std::optional<EventFilter> EventFilter::parse(const QString& text, QString* error)
{
    EventFilter filter;
    filter.m_text = text.simplified();
    const QStringList words = filter.m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        *error = Tr::tr("an event filter is empty (it starts with LAYER.KIND, such as tls.Alert)");
        return std::nullopt;
    }
    const qsizetype dot = words.first().indexOf(QLatin1Char('.'));
    const std::optional<Layer> layer = layerFromName(QStringView(words.first()).left(dot));
    if (dot < 0 || !layer) {
        *error =
            Tr::tr("\"%1\" is not LAYER.KIND (layers: session, wire, tls, http1, http2, websocket, grpc)")
                .arg(words.first());
        return std::nullopt;
    }
    const std::optional<quint8> kind = kindFromName(*layer, QStringView(words.first()).mid(dot + 1));
    if (!kind) {
        *error = Tr::tr("\"%1\" is not a kind of event of the %2 layer")
                     .arg(words.first().mid(dot + 1), words.first().left(dot));
        return std::nullopt;
    }
    filter.m_layer = *layer;
    filter.m_kind = *kind;
    for (const QString& word : words.mid(1)) {
        if (const std::optional<Origin> origin = originFromName(word)) {
            filter.m_origin = origin;
            continue;
        }
        if (const std::optional<Direction> direction = directionFromName(word)) {
            filter.m_direction = direction;
            continue;
        }
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        bool ok = false;
        const qint64 number = equals > 0 ? word.mid(equals + 1).toLongLong(&ok) : 0;
        const QString name = word.left(equals);
        if (ok && name == QLatin1String("flags") && number >= 0 && number <= 255)
            filter.m_flags = quint8(number);
        else if (ok && name == QLatin1String("opcode") && number >= 0 && number <= 15)
            filter.m_opcode = quint8(number);
        else if (ok && name == QLatin1String("stream") && number >= 0 && number <= 0xffffffffLL)
            filter.m_stream = quint32(number);
        else if (ok && name == QLatin1String("value"))
            filter.m_value = number;
        else {
            *error = Tr::tr("\"%1\" in the event filter \"%2\" is none of client, server, link, c2s, s2c, "
                            "flags=N, opcode=N, stream=N, value=N")
                         .arg(word, filter.m_text);
            return std::nullopt;
        }
    }
    return filter;
}

bool EventFilter::matches(const Event& event) const
{
    return event.layer == m_layer && event.kind == m_kind && (!m_origin || event.origin == *m_origin) &&
           (!m_direction || event.direction == *m_direction) && (!m_flags || event.flags == *m_flags) &&
           (!m_opcode || (event.flags & 0x0f) == *m_opcode) && (!m_stream || event.stream == *m_stream) &&
           (!m_value || event.value == *m_value);
}

} // namespace protoviz
