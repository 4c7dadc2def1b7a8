// TemplateValues: what a template's placeholders read for a matter, as the server fills them
// when a rule posts it, or sample values when no matter is at hand; and each placeholder's
// name for people (the Insert Placeholder menu).
#pragma once

#include "protocol/matter.h"

#include <QHash>
#include <QString>

namespace parley::ui::TemplateValues {

// status: the status the matter reaches. The firm's name is not known to the desktop: a
// stand-in says where it goes.
QHash<QString, QString> forMatter(const protocol::Matter &matter, const QString &status);
QHash<QString, QString> samples();
// "Client name" for client_name, and so on; the name itself for one Parley does not know.
QString label(const QString &placeholder);

} // namespace parley::ui::TemplateValues
