#include "app/views/tilesview.h"

#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/legendstrip.h"
#include "app/views/playbackclock.h"
#include "app/views/tilespicture.h"
#include "app/views/viewtheme.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace protoviz {

namespace {

QString milliseconds(qint64 ns, int decimals = 1)
{
    return TilesView::tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', decimals));
}

// Font sizes in points at scale 1 (the theme scales them).
constexpr qreal TitlePoints = 9.5;
constexpr qreal CaptionPoints = 14;
constexpr qreal KeyPoints = 9;

// Between the caption's count and its details, and between the details.
QString separator()
{
    return QStringLiteral("  ·  ");
}

} // namespace

TilesView::TilesView(const ViewContext& context, QWidget* parent)
    : TimelineCanvas(context, parent)
{
    setMinimumSize(240, 180);
}

TilesView::~TilesView() = default;

QString TilesView::title() const
{
    return tr("Tiles");
}

void TilesView::timelineChanged()
{
    m_model.clear();
    if (const Timeline* current = timeline()) {
        m_model.setSettings(current->settings());
        connect(current, &Timeline::metadataChanged, this, [this] {
            if (const Timeline* now = timeline())
                m_model.setSettings(now->settings());
            update();
        });
    }
}

void TilesView::eventsAppended(qsizetype first, qsizetype count)
{
    if (const Timeline* current = timeline())
        m_model.append(*current, first, count);
    TimelineCanvas::eventsAppended(first, count);
}

int TilesView::completedCount() const
{
    return m_model.completedAt(m_context.clock->position());
}

void TilesView::changeEvent(QEvent* event)
{
    // Every label is translated as it is drawn: a repaint is all a new language needs.
    if (event->type() == QEvent::LanguageChange)
        update();
    TimelineCanvas::changeEvent(event);
}

void TilesView::wheelEvent(QWheelEvent* event)
{
    // The tiles have no time axis to zoom: leave the wheel to a scroll area around the view.
    event->ignore();
}

void TilesView::mouseMoveEvent(QMouseEvent* event)
{
    // No time axis to pan either; hovering only shows tooltips.
    event->accept();
}

QRectF TilesView::Layout::tile(int index) const
{
    if (columns <= 0)
        return {};
    const int row = index / columns;
    const int column = index % columns;
    return QRectF(grid.left() + column * cell + gap / 2, grid.top() + row * cell + gap / 2, cell - gap,
                  cell - gap);
}

int TilesView::Layout::indexAt(const QPointF& point, int count) const
{
    if (columns <= 0 || !grid.contains(point))
        return -1;
    const int column = int((point.x() - grid.left()) / cell);
    const int row = int((point.y() - grid.top()) / cell);
    const int index = row * columns + column;
    return column < columns && index < count ? index : -1;
}

QColor TilesView::connectionColor(quint32 connection) const
{
    // The theme's unit colours, which stay apart for colour-vision deficiencies; the push colour is
    // among them because push never shares a page with several connections.
    const ViewTheme& theme = *m_context.theme;
    const QColor palette[] = {
        theme.colorFor(UnitRole::Data),         theme.colorFor(UnitRole::Headers),
        theme.colorFor(UnitRole::TlsHandshake), theme.colorFor(UnitRole::ApplicationData),
        theme.colorFor(UnitRole::StreamReset),  theme.colorFor(UnitRole::Push)};
    const qsizetype rank = m_model.connections().indexOf(connection);
    return rank < 0 ? m_context.theme->muted() : palette[size_t(rank) % std::size(palette)];
}

