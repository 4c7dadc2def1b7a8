// problemLabel: the line under a form that says what went wrong (dark red, wrapped, plain
// text, hidden until there is something to say).
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace parley::ui {

QLabel *problemLabel(const QString &objectName, QWidget *parent);
// Shows text, or hides the label when it is empty.
void showProblem(QLabel *label, const QString &text);

} // namespace parley::ui
