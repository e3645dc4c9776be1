#include "app/views/inspectorview.h"

#include "core/timeline/timeline.h"

#include "app/views/eventselection.h"
#include "app/views/fieldtreemodel.h"
#include "app/views/hexview.h"
#include "app/views/inspectordescription.h"
#include "app/views/viewtheme.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace protoviz {

namespace {

// A node with more children than this (31 cipher suites, 98 extension fields) starts collapsed, so that
// the rest of the unit stays on screen; its row says how many it holds.
constexpr int CollapseAbove = 16;

bool mapsToBytes(const Field& field)
{
    return field.offset >= 0 && field.length > 0;
}

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

QColor blend(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

InspectorView::InspectorView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    m_model = new FieldTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FieldTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FieldTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FieldTreeModel::BytesColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentFieldChanged(current); });

    m_hex = new HexView(m_context.theme, this);
    m_hex->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_hex, &HexView::byteClicked, this, &InspectorView::selectFieldAtByte);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_hex);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_splitter, 1);
    // How many of the unit's bytes the dump shows is a detail of the dump, said once beneath it: on
    // large DATA frames it is ordinary, not a warning.
    layout->addWidget(m_note);

    auto makeAction = [this](const QKeySequence& shortcut, void (InspectorView::*slot)() const) {
        auto* action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_copyValue = makeAction(QKeySequence::Copy, &InspectorView::copyValue);
    m_copySelectedBytes =
        makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &InspectorView::copySelectedBytes);
    m_copyAllBytes = makeAction({}, &InspectorView::copyAllBytes);
    m_copyHexDump = makeAction({}, &InspectorView::copyHexDump);
    m_tree->addActions({m_copyValue, m_copySelectedBytes, m_copyAllBytes});
    m_hex->addActions({m_copySelectedBytes, m_copyAllBytes, m_copyHexDump});

    if (m_context.selection)
        connect(m_context.selection, &EventSelection::changed, this, &InspectorView::showSelection);
    if (m_context.theme)
        connect(m_context.theme, &ViewTheme::changed, this, &InspectorView::applyTheme);

    retranslate();
    applyTheme();
    showSelection();
}

InspectorView::~InspectorView() = default;

QString InspectorView::title() const
{
    return tr("Inspector");
}

QString InspectorView::headerTitle() const
{
    return m_title->text();
}

QString InspectorView::headerFacts() const
{
    return m_facts->text();
}

QString InspectorView::truncationNote() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void InspectorView::showSelection()
{
    const EventSelection* selection = m_context.selection;
    if (!selection || selection->isEmpty()) {
        clearView();
        return;
    }
    inspect(selection->timeline(), selection->event());
}

void InspectorView::inspect(const Timeline* timeline, const Event& event)
{
    if (m_timeline != timeline) {
        if (m_timeline)
            disconnect(m_timeline, &QObject::destroyed, this, nullptr);
        m_timeline = timeline;
        // A new run replaces the timelines; what was inspected is gone with them.
        connect(timeline, &QObject::destroyed, this, &InspectorView::clearView);
    }
    m_hasEvent = true;
    m_event = event;
    m_detail = timeline->detail(event);
    m_selectedField = -1;
    m_clickedByte = -1;
    m_model->setFields(m_detail.fields);
    m_hex->setBytes(m_detail.bytes);
    expandTree();
    m_tree->resizeColumnToContents(FieldTreeModel::NameColumn);
    m_tree->setColumnWidth(
        FieldTreeModel::NameColumn,
        std::min(m_tree->columnWidth(FieldTreeModel::NameColumn), m_tree->viewport()->width() * 2 / 5));
    updateHeader();
    applyAccent();

    int remembered = -1;
    for (int i = 0; i < m_detail.fields.size() && !m_rememberedName.isEmpty(); ++i) {
        const Field& field = m_detail.fields.at(i);
        if (field.name == m_rememberedName && field.depth == m_rememberedDepth) {
            remembered = i;
            break;
        }
    }
    selectField(remembered);
}