std::pair<QString, QString> TilesView::captionTexts(qint64 position) const
{
    const QLocale locale;
    const int count = m_model.count();
    int complete = 0;
    int pushedComplete = 0;
    for (int i = 0; i < count; ++i) {
        if (m_model.stateAt(i, position) == TilesModel::State::Complete) {
            ++complete;
            pushedComplete += m_model.tile(i).pushed ? 1 : 0;
        }
    }
    const QString counted =
        m_model.content() == TilesModel::Content::Updates
            ? tr("%1 / %2 updates at every client").arg(locale.toString(complete), locale.toString(count))
            : tr("%1 / %2 objects").arg(locale.toString(complete), locale.toString(count));
    const qint64 allComplete = m_model.allCompleteNs();
    QString details;
    if (allComplete >= 0 && position >= allComplete) {
        details = tr("all in %1").arg(milliseconds(allComplete - m_model.startNs(), 0));
    } else {
        const Timeline* current = timeline();
        const qint64 last = !current || current->isEmpty() ? 0 : current->at(current->size() - 1).timeNs;
        details = milliseconds(std::max<qint64>(0, std::min(position, last) - m_model.startNs()), 0);
    }
    if (pushedComplete > 0)
        details += separator() + tr("%1 pushed").arg(locale.toString(pushedComplete));
    return {counted, details};
}

QList<LegendSwatch> TilesView::legendSwatches() const
{
    if (!timeline() || m_model.content() == TilesModel::Content::None)
        return {};
    return swatchesOf(legendItems(false));
}

QList<LegendSwatch> TilesView::swatchesOf(const QList<LegendItem>& items) const
{
    QList<LegendSwatch> swatches;
    const QPointer<const TilesView> view(this);
    for (const LegendItem& item : items) {
        // The look names the glyph; a connection strip also how many connections it shows.
        QString look = QStringLiteral("tile %1").arg(int(item.glyph));
        if (item.glyph == Glyph::Connection)
            look += QStringLiteral(" %1").arg(m_model.connections().size());
        const Glyph glyph = item.glyph;
        // The window's key may outlive the view: the glyph is drawn only while the view is there.
        swatches.append({item.label, look, [view, glyph](QPainter& painter, const QRectF& box) {
                             if (view)
                                 view->drawGlyph(painter, box, glyph);
                         }});
    }
    return swatches;
}

void TilesView::drawGlyph(QPainter& painter, const QRectF& box, Glyph glyph) const
{
    using State = TilesModel::State;
    const double scale = m_context.theme->fontScale();
    const double side = std::min(box.width(), box.height());
    const QRectF square(box.left(), box.center().y() - side / 2, side, side);
    const QRectF whole(QPointF(0, 0), QSizeF(m_picture.size()));
    switch (glyph) {
    case Glyph::Empty:
        drawTile(painter, square, State::Empty, 0, whole, false, nullptr, 0, scale);
        break;
    case Glyph::Queued:
        drawTile(painter, square, State::Queued, 0, whole, false, nullptr, 0, scale);
        break;
    case Glyph::Waiting:
        drawTile(painter, square, State::Waiting, 0, whole, false, nullptr, 0, scale);
        break;
    case Glyph::Arriving:
        drawTile(painter, square, State::Arriving, 0.5, whole, false, nullptr, 0, scale);
        break;
    case Glyph::Complete:
        drawTile(painter, square, State::Complete, 1, whole, false, nullptr, 0, scale);
        break;
    case Glyph::Pushed:
        drawTile(painter, square, State::Complete, 1, whole, true, nullptr, 0, scale);
        break;
    case Glyph::Connection: {
        QColor strips[4];
        const int shown = std::min<int>(4, std::max<qsizetype>(2, m_model.connections().size()));
        for (int i = 0; i < shown; ++i)
            strips[i] = i < m_model.connections().size() ? connectionColor(m_model.connections()[i])
                                                         : m_context.theme->muted();
        drawTile(painter, square, State::Complete, 1, whole, false, strips, shown, scale);
        break;
    }
    }
}

