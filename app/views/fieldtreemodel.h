#pragma once

#include "core/timeline/eventdetail.h"

#include <QAbstractItemModel>

namespace protoviz {

class LessonLibrary;

/// The decoded fields of one event (EventDetail::fields) as a tree for the inspector. The engine lists
/// fields flat, in the order they appear in the unit, each with its nesting depth: a field's parent is
/// the nearest earlier field one level up ("stream id" under "frame header", an HPACK representation
/// under "header block"). Columns: name, value, and the bytes the field occupies in EventDetail::bytes.
///
/// Each index refers to one field; fieldOf() and indexOfField() translate between indexes and positions
/// in fields(). The model is replaced as a whole by setFields() (a model reset). GUI thread.
class FieldTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldTreeModel)

public:
    enum Column { NameColumn, ValueColumn, BytesColumn, ColumnCount };

    /// The position in fields() of an index's field, through data(index, FieldIndexRole).
    static constexpr int FieldIndexRole = Qt::UserRole + 1;

    explicit FieldTreeModel(QObject* parent = nullptr);

    /// Shows fields (resets the model).
    void setFields(QList<Field> fields);
    const QList<Field>& fields() const { return m_fields; }

    /// The index of field number `field` in the given column; invalid if out of range.
    QModelIndex indexOfField(int field, int column = NameColumn) const;
    /// The position in fields() of an index's field; -1 for an invalid index.
    int fieldOf(const QModelIndex& index) const;
    /// The position of a field's parent, -1 for a top-level field.
    int parentOf(int field) const;
    /// The number of fields nested directly under a field (-1: the top level).
    int childCount(int field) const;

    /// The fields whose bytes include byte `offset`, innermost first: the shortest range, then the
    /// deepest, then the earliest. Empty if no field covers it.
    QList<int> fieldsAt(int offset) const;

    /// "5–8 (4 B)": where a field lies in the unit's bytes; empty when it maps to none.
    static QString byteRangeText(const Field& field);

    /// Tooltips also explain the glossary terms a field's name and value mention; library (null: none)
    /// must outlive the model.
    void setGlossary(const LessonLibrary* library) { m_glossary = library; }

    /// The language changed: headers and the bytes column are worded anew.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const QList<int>& childrenOf(int field) const;

    QList<Field> m_fields;
    QList<int> m_parent;          // per field: its parent's position, -1 at the top
    QList<int> m_row;             // per field: its row under its parent
    QList<QList<int>> m_children; // per field: the fields nested directly under it
    QList<int> m_topLevel;
    const LessonLibrary* m_glossary = nullptr;
};

} // namespace protoviz
