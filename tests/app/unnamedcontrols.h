#pragma once

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QStringList>
#include <QWidget>

namespace protoviz::test {

// The controls under root (shown with it) that Tab reaches that have no accessible name, by class, object
// name and the start of any text. A spin box's or a combo box's own line edit is named by its owner.
inline QStringList unnamedControls(const QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root))
            continue;
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') +
                           widget->objectName() + QLatin1Char(' ') +
                           widget->property("text").toString().left(40));
    }
    return unnamed;
}

} // namespace protoviz::test
