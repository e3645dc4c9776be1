#include "tests/support/testsupport.h"

#include "core/session/comparison.h"
#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/fieldtreemodel.h"
#include "app/views/hexview.h"
#include "app/views/inspectorview.h"
#include "app/views/viewtheme.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace protoviz;

namespace {

// Runs a scenario's two sessions to their end on a small, fast link.
std::unique_ptr<Comparison> run(const QString& id, const std::function<void(ScenarioKnobs&)>& tune = {})
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = 10'000'000;
    knobs.objects = 3;
    knobs.objectSize = 500;
    knobs.timeoutSeconds = 30;
    if (tune)
        tune(knobs);
    return test::runComparison(id, knobs);
}

// The index of the first event of timeline that matches, or -1.
qsizetype find(const Timeline& timeline, const std::function<bool(const Event&, const EventDetail&)>& matches)
{
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const Event event = timeline.at(i);
        if (matches(event, timeline.detail(event)))
            return i;
    }
    return -1;
}

// The position of the first field of that name in detail (at or after `from`), or -1.
int fieldNamed(const EventDetail& detail, QStringView name, int from = 0)
{
    for (int i = from; i < detail.fields.size(); ++i) {
        if (detail.fields.at(i).name == name)
            return i;
    }
    return -1;
}

void collect(const FieldTreeModel& model, const QModelIndex& parent, int level,
             QList<std::pair<QModelIndex, int>>* out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, FieldTreeModel::NameColumn, parent);
        out->append({index, level});
        collect(model, index, level + 1, out);
    }
}

// The tree shows exactly the detail's fields, in order, each nested at its depth, with its name, value
// and byte range.
void verifyTreeShows(const FieldTreeModel& model, const EventDetail& detail)
{
    QList<std::pair<QModelIndex, int>> rows;
    collect(model, {}, 0, &rows);
    QCOMPARE(rows.size(), detail.fields.size());
    for (int i = 0; i < rows.size(); ++i) {
        const auto& [index, level] = rows.at(i);
        const Field& field = detail.fields.at(i);
        QCOMPARE(model.fieldOf(index), i);
        QCOMPARE(level, field.depth);
        QCOMPARE(index.data().toString(), field.name);
        QCOMPARE(index.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(), field.value);
        QCOMPARE(index.siblingAtColumn(FieldTreeModel::BytesColumn).data().toString(),
                 FieldTreeModel::byteRangeText(field));
    }
}

void clickByte(HexView* hex, int offset, bool ascii = false)
{
    const QRect cell = ascii ? hex->asciiCellRect(offset) : hex->hexCellRect(offset);
    QVERIFY(!cell.isEmpty());
    QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, cell.center());
}

// Marks every translated string, so a test can tell retranslated text from the original.
class MarkingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return u'\u00bb' + QString::fromUtf8(source);
    }
};

} // namespace

class InspectorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsAnHttp2HeadersFrameAndItsHpackFields();
    void streamIdFieldHighlightsBytes5To8();
    void clickingAByteSelectsTheFieldCoveringIt();
    void showsTheClientHelloFields();
    void showsAWebSocketFrameHeaderBitsAndMask();
    void showsTheGrpcPrefixAndProtobufFields();
    void truncatedBytesShowTheNote();
    void eventsWithoutBytesSayWhatIsKnown();
    void keepsTheSelectedFieldAcrossEvents();
    void copiesValuesAndBytes();
    void highlightFollowsTheTheme();
    void retranslatesOnLanguageChange();
    void clearsWhenTheSelectionIsCleared();

private:
    bool select(const Timeline* timeline, qsizetype index);

    std::unique_ptr<Comparison> m_pages; // h1-vs-h2: B is HTTP/2 (large objects: DATA is cut short)
    std::unique_ptr<Comparison> m_tls;   // tls12-vs-tls13
    std::unique_ptr<Comparison> m_ws;    // polling-vs-websocket: B is WebSocket
    std::unique_ptr<Comparison> m_grpc;  // rest-vs-grpc: D, the last side, is gRPC

    std::unique_ptr<ViewTheme> m_theme;
    std::unique_ptr<EventSelection> m_selection;
    std::unique_ptr<InspectorView> m_view;
};