void InspectorView::clearView()
{
    if (m_timeline)
        disconnect(m_timeline, &QObject::destroyed, this, nullptr);
    m_timeline = nullptr;
    m_hasEvent = false;
    m_event = {};
    m_detail = {};
    m_selectedField = -1;
    m_clickedByte = -1;
    m_model->setFields({});
    m_hex->setBytes({});
    updateHeader();
    applyAccent();
    updateActions();
}

void InspectorView::expandTree()
{
    m_tree->expandAll();
    for (int i = 0; i < m_model->fields().size(); ++i) {
        if (m_model->childCount(i) > CollapseAbove)
            m_tree->collapse(m_model->indexOfField(i));
    }
}

void InspectorView::selectField(int field)
{
    if (field < -1 || field >= m_detail.fields.size())
        field = -1;
    if (field < 0) {
        m_tree->selectionModel()->clear();
        onCurrentFieldChanged({});
        return;
    }
    const QModelIndex index = m_model->indexOfField(field);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    // setCurrentIndex does not signal when the index is already current.
    if (m_selectedField != field)
        onCurrentFieldChanged(index);
    // A new event's header may need more lines, and the layout has not run yet: once it has, the tree
    // and the dump may be shorter than they were just now.
    QMetaObject::invokeMethod(this, &InspectorView::keepFieldInView, Qt::QueuedConnection);
}

void InspectorView::keepFieldInView()
{
    if (m_selectedField < 0)
        return;
    m_tree->scrollTo(m_model->indexOfField(m_selectedField));
    updateHighlight();
}

void InspectorView::selectFieldAtByte(int offset)
{
    const QList<int> covering = m_model->fieldsAt(offset);
    if (covering.isEmpty())
        return;
    qsizetype next = 0;
    if (offset == m_clickedByte && m_selectedField == m_clickedField && m_selectedField >= 0) {
        const qsizetype current = covering.indexOf(m_selectedField);
        next = current < 0 ? 0 : (current + 1) % covering.size();
    }
    selectField(covering.at(next));
    m_clickedByte = offset;
    m_clickedField = m_selectedField;
}

void InspectorView::onCurrentFieldChanged(const QModelIndex& current)
{
    m_selectedField = m_model->fieldOf(current);
    // Only a chosen field is remembered: an event without it must not make the next one forget it.
    if (m_selectedField >= 0) {
        const Field& field = m_detail.fields.at(m_selectedField);
        m_rememberedName = field.name;
        m_rememberedDepth = field.depth;
    }
    updateHighlight();
    updateActions();
}

void InspectorView::updateActions()
{
    const bool haveBytes = !m_detail.bytes.isEmpty();
    m_copyValue->setEnabled(m_hasEvent);
    m_copySelectedBytes->setEnabled(haveBytes);
    m_copyAllBytes->setEnabled(haveBytes);
    m_copyHexDump->setEnabled(haveBytes);
}

void InspectorView::updateHighlight()
{
    if (m_selectedField < 0) {
        m_hex->setHighlight(-1, 0);
        m_hex->setContext(-1, 0);
        return;
    }
    const Field& field = m_detail.fields.at(m_selectedField);
    m_hex->setHighlight(field.offset, field.length);
    // The nearest enclosing field with bytes of its own, tinted: a stream id within its frame header.
    for (int parent = m_model->parentOf(m_selectedField); parent >= 0; parent = m_model->parentOf(parent)) {
        const Field& outer = m_detail.fields.at(parent);
        if (mapsToBytes(outer) && (outer.offset != field.offset || outer.length != field.length)) {
            m_hex->setContext(outer.offset, outer.length);
            return;
        }
    }
    m_hex->setContext(-1, 0);
}

void InspectorView::updateHeader()
{
    if (!m_hasEvent) {
        m_title->setText(tr("Nothing selected"));
        m_facts->setText(tr("Click an event in any view (a block in the lanes, an arrow in the ladder, a row "
                            "of the events table) to see its decoded fields and its bytes."));
        m_note->hide();
        m_hex->setPlaceholderText(tr("The bytes of the selected event appear here."));
        return;
    }
    m_title->setText(InspectorDescription::title(m_event, m_detail));
    m_facts->setText(InspectorDescription::facts(m_event));
    const QString note = InspectorDescription::truncationNote(m_detail);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_hex->setPlaceholderText(InspectorDescription::noBytesReason(m_event, m_detail));
}

