// PeopleNames: known staff by id, the user named as such.
#include "peoplenames.h"

#include "sync/workspace.h"

namespace parley::ui {

QHash<qint64, QString> PeopleNames::of(sync::Workspace &workspace)
{
    QHash<qint64, QString> names;
    for (const protocol::User &person : workspace.knownStaff())
        names.insert(person.id, person.name);
    names.insert(workspace.user().id, tr("%1 (you)").arg(workspace.user().name));
    return names;
}

} // namespace parley::ui