void InspectorTest::initTestCase()
{
    // Objects larger than the timeline's byte limit (4096): their DATA frames are kept cut short.
    m_pages = run(QStringLiteral("h1-vs-h2"), [](ScenarioKnobs& k) { k.objectSize = 6000; });
    QVERIFY(m_pages);
    m_tls = run(QStringLiteral("tls12-vs-tls13"));
    QVERIFY(m_tls);
    m_ws = run(QStringLiteral("polling-vs-websocket"), [](ScenarioKnobs& k) {
        k.clients = 1;
        k.updatesPerSecond = 4;
        k.durationSeconds = 1;
    });
    QVERIFY(m_ws);
    m_grpc = run(QStringLiteral("rest-vs-grpc"), [](ScenarioKnobs& k) { k.objectSize = 100; });
    QVERIFY(m_grpc);
}

void InspectorTest::init()
{
    m_theme = std::make_unique<ViewTheme>();
    m_selection = std::make_unique<EventSelection>();
    m_view = std::make_unique<InspectorView>(
        ViewContext{.clock = nullptr, .theme = m_theme.get(), .selection = m_selection.get()});
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void InspectorTest::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_theme.reset();
}

// Selects event index of timeline as any view does; false if there is no such event or the inspector
// does not show it.
bool InspectorTest::select(const Timeline* timeline, qsizetype index)
{
    if (index < 0)
        return false;
    m_selection->select(timeline, index);
    return m_view->hasEvent() && m_view->inspectedEvent().timeNs == timeline->at(index).timeNs &&
           m_view->detail().fields == timeline->detail(timeline->at(index)).fields;
}

void InspectorTest::showsAnHttp2HeadersFrameAndItsHpackFields()
{
    const Timeline* timeline = m_pages->timelineB();
    // A HEADERS frame the client received: the response head of a stream.
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Headers) && e.origin == Origin::Client &&
               e.direction == Direction::ServerToClient;
    });
    QVERIFY(select(timeline, index));
    const Event event = timeline->at(index);
    const EventDetail detail = timeline->detail(event);
    QVERIFY(!detail.fields.isEmpty());
    verifyTreeShows(*m_view->fieldModel(), detail);
    QCOMPARE(m_view->detail().fields, detail.fields);
    QCOMPARE(m_view->hexView()->bytes(), detail.bytes);
    QCOMPARE(m_view->headerTitle(), detail.text);
    QVERIFY2(m_view->headerFacts().contains(QLatin1String("Received by the client")),
             qPrintable(m_view->headerFacts()));
    QVERIFY(m_view->headerFacts().contains(QStringLiteral("stream %1").arg(event.stream)));
    QVERIFY(m_view->headerFacts().contains(QStringLiteral("connection %1").arg(event.connection)));
    QVERIFY(m_view->headerFacts().contains(QLatin1String("9 of them framing")));
    QVERIFY(m_view->truncationNote().isEmpty());

    // The HPACK representations sit under the header block, each mapped to its bytes in the payload.
    const int block = fieldNamed(detail, u"header block");
    QVERIFY(block >= 0);
    const int status = fieldNamed(detail, u":status");
    QVERIFY(status > block);
    QCOMPARE(m_view->fieldModel()->parentOf(status), block);
    QVERIFY(detail.fields.at(status).value.startsWith(QLatin1String("200")));
    QVERIFY(m_view->fieldView()->isExpanded(m_view->fieldModel()->indexOfField(block)));
    m_view->selectField(status);
    QCOMPARE(m_view->hexView()->highlight(),
             (HexView::Range{detail.fields.at(status).offset, detail.fields.at(status).length}));
    // The enclosing header block is tinted.
    QCOMPARE(m_view->hexView()->context(), (HexView::Range{9, int(event.size) - 9}));
}

