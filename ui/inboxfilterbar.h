// InboxFilterBar: the team inbox's search field and filters: matter, client, Unread, To-Do
// and Assigned to Me. Typing is debounced; every change emits changed() once.
#pragma once

#include "net/inboxquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace parley::models {
class MattersModel;
}

namespace parley::ui {

class InboxFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingDelayMs = 300;

    // matters is not owned: its matters and their clients fill the combo boxes.
    explicit InboxFilterBar(models::MattersModel *matters, QWidget *parent = nullptr);

    // Writes the filters into a query (its view and paging stay).
    void fill(net::InboxQuery &query) const;
    bool isFiltering() const;
    // Clears every filter and the search (emits changed once).
    void clear();

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *matterCombo() const { return m_matter; }
    QComboBox *clientCombo() const { return m_client; }
    QToolButton *unreadButton() const { return m_unread; }
    QToolButton *todoButton() const { return m_todo; }
    QToolButton *mineButton() const { return m_mine; }

Q_SIGNALS:
    void changed();

private:
    void fillChoices();
    QToolButton *toggle(const QString &text, const QString &toolTip, const QString &name);

    models::MattersModel *m_matters;
    QLineEdit *m_search;
    QComboBox *m_matter;
    QComboBox *m_client;
    QToolButton *m_unread;
    QToolButton *m_todo;
    QToolButton *m_mine;
    QTimer *m_typing;
};

} // namespace parley::ui
