#pragma once

#include "app/views/laddermodel.h"
#include "app/views/ladderruns.h"
#include "app/views/ladderscale.h"
#include "app/views/timelinecanvas.h"
#include "app/views/viewtheme.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QPainterPath>
#include <QPointer>
#include <QRectF>

#include <vector>

namespace protoviz {

/// The ladder (sequence) diagram of a session: a client and a server lifeline, and an arrow for every
/// unit that crossed between them (TCP handshake, TLS handshake messages, HTTP/1.1 heads and bodies,
/// HTTP/2 frames, the WebSocket upgrade and frames, gRPC messages, FIN), from the sender's lifeline at
/// the moment it was sent to the receiver's at the moment it was received, so that an arrow's slope is
/// its latency. Time runs downward; a ruler marks multiples of the RTT, and a counter shows the round
/// trips taken so far (RoundTripCounter up to the playback position, as the statistics count them).
///
/// Time axis: the base's window (viewStart, viewSpan) maps time to y instead of x; timeAxis() returns
/// the top and height of the vertical axis, the mouse wheel zooms around the time under the pointer and
/// a vertical drag pans. Connections: one client and one server lifeline for all connections, because
/// side-by-side pairs for six HTTP/1.1 connections leave each too narrow to read on a projector, and one
/// pair keeps A and B drawn alike; arrows of different connections sent together form one bundle ("GET ×6
/// on 6 connections"), single arrows name their connection when there is more than one. Bundles: arrows
/// of one direction sent within a label's height of each other on screen are drawn as one band with one
/// label; zooming in separates them. Runs: calls of one kind made one after another (LadderRuns) whose
/// flights are too close together to label one by one are summarised by one counted band, bracketed
/// beside the server's lifeline ("GetItem ×16 · 16 RTT"); zooming in labels the flights again. Fan-out:
/// identical copies the server sends to several clients at once share one label ("text frame → 3
/// clients").
///
/// Scale: while fitting, every ladder on one clock spans the longest session on it (PlaybackClock::end()),
/// and the ladders on screen draw at the smallest scale any of them allows (ViewContext::ladderScale), so
/// that a round trip is equally tall in every pane and the shorter session simply ends higher.
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
    /// The flight labels render() writes into target at the clock's position (bundled arrows share one,
    /// a run of calls summarised as one band has one, the copies of a fan-out share one).
    QStringList placedLabels(const QRectF& target) const;
    /// How many arrows and bands (units sent together) the ladder draws when rendered into target.
    qsizetype drawnBundleCount(const QRectF& target) const;
    /// Pixels per second of session time on the vertical axis of the last drawing.
    double pixelsPerSecond() const { return m_pixelsPerSecond; }