void InspectorTest::streamIdFieldHighlightsBytes5To8()
{
    const Timeline* timeline = m_pages->timelineB();
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Headers) && e.origin == Origin::Client &&
               e.direction == Direction::ServerToClient;
    });
    QVERIFY(select(timeline, index));
    const int streamId = fieldNamed(m_view->detail(), u"stream id");
    QVERIFY(streamId >= 0);
    QCOMPARE(m_view->detail().fields.at(streamId).value, QString::number(timeline->at(index).stream));

    // As the user does it: making the tree row current.
    m_view->fieldView()->setCurrentIndex(m_view->fieldModel()->indexOfField(streamId));
    QCOMPARE(m_view->selectedField(), streamId);
    QCOMPARE(m_view->hexView()->highlight(), (HexView::Range{5, 4}));
    // Its frame header (bytes 0..8) is tinted around it.
    QCOMPARE(m_view->hexView()->context(), (HexView::Range{0, 9}));
    // The bytes highlighted are the stream id, big-endian, as on the wire.
    const QByteArray bytes = m_view->hexView()->bytes().mid(5, 4);
    QCOMPARE(quint32(uchar(bytes[0]) & 0x7f) << 24 | quint32(uchar(bytes[1])) << 16 |
                 quint32(uchar(bytes[2])) << 8 | quint32(uchar(bytes[3])),
             timeline->at(index).stream);

    // The selected row is drawn in the event's colour, as the highlight in the dump.
    QCOMPARE(m_view->hexView()->accentColor(), m_theme->colorFor(timeline->at(index)));
    QCOMPARE(m_view->fieldView()->palette().color(QPalette::Highlight),
             m_theme->colorFor(timeline->at(index)));

    m_view->selectField(-1);
    QVERIFY(m_view->hexView()->highlight().isEmpty());
}

void InspectorTest::clickingAByteSelectsTheFieldCoveringIt()
{
    const Timeline* timeline = m_pages->timelineB();
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Headers) && e.origin == Origin::Client &&
               e.direction == Direction::ServerToClient;
    });
    QVERIFY(select(timeline, index));
    const EventDetail& detail = m_view->detail();
    HexView* hex = m_view->hexView();

    clickByte(hex, 6);
    QCOMPARE(m_view->selectedField(), fieldNamed(detail, u"stream id"));
    QCOMPARE(hex->highlight(), (HexView::Range{5, 4}));
    QCOMPARE(m_view->fieldView()->currentIndex(),
             m_view->fieldModel()->indexOfField(fieldNamed(detail, u"stream id")));

    clickByte(hex, 3);
    QCOMPARE(m_view->selectedField(), fieldNamed(detail, u"type"));
    // The ASCII column answers as well: byte 0 lies in "length" (0..2) inside "frame header" (0..8).
    clickByte(hex, 0, true);
    QCOMPARE(m_view->selectedField(), fieldNamed(detail, u"length"));
    // A second click on the same byte walks outwards.
    clickByte(hex, 0, true);
    QCOMPARE(m_view->selectedField(), fieldNamed(detail, u"frame header"));
    QCOMPARE(hex->highlight(), (HexView::Range{0, 9}));

    // A byte inside an HPACK representation selects that representation, not the header block.
    const int status = fieldNamed(detail, u":status");
    clickByte(hex, detail.fields.at(status).offset);
    QCOMPARE(m_view->selectedField(), status);
}

void InspectorTest::showsTheClientHelloFields()
{
    const Timeline* timeline = m_tls->timelineB();
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Tls, TlsKind::HandshakeMessage) && e.flags == 1 && e.origin == Origin::Server;
    });
    QVERIFY(select(timeline, index));
    const EventDetail detail = timeline->detail(timeline->at(index));
    verifyTreeShows(*m_view->fieldModel(), detail);
    QCOMPARE(m_view->headerTitle(), QLatin1String("ClientHello"));
    QVERIFY(m_view->headerFacts().contains(QLatin1String("Received by the server")));

    // Long lists start collapsed so that the rest stays in view; the extensions are open.
    FieldTreeModel* model = m_view->fieldModel();
    const int suites = fieldNamed(detail, u"cipher suites");
    QVERIFY(model->childCount(suites) > 16);
    QVERIFY(!m_view->fieldView()->isExpanded(model->indexOfField(suites)));
    QVERIFY(m_view->fieldView()->isExpanded(model->indexOfField(fieldNamed(detail, u"extensions"))));

    // Selecting a cipher suite opens its list and highlights its two bytes.
    const int suite = fieldNamed(detail, u"cipher suite");
    m_view->selectField(suite);
    QVERIFY(m_view->fieldView()->isExpanded(model->indexOfField(suites)));
    QCOMPARE(m_view->hexView()->highlight(), (HexView::Range{detail.fields.at(suite).offset, 2}));
    QCOMPARE(m_view->hexView()->context(),
             (HexView::Range{detail.fields.at(suites).offset, detail.fields.at(suites).length}));

    // TLS 1.3's key share: the ClientHello carries the client's public key.
    const int keyShare = fieldNamed(detail, u"key share");
    QVERIFY(keyShare >= 0);
    QVERIFY(detail.fields.at(keyShare).value.contains(QLatin1String("x25519")));
    clickByte(m_view->hexView(), detail.fields.at(keyShare).offset + 10);
    QCOMPARE(m_view->selectedField(), keyShare);
}