QString InspectorView::selectedBytesHex() const
{
    if (m_selectedField >= 0) {
        const Field& field = m_detail.fields.at(m_selectedField);
        if (mapsToBytes(field) && field.offset < m_detail.bytes.size())
            return hexOf(m_detail.bytes.mid(field.offset, field.length));
    }
    return hexOf(m_detail.bytes);
}

void InspectorView::copyValue() const
{
    if (m_selectedField >= 0)
        QGuiApplication::clipboard()->setText(m_detail.fields.at(m_selectedField).value);
    else if (m_hasEvent)
        QGuiApplication::clipboard()->setText(m_title->text());
}

void InspectorView::copySelectedBytes() const
{
    if (!m_detail.bytes.isEmpty())
        QGuiApplication::clipboard()->setText(selectedBytesHex());
}

void InspectorView::copyAllBytes() const
{
    if (!m_detail.bytes.isEmpty())
        QGuiApplication::clipboard()->setText(hexOf(m_detail.bytes));
}

void InspectorView::copyHexDump() const
{
    if (!m_detail.bytes.isEmpty())
        QGuiApplication::clipboard()->setText(m_hex->dumpText());
}

QColor InspectorView::accentColor() const
{
    if (!m_context.theme)
        return palette().color(QPalette::Highlight);
    return m_hasEvent ? m_context.theme->colorFor(m_event) : m_context.theme->selection();
}

void InspectorView::applyTheme()
{
    const ViewTheme* theme = m_context.theme;
    if (!theme)
        return;
    const QColor background = theme->background();
    const QColor foreground = theme->foreground();
    QPalette palette = this->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, background);
        palette.setColor(group, QPalette::Base, background);
        palette.setColor(group, QPalette::AlternateBase, blend(background, theme->grid(), 0.45));
        palette.setColor(group, QPalette::WindowText, foreground);
        palette.setColor(group, QPalette::Text, foreground);
        palette.setColor(group, QPalette::Button, theme->grid());
        palette.setColor(group, QPalette::ButtonText, foreground);
        palette.setColor(group, QPalette::PlaceholderText, theme->muted());
    }
    setPalette(palette);
    setAutoFillBackground(true);

    QPalette factsPalette = palette;
    factsPalette.setColor(QPalette::WindowText, theme->muted());
    m_facts->setPalette(factsPalette);
    m_note->setPalette(factsPalette);

    m_title->setFont(theme->font(12, true));
    m_facts->setFont(theme->font(10));
    m_note->setFont(theme->font(10));
    m_tree->setFont(theme->font(10));
    m_tree->header()->setFont(theme->font(10, true));
    applyAccent();
    updateOrientation();
}

void InspectorView::applyAccent()
{
    const QColor accent = accentColor();
    m_hex->setAccentColor(accent);
    // The selected row in the event's own colour, as its bytes are highlighted in the dump.
    QPalette palette = this->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent);
        palette.setColor(group, QPalette::HighlightedText, HexView::readableTextOn(accent));
    }
    setPalette(palette);
}

void InspectorView::updateOrientation()
{
    // Docked below the panes the inspector is wide: fields and bytes side by side. Docked at a side it
    // is tall: bytes under the fields.
    const bool wide = width() > m_hex->sizeHint().width() * 2 && width() > height();
    m_splitter->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
}

void InspectorView::retranslate()
{
    m_copyValue->setText(tr("Copy value"));
    m_copySelectedBytes->setText(tr("Copy field bytes as hex"));
    m_copyAllBytes->setText(tr("Copy all bytes as hex"));
    m_copyHexDump->setText(tr("Copy hex dump"));
    m_model->retranslate();
    updateHeader();
}

void InspectorView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void InspectorView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
}

} // namespace protoviz
