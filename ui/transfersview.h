// TransfersView: the transfer queue under the matter's files: a row per file with its
// progress bar, speed and time left, and Pause, Resume, Cancel and Clear Finished. It hides
// itself when there is nothing to show.
#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace parley::sync {
class TransferQueue;
}

namespace parley::ui {

class TransfersView : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersView(sync::TransferQueue *queue, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void updateButtons();
    int currentRow() const;

    sync::TransferQueue *m_queue;
    QListView *m_list;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_clear;
};

} // namespace parley::ui
