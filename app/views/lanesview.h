#pragma once

#include "app/views/lanesmodel.h"
#include "app/views/timelinecanvas.h"
#include "app/views/viewtheme.h"

#include <QBrush>
#include <QColor>
#include <QRectF>

#include <optional>
#include <vector>

namespace protoviz {

/// The lanes view: time runs across, one lane per TCP connection ("#3 · HTTP/2 · TLS 1.3"), and in each
/// lane the wire (segments in flight, losses, head-of-line blocking), the TLS band (handshake messages,
/// application-data records), and the application: HTTP/2 stream 0 and the streams as rows, or the
/// HTTP/1.1 / WebSocket messages, and gRPC messages. Every unit is a block from when it was sent to when
/// it was received, coloured by type; the upper half of a row carries client → server, the lower half
/// server → client. Above each lane a strip shows what the connection waits for: the TCP and TLS
/// handshakes, a response, a lost segment. Everything is drawn up to the playback position, so blocks
/// in flight grow as the clock runs.
///
/// When the rows do not fit the height, streams share rows (a stream takes the lowest row whose last
/// stream has closed) and rows shrink, down to a fraction of a pixel for thousands of streams, so the
/// whole session stays in view; labels are drawn only where they fit, tooltips explain every block.
///
/// GUI thread. Geometry is built incrementally as the timeline grows (LanesModel); render() draws only
/// the blocks in the visible time window, batched by colour.
class LanesView final : public TimelineCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanesView)

public:
    explicit LanesView(const ViewContext& context, QWidget* parent = nullptr);
    ~LanesView() override;

    QString title() const override;
    void render(QPainter& painter, const QRectF& target) override;
    QSize sizeHint() const override;

    /// The geometry derived from the timeline so far.
    const LanesModel& model() const { return m_model; }

    /// Where the block of the unit recorded by event eventIndex (its sender's or receiver's event, or a
    /// segment's) is drawn inside target now: clipped to the playback position and the time window.
    /// Empty if it is not drawn.
    std::optional<QRectF> blockRect(qsizetype eventIndex, const QRectF& target) const;

    std::optional<qsizetype> eventAt(const QPointF& point) const override;
    QString toolTipAt(const QPointF& point) const override;

    /// The key of what is drawn up to the playback position: the looks of the units drawn, the waits,
    /// losses, and how a row's halves split the directions.
    QList<LegendSwatch> legendSwatches() const override;

protected:
    std::pair<double, double> timeAxis(const QRectF& target) const override;
    void eventsAppended(qsizetype first, qsizetype count) override;
    void timelineChanged() override;
    void changeEvent(QEvent* event) override;

