// Frame-time benchmark of the animated views (lanes, ladder, tiles): runs a real HTTP/2 (h2c) page load
// of 1,000 and 10,000 small objects (one stream per object, real events) on the emulated link, then
// renders each view offscreen into a 1600×900 image again and again, as a replay would: the clock
// advancing from start to end with the window fitted, and still frames at several playback positions
// and zoom levels. It reports the median, 95th percentile and maximum frame time per view. The target:
// 1,000 streams animate without stutter, so their 95th percentile must stay well under a 60 Hz frame
// (16.7 ms); the benchmark exits 1 if a view's does not stay under 16 ms.

#include "core/session/pageloadsession.h"
#include "core/session/sessionconfig.h"
#include "core/session/sessionrunner.h"
#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/ladderview.h"
#include "app/views/lanesview.h"
#include "app/views/playbackclock.h"
#include "app/views/tilesview.h"
#include "app/views/viewtheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

using namespace protoviz;

constexpr double TargetMs = 16.0;
constexpr int TargetStreams = 1000; // the "1,000 streams animate without stutter"
const QSize FrameSize(1600, 900);

enum ExitCode : int { Passed = 0, TargetExceeded = 1, SessionFailed = 2, BadArguments = 3 };

enum class ViewKind { Lanes, Ladder, Tiles };

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> times)
{
    Figures figures;
    if (times.empty())
        return figures;
    std::sort(times.begin(), times.end());
    const auto at = [&times](double share) {
        return times[std::min(times.size() - 1, std::size_t(share * double(times.size() - 1) + 0.5))];
    };
    figures.median = at(0.5);
    figures.p95 = at(0.95);
    figures.max = times.back();
    return figures;
}