void InspectorTest::showsAWebSocketFrameHeaderBitsAndMask()
{
    const Timeline* timeline = m_ws->timelineB();
    const qsizetype received = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::WebSocket, WebSocketKind::Frame) && e.origin == Origin::Client &&
               e.direction == Direction::ServerToClient;
    });
    QVERIFY(select(timeline, received));
    const EventDetail detail = timeline->detail(timeline->at(received));
    verifyTreeShows(*m_view->fieldModel(), detail);
    QCOMPARE(m_view->hexView()->bytes(), detail.bytes);

    // Byte 0 holds FIN, RSV1-3 and the opcode: clicks walk through them, then the whole header.
    HexView* hex = m_view->hexView();
    clickByte(hex, 0);
    QCOMPARE(m_view->selectedField(), fieldNamed(detail, u"FIN"));
    for (const QStringView name : {u"RSV1", u"RSV2", u"RSV3", u"opcode"}) {
        clickByte(hex, 0);
        QCOMPARE(m_view->selectedField(), fieldNamed(detail, name));
        QCOMPARE(hex->highlight(), (HexView::Range{0, 1}));
    }
    clickByte(hex, 0);
    QCOMPARE(m_view->selectedField(), fieldNamed(detail, u"header"));
    m_view->selectField(fieldNamed(detail, u"payload length"));
    QCOMPARE(hex->highlight(), (HexView::Range{1, 1}));

    // A frame from the client is masked: the masking key follows the length.
    const qsizetype masked = find(*timeline, [](const Event& e, const EventDetail& d) {
        return e.is(Layer::WebSocket, WebSocketKind::Frame) && e.origin == Origin::Client &&
               e.direction == Direction::ClientToServer && fieldNamed(d, u"masking key") >= 0;
    });
    QVERIFY(select(timeline, masked));
    const EventDetail maskedDetail = m_view->detail();
    verifyTreeShows(*m_view->fieldModel(), maskedDetail);
    const int key = fieldNamed(maskedDetail, u"masking key");
    m_view->selectField(key);
    QCOMPARE(hex->highlight(), (HexView::Range{maskedDetail.fields.at(key).offset, 4}));
    QVERIFY(m_view->headerFacts().contains(QLatin1String("Sent by the client")));
}

void InspectorTest::showsTheGrpcPrefixAndProtobufFields()
{
    const Timeline* timeline = m_grpc->timelines().last(); // gRPC is the last side
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Grpc, GrpcKind::Message) && e.origin == Origin::Client &&
               e.direction == Direction::ServerToClient;
    });
    QVERIFY(select(timeline, index));
    const EventDetail detail = timeline->detail(timeline->at(index));
    verifyTreeShows(*m_view->fieldModel(), detail);
    HexView* hex = m_view->hexView();

    // The 5-byte prefix: the compressed flag, then the length.
    m_view->selectField(fieldNamed(detail, u"compressed flag"));
    QCOMPARE(hex->highlight(), (HexView::Range{0, 1}));
    m_view->selectField(fieldNamed(detail, u"message length"));
    QCOMPARE(hex->highlight(), (HexView::Range{1, 4}));

    // A protobuf field lies inside the message, which is tinted around it; its tag is one byte.
    const int message = fieldNamed(detail, u"message");
    const int name = fieldNamed(detail, u"name");
    QVERIFY(message >= 0 && name > message);
    QCOMPARE(m_view->fieldModel()->parentOf(name), message);
    m_view->selectField(name);
    const Field& nameField = detail.fields.at(name);
    QCOMPARE(hex->highlight(), (HexView::Range{nameField.offset, nameField.length}));
    QCOMPARE(hex->context(), (HexView::Range{5, int(detail.bytes.size()) - 5}));
    // A click selects the innermost field even inside the selected one: the name's tag byte.
    clickByte(hex, nameField.offset);
    QCOMPARE(m_view->fieldModel()->parentOf(m_view->selectedField()), name);
    QCOMPARE(detail.fields.at(m_view->selectedField()).name, QLatin1String("tag"));
    clickByte(hex, nameField.offset);
    QCOMPARE(m_view->selectedField(), name);
    clickByte(hex, nameField.offset);
    QCOMPARE(m_view->selectedField(), message);

    // "as JSON" is derived, not bytes: selecting it clears the highlight.
    m_view->selectField(fieldNamed(detail, u"as JSON"));
    QVERIFY(hex->highlight().isEmpty());
}