QList<TilesView::LegendItem> TilesView::legendItems(bool everything) const
{
    QList<LegendItem> items;
    if (m_model.content() == TilesModel::Content::Updates) {
        items.append({Glyph::Empty, tr("not published yet")});
        items.append({Glyph::Waiting, tr("published, no client has it yet")});
        items.append({Glyph::Arriving, tr("reached some clients")});
        items.append({Glyph::Complete, tr("reached every client")});
        return items;
    }
    const bool grpc =
        timeline() && timeline()->settings().value(QStringLiteral("api")).toString() == QLatin1String("grpc");
    items.append({Glyph::Empty, tr("not asked for yet")});
    if (!grpc)
        items.append({Glyph::Queued, tr("asked for, request not sent yet")});
    items.append({Glyph::Waiting, grpc ? tr("called, no answer yet") : tr("request sent, no answer yet")});
    items.append({Glyph::Arriving, tr("arriving")});
    items.append({Glyph::Complete, tr("complete")});
    const bool push = m_model.anyPushed() ||
                      (timeline() && timeline()->settings().value(QStringLiteral("serverPush")).toBool());
    if (push || everything)
        items.append({Glyph::Pushed, tr("pushed by the server")});
    const int connections = std::max(everything ? 6 : 0, int(m_model.connections().size()));
    if (connections > 1)
        items.append({Glyph::Connection, tr("strip: the connection that carried it")});
    return items;
}

TilesView::Layout TilesView::layout(const QRectF& target, const QPaintDevice* device) const
{
    const ViewTheme& theme = *m_context.theme;
    Layout l;
    l.scale = theme.fontScale();
    const double s = l.scale;
    const double margin = 10 * s;
    const QFontMetricsF titleMetrics(theme.font(TitlePoints), device);
    const QFontMetricsF captionMetrics(theme.font(CaptionPoints, true), device);
    const QFontMetricsF detailsMetrics(theme.font(CaptionPoints), device);
    const double left = target.left() + margin;
    const double width = std::max(1.0, target.width() - 2 * margin);
    l.title = QRectF(left, target.top() + margin, width, titleMetrics.height());
    l.caption = QRectF(left, l.title.bottom() + 2 * s, width, captionMetrics.height());
    // The details go on a line of their own where the longest caption a run of this many tiles can have
    // would not fit on one: decided by the width alone, so that panes A and B place their tiles alike.
    const QLocale locale;
    const QString total = locale.toString(m_model.count());
    const QString widestCount = m_model.content() == TilesModel::Content::Updates
                                    ? tr("%1 / %2 updates at every client").arg(total, total)
                                    : tr("%1 / %2 objects").arg(total, total);
    const QString widestDetails = separator() + tr("all in %1").arg(milliseconds(99'999'000'000, 0)) +
                                  separator() + tr("%1 pushed").arg(locale.toString(m_model.count()));
    if (captionMetrics.horizontalAdvance(widestCount) + detailsMetrics.horizontalAdvance(widestDetails) <=
        width)
        l.captionDetails = l.caption;
    else
        l.captionDetails = QRectF(left, l.caption.bottom(), width, detailsMetrics.height());

    // The key, when the view draws it, flows over as many lines as it needs right below the tiles. Room
    // is kept for every entry a page load can have, so that panes A and B lay their tiles out alike.
    const QFont keyFont = theme.font(KeyPoints);
    const double legendReserve =
        drawsLegend() ? std::max(LegendStrip::keyHeight(swatchesOf(legendItems(true)), keyFont, width),
                                 LegendStrip::keyHeight(legendSwatches(), keyFont, width))
                      : 0.0;
    const double captionBottom = l.captionDetails.bottom();

    // The grid's shape depends on the number of tiles alone (the same in A and B): near square, and
    // whole when the count allows, so that the picture is complete once every tile is.
    const QRectF area(left, captionBottom + 8 * s, width,
                      target.bottom() - margin - legendReserve - 10 * s - (captionBottom + 8 * s));
    const int count = m_model.count();
    if (count > 0 && area.width() >= 1 && area.height() >= 1) {
        const int root = int(std::ceil(std::sqrt(double(count))));
        l.columns = root;
        for (int columns = root; columns <= root + root * 2 / 5; ++columns) {
            if (count % columns == 0) {
                l.columns = columns;
                break;
            }
        }
        const int rows = (count + l.columns - 1) / l.columns;
        const double best = std::min(area.width() / l.columns, area.height() / rows);
        // Whole pixels keep the tiles' edges crisp; only tiny tiles keep fractions so that they still fit.
        l.cell = best >= 4 ? std::floor(best) : best;
        l.gap = l.cell >= 8 ? std::round(std::clamp(l.cell * 0.07, 1.0, 4.0 * s)) : 0.0;
        const QSizeF gridSize(l.columns * l.cell, rows * l.cell);
        l.grid = QRectF(
            QPointF(std::round(area.left() + (area.width() - gridSize.width()) / 2), std::round(area.top())),
            gridSize);
    }
    if (legendReserve > 0) {
        const double legendTop = l.columns > 0 ? l.grid.bottom() + 10 * s : area.top();
        l.legend = QRectF(left, legendTop, width, legendReserve);
    }
    return l;
}

QRectF TilesView::tileRect(int index, const QRectF& target) const
{
    if (index < 0 || index >= m_model.count() || m_model.content() == TilesModel::Content::None)
        return {};
    return layout(target, this).tile(index);
}

const QImage& TilesView::picture(const QSizeF& size, qreal devicePixelRatio)
{
    const QSize pixels(int(std::ceil(size.width() * devicePixelRatio)),
                       int(std::ceil(size.height() * devicePixelRatio)));
    const int mode = int(m_context.theme->mode());
    if (!pixels.isEmpty() && (m_picture.size() != pixels || m_pictureMode != mode)) {
        m_picture = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_picture.fill(m_context.theme->background());
        QPainter painter(&m_picture);
        TilesPicture::paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), *m_context.theme);
        m_pictureMode = mode;
    }
    return m_picture;
}

