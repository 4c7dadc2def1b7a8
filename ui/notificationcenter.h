// NotificationCenter: the pane listing the AlertCenter's alerts (unread in bold, with the
// preview and the time), Mark All Read, and Do Not Disturb (no tray pop-ups; the list still
// fills). Activating an alert marks it read and asks to open its message.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace parley::sync {
class AlertCenter;
}

namespace parley::ui {

class NotificationCenter : public QWidget
{
    Q_OBJECT
public:
    // alerts is not owned.
    explicit NotificationCenter(sync::AlertCenter *alerts, QWidget *parent = nullptr);

    bool doNotDisturb() const;
    void setDoNotDisturb(bool on);
    QListView *list() const { return m_list; }
    QCheckBox *doNotDisturbBox() const { return m_dnd; }
    // Opens the alert at row (marks it read, emits openRequested).
    void activate(int row);

Q_SIGNALS:
    void openRequested(qint64 conversationId, qint64 messageId);
    void doNotDisturbChanged(bool on);

private:
    void updateState();

    sync::AlertCenter *m_alerts;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_markAll;
    QCheckBox *m_dnd;
};

} // namespace parley::ui
