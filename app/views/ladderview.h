#pragma once

#include "app/views/laddermodel.h"
#include "app/views/timelinecanvas.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QPainterPath>
#include <QRectF>

#include <vector>

namespace protoviz {

/// The ladder (sequence) diagram of a session: a client and a server lifeline, and an arrow for every
/// unit that crossed between them (TCP handshake, TLS handshake messages, HTTP/1.1 heads and bodies,
/// HTTP/2 frames, the WebSocket upgrade and frames, gRPC messages, FIN), from the sender's lifeline at
/// the moment it was sent to the receiver's at the moment it was received, so that an arrow's slope is
/// its latency. Time runs downward; a ruler marks multiples of the RTT, and a counter shows the round
/// trips taken so far (SessionStatistics::roundTripsOf up to the playback position).
///
/// Time axis: the base's window (viewStart, viewSpan) maps time to y instead of x; timeAxis() returns
/// the top and height of the vertical axis, the mouse wheel zooms around the time under the pointer and
/// a vertical drag pans. Connections: one client and one server lifeline for all connections, because
/// side-by-side pairs for six HTTP/1.1 connections leave each too narrow to read on a projector, and one
/// pair keeps A and B drawn alike; arrows of different connections sent together form one bundle ("GET ×6
/// on 6 connections"), single arrows name their connection when there is more than one. Bundles: arrows
/// of one direction sent within a label's height of each other on screen are drawn as one band with one
/// label; zooming in separates them.
///
/// Only what happened up to the clock's position is drawn; arrows in flight grow from the sender. Click
/// selects the sender's event of the nearest arrow; hovering explains it. GUI thread; the context's
/// objects must outlive the view.
class LadderView final : public TimelineCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderView)

public:
    explicit LadderView(const ViewContext& context, QWidget* parent = nullptr);
    ~LadderView() override;

    QString title() const override;
    void render(QPainter& painter, const QRectF& target) override;

    /// The arrows derived from the timeline.
    const LadderModel& model() const { return m_model; }
    /// The round trips the counter shows at the clock's position.
    int roundTripsShown() const;
    /// Where an arrow's whole line lies when drawn into target at the current zoom, from the sender's
    /// lifeline to the receiver's (to where it is expected while it has not arrived).
    QLineF arrowLine(qsizetype arrow, const QRectF& target) const;
    /// How many arrows render() draws into target at the clock's position.
    qsizetype drawnArrowCount(const QRectF& target) const;
    /// The labels render() writes into target at the clock's position (bundled arrows share one).
    QStringList drawnLabels(const QRectF& target) const;

protected:
    std::pair<double, double> timeAxis(const QRectF& target) const override;
    std::optional<qsizetype> eventAt(const QPointF& point) const override;
    QString toolTipAt(const QPointF& point) const override;
    void eventsAppended(qsizetype first, qsizetype count) override;
    void timelineChanged() override;

    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Where things go inside a drawing rectangle.
    struct Geometry
    {
        QRectF target;
        QRectF header;  ///< counter and lifeline heads
        QRectF ruler;   ///< time and RTT marks, left of the client lifeline
        QRectF diagram; ///< between the ruler and the right edge, above the legend
        QRectF legend;  ///< the key, at the bottom
        double axisTop = 0;
        double axisHeight = 1;
        double clientX = 0;
        double serverX = 0;
        double scale = 1;             ///< the theme's font scale, for pens and gaps
        bool showMilliseconds = true; ///< false in a narrow pane: the lifelines need the room
    };
    /// Arrows of one direction drawn as one (a single arrow is a bundle of one).
    struct Bundle
    {
        Direction direction = Direction::None;
        qsizetype firstOrder = 0; ///< positions in LadderModel::bySend() the members lie between
        qsizetype lastOrder = 0;
        qsizetype firstArrow = 0;
        int count = 0;
        qint64 bytes = 0;
        qint64 sendMin = 0;
        qint64 sendMax = 0;
        qint64 endMin = 0; ///< receive times, or the expected ones for units not received
        qint64 endMax = 0;
        bool allReceived = true;
        bool anyReceived = false;
        bool manyConnections = false;
        double firstSendY = 0;
        double lastSendY = 0;
        double lowestY = 0; ///< the lowest point its edges reach on screen
        QColor color;
        QLineF top;      ///< first edge, sender to receiver, whole
        QLineF bottom;   ///< last edge
        QLineF shownTop; ///< the edges as far as they reached at the clock's position
        QLineF shownBottom;
        QString label;
        QString shortLabel; ///< the first and the last of what crossed, where the whole label does not fit
        QString shownLabel; ///< label or shortLabel, whichever was placed
        QRectF labelRect;   ///< empty when neither label fitted
    };
    struct FamilyCount
    {
        int family = 0;
        int count = 0;
        qint64 bytes = 0;
        qsizetype firstArrow = 0;
    };
    /// Arrow edges and heads drawn with one pen.
    struct StrokeBatch
    {
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        double width = 1;
        std::vector<QLineF> lines;
        QPainterPath heads;
    };
    struct LegendItem
    {
        QString text;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        bool band = false;
        QRectF rect;
    };

    Geometry geometry(const QRectF& target) const;
    double yFor(qint64 timeNs, const Geometry& g) const;
    qint64 arrowEndNs(const LadderArrow& arrow) const;
    /// Fills m_bundles for drawing into target at the clock's position.
    void layOut(const Geometry& g) const;
    void placeLabels(const Geometry& g) const;
    QSizeF labelSize(const QString& label, double maxWidth, const Geometry& g) const;
    /// The bundle's label, and into shortLabel (left empty if there is none) a shorter one.
    QString bundleLabel(const Bundle& bundle, QString* shortLabel) const;
    template <typename Visit>
    void forEachMember(const Bundle& bundle, Visit&& visit) const;
    /// The bundle under a point (after layOut()), and its member nearest to it.
    std::optional<std::pair<qsizetype, qsizetype>> hit(const QPointF& point, const Geometry& g) const;

    /// Lays the legend out in area (computing its items when not drawing) and returns its height.
    double layOutLegend(const QRectF& area, bool draw, QPainter* painter) const;
    void drawHeader(QPainter& painter, const Geometry& g) const;
    void drawRuler(QPainter& painter, const Geometry& g) const;
    void drawBundles(QPainter& painter, const Geometry& g) const;
    void drawArrowHead(QPainter& painter, const QLineF& line, const QColor& color, double scale) const;
    void drawLabelHalo(QPainter& painter, const QRectF& rect, bool selected, const Geometry& g) const;
    void drawLabelText(QPainter& painter, const QRectF& rect, const QString& text, const QColor& accent,
                       const Geometry& g) const;
    void drawSelection(QPainter& painter, const Geometry& g) const;
    void drawTimePlayhead(QPainter& painter, const Geometry& g) const;

    QString arrowToolTip(const LadderArrow& arrow) const;
    QString bundleToolTip(const Bundle& bundle) const;
    QString connectionsText() const;

    LadderModel m_model;
    // Recomputed for every frame; kept to reuse their memory.
    mutable std::vector<Bundle> m_bundles;
    mutable std::vector<QRectF> m_placed;
    mutable std::vector<FamilyCount> m_familyCounts;
    mutable QList<LegendItem> m_legend;
    mutable std::vector<StrokeBatch> m_strokes;
    mutable QHash<QString, QSizeF> m_labelSizes;
    mutable QFont m_labelSizeFont;
    mutable double m_labelSizeWidth = 0;
    QPointF m_pressPoint;
    qint64 m_pressStart = 0;
    bool m_dragging = false;
};

} // namespace protoviz
