#include "app/views/tilesmodel.h"

#include "core/http/workload.h"
#include "core/session/restapi.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <algorithm>

namespace protoviz {

namespace {

// A bogus stream number must not allocate millions of tiles: no page or feed of the engine is larger.
constexpr int MaxTiles = Workload::MaxObjects;

} // namespace

void TilesModel::clear()
{
    *this = TilesModel();
}

void TilesModel::setSettings(const QVariantMap& settings)
{
    m_settings = settings;
    m_updates = m_updates || settings.contains(QStringLiteral("updatesPerSecond"));
    m_clients = std::max(1, settings.value(QStringLiteral("clients"), 1).toInt());
    m_requestsVisible = settings.value(QStringLiteral("api")).toString() != QLatin1String("grpc");
    if (m_updates) {
        m_expected = settings.value(QStringLiteral("updatesPerSecond")).toInt() *
                     settings.value(QStringLiteral("durationSeconds")).toInt();
    } else {
        m_expected = settings.value(QStringLiteral("objects")).toInt();
        m_objects = m_objects || m_expected > 0;
    }
    resize(std::clamp(m_expected, 0, MaxTiles));
}

void TilesModel::resize(int count)
{
    if (count <= m_tiles.size())
        return;
    m_tiles.resize(count);
}

TilesModel::Tile* TilesModel::tileAt(quint32 index)
{
    if (index >= quint32(MaxTiles))
        return nullptr;
    resize(int(index) + 1);
    return &m_tiles[index];
}

TilesModel::Content TilesModel::content() const
{
    if (m_updates)
        return Content::Updates;
    return m_objects ? Content::Objects : Content::None;
}

int TilesModel::positionOfPath(QStringView path)
{
    // The prefixes are those of the engine's own workloads, taken from them rather than repeated here.
    QByteArray tiles = Workload::objectPath(0);
    tiles.chop(1);
    QByteArray items = RestApi::itemPath(0);
    items.chop(1);
    for (const QByteArray& prefix : {tiles, items}) {
        const QString text = QString::fromLatin1(prefix);
        if (!path.startsWith(text))
            continue;
        bool ok = false;
        const int position = path.sliced(text.size()).toInt(&ok);
        return ok && position >= 0 ? position : -1;
    }
    return -1;
}

void TilesModel::append(const Timeline& timeline, qsizetype first, qsizetype count)
{
    const QList<Event> events = timeline.events(first, count);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        // Only the client's view counts: a tile fills in when the browser has the object.
        const ProtocolDescriptor& protocol = ProtocolRegistry::of(e);
        if (protocol.place() == LayerPlace::Session) {
            onSessionEvent(e, first + i);
            continue;
        }
        if (e.origin != Origin::Client)
            continue;
        const ExchangePart part = protocol.exchangePart(e);
        if (part == ExchangePart::None)
            continue;
        if (part == ExchangePart::Body) {
            onBodyBytes(e);
            continue;
        }
        const ExchangeFacts facts = protocol.exchangeFacts(e, timeline.detail(e));
        switch (part) {
        case ExchangePart::Request:
            // A request on a stream of its own (HTTP/2) is told by its stream; one on its own
            // connection by the connection.
            onRequestSent(e, facts.path, protocol.requestStream(e).has_value());
            break;
        case ExchangePart::ResponseHead:
            onResponseHead(e, facts.length);
            break;
        case ExchangePart::Promise:
            onPushPromise(e, first + i, facts.path, facts.promisedStream);
            break;
        case ExchangePart::None:
        case ExchangePart::Body:
            break;
        }
    }
}

void TilesModel::onSessionEvent(const Event& e, qsizetype index)
{
    switch (SessionKind(e.kind)) {
    case SessionKind::Started:
        m_startNs = e.timeNs;
        return;
    case SessionKind::ObjectRequested:
        if (e.flags & 0x1) // the HTML document is not a tile: it lists them
            return;
        if (Tile* tile = tileAt(e.stream); tile && tile->requestedNs < 0) {
            m_objects = true;
            tile->requestedNs = e.timeNs;
            tile->requestedEvent = index;
            m_byEvent.insert(index, int(e.stream));
        }
        return;
    case SessionKind::ObjectCompleted:
        if (e.flags & 0x1)
            return;
        if (Tile* tile = tileAt(e.stream); tile && tile->completedNs < 0) {
            m_objects = true;
            tile->completedNs = e.timeNs;
            tile->completedEvent = index;
            tile->bytes = e.size;
            tile->pushed = tile->pushed || (e.flags & 0x2);
            m_anyPushed = m_anyPushed || tile->pushed;
            if (tile->requestedNs < 0) // pushed before anyone asked: it was "requested" when it came
                tile->requestedNs = e.timeNs;
            if (tile->firstByteNs < 0)
                tile->firstByteNs = e.timeNs;
            m_byEvent.insert(index, int(e.stream));
        }
        return;
    case SessionKind::UpdateDelivered:
        m_updates = true;
        if (e.stream == 0)
            return;
        if (Tile* tile = tileAt(e.stream - 1)) {
            if (tile->deliveries.isEmpty()) {
                tile->requestedNs = std::min(e.timeNs, e.value); // published (never after it arrived)
                tile->firstByteNs = e.timeNs;
                tile->bytes = e.size;
            }
            tile->deliveries.append(e.timeNs);
            tile->deliveryEvents.append(index);
            if (tile->deliveries.size() == m_clients) {
                tile->completedNs = e.timeNs;
                tile->completedEvent = index;
            }
            m_byEvent.insert(index, int(e.stream - 1));
        }
        return;
    default:
        return;
    }
}

