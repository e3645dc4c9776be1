#pragma once

#include "core/session/grpcstatistics.h"
#include "core/session/pollingstatistics.h"
#include "core/session/sessionstatistics.h"
#include "core/session/shootoutprotocol.h"
#include "core/session/shootoutstatistics.h"

#include "app/views/viewcontext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace protoviz {

class StatisticsChart;
class Timeline;

/// A against B (and C and D where a scenario has them) in figures: bar charts (Qt Charts) with one bar per
/// side and a table with one column per side, computed from the sessions' timelines up to the playback
/// clock's position, so that the bars grow as the replay runs.
/// Page loads (and TLS handshakes) compare total time and time to first byte, connections and round
/// trips, bytes on the wire by kind (headers, bodies, framing, TLS) and the share of header text HPACK
/// saved (SessionStatistics). Polling against WebSocket compares delivery latency, requests and frames,
/// payload against overhead bytes and the bytes per delivered update (PollingStatistics). REST against
/// gRPC adds the items' bytes as sent, as Protobuf and as JSON (GrpcStatistics) in place of header
/// compression. The protocol shoot-out compares request and update latency, connections, bytes on the
/// wire and, as ✓/✗ rows with their reasons as tooltips, the measured properties (server push,
/// streaming: ShootoutStatistics) and the protocol's facts (human-readable, browser-native:
/// ShootoutProtocolFacts). Under the figures the summary names every side in plain sentences and, once
/// the playhead reaches the end of finished sessions, the mechanisms behind the outcome
/// (OutcomeExplanation).
///
/// The value axes are scaled to the whole session, so bars grow towards a fixed scale during a replay.
/// Figures are recomputed at most five times a second while the clock moves or events arrive. Colours
/// and fonts follow the ViewTheme. GUI thread; the parent owns the view.
class StatisticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsView)

public:
    /// Narrower than this, the charts stand in one column instead of two.
    static constexpr int NarrowWidth = 520;

    /// Which figures the sessions are compared by, from their settings.
    enum class Kind {
        PageLoad, ///< SessionStatistics
        Polling,  ///< PollingStatistics
        Grpc,     ///< SessionStatistics and GrpcStatistics (REST against gRPC, gRPC call patterns)
        Shootout, ///< ShootoutStatistics and each protocol's facts (the protocol shoot-out)
    };
    /// The four charts, in reading order.
    enum class Chart {
        Times,  ///< total time and time to first byte; polling: delivery latency; shoot-out: request latency
        Counts, ///< connections and round trips; polling: connections, HTTP requests, WebSocket frames;
                ///< shoot-out: connections
        Bytes,  ///< bytes by kind, stacked, one bar per pane (the last pane first: the bottom bar);
                ///< shoot-out: up and down
        Extra,  ///< header compression; polling: bytes per update; gRPC: items as sent, as Protobuf and as
                ///< JSON; shoot-out: update latency
    };

    explicit StatisticsView(const ViewContext& context, QWidget* parent = nullptr);
    ~StatisticsView() override;

    /// The view's name for menus and exported file names.
    QString title() const;

    /// The most sides the view compares (A to D); timelines past these are left out.
    static constexpr int MaxSides = 4;

    /// The sessions compared, A first (any may be null: its column shows dashes); figures follow them as
    /// they grow. The view does not own them and forgets one that is destroyed.
    void setTimelines(const QList<const Timeline*>& timelines);
    /// How many sides the charts and the table have now.
    int sideCount() const { return int(m_sides.size()); }
    /// The catalog id of the scenario the timelines ran (empty: unknown); it chooses how the summary
    /// explains the outcome (OutcomeExplanation). Set it with or after setTimelines().
    void setScenarioId(const QString& id);
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
        ShootoutStatistics shootout;
        bool finished = false; ///< the session's end was recorded
    };

    struct Side
    {
        QPointer<const Timeline> timeline;
        Figures now;            ///< up to the playback position
        Figures whole;          ///< the whole timeline so far (scales the axes)
        qsizetype nowUpTo = -1; ///< events counted in now
        qsizetype wholeUpTo = -1;
        std::optional<ShootoutProtocol> protocol; ///< a shoot-out side's protocol, from its settings
    };

    /// Whether a session's settings are those of a protocol shoot-out side.
    static bool isShootout(const QVariantMap& settings);
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
    void shootoutSentences(const QStringList& names, const QList<int>& present, QStringList* sentences) const;
    void retranslateShootout(const QString& bytesUnit);
    void updateShootoutCharts();
    void fitColumns();
    /// The "B against A" column, only for two sides; -1 without one.
    int comparisonColumn() const;
    /// Whether every side's figures reach the end of its timeline (the playhead is past the last event).
    bool atEnd() const;
    void explainOutcome();
    QString paneLetter(int side) const;
    QString paneName(int side) const;
    QList<QColor> paneColors() const;

    const ViewContext m_context;
    QList<Side> m_sides;
    Kind m_kind = Kind::PageLoad;
    QString m_scenarioId;
    QStringList m_explanation;      ///< OutcomeExplanation's sentences for the timelines as they were
    qsizetype m_explainedSize = -1; ///< events of all sides when m_explanation was made
    double m_bytesPerUnit = 1;
    QLabel* m_heading = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_summary = nullptr;
    QGridLayout* m_layout = nullptr;
    QWidget* m_chartBox = nullptr;
    QGridLayout* m_chartGrid = nullptr;
    int m_chartColumns = 0;
    StatisticsChart* m_charts[4] = {};
    QTableWidget* m_table = nullptr;
    QTimer m_refresh;
    bool m_arranged = false;
    bool m_beside = false;
    int m_tableWidth = 0; ///< what the table's columns need, whole
};

} // namespace protoviz