    QList<LegendSwatch> legendSwatches() const override;

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
    void hideEvent(QHideEvent* event) override;

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
        double axisHeight = 1; ///< the base's window (viewSpan()) at pixelsPerNs
        double pixelsPerNs = 0;
        double clientX = 0; ///< the first client's lifeline
        double serverX = 0;
        int lanes = 1;       ///< client lifelines: one per client of a chat or ticker, at most MaxClientLanes
        double laneStep = 0; ///< between neighbouring client lifelines
        double laneX(int lane) const { return clientX + lane * laneStep; }
        double lastLaneX() const { return laneX(lanes - 1); }
        double scale = 1;             ///< the theme's font scale, for pens and gaps
        bool showMilliseconds = true; ///< false in a narrow pane: the lifelines need the room
        /// In a short pane (four panes on a projector): the counter on one row with the lifelines' heads,
        /// in smaller boxes, so that the arrows keep most of the height.
        bool compactHeader = false;
    };
    /// Arrows of one direction drawn as one (a single arrow is a bundle of one).
    struct Bundle
    {
        Direction direction = Direction::None;
        int lane = 0;             ///< the client lifeline its arrows start or end at
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
        bool allNeverRead = false; ///< every unit came too late: its receiver had closed
        bool manyConnections = false;
        bool distinctive = false; ///< carries a message that tells the scenario apart (labelled first)
        bool namesCall = false;   ///< distinctive for the call it names (a gRPC call's HEADERS)
        bool inRun = false;       ///< part of a run of calls labelled as one band (ShownRun)
        /// A copy of another bundle's units sent to another client at the same moment: that bundle's
        /// label names them all.
        bool jointCopy = false;
        double firstSendY = 0;
        double lastSendY = 0;
        double lowestY = 0; ///< the lowest point its edges reach on screen
        QColor color;
        ViewTheme::Mark mark = ViewTheme::Mark::Solid; ///< of the unit that gives the colour
        Qt::PenStyle style = Qt::SolidLine;            ///< its pen (dotted for control)
        QLineF top;                                    ///< first edge, sender to receiver, whole
        QLineF bottom;                                 ///< last edge
        QLineF shownTop; ///< the edges as far as they reached at the clock's position
        QLineF shownBottom;
        QString label;
        QString shortLabel; ///< the first and the last of what crossed, where the whole label does not fit
        /// Just the message that tells the scenario apart ("Certificate …"), for a dense ladder where
        /// nothing longer finds room; empty unless the bundle is distinctive.
        QString tellingLabel;
        QString shownLabel; ///< label, shortLabel or tellingLabel, whichever was placed
        QRectF labelRect;   ///< empty when neither label fitted
    };
    /// A run of calls (LadderRun) too dense at the current zoom to label its flights: one band, one label.
    struct ShownRun
    {
        int lane = 0;
        QString call;
        int calls = 0;  ///< calls opened up to the clock's position
        int rounds = 0; ///< round trips they took (LadderModel::roundTripsBetween)
        qint64 startNs = 0;
        qint64 lastSendNs = 0;
        qint64 endNs = 0; ///< the last arrival, up to the clock's position
        double top = 0;
        double bottom = 0;
        QString label;
        QRectF labelRect; ///< empty when it found no room
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
    /// A key entry and where layOutLegend() put it.
    struct LegendItem
    {
        LegendSwatch swatch;
        QRectF rect;
    };
    /// A flight label broken into lines that each fit its width.
    struct WrappedLabel
    {
        QStringList lines;
        QSizeF size; ///< with the padding and the colour bar
    };

    /// Client lifelines beyond this share the last one ("Clients 4–9"): a fan-out reads from four.
    static constexpr int MaxClientLanes = 4;
    /// How many client lifelines the session gets, and which one an arrow's connection belongs to.
    int clientLanes() const;
    int laneOf(const LadderArrow& arrow) const;
    /// The head of a client lifeline: "Client", "Client 2", "Clients 4–9".
    QString laneName(int lane) const;
    /// The names a client lifeline's head may show, longest first: laneName() and, for lifelines packed
    /// closer than that, shorter ones ("C2", "2").
    QStringList laneNames(int lane) const;
    Geometry geometry(const QRectF& target) const;
    /// The time span the vertical axis shows: while fitting, up to the end of the longest session on the
    /// clock, so that all ladders on it share one scale.
    qint64 shownSpan() const;
    double yFor(qint64 timeNs, const Geometry& g) const;
    qint64 arrowEndNs(const LadderArrow& arrow) const;
    /// Fills m_bundles for drawing into target at the clock's position.
    void layOut(const Geometry& g) const;
    void placeLabels(const Geometry& g) const;
    /// Fills m_shownRuns with the runs too dense to label flight by flight, and marks their bundles.
    void layOutRuns(const Geometry& g) const;
    /// Gives identical copies the server sent to several clients at once one joint label.
    void joinFanOutLabels() const;
    /// Places the runs' labels in their bands, before any flight's label.
    void placeRunLabels(const Geometry& g, const QRectF& allowed) const;
    /// The runs' bands and brackets, under the arrows.
    void drawRuns(QPainter& painter, const Geometry& g) const;
    /// Where a run's bracket stands, right of the server's lifeline (one column per client lifeline).
    double runBracketX(const ShownRun& run, const Geometry& g) const;
    QString runToolTip(const ShownRun& run) const;
    QSizeF labelSize(const QString& label, double maxWidth, const Geometry& g) const;
    /// Breaks a flight label at spaces into lines no wider than maxWidth (a longer word keeps its line).
    WrappedLabel wrapLabel(const QString& label, double maxWidth, const Geometry& g) const;
    /// The bundle's label, into shortLabel (left empty if there is none) a shorter one, and into
    /// tellingLabel (left empty if it has none) its telling message alone.
    QString bundleLabel(const Bundle& bundle, QString* shortLabel, QString* tellingLabel) const;
    template <typename Visit>
    void forEachMember(const Bundle& bundle, Visit&& visit) const;
    /// The bundle under a point (after layOut()), and its member nearest to it.
    std::optional<std::pair<qsizetype, qsizetype>> hit(const QPointF& point, const Geometry& g) const;

    /// Fills m_legend with what the arrows of this session show, each entry once.
    void collectLegend() const;
    /// Lays the legend out in area (computing its items when not drawing) and returns its height.
    double layOutLegend(const QRectF& area, bool draw, QPainter* painter) const;
    /// A key entry drawn as an arrow of color (dashed or solid, over a band for bundles): the ladder's own
    /// notations, which mean the same whatever the unit.
    static LegendSwatch arrowSwatch(const QString& text, const QColor& color, Qt::PenStyle style, bool band,
                                    double scale);
    void drawHeader(QPainter& painter, const Geometry& g) const;
    /// The header of a short pane: the heads and, between them, the counter (Geometry::compactHeader).
    void drawCompactHeader(QPainter& painter, const Geometry& g) const;
    /// The Client and Server boxes (heads()).
    void drawHeads(QPainter& painter, const Geometry& g) const;
    /// The font of the lifelines' heads, smaller in a compact header.
    QFont headFont(bool compact) const;
    /// Where the heads' boxes stand: below the counter, or on its row in a compact header.
    double headsTop(const Geometry& g) const;
    /// The heads as drawn, the clients' first: each box with the name it shows, never in a font smaller
    /// than headFont() (a packed client lifeline shows a shorter name instead).
    QList<DrawnLabel> heads(const Geometry& g) const;
    /// The round-trip counter as drawn: "Round trips: 4" at the header's size, or the view's label
    /// size, or as "4 RTT" where that does not fit either (the tooltip says it whole); no text where nothing
    /// fits. Never in a font smaller than the view's labels, which no one could read from the back of the
    /// room.
    DrawnLabel counter(const Geometry& g) const;
    /// The header's tooltip at point: the whole counter, a head's whole name; empty elsewhere.
    QString headerToolTip(const QPointF& point, const Geometry& g) const;
    void drawRuler(QPainter& painter, const Geometry& g) const;
    void drawBundles(QPainter& painter, const Geometry& g) const;
    void drawArrowHead(QPainter& painter, const QLineF& line, const QColor& color, double scale) const;
    void drawLabelHalo(QPainter& painter, const QRectF& rect, bool selected, const Geometry& g) const;
    void drawLabelText(QPainter& painter, const QRectF& rect, const QStringList& lines, const QColor& accent,
                       const Geometry& g) const;
    /// How wide a flight label may grow before it wraps.
    double labelWidthLimit(const Geometry& g) const;
    /// The lowest a ruler mark goes, for sizing its column ("120 RTT").
    qint64 lastRttMark() const;
    void drawSelection(QPainter& painter, const Geometry& g) const;
    void drawTimePlayhead(QPainter& painter, const Geometry& g) const;

    QString arrowToolTip(const LadderArrow& arrow) const;
    QString bundleToolTip(const Bundle& bundle) const;
    QString connectionsText() const;

    LadderModel m_model;
    // The window may destroy the shared scale before its panes (a member goes before the children).
    QPointer<LadderScale> m_scale;
    // Recomputed for every frame; kept to reuse their memory.
    mutable std::vector<Bundle> m_bundles;
    mutable LadderRuns m_runs;
    mutable std::vector<ShownRun> m_shownRuns;
    mutable std::vector<QRectF> m_placed;
    mutable std::vector<FamilyCount> m_familyCounts;
    mutable QList<LegendItem> m_legend;
    // One event for each key entry the arrows showed so far (its meaning, not its colour, tells them
    // apart), and how many arrows were looked at for it: the key grows with the model.
    mutable QList<Event> m_legendEvents;
    mutable qsizetype m_legendScanned = 0;
    mutable std::vector<StrokeBatch> m_strokes;
    mutable QHash<QString, WrappedLabel> m_labelSizes;
    mutable QFont m_labelSizeFont;
    mutable double m_labelSizeWidth = 0;
    mutable double m_pixelsPerSecond = 0;
    QPointF m_pressPoint;
    qint64 m_pressStart = 0;
    bool m_dragging = false;
};

} // namespace protoviz
