// MatterDetailsView: the matter window's Matter tab: number, title and status (Change
// Status…), the parties with their contact details (and the portal address when it is not the
// primary one), for an individual's matter with a spouse whether messages reach the spouse
// too, the staff on the matter, and the Message and Close Matter buttons; each party's More
// menu has Portal Address… and Client Cancelled….
#pragma once

#include "protocol/matter.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace parley::ui {

class MatterDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit MatterDetailsView(QWidget *parent = nullptr);

    // Shows the matter, replacing what was shown; the view keeps its place and focus widget.
    void setMatter(const protocol::Matter &matter);
    const protocol::Matter &matter() const { return m_matter; }

    // The user ids the Message button writes to: every party with the client role.
    QList<qint64> clientRecipients() const;

    QPushButton *messageButton() const { return m_messageButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *closeButton() const { return m_closeButton; }
    QPushButton *changeStatusButton() const { return m_changeStatusButton; }
    // "Messages reach the spouse too": shown for an individual's matter with a spouse.
    QCheckBox *messageSpouseCheck() const { return m_messageSpouse; }

Q_SIGNALS:
    // The user asked to write on this matter; the recipients are pre-chosen, not final.
    void messageRequested(qint64 matterId, QList<qint64> recipientUserIds);
    // The user asked to export the matter's record of communication.
    void exportRecordRequested(qint64 matterId, const QString &matterNumber);
    // The user asked to choose the address the party uses for the client portal.
    void portalAddressRequested(qint64 matterId, const protocol::Party &party);
    // The user asked to close the matter, or to record that a client cancelled.
    void closeMatterRequested(const protocol::Matter &matter);
    void cancellationRequested(qint64 matterId, const protocol::Party &party);
    // The user asked to give the matter a new status.
    void changeStatusRequested(const protocol::Matter &matter);
    // The user ticked or unticked "Messages reach the spouse too". The box shows the wish,
    // disabled, until setMatter shows the answer (or the matter as it was, to undo it).
    void messageSpouseChangeRequested(const protocol::Matter &matter, bool on);

private:
    void showHeader();
    void showParties();
    void showSpouseSetting();
    void showStaff();

    protocol::Matter m_matter;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_restricted;
    QPushButton *m_messageButton;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    QPushButton *m_changeStatusButton;
    QCheckBox *m_messageSpouse;
    QLabel *m_messageSpouseNote;
    QGridLayout *m_parties;
    QLabel *m_noParties;
    QGridLayout *m_staff;
    QLabel *m_noStaff;
};

} // namespace parley::ui
