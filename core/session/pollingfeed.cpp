#include "core/session/pollingfeed.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace protoviz {

PollingFeed::PollingFeed(SessionClock clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

const PollingFeed::Update& PollingFeed::publish(int from, const QString& text)
{
    Update update;
    update.sequence = quint32(m_updates.size() + 1);
    update.publishedNs = m_clock.elapsedNs();
    update.from = from;
    const QJsonObject object{{QStringLiteral("seq"), qint64(update.sequence)},
                             {QStringLiteral("t"), update.publishedNs},
                             {QStringLiteral("from"), from},
                             {QStringLiteral("text"), text}};
    update.payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    m_updates.append(update);
    emit published(m_updates.constLast());
    return m_updates.constLast();
}

QList<PollingFeed::Update> PollingFeed::after(quint32 sequence) const
{
    return sequence >= quint32(m_updates.size()) ? QList<Update>() : m_updates.sliced(sequence);
}

std::optional<PollingFeed::Update> PollingFeed::parse(QByteArrayView payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const qint64 sequence = object.value(QStringLiteral("seq")).toInteger(-1);
    if (sequence < 1 || !object.contains(QStringLiteral("t")))
        return std::nullopt;
    Update update;
    update.sequence = quint32(sequence);
    update.publishedNs = object.value(QStringLiteral("t")).toInteger();
    update.from = object.value(QStringLiteral("from")).toInt(-1);
    update.payload = payload.toByteArray();
    return update;
}

void PollingFeed::recordDelivery(const EventRecorder& recorder, const Update& update)
{
    recorder.record({.layer = Layer::Session,
                     .kind = kindOf(SessionKind::UpdateDelivered),
                     .stream = update.sequence,
                     .size = quint32(update.payload.size()),
                     .value = update.publishedNs});
}

} // namespace protoviz
