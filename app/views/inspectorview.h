#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventdetail.h"

#include "app/views/viewcontext.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QTreeView;

namespace protoviz {

class FieldTreeModel;
class HexView;
class Timeline;

/// The inspector: shows the event selected anywhere (the shared EventSelection) as
///  - a header: what it is in plain words, who saw it and when, connection and stream, its sizes;
///  - its decoded fields as a tree (name, value, bytes), nested by depth (FieldTreeModel);
///  - its bytes as a hex dump (HexView), with the selected field's bytes highlighted and the field it
///    belongs to tinted; a note says when the timeline kept only the first bytes of the unit.
/// Selecting a tree row highlights its bytes; clicking a byte selects the innermost field covering it,
/// and clicking it again selects the next field around it. When another event is selected, the field
/// of the same name stays selected, so that stepping through frames keeps "stream id" in view.
///
/// Copy actions (context menus and shortcuts): the selected field's value, its bytes as hex, all bytes as
/// hex, the hex dump as text. Follows the theme (colours, presentation font scale) and the language.
/// Meant as a dock of the main window; it reads only the timeline the selection points into. GUI thread.
class InspectorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorView)

public:
    /// Uses context.selection and context.theme, which must outlive the view.
    explicit InspectorView(const ViewContext& context, QWidget* parent = nullptr);
    ~InspectorView() override;

    /// The view's name for menus and dock titles ("Inspector").
    QString title() const;

    /// Whether an event is shown, which, and its detail.
    bool hasEvent() const { return m_hasEvent; }
    Event inspectedEvent() const { return m_event; }
    const EventDetail& detail() const { return m_detail; }

    /// The header's text: what the event is; who saw it, when, where and how big.
    QString headerTitle() const;
    QString headerFacts() const;
    /// The truncation note if it is shown, otherwise empty.
    QString truncationNote() const;

    FieldTreeModel* fieldModel() const { return m_model; }
    QTreeView* fieldView() const { return m_tree; }
    HexView* hexView() const { return m_hex; }

    /// Selects a field by its position in detail().fields (-1: none): its tree row becomes current and
    /// its bytes are highlighted. The next event shown selects its field of the same name and depth.
    void selectField(int field);
    /// The selected field's position in detail().fields, or -1.
    int selectedField() const { return m_selectedField; }
    /// What a click on byte `offset` of the hex dump does: selects the innermost field covering it; a
    /// repeated click on the same byte selects the next field around it (wrapping), so that the fields
    /// sharing a byte (FIN, RSV1-3 and the opcode of a WebSocket frame) can each be reached.
    void selectFieldAtByte(int offset);

    /// Copy actions; they put text on the clipboard.
    void copyValue() const;
    void copySelectedBytes() const;
    void copyAllBytes() const;
    void copyHexDump() const;

    /// The selected field's bytes as hex ("00 00 04 01"), or all bytes when no field with bytes is
    /// selected; what copySelectedBytes() copies.
    QString selectedBytesHex() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showSelection();
    void inspect(const Timeline* timeline, const Event& event);
    void clearView();
    void onCurrentFieldChanged(const QModelIndex& current);
    void expandTree();
    void updateHeader();
    void updateHighlight();
    void keepFieldInView();
    void updateOrientation();
    void updateActions();
    void applyTheme();
    void applyAccent();
    void retranslate();
    QColor accentColor() const;

    const ViewContext m_context;
    QPointer<const Timeline> m_timeline;
    bool m_hasEvent = false;
    Event m_event;
    EventDetail m_detail;
    int m_selectedField = -1;
    // The byte last clicked and the field that click selected: a second click there walks outwards.
    int m_clickedByte = -1;
    int m_clickedField = -1;
    // The last field the user chose, found again by name and depth in the next event shown.
    QString m_rememberedName;
    int m_rememberedDepth = -1;

    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_note = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    FieldTreeModel* m_model = nullptr;
    HexView* m_hex = nullptr;
    QAction* m_copyValue = nullptr;
    QAction* m_copySelectedBytes = nullptr;
    QAction* m_copyAllBytes = nullptr;
    QAction* m_copyHexDump = nullptr;
};

} // namespace protoviz