void InspectorTest::truncatedBytesShowTheNote()
{
    const Timeline* timeline = m_pages->timelineB();
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail& d) {
        return e.is(Layer::Http2, Http2Kind::Data) && e.origin == Origin::Client && d.truncated();
    });
    QVERIFY(select(timeline, index));
    const EventDetail detail = timeline->detail(timeline->at(index));
    QVERIFY(detail.truncated());
    const QString note = m_view->truncationNote();
    QVERIFY(!note.isEmpty());
    QVERIFY2(note.contains(QLocale().toString(detail.bytes.size())), qPrintable(note));
    QVERIFY2(note.contains(QLocale().toString(detail.originalSize)), qPrintable(note));
    QCOMPARE(m_view->hexView()->bytes().size(), detail.bytes.size());

    // The payload runs past the bytes kept: its highlight stops where they end.
    const int payload = fieldNamed(detail, u"payload");
    QVERIFY(detail.fields.at(payload).offset + detail.fields.at(payload).length > detail.bytes.size());
    m_view->selectField(payload);
    QCOMPARE(m_view->hexView()->highlight(), (HexView::Range{9, int(detail.bytes.size()) - 9}));

    // An event kept whole has no note.
    const qsizetype whole = find(*timeline, [](const Event& e, const EventDetail& d) {
        return e.is(Layer::Http2, Http2Kind::Settings) && !d.truncated();
    });
    QVERIFY(select(timeline, whole));
    QVERIFY(m_view->truncationNote().isEmpty());
}

void InspectorTest::eventsWithoutBytesSayWhatIsKnown()
{
    const Timeline* timeline = m_pages->timelineA();
    const qsizetype segment = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Wire, WireKind::SegmentDelivered);
    });
    QVERIFY(select(timeline, segment));
    const Event event = timeline->at(segment);
    QCOMPARE(m_view->fieldModel()->rowCount(), 0);
    QVERIFY(m_view->hexView()->bytes().isEmpty());
    QVERIFY(!m_view->hexView()->placeholderText().isEmpty());
    // What the link knows: the segment, its size, when it left and reached the other side.
    const QString title = m_view->headerTitle();
    QVERIFY2(title.contains(QStringLiteral("TCP segment %1").arg(event.stream)), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("%1 bytes").arg(QLocale().toString(event.size))),
             qPrintable(title));
    QVERIFY(title.contains(QLocale().toString(double(event.value) / 1e6, 'f', 3)));
    QVERIFY(m_view->headerFacts().contains(QStringLiteral("connection %1").arg(event.connection)));
    QVERIFY(m_view->headerFacts().contains(QLatin1String("On the link")));

    const qsizetype started = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Session, SessionKind::Started);
    });
    QVERIFY(select(timeline, started));
    QVERIFY2(m_view->headerTitle().contains(QLocale().toString(10.0, 'f', 3)),
             qPrintable(m_view->headerTitle()));

    // An HTTP/1.1 head has no explanation of its own: it is described from its fields.
    const qsizetype head = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http1, Http1Kind::RequestHead) && e.origin == Origin::Client;
    });
    QVERIFY(select(timeline, head));
    const EventDetail detail = timeline->detail(timeline->at(head));
    verifyTreeShows(*m_view->fieldModel(), detail);
    QVERIFY2(m_view->headerTitle().contains(QLatin1String("GET /")), qPrintable(m_view->headerTitle()));
    m_view->selectField(fieldNamed(detail, u"method"));
    QCOMPARE(m_view->hexView()->highlight(), (HexView::Range{0, 3}));
}

void InspectorTest::keepsTheSelectedFieldAcrossEvents()
{
    const Timeline* timeline = m_pages->timelineB();
    const qsizetype headers = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Headers) && e.origin == Origin::Client;
    });
    QVERIFY(select(timeline, headers));
    m_view->selectField(fieldNamed(m_view->detail(), u"stream id"));
    const qsizetype data = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Data) && e.origin == Origin::Client;
    });
    QVERIFY(select(timeline, data));
    QCOMPARE(m_view->selectedField(), fieldNamed(m_view->detail(), u"stream id"));
    QCOMPARE(m_view->hexView()->highlight(), (HexView::Range{5, 4}));
    // A unit without such a field shows none selected, and the next frame finds it again.
    const qsizetype hello = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Tls, TlsKind::HandshakeMessage) && e.flags == 1;
    });
    QVERIFY(select(timeline, hello));
    QCOMPARE(m_view->selectedField(), -1);
    QVERIFY(select(timeline, headers));
    QCOMPARE(m_view->selectedField(), fieldNamed(m_view->detail(), u"stream id"));
}