void TilesView::drawTile(QPainter& painter, const QRectF& rect, TilesModel::State state, double progress,
                         const QRectF& source, bool pushed, const QColor* strips, int stripCount,
                         double scale) const
{
    const ViewTheme& theme = *m_context.theme;
    using State = TilesModel::State;
    switch (state) {
    case State::Empty:
        painter.fillRect(rect, theme.grid());
        break;
    case State::Queued: {
        // A dashed outline reads only on tiles large enough to show a few dashes. The few-pixel tiles of
        // thousands of objects get a darker fill instead: outlining each of them cost most of a frame.
        if (rect.width() < 12 * scale) {
            QColor shade = theme.muted();
            shade.setAlphaF(0.45);
            painter.fillRect(rect, theme.grid());
            painter.fillRect(rect, shade);
            break;
        }
        painter.fillRect(rect, theme.grid());
        const double pen = 1.5 * scale;
        painter.setPen(QPen(theme.muted(), pen, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        break;
    }
    case State::Waiting:
        painter.fillRect(rect, theme.waiting());
        break;
    case State::Arriving: {
        painter.fillRect(rect, theme.waiting());
        // The picture comes in from the top, as an image does while its bytes arrive.
        const double share = std::clamp(progress, 0.0, 1.0);
        if (share > 0 && !m_picture.isNull())
            painter.drawImage(QRectF(rect.topLeft(), QSizeF(rect.width(), rect.height() * share)), m_picture,
                              QRectF(source.topLeft(), QSizeF(source.width(), source.height() * share)));
        break;
    }
    case State::Complete:
        if (!m_picture.isNull())
            painter.drawImage(rect, m_picture, source);
        else
            painter.fillRect(rect, theme.foreground());
        break;
    }
    if (stripCount > 0 && state == State::Complete && rect.height() >= 8) {
        const double height = std::max(2.0, std::round(rect.height() * 0.14));
        const double part = rect.width() / stripCount;
        for (int i = 0; i < stripCount; ++i)
            painter.fillRect(QRectF(rect.left() + i * part, rect.bottom() - height, part, height), strips[i]);
    }
    if (pushed && state != State::Empty && rect.width() >= 6) {
        const double side = std::round(std::min(rect.width(), rect.height()) * 0.42);
        QPainterPath corner;
        corner.moveTo(rect.right() - side, rect.top());
        corner.lineTo(rect.topRight());
        corner.lineTo(rect.right(), rect.top() + side);
        corner.closeSubpath();
        painter.setPen(QPen(theme.background(), std::max(1.0, scale)));
        painter.setBrush(theme.colorFor(UnitRole::Push));
        painter.drawPath(corner);
    }
}

void TilesView::drawPlaceholder(QPainter& painter, const QRectF& target, const QString& headline,
                                const QString& text) const
{
    const ViewTheme& theme = *m_context.theme;
    const double s = theme.fontScale();
    const QRectF box = target.adjusted(target.width() * 0.12, 0, -target.width() * 0.12, 0);
    painter.setFont(theme.font(14, true));
    const QFontMetricsF headlineMetrics(painter.font(), painter.device());
    painter.setFont(theme.font(11));
    const QRectF textBounds =
        painter.boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    const double total = headlineMetrics.height() + 10 * s + textBounds.height();
    const double top = target.center().y() - total / 2;
    painter.setPen(theme.foreground());
    painter.setFont(theme.font(14, true));
    painter.drawText(QRectF(box.left(), top, box.width(), headlineMetrics.height()), Qt::AlignCenter,
                     headline);
    painter.setPen(theme.muted());
    painter.setFont(theme.font(11));
    painter.drawText(
        QRectF(box.left(), top + headlineMetrics.height() + 10 * s, box.width(), textBounds.height()),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

void TilesView::render(QPainter& painter, const QRectF& target)
{
    const ViewTheme& theme = *m_context.theme;
    painter.save();
    painter.fillRect(target, theme.background());
    const Timeline* current = timeline();
    if (!current) {
        drawPlaceholder(painter, target, tr("No session yet"),
                        tr("Run a scenario: the page's objects fill in here as each one arrives."));
        painter.restore();
        return;
    }
    if (m_model.content() == TilesModel::Content::None) {
        drawPlaceholder(painter, target, current->title(),
                        tr("This scenario loads no page of objects: it makes a single request, and what it "
                           "teaches happens in the handshake before it. The ladder and the lanes show it."));
        painter.restore();
        return;
    }

    const Layout l = layout(target, painter.device());
    const qint64 position = m_context.clock->position();
    const int count = m_model.count();
    if (l.columns > 0) {
        const QImage& image = picture(l.grid.size(), painter.device()->devicePixelRatioF());
        const double toImage = image.isNull() ? 1.0 : image.width() / l.grid.width();
        const bool strips = m_model.connections().size() > 1;
        for (int i = 0; i < count; ++i) {
            const TilesModel::Tile& tile = m_model.tile(i);
            const QRectF rect = l.tile(i);
            const TilesModel::State state = m_model.stateAt(i, position);
            const double progress =
                state == TilesModel::State::Arriving ? m_model.progressAt(i, position) : 0.0;
            const QRectF source((rect.left() - l.grid.left()) * toImage,
                                (rect.top() - l.grid.top()) * toImage, rect.width() * toImage,
                                rect.height() * toImage);
            const bool pushedNow = tile.pushed && tile.requestedNs >= 0 && position >= tile.requestedNs;
            const QColor strip = strips && tile.connection ? connectionColor(tile.connection) : QColor();
            drawTile(painter, rect, state, progress, source, pushedNow, &strip, strip.isValid() ? 1 : 0,
                     l.scale);
        }
        const EventSelection& selection = *m_context.selection;
        if (selection.timeline() == current) {
            const int selected = m_model.tileOfEvent(selection.index());
            if (selected >= 0 && selected < count) {
                const double pen = 3 * l.scale;
                painter.setPen(QPen(theme.selection(), pen));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(l.tile(selected).adjusted(-pen / 2, -pen / 2, pen / 2, pen / 2));
            }
        }
    }

    // Caption: what has arrived, and when; the details after the count or on their own line.
    painter.setPen(theme.muted());
    painter.setFont(theme.font(TitlePoints));
    const QString title = QFontMetricsF(painter.font(), painter.device())
                              .elidedText(current->title(), Qt::ElideRight, l.title.width());
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, title);
    noteLabel(title, l.title, painter.font());
    const auto [counted, details] = captionTexts(position);
    painter.setFont(theme.font(CaptionPoints, true));
    painter.setPen(theme.foreground());
    const QFontMetricsF captionMetrics(painter.font(), painter.device());
    const QRectF countRect(l.caption.topLeft(),
                           QSizeF(std::min(captionMetrics.horizontalAdvance(counted) + 1, l.caption.width()),
                                  l.caption.height()));
    painter.drawText(countRect, Qt::AlignLeft | Qt::AlignVCenter, counted);
    noteLabel(counted, countRect, painter.font());
    painter.setFont(theme.font(CaptionPoints));
    painter.setPen(theme.muted());
    const bool ownLine = l.captionDetails != l.caption;
    const QRectF detailsRect =
        ownLine ? l.captionDetails : l.caption.adjusted(captionMetrics.horizontalAdvance(counted), 0, 0, 0);
    const QString shown = ownLine ? details : separator() + details;
    // Only a pane narrower than the caption's parts cuts the details (at the end: the pushed count).
    const QString fitted = QFontMetricsF(painter.font(), painter.device())
                               .elidedText(shown, Qt::ElideRight, std::max(0.0, detailsRect.width()));
    painter.drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter, fitted);
    noteLabel(fitted, detailsRect, painter.font());

    // The key, each state drawn as the tiles draw it, when the window does not show it below the panes.
    if (!l.legend.isEmpty()) {
        QList<DrawnLabel> drawn;
        painter.save();
        LegendStrip::drawKey(painter, l.legend, legendSwatches(), theme.font(KeyPoints), theme.foreground(),
                             &drawn);
        painter.restore();
        for (const DrawnLabel& label : std::as_const(drawn))
            noteLabel(label.text, label.rect, label.font);
    }
    painter.restore();
}

std::optional<qsizetype> TilesView::eventAt(const QPointF& point) const
{
    if (m_model.content() == TilesModel::Content::None)
        return std::nullopt;
    const int index = layout(rect(), this).indexAt(point, m_model.count());
    if (index < 0)
        return std::nullopt;
    const TilesModel::Tile& tile = m_model.tile(index);
    const qint64 position = m_context.clock->position();
    if (m_model.content() == TilesModel::Content::Updates) {
        const auto arrived = std::upper_bound(tile.deliveries.cbegin(), tile.deliveries.cend(), position) -
                             tile.deliveries.cbegin();
        if (arrived > 0)
            return tile.deliveryEvents.at(arrived - 1);
        return std::nullopt;
    }
    if (tile.completedEvent >= 0 && position >= tile.completedNs)
        return tile.completedEvent;
    if (tile.requestedEvent >= 0 && position >= tile.requestedNs)
        return tile.requestedEvent;
    return std::nullopt;
}

QString TilesView::toolTipAt(const QPointF& point) const
{
    if (m_model.content() == TilesModel::Content::None)
        return {};
    const int index = layout(rect(), this).indexAt(point, m_model.count());
    if (index < 0)
        return {};
    return m_model.content() == TilesModel::Content::Updates ? updateToolTip(index) : objectToolTip(index);
}

QString TilesView::objectToolTip(int index) const
{
    const TilesModel::Tile& tile = m_model.tile(index);
    const qint64 position = m_context.clock->position();
    const QLocale locale;
    auto seen = [position](qint64 timeNs) { return timeNs >= 0 && timeNs <= position; };
    QString head = tr("Object %1 of %2").arg(index + 1).arg(m_model.count());
    QStringList lines{QStringLiteral("<b>") + head.toHtmlEscaped() + QStringLiteral("</b>") +
                      (tile.path.isEmpty() || !seen(tile.sentNs)
                           ? QString()
                           : QStringLiteral(" · ") + tile.path.toHtmlEscaped())};
    if (!seen(tile.requestedNs)) {
        lines.append(tr("Not asked for yet: the page has not come to it."));
        return lines.join(QStringLiteral("<br>"));
    }
    const bool pushed = tile.pushed;
    if (pushed)
        lines.append(tr("Promised by the server at %1 (PUSH_PROMISE on stream %2 of connection %3).")
                         .arg(milliseconds(tile.requestedNs))
                         .arg(tile.stream)
                         .arg(tile.connection));
    else
        lines.append(tr("Asked for at %1.").arg(milliseconds(tile.requestedNs)));
    if (!pushed && seen(tile.sentNs)) {
        if (tile.onStream)
            lines.append(tr("Request sent at %1 as %2 stream %3 on connection %4.")
                             .arg(milliseconds(tile.sentNs), ProtocolRegistry::of(tile.protocol).title())
                             .arg(tile.stream)
                             .arg(tile.connection));
        else
            lines.append(tr("Request sent at %1 on connection %2, request %3 on it.")
                             .arg(milliseconds(tile.sentNs))
                             .arg(tile.connection)
                             .arg(tile.stream));
        if (!tile.onStream && tile.sentNs - tile.requestedNs >= 1000000)
            lines.append(tr("It waited %1 in the browser for a free connection.")
                             .arg(milliseconds(tile.sentNs - tile.requestedNs)));
    }
    if (seen(tile.firstByteNs) && tile.firstByteNs != tile.completedNs)
        lines.append(tr("First byte of the answer at %1.").arg(milliseconds(tile.firstByteNs)));
    const TilesModel::State state = m_model.stateAt(index, position);
    switch (state) {
    case TilesModel::State::Complete:
        lines.append(tr("Complete at %1: %2 bytes; took %3 from being asked for.")
                         .arg(milliseconds(tile.completedNs), locale.toString(tile.bytes),
                              milliseconds(tile.completedNs - tile.requestedNs)));
        break;
    case TilesModel::State::Arriving:
        lines.append(tr("Arriving: %1 % of the body so far.")
                         .arg(locale.toString(100.0 * m_model.progressAt(index, position), 'f', 0)));
        break;
    case TilesModel::State::Waiting:
        lines.append(tr("Waiting for the answer: %1 so far.").arg(milliseconds(position - tile.sentNs)));
        break;
    case TilesModel::State::Queued:
        lines.append(tr("Waiting in the browser: %1 so far.").arg(milliseconds(position - tile.requestedNs)));
        break;
    case TilesModel::State::Empty:
        break;
    }
    QString note;
    if (pushed)
        note = tr("The server sent it along with the page, before the browser could ask: no request, no "
                  "round trip.");
    else if (state == TilesModel::State::Queued)
        note = tr("HTTP/1.1 carries one request at a time on a connection: this one waits until a "
                  "connection is free.");
    else if (tile.onStream)
        note = tr("%1 multiplexes every request as its own stream on one connection: none waits for "
                  "another.")
                   .arg(ProtocolRegistry::of(tile.protocol).title());
    else if (tile.connection != 0)
        note = tr("HTTP/1.1: this connection carried nothing else until the answer was complete.");
    if (!note.isEmpty())
        lines.append(QStringLiteral("<i>") + note.toHtmlEscaped() + QStringLiteral("</i>"));
    return lines.join(QStringLiteral("<br>"));
}

QString TilesView::updateToolTip(int index) const
{
    const TilesModel::Tile& tile = m_model.tile(index);
    const qint64 position = m_context.clock->position();
    QStringList lines{QStringLiteral("<b>") +
                      tr("Update %1 of %2").arg(index + 1).arg(m_model.count()).toHtmlEscaped() +
                      QStringLiteral("</b>")};
    if (tile.requestedNs < 0 || position < tile.requestedNs) {
        lines.append(tr("Not published yet."));
        return lines.join(QStringLiteral("<br>"));
    }
    lines.append(tr("Published by the server at %1.").arg(milliseconds(tile.requestedNs)));
    const auto arrived = std::upper_bound(tile.deliveries.cbegin(), tile.deliveries.cend(), position) -
                         tile.deliveries.cbegin();
    if (arrived == 0) {
        lines.append(tr("No client has it yet: %1 so far.").arg(milliseconds(position - tile.requestedNs)));
    } else {
        lines.append(tr("Reached %1 of %2 clients; the first after %3, the latest after %4.")
                         .arg(QString::number(arrived), QString::number(m_model.clients()),
                              milliseconds(tile.deliveries.constFirst() - tile.requestedNs),
                              milliseconds(tile.deliveries.at(arrived - 1) - tile.requestedNs)));
        lines.append(tr("%1 bytes of payload.").arg(QLocale().toString(tile.bytes)));
    }
    lines.append(QStringLiteral("<i>") +
                 tr("The delay from the server having the update to a client having it: polling waits for "
                    "the next request, a WebSocket carries it at once.")
                     .toHtmlEscaped() +
                 QStringLiteral("</i>"));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace protoviz
