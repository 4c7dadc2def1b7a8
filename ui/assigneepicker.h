// AssigneePicker: "Assigned to: [name ▾]" in a client conversation's header: the colleague who
// answers it for the firm (and gets its notifications), chosen among the matter's staff, or
// Unassigned. Choosing asks the server at once; the answer, and later sync, show what holds.
// Hidden for internal and direct conversations; read-only once the conversation is closed.
#pragma once

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class AssigneePicker : public QWidget
{
    Q_OBJECT

public:
    explicit AssigneePicker(sync::Workspace *workspace, QWidget *parent = nullptr);

    void setConversation(std::optional<qint64> conversationId);
    QComboBox *combo() const { return m_combo; }

private:
    void refresh();
    void choose(int index);

    QPointer<sync::Workspace> m_workspace;
    std::optional<qint64> m_conversationId;
    bool m_busy = false;
    QLabel *m_label;
    QComboBox *m_combo;
};

} // namespace parley::ui
