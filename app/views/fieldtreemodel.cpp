#include "app/views/fieldtreemodel.h"

#include "app/views/glossarypanel.h"

#include <QLocale>

#include <algorithm>

namespace protoviz {

namespace {

bool mapsToBytes(const Field& field)
{
    return field.offset >= 0 && field.length > 0;
}

} // namespace

FieldTreeModel::FieldTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void FieldTreeModel::setFields(QList<Field> fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    const qsizetype count = m_fields.size();
    m_parent.fill(-1, count);
    m_row.fill(0, count);
    m_children = QList<QList<int>>(count);
    m_topLevel.clear();
    // The fields that are still open, outermost first: a field of depth d closes every open field of
    // depth d or more. A depth that jumps by more than one level nests under the deepest open field
    // rather than losing the field.
    QList<int> open;
    for (int i = 0; i < int(count); ++i) {
        const int depth = std::max(0, m_fields.at(i).depth);
        while (open.size() > depth)
            open.removeLast();
        QList<int>& siblings = open.isEmpty() ? m_topLevel : m_children[open.constLast()];
        m_parent[i] = open.isEmpty() ? -1 : open.constLast();
        m_row[i] = int(siblings.size());
        siblings.append(i);
        open.append(i);
    }
    endResetModel();
}

const QList<int>& FieldTreeModel::childrenOf(int field) const
{
    return field < 0 ? m_topLevel : m_children.at(field);
}

QModelIndex FieldTreeModel::indexOfField(int field, int column) const
{
    if (field < 0 || field >= m_fields.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_row.at(field), column, quintptr(field));
}

int FieldTreeModel::fieldOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return int(index.internalId());
}

int FieldTreeModel::parentOf(int field) const
{
    return field >= 0 && field < m_parent.size() ? m_parent.at(field) : -1;
}

int FieldTreeModel::childCount(int field) const
{
    if (field >= m_fields.size())
        return 0;
    return int(childrenOf(field).size());
}

QList<int> FieldTreeModel::fieldsAt(int offset) const
{
    QList<int> covering;
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field& field = m_fields.at(i);
        if (mapsToBytes(field) && offset >= field.offset && offset - field.offset < field.length)
            covering.append(i);
    }
    std::stable_sort(covering.begin(), covering.end(), [this](int a, int b) {
        const Field& fa = m_fields.at(a);
        const Field& fb = m_fields.at(b);
        if (fa.length != fb.length)
            return fa.length < fb.length;
        return fa.depth > fb.depth;
    });
    return covering;
}

QString FieldTreeModel::byteRangeText(const Field& field)
{
    if (!mapsToBytes(field))
        return {};
    const QLocale locale;
    if (field.length == 1)
        return tr("%1 (1 B)").arg(locale.toString(field.offset));
    return tr("%1–%2 (%3 B)")
        .arg(locale.toString(field.offset), locale.toString(field.offset + field.length - 1),
             locale.toString(field.length));
}

void FieldTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Every row's bytes text and tooltip are worded through tr(). Resetting would be simpler but would
    // lose the tree's selection and what the user expanded.
    for (int i = 0; i < m_fields.size(); ++i)
        emit dataChanged(indexOfField(i, NameColumn), indexOfField(i, BytesColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int parentField = parent.isValid() ? fieldOf(parent) : -1;
    if (parent.isValid() && parentField < 0)
        return {};
    const QList<int>& children = childrenOf(parentField);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex FieldTreeModel::parent(const QModelIndex& index) const
{
    const int field = fieldOf(index);
    if (field < 0)
        return {};
    return indexOfField(m_parent.at(field));
}

int FieldTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    const int field = parent.isValid() ? fieldOf(parent) : -1;
    if (parent.isValid() && field < 0)
        return 0;
    return int(childrenOf(field).size());
}

int FieldTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FieldTreeModel::data(const QModelIndex& index, int role) const
{
    const int position = fieldOf(index);
    if (position < 0 || position >= m_fields.size())
        return {};
    const Field& field = m_fields.at(position);
    switch (role) {
    case FieldIndexRole:
        return position;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return field.name;
        case ValueColumn:
            return field.value;
        case BytesColumn:
            return byteRangeText(field);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        // Values are often longer than their column (HPACK explanations, hashes): the tooltip says all.
        QString tip = field.value.isEmpty() ? field.name : tr("%1: %2").arg(field.name, field.value);
        if (mapsToBytes(field)) {
            tip += u'\n' + tr("bytes %1 to %2 of the unit (%3 B)")
                               .arg(field.offset)
                               .arg(field.offset + field.length - 1)
                               .arg(field.length);
        } else {
            tip += u'\n' + tr("derived by the engine; not a run of bytes in the unit");
        }
        return GlossaryPanel::tooltipWithGlossary(m_glossary, tip, field.name + u' ' + field.value);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case BytesColumn:
        return tr("Bytes");
    default:
        return {};
    }
}

} // namespace protoviz
