#pragma once

#include "app/views/drawnlabel.h"
#include "app/views/legendswatch.h"
#include "app/views/viewcontext.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace protoviz {

class Timeline;

/// The base of every view that draws a timeline (lanes, ladder, tiles): it follows the timeline as it
/// grows and the playback clock as it moves, maps time to x with zoom and pan (wheel to zoom, drag to
/// pan; the main window's +/− and fit actions call zoomIn(), zoomOut(), fitAll()), shows tooltips, selects
/// what is clicked, and draws through one render() that serves the screen, PNG and SVG export alike.
/// Subclasses draw only what happened up to the clock's position.
class TimelineCanvas : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineCanvas)

public:
    TimelineCanvas(const ViewContext& context, QWidget* parent = nullptr);
    ~TimelineCanvas() override;

    /// The view's name for menus and exported file names ("Lanes").
    virtual QString title() const = 0;

    void setTimeline(const Timeline* timeline);
    const Timeline* timeline() const;

    /// Draws the whole view into target (screen, image or SVG).
    virtual void render(QPainter& painter, const QRectF& target) = 0;

    /// Writes the view as it is drawn now. Returns false and sets *error on failure.
    bool exportPng(const QString& path, QString* error);
    bool exportSvg(const QString& path, QString* error);
    /// The view as an image of its widget size (at least 200×150), e.g. for tests.
    QImage toImage(qreal devicePixelRatio = 1.0);

    /// The visible window of the time axis, in ns on the shared clock.
    qint64 viewStart() const { return m_viewStart; }
    qint64 viewSpan() const { return m_viewSpan; }
    /// Zooms around a time (factor > 1 zooms in); pans by a time difference; fits everything.
    void zoom(double factor, qint64 aroundNs);
    void zoomIn();
    void zoomOut();
    void pan(qint64 deltaNs);
    void fitAll();
    /// Shows the time window [startNs, endNs] (clamped at 0), as a zoom and pan by hand would.
    void showRange(qint64 startNs, qint64 endNs);
    /// Whether the time window grows with the session (until the user zooms or pans).
    bool isFitting() const { return m_fitting; }

    /// The entries of the key for what the view draws now (each once).
    virtual QList<LegendSwatch> legendSwatches() const { return {}; }
    /// Whether the view draws its own key on screen. The window turns it off where it shows one key for
    /// all panes; an exported image always carries its key.
    void setShowsOwnLegend(bool shows);
    bool showsOwnLegend() const { return m_showsOwnLegend; }

    /// The labels the last drawing noted (see noteLabel()), for layout tests.
    const QList<DrawnLabel>& drawnLabels() const { return m_drawnLabels; }

protected:
    const ViewContext m_context;

    /// Maps time to x within a drawing width starting at left, and back.
    double xForTime(qint64 timeNs, double left, double width) const;
    qint64 timeForX(double x, double left, double width) const;

    /// The left margin and width of the time axis inside a drawing rectangle (subclasses reserve room
    /// for labels on the left); the default uses the whole width.
    virtual std::pair<double, double> timeAxis(const QRectF& target) const;

    /// The event under a point, to select on click (index into the timeline), if any.
    virtual std::optional<qsizetype> eventAt(const QPointF& point) const;
    /// The tooltip at a point; empty for none.
    virtual QString toolTipAt(const QPointF& point) const;

    /// Events [first, first + count) were appended; update derived models. The base repaints. Each
    /// event of the timeline arrives once, in order, after timelineChanged().
    virtual void eventsAppended(qsizetype first, qsizetype count);
    /// A new timeline (or none) was set; rebuild derived models.
    virtual void timelineChanged();
    /// Builds the derived models again from the whole timeline (timelineChanged(), then every event),
    /// for what depends on more than the events, such as translated labels.
    void rebuild();

    /// Whether render() draws the key now: on screen if showsOwnLegend(), always into an export.
    bool drawsLegend() const { return m_showsOwnLegend || m_exporting; }
    /// Notes a label that carries the view's point as drawn (text, its box, its font), for drawnLabels().
    void noteLabel(const QString& text, const QRectF& rect, const QFont& font) const;

    /// Draws the playhead (a vertical line at the clock's position) over a time axis.
    void drawPlayhead(QPainter& painter, const QRectF& area, double left, double width) const;

    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void onAppended(qsizetype first, qsizetype count);
    /// render() with the noted labels cleared first; exporting: into a file or image, key included.
    void draw(QPainter& painter, const QRectF& target, bool exporting);
    void growWindow();

    QPointer<const Timeline> m_timeline;
    qsizetype m_delivered = 0; ///< events of the timeline given to eventsAppended() so far
    qint64 m_viewStart = 0;
    qint64 m_viewSpan = 1000000000; // 1 s until there is something to fit
    bool m_fitting = true;
    QPointF m_pressPoint;
    qint64 m_pressStart = 0;
    bool m_dragging = false;
    bool m_showsOwnLegend = true;
    bool m_exporting = false;
    mutable QList<DrawnLabel> m_drawnLabels;
};

} // namespace protoviz
