// PeopleNames: the names to show for the firm's people the user knows of (the staff lists of
// the visible matters), by user id, the user as "Name (you)": assignees in the inbox and tasks.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class PeopleNames
{
    Q_DECLARE_TR_FUNCTIONS(PeopleNames)

public:
    static QHash<qint64, QString> of(sync::Workspace &workspace);
};

} // namespace parley::ui