/// Runs the page load live and returns its timeline, or null if it did not load every object.
std::unique_ptr<Timeline> runSession(int objects, int objectSize, qint64 rttMs, QString* error)
{
    SessionConfig config;
    config.http = HttpVersion::Http2;
    config.tls = false;
    config.link.rttNs = rttMs * 1000000;
    config.objects = objects;
    config.objectSize = objectSize;
    config.timeoutSeconds = 600;
    config.title = config.protocolLabel();
    if (const QString why = config.validationError(); !why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    auto timeline = std::make_unique<Timeline>(SessionClock::startingNow());
    timeline->setTitle(config.title);
    SessionRunner runner(
        [config](Timeline* target) -> SessionWorker* { return new PageLoadSession(config, target); },
        timeline.get());
    QEventLoop loop;
    QObject::connect(&runner, &SessionRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    const int completed = SessionStatistics::compute(*timeline).objectsCompleted;
    if (completed != objects) {
        *error = QStringLiteral("the session loaded %1 of %2 objects: %3")
                     .arg(completed)
                     .arg(objects)
                     .arg(runner.reason());
        return nullptr;
    }
    return timeline;
}

/// One frame as the widget paints it (TimelineCanvas::paintEvent: antialiased, the whole rectangle),
/// into an image of the format the raster backing store uses.
double renderOnce(TimelineCanvas& view, QImage& image)
{
    QElapsedTimer timer;
    timer.start();
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.render(painter, QRectF(QPointF(0, 0), FrameSize));
    painter.end();
    return double(timer.nsecsElapsed()) / 1e6;
}

std::unique_ptr<TimelineCanvas> makeView(ViewKind kind, const ViewContext& context)
{
    switch (kind) {
    case ViewKind::Lanes:
        return std::make_unique<LanesView>(context);
    case ViewKind::Ladder:
        return std::make_unique<LadderView>(context);
    case ViewKind::Tiles:
        return std::make_unique<TilesView>(context);
    }
    return nullptr;
}

/// What the view derived from the session, to show that it drew the whole of it.
QString modelSummary(ViewKind kind, const TimelineCanvas& canvas)
{
    switch (kind) {
    case ViewKind::Lanes: {
        const auto& view = static_cast<const LanesView&>(canvas);
        std::size_t blocks = 0;
        int rows = 0;
        for (const LanesModel::Connection& connection : view.model().connections()) {
            for (const LanesModel::Track& track : connection.tracks)
                blocks += track.blocks.size();
            rows += connection.rowCount();
        }
        return QStringLiteral("%1 blocks in %2 stream rows of %3 connection(s)")
            .arg(blocks)
            .arg(rows)
            .arg(view.model().connections().size());
    }
    case ViewKind::Ladder:
        return QStringLiteral("%1 arrows").arg(static_cast<const LadderView&>(canvas).model().size());
    case ViewKind::Tiles: {
        const auto& view = static_cast<const TilesView&>(canvas);
        return QStringLiteral("%1 tiles, %2 complete at the end")
            .arg(view.model().count())
            .arg(view.completedCount());
    }
    }
    return {};
}

struct Configuration
{
    QString name;
    std::vector<double> times;
};

struct ViewResult
{
    QString summary;
    double buildMs = 0;
    QList<Configuration> configurations;
    Figures total;
    qsizetype frames = 0;
};

/// Measures one view over the session; if pngPath is not empty, also writes the replay's last frame
/// there, to look at what was measured.
ViewResult measure(ViewKind kind, const Timeline& timeline, double fontScale, int frames,
                   const QString& pngPath)
{
    PlaybackClock clock;
    ViewTheme theme;
    theme.setFontScale(fontScale);
    EventSelection selection;
    const std::unique_ptr<TimelineCanvas> view = makeView(kind, ViewContext{&clock, &theme, &selection});
    view->resize(FrameSize);
    clock.setTimelines({&timeline});

    ViewResult result;
    QElapsedTimer buildTimer;
    buildTimer.start();
    view->setTimeline(&timeline); // the derived model is built here, from every event
    result.buildMs = double(buildTimer.nsecsElapsed()) / 1e6;

    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    const qint64 end = clock.end();
    // A replay: the clock advancing from start to end, the window fitted (as the panes play).
    {
        Configuration replay{QStringLiteral("replay, fitted, 0→end"), {}};
        const int steps = std::max(60, frames * 4);
        for (int i = 0; i <= steps; ++i) {
            clock.seek(end * i / steps);
            view->fitAll();
            replay.times.push_back(renderOnce(*view, image));
        }
        result.configurations.append(replay);
        if (!pngPath.isEmpty() && !image.save(pngPath, "PNG"))
            result.summary = QStringLiteral("(could not write %1) ").arg(pngPath);
    }
    // Still frames at several positions and zoom levels (zoomed around the playhead). The tiles view
    // has no time axis, so zooming would only repeat its unzoomed frames.
    const QList<double> zooms = kind == ViewKind::Tiles ? QList<double>{1.0} : QList<double>{1.0, 4.0, 32.0};
    for (double zoom : zooms) {
        for (double share : {0.25, 0.5, 0.75, 1.0}) {
            const auto position = qint64(double(end) * share);
            clock.seek(position);
            view->fitAll();
            if (zoom > 1)
                view->zoom(zoom, position);
            Configuration still{QStringLiteral("zoom %1x at %2 %").arg(zoom).arg(share * 100), {}};
            for (int i = 0; i < frames; ++i)
                still.times.push_back(renderOnce(*view, image));
            result.configurations.append(still);
        }
    }
    result.summary += modelSummary(kind, *view);
    std::vector<double> all;
    for (const Configuration& configuration : std::as_const(result.configurations))
        all.insert(all.end(), configuration.times.begin(), configuration.times.end());
    result.frames = qsizetype(all.size());
    result.total = figuresOf(std::move(all));
    return result;
}

QString row(const QString& name, const Figures& figures)
{
    return QStringLiteral("   %1 %2 %3 %4\n")
        .arg(name, -28)
        .arg(figures.median, 10, 'f', 2)
        .arg(figures.p95, 10, 'f', 2)
        .arg(figures.max, 10, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders the lanes, ladder and tiles views of real HTTP/2 sessions offscreen and "
        "reports frame times (median, 95th percentile, maximum) for 1,000 and 10,000 streams."));
    parser.addHelpOption();
    const QCommandLineOption streamsOption(
        QStringLiteral("streams"), QStringLiteral("Comma-separated stream counts (default 1000,10000)."),
        QStringLiteral("list"), QStringLiteral("1000,10000"));
    const QCommandLineOption viewsOption(
        QStringLiteral("views"),
        QStringLiteral("Comma-separated views: lanes, ladder, tiles (default all three)."),
        QStringLiteral("list"), QStringLiteral("lanes,ladder,tiles"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per position and zoom level (default 15)."),
                                          QStringLiteral("count"), QStringLiteral("15"));
    const QCommandLineOption sizeOption(QStringLiteral("object-size"),
                                        QStringLiteral("Bytes per object (default 64)."),
                                        QStringLiteral("bytes"), QStringLiteral("64"));
    const QCommandLineOption rttOption(
        QStringLiteral("rtt"), QStringLiteral("Round-trip time of the emulated link in ms (default 0)."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption scaleOption(
        QStringLiteral("font-scale"), QStringLiteral("The theme's font scale (default 1; presentation 1.6)."),
        QStringLiteral("scale"), QStringLiteral("1"));
    const QCommandLineOption pngOption(
        QStringLiteral("png"),
        QStringLiteral("Also write each view's last replay frame as <dir>/<view>-<streams>.png, to look at."),
        QStringLiteral("dir"));
    parser.addOptions(
        {streamsOption, viewsOption, framesOption, sizeOption, rttOption, scaleOption, pngOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<int> counts;
    for (const QString& item : parser.value(streamsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = item.trimmed().toInt(&ok);
        if (!ok || count < 1) {
            err << "framebench: not a stream count: " << item << Qt::endl;
            return BadArguments;
        }
        counts.append(count);
    }
    const QStringList viewNames{QStringLiteral("lanes"), QStringLiteral("ladder"), QStringLiteral("tiles")};
    QList<ViewKind> views;
    for (const QString& item : parser.value(viewsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype index = viewNames.indexOf(item.trimmed());
        if (index < 0) {
            err << "framebench: not a view: " << item << Qt::endl;
            return BadArguments;
        }
        views.append(ViewKind(index));
    }
    bool framesOk = false;
    const int frames = parser.value(framesOption).toInt(&framesOk);
    bool sizeOk = false;
    const int objectSize = parser.value(sizeOption).toInt(&sizeOk);
    bool rttOk = false;
    const qint64 rttMs = parser.value(rttOption).toLongLong(&rttOk);
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!framesOk || frames < 1 || !sizeOk || objectSize < 1 || !rttOk || rttMs < 0 || !scaleOk ||
        scale <= 0 || counts.isEmpty() || views.isEmpty()) {
        err << "framebench: bad arguments (see --help)" << Qt::endl;
        return BadArguments;
    }

    bool passed = true;
    out << "Frame time, " << FrameSize.width() << "x" << FrameSize.height() << " offscreen, font scale "
        << scale << "; h2c at RTT " << rttMs << " ms, " << objectSize << "-byte objects; " << frames
        << " frames per still position and zoom\n\n";
    for (int streams : std::as_const(counts)) {
        QString error;
        QElapsedTimer sessionTimer;
        sessionTimer.start();
        const std::unique_ptr<Timeline> timeline = runSession(streams, objectSize, rttMs, &error);
        if (!timeline) {
            err << "framebench: " << error << Qt::endl;
            return SessionFailed;
        }
        const double sessionMs = double(sessionTimer.nsecsElapsed()) / 1e6;
        out << "== " << streams << " streams: " << timeline->size() << " events, session ran "
            << QString::number(sessionMs, 'f', 0) << " ms\n";
        out.flush();

        for (ViewKind kind : std::as_const(views)) {
            const QString pngPath = parser.isSet(pngOption)
                                        ? QStringLiteral("%1/%2-%3.png")
                                              .arg(parser.value(pngOption), viewNames.at(int(kind)))
                                              .arg(streams)
                                        : QString();
            const ViewResult result = measure(kind, *timeline, scale, frames, pngPath);
            out << "-- " << viewNames.at(int(kind)) << ": " << result.summary << "; model built in "
                << QString::number(result.buildMs, 'f', 1) << " ms\n";
            out << QStringLiteral("   %1 %2 %3 %4\n")
                       .arg(QStringLiteral("frames"), -28)
                       .arg(QStringLiteral("median ms"), 10)
                       .arg(QStringLiteral("p95 ms"), 10)
                       .arg(QStringLiteral("max ms"), 10);
            for (const Configuration& configuration : std::as_const(result.configurations))
                out << row(configuration.name, figuresOf(configuration.times));
            out << row(QStringLiteral("all %1 frames").arg(result.frames), result.total) << '\n';
            out.flush();
            if (streams <= TargetStreams && result.total.p95 > TargetMs) {
                passed = false;
                out << "   The 95th percentile of " << viewNames.at(int(kind)) << " for " << streams
                    << " streams is above " << TargetMs << " ms.\n\n";
            }
        }
    }
    return passed ? Passed : TargetExceeded;
}
