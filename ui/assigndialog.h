// AssignDialog: Assign To… for messages selected in the team inbox: the colleagues who are on
// every matter concerned (so each of them may take every conversation), the user first, or
// Unassigned. Accepting says whom; the caller asks the server.
#pragma once

#include "protocol/user.h"

#include <QDialog>
#include <optional>

class QListWidget;

namespace parley::ui {

class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    // people: the colleagues to offer, in order; self: the signed-in user's id (named so);
    // current: who has it now when all concerned conversations agree.
    AssignDialog(const QList<protocol::User> &people, qint64 self, int conversations,
        std::optional<qint64> current, QWidget *parent = nullptr);

    // The chosen colleague; none: unassign.
    std::optional<qint64> assignee() const;
    // Chooses a row by user id (none: Unassigned), as a click would.
    bool choose(std::optional<qint64> userId);
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace parley::ui
