#pragma once

#include "app/views/tilesmodel.h"
#include "app/views/timelinecanvas.h"

#include <QImage>

class QPaintDevice;

namespace protoviz {

/// The page's objects as a grid of tiles that fill in as each arrives, as in the classic
/// HTTP/1.1-against-HTTP/2 tile demos: together the tiles form a picture (TilesPicture), so how a page
/// loads is visible at a glance — six at a time over HTTP/1.1's connections, all at once over HTTP/2,
/// without a request when pushed. A tile is empty until the page asks for its object, outlined while
/// the request waits in the browser for a connection, amber while the answer is awaited, reveals its
/// part of the picture as body bytes arrive, and shows it whole once complete. Pushed objects carry a
/// corner mark in the push colour; over several connections a strip at the bottom tells which one
/// carried the object. A caption counts what has arrived ("63 / 100 objects · 812 ms").
///
/// Polling and WebSocket sessions load no page: there a tile stands for each published update and
/// fills, client by client, as the update reaches every client, so that short polling's bursts and
/// WebSocket's steady fill show side by side. Sessions with neither (a TLS handshake's single request)
/// get a short explanation instead.
///
/// Everything is drawn at the playback clock's position; time zoom and pan do not apply (the wheel is
/// left to the enclosing widget). Hover a tile for its story; click it to select its ObjectCompleted
/// event (or its latest delivery). GUI thread; the parent owns the view.
class TilesView final : public TimelineCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TilesView)

public:
    explicit TilesView(const ViewContext& context, QWidget* parent = nullptr);
    ~TilesView() override;

    QString title() const override;
    void render(QPainter& painter, const QRectF& target) override;

    /// The tiles derived from the timeline so far.
    const TilesModel& model() const { return m_model; }
    /// Tiles complete at the clock's position.
    int completedCount() const;
    /// Where tile index is drawn when the view is rendered into target (empty if it is not drawn).
    QRectF tileRect(int index, const QRectF& target) const;

    /// The key of the tiles' states this session's tiles can take (each drawn as the tiles draw it).
    QList<LegendSwatch> legendSwatches() const override;

protected:
    std::optional<qsizetype> eventAt(const QPointF& point) const override;
    QString toolTipAt(const QPointF& point) const override;
    void eventsAppended(qsizetype first, qsizetype count) override;
    void timelineChanged() override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    enum class Glyph { Empty, Queued, Waiting, Arriving, Complete, Pushed, Connection };

    struct LegendItem
    {
        Glyph glyph = Glyph::Empty;
        QString label;
    };

    struct Layout
    {
        QRectF title;
        QRectF caption;        ///< the count and, when the line is too short for both, nothing else
        QRectF captionDetails; ///< when and how many pushed: after the count, or on a line of its own
        QRectF grid;           ///< the bounding box of the tiles, which the picture covers
        QRectF legend;         ///< the key below the tiles (empty when the window shows it)
        int columns = 0;
        double cell = 0;
        double gap = 0;
        double scale = 1;
        QRectF tile(int index) const;
        int indexAt(const QPointF& point, int count) const;
    };

    Layout layout(const QRectF& target, const QPaintDevice* device) const;
    /// The caption's count ("63 / 100 objects") and details ("  ·  812 ms  ·  3 pushed") at position.
    std::pair<QString, QString> captionTexts(qint64 position) const;
    /// The legend of what is drawn; everything: every entry a page load may have (to reserve room).
    QList<LegendItem> legendItems(bool everything) const;
    /// Key entries drawing items' glyphs.
    QList<LegendSwatch> swatchesOf(const QList<LegendItem>& items) const;
    QColor connectionColor(quint32 connection) const;
    const QImage& picture(const QSizeF& size, qreal devicePixelRatio);
    void drawTile(QPainter& painter, const QRectF& rect, TilesModel::State state, double progress,
                  const QRectF& source, bool pushed, const QColor* strips, int stripCount,
                  double scale) const;
    /// A key's tile: glyph drawn into a square at the left of box.
    void drawGlyph(QPainter& painter, const QRectF& box, Glyph glyph) const;
    void drawPlaceholder(QPainter& painter, const QRectF& target, const QString& headline,
                         const QString& text) const;
    QString objectToolTip(int index) const;
    QString updateToolTip(int index) const;

    TilesModel m_model;
    QImage m_picture;
    int m_pictureMode = -1;
};

} // namespace protoviz