void TilesModel::onRequestSent(const Event& e, const QString& path, bool onStream)
{
    if (e.direction != Direction::ClientToServer)
        return;
    const int position = positionOfPath(path);
    if (position < 0)
        return;
    Tile* tile = tileAt(quint32(position));
    if (!tile || tile->sentNs >= 0)
        return;
    tile->sentNs = e.timeNs;
    tile->connection = e.connection;
    tile->stream = e.stream;
    tile->protocol = e.layer;
    tile->onStream = onStream;
    tile->path = path;
    m_byStream.insert(key(e.connection, e.stream), position);
    addConnection(e.connection);
}

void TilesModel::onPushPromise(const Event& e, qsizetype index, const QString& path, quint32 promisedStream)
{
    const int position = positionOfPath(path);
    if (position < 0 || promisedStream == 0)
        return;
    Tile* tile = tileAt(quint32(position));
    if (!tile)
        return;
    tile->pushed = true;
    m_anyPushed = true;
    if (tile->requestedNs < 0) {
        tile->requestedNs = e.timeNs;
        tile->requestedEvent = index;
        tile->sentNs = e.timeNs; // nothing to send: the server already is on it
        m_byEvent.insert(index, position);
    }
    tile->connection = e.connection;
    tile->stream = promisedStream;
    tile->protocol = e.layer;
    tile->onStream = true;
    tile->path = path;
    m_byStream.insert(key(e.connection, promisedStream), position);
    addConnection(e.connection);
}

void TilesModel::onResponseHead(const Event& e, qint64 announcedLength)
{
    const auto it = m_byStream.constFind(key(e.connection, e.stream));
    if (it == m_byStream.cend())
        return;
    Tile& tile = m_tiles[it.value()];
    if (tile.firstByteNs < 0)
        tile.firstByteNs = e.timeNs;
    if (announcedLength >= 0)
        tile.expectedBytes = announcedLength;
}

void TilesModel::onBodyBytes(const Event& e)
{
    if (e.direction != Direction::ServerToClient)
        return;
    const auto it = m_byStream.constFind(key(e.connection, e.stream));
    if (it == m_byStream.cend())
        return;
    Tile& tile = m_tiles[it.value()];
    const qint64 before = tile.progress.isEmpty() ? 0 : tile.progress.constLast().bytes;
    tile.progress.append({e.timeNs, before + qint64(e.size - std::min(e.overhead, e.size))});
    if (tile.firstByteNs < 0)
        tile.firstByteNs = e.timeNs;
}

void TilesModel::addConnection(quint32 connection)
{
    const auto at = std::lower_bound(m_connections.begin(), m_connections.end(), connection);
    if (at == m_connections.end() || *at != connection)
        m_connections.insert(at, connection);
}

TilesModel::State TilesModel::stateAt(int index, qint64 positionNs) const
{
    const Tile& tile = m_tiles.at(index);
    if (tile.completedNs >= 0 && positionNs >= tile.completedNs)
        return State::Complete;
    if (tile.firstByteNs >= 0 && positionNs >= tile.firstByteNs)
        return State::Arriving;
    if (tile.sentNs >= 0 && positionNs >= tile.sentNs)
        return State::Waiting;
    if (tile.requestedNs >= 0 && positionNs >= tile.requestedNs)
        return m_requestsVisible && !m_updates ? State::Queued : State::Waiting;
    return State::Empty;
}

double TilesModel::progressAt(int index, qint64 positionNs) const
{
    const Tile& tile = m_tiles.at(index);
    if (tile.completedNs >= 0 && positionNs >= tile.completedNs)
        return 1.0;
    if (m_updates) {
        const auto arrived = std::upper_bound(tile.deliveries.cbegin(), tile.deliveries.cend(), positionNs) -
                             tile.deliveries.cbegin();
        return std::min(1.0, double(arrived) / double(m_clients));
    }
    const auto after = std::upper_bound(tile.progress.cbegin(), tile.progress.cend(), positionNs,
                                        [](qint64 t, const Progress& p) { return t < p.timeNs; });
    if (after == tile.progress.cbegin())
        return 0.0;
    // The size the server announced, else the size it turned out to have, else the configured size.
    qint64 total = tile.expectedBytes > 0 ? tile.expectedBytes : tile.bytes;
    if (total <= 0)
        total = m_settings.value(QStringLiteral("objectSize")).toLongLong();
    return total > 0 ? std::clamp(double(std::prev(after)->bytes) / double(total), 0.0, 1.0) : 0.0;
}

int TilesModel::completedAt(qint64 positionNs) const
{
    return int(std::count_if(m_tiles.cbegin(), m_tiles.cend(), [positionNs](const Tile& tile) {
        return tile.completedNs >= 0 && positionNs >= tile.completedNs;
    }));
}

qint64 TilesModel::allCompleteNs() const
{
    if (m_tiles.isEmpty())
        return -1;
    qint64 last = -1;
    for (const Tile& tile : m_tiles) {
        if (tile.completedNs < 0)
            return -1;
        last = std::max(last, tile.completedNs);
    }
    return last;
}

int TilesModel::tileOfEvent(qsizetype eventIndex) const
{
    return m_byEvent.value(eventIndex, -1);
}

} // namespace protoviz
