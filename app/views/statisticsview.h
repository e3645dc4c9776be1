#pragma once

#include "core/session/grpcstatistics.h"
#include "core/session/pollingstatistics.h"
#include "core/session/sessionstatistics.h"

#include "app/views/viewcontext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace protoviz {

class StatisticsChart;
class Timeline;

/// A against B in figures: bar charts (Qt Charts) and a table of the exact numbers, computed from both
/// sessions' timelines up to the playback clock's position, so that the bars grow as the replay runs.
/// Page loads (and TLS handshakes) compare total time and time to first byte, connections and round
/// trips, bytes on the wire by kind (headers, bodies, framing, TLS) and the share of header text HPACK
/// saved (SessionStatistics). Polling against WebSocket compares delivery latency, requests and frames,
/// payload against overhead bytes and the bytes per delivered update (PollingStatistics). REST against
/// gRPC adds the items' bytes as sent and as JSON (GrpcStatistics) in place of header compression.
///
/// The value axes are scaled to the whole session, so bars grow towards a fixed scale during a replay.
/// Figures are recomputed at most five times a second while the clock moves or events arrive. Colours
/// and fonts follow the ViewTheme. GUI thread; the parent owns the view.
class StatisticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsView)

public:
    /// Which figures the sessions are compared by, from their settings.
    enum class Kind {
        PageLoad, ///< SessionStatistics
        Polling,  ///< PollingStatistics
        Grpc,     ///< SessionStatistics and GrpcStatistics (REST against gRPC, gRPC call patterns)
    };
    /// The four charts, in reading order.
    enum class Chart {
        Times,  ///< total time and time to first byte; polling: delivery latency
        Counts, ///< connections and round trips; polling: connections, HTTP requests, WebSocket frames
        Bytes,  ///< bytes by kind, stacked, one bar per pane (B first: the bottom bar)
        Extra,  ///< header compression; polling: bytes per update; gRPC: payload as sent and as JSON
    };

    explicit StatisticsView(const ViewContext& context, QWidget* parent = nullptr);
    ~StatisticsView() override;

    /// The view's name for menus and exported file names.
    QString title() const;

    /// The sessions compared (either may be null); figures follow them as they grow.
    void setTimelines(const Timeline* a, const Timeline* b);
    Kind kind() const { return m_kind; }

    /// Recomputes the figures at the clock's position now (the view does so by itself, throttled).
    void refresh();

    /// Writes the view (charts and table) as it is drawn now. Returns false and sets *error on failure.
    bool exportPng(const QString& path, QString* error);
    bool exportSvg(const QString& path, QString* error);
    /// The view as an image of its size.
    QImage toImage(qreal devicePixelRatio = 1.0);

    StatisticsChart* chart(Chart which) const;
    QTableWidget* table() const { return m_table; }
    /// Bytes one unit of the byte charts stands for: 1, or 1000 when they count kB.
    double bytesPerUnit() const { return m_bytesPerUnit; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Everything measured on one side, up to some event.
    struct Figures
    {
        SessionStatistics session;
        PollingStatistics polling;
        GrpcStatistics grpc;
    };

    struct Side
    {
        QPointer<const Timeline> timeline;
        Figures now;            ///< up to the playback position
        Figures whole;          ///< the whole timeline so far (scales the axes)
        qsizetype nowUpTo = -1; ///< events counted in now
        qsizetype wholeUpTo = -1;
        bool restJson = false; ///< a REST API whose bodies are JSON
    };

    void scheduleRefresh();
    void detectKind();
    Figures compute(const Timeline& timeline, qsizetype count) const;
    void applyTheme();
    void retranslate();
    void arrange();
    void fitTable();
    void updateCharts();
    void updateTable();
    QString summaryText() const;
    QString paneName(int side) const;
    QList<QColor> paneColors() const;

    const ViewContext m_context;
    Side m_sides[2];
    Kind m_kind = Kind::PageLoad;
    double m_bytesPerUnit = 1;
    QLabel* m_heading = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_summary = nullptr;
    QGridLayout* m_layout = nullptr;
    QWidget* m_chartBox = nullptr;
    StatisticsChart* m_charts[4] = {};
    QTableWidget* m_table = nullptr;
    QTimer m_refresh;
    bool m_arranged = false;
    bool m_beside = false;
};

} // namespace protoviz
