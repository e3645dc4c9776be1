#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace protoviz {

/// A decoded field of a protocol unit, as the inspector lists it: "stream id" = "3", ":path" = "/".
/// offset/length locate the field in EventDetail::bytes when it maps to bytes (-1 when it does not).
struct Field
{
    QString name;
    QString value;
    int offset = -1;
    int length = 0;
    int depth = 0; ///< nesting level in the decoded tree, 0 for top-level fields

    friend bool operator==(const Field&, const Field&) = default;
};

/// What an event carries beyond its fixed record: the unit's bytes as they appeared on its layer
/// (possibly cut short, see truncated), its decoded fields and a one-line explanation.
struct EventDetail
{
    QByteArray bytes;
    QList<Field> fields;
    QString text;
    quint32 originalSize = 0; ///< size of the unit before bytes was cut short, 0 if not cut

    bool isEmpty() const { return bytes.isEmpty() && fields.isEmpty() && text.isEmpty(); }
    bool truncated() const { return originalSize > quint32(bytes.size()); }
    QString fieldValue(QStringView name) const
    {
        for (const Field& field : fields) {
            if (field.name == name)
                return field.value;
        }
        return {};
    }
};

} // namespace protoviz