void InspectorTest::copiesValuesAndBytes()
{
    const Timeline* timeline = m_pages->timelineB();
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Headers) && e.origin == Origin::Client && e.stream == 1;
    });
    QVERIFY(select(timeline, index));
    m_view->selectField(fieldNamed(m_view->detail(), u"stream id"));
    m_view->copyValue();
    QCOMPARE(QGuiApplication::clipboard()->text(), QLatin1String("1"));
    m_view->copySelectedBytes();
    QCOMPARE(QGuiApplication::clipboard()->text(), QLatin1String("00 00 00 01"));
    m_view->copyAllBytes();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(m_view->detail().bytes.toHex(' ')));
    m_view->copyHexDump();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("0000  00 00 ")));
    // The context menus offer the copy actions.
    QVERIFY(m_view->fieldView()->actions().size() >= 3);
    QVERIFY(m_view->hexView()->actions().size() >= 3);
}

void InspectorTest::highlightFollowsTheTheme()
{
    const Timeline* timeline = m_pages->timelineB();
    const qsizetype index = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Http2, Http2Kind::Headers) && e.origin == Origin::Client;
    });
    QVERIFY(select(timeline, index));
    m_view->selectField(fieldNamed(m_view->detail(), u"stream id"));
    HexView* hex = m_view->hexView();
    for (const ViewTheme::Mode mode : {ViewTheme::Mode::Light, ViewTheme::Mode::Dark}) {
        m_theme->setMode(mode);
        const QColor accent = m_theme->colorFor(timeline->at(index));
        QCOMPARE(hex->accentColor(), accent);
        const QImage image = hex->viewport()->grab().toImage();
        // The fill reaches half a character beyond the digits; sample there, away from glyphs.
        const QRect cell = hex->hexCellRect(6);
        QCOMPARE(image.pixelColor(cell.left() - 2, cell.center().y()).rgb(), accent.rgb());
        // Outside every field range the background shows.
        const QRect other = hex->hexCellRect(int(hex->bytes().size()) - 1);
        QCOMPARE(image.pixelColor(other.left() - 2, other.center().y()).rgb(), m_theme->background().rgb());
        QVERIFY(accent.rgb() != m_theme->background().rgb());
    }
    // Presentation mode scales the dump with the other fonts.
    const int width = hex->hexCellRect(0).width();
    m_theme->setFontScale(2.0);
    QVERIFY2(hex->hexCellRect(0).width() >= width * 18 / 10,
             qPrintable(QStringLiteral("%1 -> %2").arg(width).arg(hex->hexCellRect(0).width())));
    QCOMPARE(m_view->fieldView()->font().pointSizeF(), m_theme->font(10).pointSizeF());
}

void InspectorTest::retranslatesOnLanguageChange()
{
    const Timeline* timeline = m_pages->timelineA();
    const qsizetype segment = find(*timeline, [](const Event& e, const EventDetail&) {
        return e.is(Layer::Wire, WireKind::SegmentSent);
    });
    QVERIFY(select(timeline, segment));
    const QString before = m_view->headerTitle();
    QVERIFY(!before.startsWith(u'\u00bb'));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents(); // LanguageChange is posted to every widget
    QVERIFY2(m_view->headerTitle().startsWith(u'\u00bb'), qPrintable(m_view->headerTitle()));
    QVERIFY(m_view->headerFacts().startsWith(u'\u00bb'));
    QVERIFY(m_view->fieldModel()
                ->headerData(0, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .startsWith(u'\u00bb'));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->headerTitle(), before);
}

void InspectorTest::clearsWhenTheSelectionIsCleared()
{
    const Timeline* timeline = m_tls->timelineA();
    QVERIFY(select(timeline, 0));
    m_selection->clear();
    QVERIFY(!m_view->hasEvent());
    QCOMPARE(m_view->fieldModel()->rowCount(), 0);
    QVERIFY(m_view->hexView()->bytes().isEmpty());
    QVERIFY(!m_view->headerTitle().isEmpty());
}

QTEST_MAIN(InspectorTest)
#include "tst_inspector.moc"
