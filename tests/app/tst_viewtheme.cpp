#include "app/views/markpainter.h"
#include "app/views/viewtheme.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace protoviz;

namespace {

// Colour-vision deficiency simulation after Machado, Oliveira and Fernandes (2009), "A Physiologically-
// based Model for Simulation of Color Vision Deficiency", severity 1.0, applied to linear RGB.
using Matrix = std::array<std::array<double, 3>, 3>;
enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
constexpr Vision Visions[] = {Vision::Normal, Vision::Protanopia, Vision::Deuteranopia, Vision::Tritanopia};

Matrix matrixOf(Vision vision)
{
    switch (vision) {
    case Vision::Normal:
        break;
    case Vision::Protanopia:
        return {{{0.152286, 1.052583, -0.204868},
                 {0.114503, 0.786281, 0.099216},
                 {-0.003882, -0.048116, 1.051998}}};
    case Vision::Deuteranopia:
        return {{{0.367322, 0.860646, -0.227968},
                 {0.280085, 0.672501, 0.047413},
                 {-0.011820, 0.042940, 0.968881}}};
    case Vision::Tritanopia:
        return {{{1.255528, -0.076749, -0.178779},
                 {-0.078411, 0.930809, 0.147602},
                 {0.004733, 0.691367, 0.303900}}};
    }
    return {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
}

const char* nameOf(Vision vision)
{
    switch (vision) {
    case Vision::Normal:
        return "normal vision";
    case Vision::Protanopia:
        return "protanopia";
    case Vision::Deuteranopia:
        return "deuteranopia";
    case Vision::Tritanopia:
        return "tritanopia";
    }
    return "";
}

using Vector = std::array<double, 3>;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

Vector linearRgb(const QColor& color)
{
    return {linear(color.redF()), linear(color.greenF()), linear(color.blueF())};
}

Vector simulate(const QColor& color, Vision vision)
{
    const Vector rgb = linearRgb(color);
    const Matrix m = matrixOf(vision);
    Vector out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

// CIE L*a*b* of linear sRGB, D65 white.
Vector lab(const Vector& rgb)
{
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// CIE76 colour difference of a and b as seen with vision.
double deltaE(const QColor& a, const QColor& b, Vision vision)
{
    const Vector p = lab(simulate(a, vision));
    const Vector q = lab(simulate(b, vision));
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// A CIE76 difference of 2.3 is just noticeable for patches side by side; blocks and arrows are small and
// apart, and a projector washes colours out, so two meanings need about five times that.
constexpr double MinimumDifference = 12;

double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        const Vector rgb = linearRgb(c);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The rule the palette keeps: two entries with different meanings differ in their mark, or else in colour
// for normal vision and each simulated deficiency. Empty if they do, otherwise why not.
QString whyConfused(const ViewTheme::LegendEntry& a, const ViewTheme::LegendEntry& b)
{
    if (a.mark != b.mark)
        return {};
    for (Vision vision : Visions) {
        const double difference = deltaE(a.color, b.color, vision);
        if (difference < MinimumDifference) {
            return QStringLiteral("\"%1\" %2 and \"%3\" %4 have one mark and differ by ΔE %5 with %6")
                .arg(a.label, a.color.name(), b.label, b.color.name())
                .arg(difference, 0, 'f', 1)
                .arg(QLatin1String(nameOf(vision)));
        }
    }
    return {};
}

QStringList confusions(const QList<ViewTheme::LegendEntry>& entries)
{
    QStringList problems;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            const ViewTheme::LegendEntry& a = entries.at(i);
            const ViewTheme::LegendEntry& b = entries.at(j);
            if (a.label == b.label) {
                if (a.color != b.color || a.mark != b.mark)
                    problems.append(QStringLiteral("\"%1\" is drawn two ways").arg(a.label));
                continue;
            }
            if (const QString why = whyConfused(a, b); !why.isEmpty())
                problems.append(why);
        }
    }
    return problems;
}

} // namespace

class ViewThemeTest : public QObject
{
    Q_OBJECT

private slots:
    void simulatorTellsWhatDeficienciesConfuse();
    void laneKeysStayApart_data();
    void laneKeysStayApart();
    void namedMeaningsStayApart_data();
    void namedMeaningsStayApart();
    void textReadsOnTheBackground_data();
    void textReadsOnTheBackground();
    void fillsStandOutFromTheCanvas_data();
    void fillsStandOutFromTheCanvas();
    void arrowsCarryTheMark();
};

void ViewThemeTest::simulatorTellsWhatDeficienciesConfuse()
{
    // A classic red and green: far apart in normal vision, close for a deuteranope; the rule rejects them
    // unless a mark tells them apart. One colour for two meanings is always rejected.
    const QColor red(QRgb(0xd62728));
    const QColor green(QRgb(0x2ca02c));
    QVERIFY(deltaE(red, green, Vision::Normal) > 100);
    QVERIFY(deltaE(red, green, Vision::Deuteranopia) < MinimumDifference);
    QVERIFY(!whyConfused({QStringLiteral("a"), red}, {QStringLiteral("b"), green}).isEmpty());
    QVERIFY(whyConfused({QStringLiteral("a"), red}, {QStringLiteral("b"), green, ViewTheme::Mark::Cross})
                .isEmpty());
    const QColor blue(QRgb(0x0072b2));
    QVERIFY(
        !whyConfused({QStringLiteral("body"), blue}, {QStringLiteral("application data"), blue}).isEmpty());
    // Protanopia and tritanopia change colours as the model says: grey stays grey.
    const QColor grey(QRgb(0x808080));
    for (Vision vision : Visions)
        QVERIFY(deltaE(grey, grey, vision) < 0.01);
    QVERIFY(deltaE(QColor(Qt::red), QColor(Qt::red), Vision::Protanopia) < 0.01);
    QVERIFY(deltaE(QColor(QRgb(0x0000ff)), QColor(QRgb(0x00aaaa)), Vision::Tritanopia) <
            deltaE(QColor(QRgb(0x0000ff)), QColor(QRgb(0x00aaaa)), Vision::Normal));
}

void ViewThemeTest::laneKeysStayApart_data()
{
    QTest::addColumn<ViewTheme::Mode>("mode");
    QTest::addColumn<QList<Layer>>("layers");
    // What one lane shows together: the application's units over TLS over TCP, and waits.
    const QList<QList<Layer>> stacks = {{Layer::Http1, Layer::Tls, Layer::Wire},
                                        {Layer::Http2, Layer::Tls, Layer::Wire},
                                        {Layer::WebSocket, Layer::Http1, Layer::Tls, Layer::Wire},
                                        {Layer::Grpc, Layer::Http2, Layer::Tls, Layer::Wire}};
    const char* names[] = {"HTTP/1.1", "HTTP/2", "WebSocket", "gRPC"};
    for (ViewTheme::Mode mode : {ViewTheme::Mode::Light, ViewTheme::Mode::Dark}) {
        for (qsizetype i = 0; i < stacks.size(); ++i) {
            QTest::addRow("%s %s", mode == ViewTheme::Mode::Light ? "light" : "dark", names[i])
                << mode << stacks.at(i);
        }
    }
}

void ViewThemeTest::laneKeysStayApart()
{
    QFETCH(ViewTheme::Mode, mode);
    QFETCH(QList<Layer>, layers);
    ViewTheme theme;
    theme.setMode(mode);
    QList<ViewTheme::LegendEntry> entries{theme.waitingEntry()};
    for (Layer layer : layers) {
        const QList<ViewTheme::LegendEntry> key = theme.legend(layer);
        QVERIFY(!key.isEmpty());
        entries.append(key);
    }
    const QStringList problems = confusions(entries);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void ViewThemeTest::namedMeaningsStayApart_data()
{
    QTest::addColumn<ViewTheme::Mode>("mode");
    QTest::addColumn<QList<Event>>("events");
    // Issue 12 names them: the payloads of each layer, and the ways a connection or stream ends.
    const QList<Event> payloads = {
        {.layer = Layer::Http2, .kind = kindOf(Http2Kind::Data)},
        {.layer = Layer::Http1, .kind = kindOf(Http1Kind::Body)},
        {.layer = Layer::Tls, .kind = kindOf(TlsKind::Record), .flags = 23},
        {.layer = Layer::Grpc, .kind = kindOf(GrpcKind::Message)},
        {.layer = Layer::WebSocket, .kind = kindOf(WebSocketKind::Frame)},
    };
    const QList<Event> endings = {
        {.layer = Layer::Tls,
         .kind = kindOf(TlsKind::Alert),
         .flags = 40,
         .value = 2}, // fatal handshake_failure
        {.layer = Layer::Tls, .kind = kindOf(TlsKind::Alert), .flags = 0, .value = 1}, // close_notify
        {.layer = Layer::Wire, .kind = kindOf(WireKind::SegmentLost)},
        {.layer = Layer::Http2, .kind = kindOf(Http2Kind::RstStream)},
        {.layer = Layer::Wire, .kind = kindOf(WireKind::Fin)},
        {.layer = Layer::Wire, .kind = kindOf(WireKind::Reset)},
        {.layer = Layer::WebSocket, .kind = kindOf(WebSocketKind::Close)},
    };
    for (ViewTheme::Mode mode : {ViewTheme::Mode::Light, ViewTheme::Mode::Dark}) {
        const char* name = mode == ViewTheme::Mode::Light ? "light" : "dark";
        QTest::addRow("%s payloads", name) << mode << payloads;
        QTest::addRow("%s endings", name) << mode << endings;
    }
}

void ViewThemeTest::namedMeaningsStayApart()
{
    QFETCH(ViewTheme::Mode, mode);
    QFETCH(QList<Event>, events);
    ViewTheme theme;
    theme.setMode(mode);
    QList<ViewTheme::LegendEntry> entries;
    QStringList labels;
    for (const Event& event : events) {
        entries.append(theme.entryFor(event));
        QVERIFY2(!labels.contains(entries.last().label), qPrintable(entries.last().label));
        labels.append(entries.last().label);
    }
    const QStringList problems = confusions(entries);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void ViewThemeTest::textReadsOnTheBackground_data()
{
    QTest::addColumn<ViewTheme::Mode>("mode");
    QTest::newRow("light") << ViewTheme::Mode::Light;
    QTest::newRow("dark") << ViewTheme::Mode::Dark;
}

void ViewThemeTest::textReadsOnTheBackground()
{
    // WCAG 2 AA for body text: 4.5:1. Text is written in the foreground, the muted colour and the
    // panes' colours (pane names in headings and tables).
    QFETCH(ViewTheme::Mode, mode);
    ViewTheme theme;
    theme.setMode(mode);
    QList<QColor> texts{theme.foreground(), theme.muted()};
    for (int pane = 0; pane < 4; ++pane)
        texts.append(theme.paneColor(pane));
    for (const QColor& text : std::as_const(texts)) {
        const double ratio = contrast(text, theme.background());
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                              .arg(text.name(), theme.background().name())
                                              .arg(ratio, 0, 'f', 2)));
    }
}

void ViewThemeTest::fillsStandOutFromTheCanvas_data()
{
    textReadsOnTheBackground_data();
}

void ViewThemeTest::fillsStandOutFromTheCanvas()
{
    // A block is seen by its fill against the canvas: Okabe and Ito's orange and sky blue stand at about
    // 2.3:1 on white, their yellow at 1.3:1 all but vanishes on a projector. Each plain fill keeps at least
    // 2:1; dotted and hatched fills also draw their pattern in the ink, which reads on its own.
    constexpr double MinimumFillContrast = 2.0;
    QFETCH(ViewTheme::Mode, mode);
    ViewTheme theme;
    theme.setMode(mode);
    QList<ViewTheme::LegendEntry> entries{theme.waitingEntry()};
    for (Layer layer :
         {Layer::Session, Layer::Wire, Layer::Tls, Layer::Http1, Layer::Http2, Layer::WebSocket, Layer::Grpc})
        entries.append(theme.legend(layer));
    entries.append(theme.entryFor({.layer = Layer::Http2, .kind = kindOf(Http2Kind::PushPromise)}));
    int plain = 0;
    for (const ViewTheme::LegendEntry& entry : std::as_const(entries)) {
        if (MarkPainter::patternOf(entry.mark) != Qt::NoBrush)
            continue;
        ++plain;
        const double ratio = contrast(entry.color, theme.background());
        QVERIFY2(ratio >= MinimumFillContrast,
                 qPrintable(QStringLiteral("\"%1\" %2 on %3: %4:1")
                                .arg(entry.label, entry.color.name(), theme.background().name())
                                .arg(ratio, 0, 'f', 2)));
    }
    QVERIFY(plain > 10);
    // The rule fails the faint look it was written for.
    QVERIFY(contrast(QColor(QRgb(0xf0e442)), QColor(Qt::white)) < MinimumFillContrast);
}

void ViewThemeTest::arrowsCarryTheMark()
{
    // Lines (ladder arrows) show the mark as their style: control dotted, the rest solid with the end
    // mark at the head.
    ViewTheme theme;
    QCOMPARE(theme.penStyleFor({.layer = Layer::Http2, .kind = kindOf(Http2Kind::Settings)}), Qt::DotLine);
    QCOMPARE(theme.penStyleFor({.layer = Layer::Http2, .kind = kindOf(Http2Kind::Data)}), Qt::SolidLine);
    QCOMPARE(theme.markFor({.layer = Layer::Wire, .kind = kindOf(WireKind::SegmentLost)}),
             ViewTheme::Mark::Cross);
    QCOMPARE(theme.markFor({.layer = Layer::Tls, .kind = kindOf(TlsKind::Alert), .value = 2}),
             ViewTheme::Mark::Diamond);
    QCOMPARE(theme.markFor({.layer = Layer::Tls, .kind = kindOf(TlsKind::Alert), .value = 1}),
             ViewTheme::Mark::Bar);
    QCOMPARE(theme.markFor({.layer = Layer::Http2, .kind = kindOf(Http2Kind::GoAway)}),
             ViewTheme::Mark::Stop);
}

QTEST_MAIN(ViewThemeTest)
#include "tst_viewtheme.moc"
