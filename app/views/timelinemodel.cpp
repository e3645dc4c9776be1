#include "app/views/timelinemodel.h"

#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include "app/views/eventsentence.h"
#include "app/views/glossarypanel.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace protoviz {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setTimeline(const Timeline* timeline)
{
    beginResetModel();
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    m_events = timeline ? timeline->events() : QList<Event>();
    if (timeline)
        connect(timeline, &Timeline::eventsAppended, this, &TimelineModel::onAppended);
    endResetModel();
}

const Timeline* TimelineModel::timeline() const
{
    return m_timeline;
}

void TimelineModel::onAppended(qsizetype first, qsizetype count)
{
    // setTimeline() may already have copied some of these events.
    const qsizetype already = m_events.size();
    const qsizetype end = first + count;
    if (end <= already)
        return;
    const QList<Event> fresh = m_timeline->events(already, end - already);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(already), int(already + fresh.size() - 1));
    m_events.append(fresh);
    endInsertRows();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::layerLabel(Layer layer)
{
    return ProtocolRegistry::of(layer).title();
}

QString TimelineModel::originLabel(Origin origin)
{
    switch (origin) {
    case Origin::Link:
        return tr("link");
    case Origin::Client:
        return tr("client");
    case Origin::Server:
        return tr("server");
    }
    return {};
}

QString TimelineModel::directionArrow(Direction direction)
{
    switch (direction) {
    case Direction::ClientToServer:
        return QStringLiteral("→");
    case Direction::ServerToClient:
        return QStringLiteral("←");
    case Direction::None:
        break;
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event& event = m_events.at(index.row());
    if (role == EventRole)
        return QVariant::fromValue(event);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == TimeColumn || index.column() == SizeColumn ||
                             index.column() == StreamColumn || index.column() == ConnectionColumn;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        const QString text = data(index, Qt::DisplayRole).toString();
        if (index.column() != KindColumn)
            return GlossaryPanel::tooltipWithGlossary(m_glossary, text, text);
        QString tooltip = text + u'\n' + factsOf(event);
        if (const QString details = data(index.siblingAtColumn(SummaryColumn), Qt::DisplayRole).toString();
            !details.isEmpty())
            tooltip += u'\n' + details;
        return GlossaryPanel::tooltipWithGlossary(m_glossary, tooltip, tooltip);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(double(event.timeNs) / 1e6, 'f', 3);
    case OriginColumn:
        return originLabel(event.origin);
    case ConnectionColumn:
        return event.connection == 0 ? QVariant() : QVariant(event.connection);
    case LayerColumn:
        return layerLabel(event.layer);
    case KindColumn:
        return EventSentence::of(event);
    case DirectionColumn:
        return directionArrow(event.direction);
    case StreamColumn:
        return event.stream == 0 ? QVariant() : QVariant(event.stream);
    case SizeColumn:
        return event.size == 0 ? QVariant() : QVariant(QLocale().toString(event.size));
    case SummaryColumn:
        return m_timeline ? m_timeline->detail(event).text : QString();
    default:
        break;
    }
    return {};
}

QString TimelineModel::factsOf(const Event& event) const
{
    QStringList facts{tr("%1 ms").arg(QLocale().toString(double(event.timeNs) / 1e6, 'f', 3)),
                      layerLabel(event.layer)};
    if (const QString arrow = directionArrow(event.direction); !arrow.isEmpty())
        facts.append(arrow);
    if (event.stream != 0)
        facts.append(tr("stream %1").arg(event.stream));
    if (event.size != 0)
        facts.append(tr("%Ln byte(s)", nullptr, int(std::min(event.size, quint32(INT_MAX)))));
    if (event.connection != 0)
        facts.append(tr("connection %1").arg(event.connection));
    return facts.join(QStringLiteral(" · "));
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case OriginColumn:
        return tr("Seen by");
    case ConnectionColumn:
        return tr("Conn.");
    case LayerColumn:
        return tr("Layer");
    case KindColumn:
        return tr("What");
    case DirectionColumn:
        return tr("Dir.");
    case StreamColumn:
        return tr("Stream");
    case SizeColumn:
        return tr("Bytes");
    case SummaryColumn:
        return tr("Details");
    default:
        break;
    }
    return {};
}

} // namespace protoviz