private:
    struct TrackBox
    {
        int track = -1;
        double top = 0;
        double height = 0;
    };

    struct LaneBox
    {
        int connection = -1;
        double top = 0;
        double bottom = 0;
        double titleHeight = 0; ///< the connection's title on a line of its own (Layout::titlesAbove)
        double headerTop = 0;   ///< the header: the title column's first line and the waiting strip
        double headerHeight = 0;
        TrackBox fixed[LanesModel::FirstRow]; ///< by track index; height 0 when not shown
        double rowsTop = 0;
        double rowHeight = 0;
        int rows = 0;
    };

    struct Layout
    {
        QRectF target;
        double scale = 1;       ///< the theme's font scale
        double smallHeight = 0; ///< line height of the small font
        double labelHeight = 0; ///< line height of the lane label font
        double axisTop = 0;
        double axisHeight = 0;
        double badgeHeight = 0;   ///< the axis's upper row, where the clock's badge goes over no tick label
        double labelWidth = 0;    ///< the label column on the left
        bool titlesAbove = false; ///< connection titles on a line above their lane, not in the column
        double left = 0;          ///< the time axis
        double width = 0;
        QRectF lanes; ///< the area of the lanes (below the axis, above the legend)
        double legendTop = 0;
        std::vector<LaneBox> boxes;
    };

    /// The time window and the clock, for mapping times to x.
    struct Frame
    {
        double left = 0;
        double right = 0;
        double pixelsPerNs = 0;
        qint64 viewStart = 0;
        qint64 viewEnd = 0;
        qint64 position = 0;
        double minWidth = 1;

        double x(qint64 time) const { return left + double(time - viewStart) * pixelsPerNs; }
    };

    struct Batch
    {
        std::vector<QRectF> rects;
        void add(const QRectF& rect);
    };

    struct LabelSpot
    {
        QRectF block;
        double limit = 0; ///< the label may run right up to here
        const LanesModel::Block* unit = nullptr;
        int connection = -1;
        int track = -1;
    };

    /// The label column: as wide as its labels need up to a limit; connection titles that would pass
    /// the limit go on a line above their lane.
    struct Column
    {
        double width = 0;
        bool titlesAbove = false;
    };

    /// An end mark (ViewTheme::Mark) to draw where a block ends.
    struct EndMark
    {
        QPointF centre;
        double size = 0;
        ViewTheme::Mark mark = ViewTheme::Mark::Solid;
        QColor color;
    };

    struct Hit
    {
        const LanesModel::Block* block = nullptr;
        const LanesModel::Span* span = nullptr;
        int connection = -1;
        int track = -1;
    };

    void computeLayout(const QRectF& target, Layout& layout) const;
    Column labelColumn(const QRectF& target) const;
    double axisHeight() const;
    /// The height of the key drawn at the bottom of target: none where the view draws no key, or where
    /// it would take more than half of the pane.
    double legendHeight(const QRectF& target) const;
    /// The height the lanes shown now need at least, each with its title readable (on a line of its own
    /// or beside the waiting strip).
    double lanesMinimumHeight(bool titlesAbove) const;
    Frame frameFor(const Layout& layout) const;

    std::optional<QRectF> blockRectIn(const LanesModel::Block& block, int connection, const TrackBox& box,
                                      const Frame& frame) const;
    Hit hitAt(const QPointF& point) const;
    qint64 drawnEnd(const LanesModel::Block& block, int connection, qint64 position) const;

    void drawAxis(QPainter& painter, const Layout& layout, const Frame& frame) const;
    void drawLaneChrome(QPainter& painter, const Layout& layout, const LaneBox& box,
                        const Frame& frame) const;
    void drawSpans(QPainter& painter, const LaneBox& box, const Frame& frame) const;
    void collectTrack(const LaneBox& box, const TrackBox& trackBox, const Frame& frame, double smallHeight);
    void drawLabels(QPainter& painter, const Layout& layout) const;
    void drawPlayheadBadge(QPainter& painter, const Layout& layout, const Frame& frame) const;
    void drawLegend(QPainter& painter, const Layout& layout) const;

    QString blockLabel(const LanesModel::Block& block, const LanesModel::Track& track) const;
    QString blockToolTip(const LanesModel::Block& block, int connection) const;
    QString spanToolTip(const LanesModel::Span& span, int connection) const;
    QString connectionLabel(const LanesModel::Connection& connection, qint64 position) const;
    /// The connection's title, longest first: the full one, then shorter forms for a narrow column.
    QStringList connectionLabels(const LanesModel::Connection& connection, qint64 position) const;
    QString connectionToolTip(const LanesModel::Connection& connection) const;
    QString trackLabel(const LanesModel::Connection& connection, int track) const;
    QString formatTime(qint64 ns) const;

    LanesModel m_model;

    // Per-frame buffers, kept between frames so that drawing does not allocate.
    Layout m_layout;
    std::vector<Batch> m_batches; ///< one per style, then Lost, HeldBack, Retransmitted
    std::vector<QColor> m_colors;
    std::vector<ViewTheme::Mark> m_marks; ///< by style, as m_colors
    std::vector<LabelSpot> m_labels;
    std::vector<EndMark> m_endMarks;
    std::vector<QRectF> m_selected;
};

} // namespace protoviz
