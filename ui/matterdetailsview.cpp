// MatterDetailsView: the Matter tab's header, parties, staff and Message buttons.
#include "matterdetailsview.h"

#include "matterclosing.h"
#include "messagespouse.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

const auto UserIdProperty = "parleyUserId";

// Contact details are for copying into a letter or a phone: selectable, keyboard included.
constexpr Qt::TextInteractionFlags SelectableText
    = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;

QLabel *dimLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(SelectableText);
    return label;
}

// An email address as a mailto: link the user can also select and copy.
QLabel *emailLabel(const QString &email, QWidget *parent)
{
    if (email.isEmpty())
        return dimLabel(MatterDetailsView::tr("No email"), parent);
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(email);
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), email.toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    label->setOpenExternalLinks(true);
    label->setToolTip(MatterDetailsView::tr("Write an email to %1").arg(email));
    return label;
}

// Numbers are stored as E.164 ("+12025550104"); North American ones are grouped to be read
// aloud ("+1 202 555 0104"), others are shown as stored rather than guessed at.
// The primary address, and under it the portal's when the firm chose another.
QWidget *contactEmails(const protocol::Party &party, QWidget *parent)
{
    QLabel *primary = emailLabel(party.email, parent);
    if (party.portalEmail.isEmpty()
        || party.portalEmail.compare(party.email, Qt::CaseInsensitive) == 0)
        return primary;
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    primary->setParent(cell);
    layout->addWidget(primary);
    auto *portal
        = selectableLabel(MatterDetailsView::tr("Portal: %1").arg(party.portalEmail), cell);
    portal->setObjectName(QStringLiteral("portalEmailLabel"));
    portal->setForegroundRole(QPalette::PlaceholderText);
    portal->setToolTip(MatterDetailsView::tr("The client portal sends its links to this address"));
    layout->addWidget(portal);
    return cell;
}

QString phoneText(const QString &phone)
{
    static const QRegularExpression northAmerican(QStringLiteral("^\\+1(\\d{3})(\\d{3})(\\d{4})$"));
    const QRegularExpressionMatch match = northAmerican.match(phone);
    if (!match.hasMatch())
        return phone;
    return QStringLiteral("+1 %1 %2 %3")
        .arg(match.captured(1), match.captured(2), match.captured(3));
}

QLabel *phoneLabel(const QString &phone, QWidget *parent)
{
    if (phone.isEmpty())
        return dimLabel(MatterDetailsView::tr("No phone"), parent);
    return selectableLabel(phoneText(phone), parent);
}

QString partyRoleText(const QString &role)
{
    if (role == QLatin1String("client"))
        return MatterDetailsView::tr("Client");
    if (role == QLatin1String("spouse"))
        return MatterDetailsView::tr("Spouse");
    return MatterDetailsView::tr("Other party");
}

QString staffRoleText(const QString &role)
{
    if (role == QLatin1String("lawyer"))
        return MatterDetailsView::tr("Lawyer");
    if (role == QLatin1String("paralegal"))
        return MatterDetailsView::tr("Paralegal");
    if (role == QLatin1String("admin"))
        return MatterDetailsView::tr("Administrator");
    return MatterDetailsView::tr("Staff");
}

// Statuses are the firm's free text ("discovery", "pre-litigation"): shown as a label would be.
QString statusText(const QString &status)
{
    if (status.isEmpty())
        return MatterDetailsView::tr("No status");
    return status.left(1).toUpper() + status.mid(1);
}

// Removes the rows of the last matter. deleteLater: a row's own button may be what asked.
void clearRows(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

QGridLayout *sectionGrid(QGroupBox *box, QLabel *emptyLabel)
{
    auto *layout = new QVBoxLayout(box);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    layout->addLayout(grid);
    layout->addWidget(emptyLabel);
    return grid;
}

} // namespace

MatterDetailsView::MatterDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_restricted(new QLabel(this))
    , m_messageButton(new QPushButton(this))
    , m_exportButton(new QPushButton(tr("&Export Record…"), this))
    , m_closeButton(new QPushButton(tr("C&lose Matter…"), this))
    , m_changeStatusButton(new QPushButton(tr("Change &Status…"), this))
    , m_messageSpouse(new QCheckBox(tr("Messages reach the spo&use too"), this))
    , m_messageSpouseNote(new QLabel(this))
    , m_noParties(new QLabel(tr("No parties yet. Clients and other contacts added to this matter "
                                "appear here."),
          this))
    , m_noStaff(new QLabel(tr("No staff on this matter yet."), this))
{
    m_title->setObjectName(QStringLiteral("matterTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(SelectableText);
    m_subtitle->setObjectName(QStringLiteral("matterSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(SelectableText);
    m_restricted->setObjectName(QStringLiteral("matterRestricted"));
    m_restricted->setText(tr("Restricted: only the staff listed below can see this matter."));
    m_restricted->setWordWrap(true);

    m_messageButton->setObjectName(QStringLiteral("messageClientsButton"));
    connect(m_messageButton, &QPushButton::clicked, this,
        [this] { Q_EMIT messageRequested(m_matter.id, clientRecipients()); });

    m_exportButton->setObjectName(QStringLiteral("exportRecordButton"));
    m_exportButton->setToolTip(tr("Save the matter's record of communication: who sent what, "
                                  "who read it when, which version of each file, with its "
                                  "audit trail"));
    connect(m_exportButton, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRecordRequested(m_matter.id, m_matter.number); });

    m_closeButton->setObjectName(QStringLiteral("closeMatterButton"));
    connect(m_closeButton, &QPushButton::clicked, this,
        [this] { Q_EMIT closeMatterRequested(m_matter); });

    m_changeStatusButton->setObjectName(QStringLiteral("changeStatusButton"));
    connect(m_changeStatusButton, &QPushButton::clicked, this,
        [this] { Q_EMIT changeStatusRequested(m_matter); });

    m_messageSpouse->setObjectName(QStringLiteral("messageSpouseCheck"));
    m_messageSpouseNote->setObjectName(QStringLiteral("messageSpouseNote"));
    m_messageSpouseNote->setWordWrap(true);
    m_messageSpouseNote->setTextFormat(Qt::PlainText);
    m_messageSpouseNote->setForegroundRole(QPalette::PlaceholderText);
    // Under the box's text, not its tick mark.
    m_messageSpouseNote->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    // The box shows the wish at once and waits, disabled, for the server's answer.
    connect(m_messageSpouse, &QCheckBox::clicked, this, [this](bool on) {
        m_messageSpouse->setEnabled(false);
        Q_EMIT messageSpouseChangeRequested(m_matter, on);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_messageButton);
    auto *status = new QHBoxLayout;
    status->addWidget(m_subtitle);
    status->addWidget(m_changeStatusButton);
    status->addStretch(1);
    auto *header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addLayout(buttons, 0, 1, Qt::AlignRight | Qt::AlignTop);
    header->addLayout(status, 1, 0, 1, 2);
    header->addWidget(m_restricted, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);

    auto *partiesBox = new QGroupBox(tr("Parties"), this);
    partiesBox->setObjectName(QStringLiteral("partiesGroup"));
    m_noParties->setObjectName(QStringLiteral("noPartiesLabel"));
    m_noParties->setForegroundRole(QPalette::PlaceholderText);
    m_noParties->setWordWrap(true);
    m_parties = sectionGrid(partiesBox, m_noParties);
    auto *partiesLayout = qobject_cast<QVBoxLayout *>(partiesBox->layout());
    partiesLayout->addSpacing(4);
    partiesLayout->addWidget(m_messageSpouse);
    partiesLayout->addWidget(m_messageSpouseNote);

    auto *staffBox = new QGroupBox(tr("Staff"), this);
    staffBox->setObjectName(QStringLiteral("staffGroup"));
    m_noStaff->setObjectName(QStringLiteral("noStaffLabel"));
    m_noStaff->setForegroundRole(QPalette::PlaceholderText);
    m_staff = sectionGrid(staffBox, m_noStaff);

    // Many parties or a small window scroll rather than squeeze the rows.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(partiesBox);
    layout->addWidget(staffBox);
    // Rare and consequential: below the details, not among the everyday buttons.
    auto *closing = new QHBoxLayout;
    closing->addStretch(1);
    closing->addWidget(m_closeButton);
    layout->addLayout(closing);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setMatter({});
}

void MatterDetailsView::setMatter(const protocol::Matter &matter)
{
    m_matter = matter;
    showHeader();
    showParties();
    showSpouseSetting();
    showStaff();
}

QList<qint64> MatterDetailsView::clientRecipients() const
{
    QList<qint64> ids;
    for (const protocol::Party &party : m_matter.parties) {
        if (party.role == QLatin1String("client") && !party.cancelledAt.isValid()
            && !ids.contains(party.userId))
            ids.append(party.userId);
    }
    return ids;
}

void MatterDetailsView::showHeader()
{
    m_title->setText(m_matter.title);
    m_subtitle->setText(
        tr("Matter %1 · Status: %2").arg(m_matter.number, statusText(m_matter.status.trimmed())));
    m_restricted->setVisible(m_matter.restricted);
    const bool open = MatterClosing::canClose(m_matter);
    m_closeButton->setEnabled(open);
    m_closeButton->setToolTip(open ? tr("Close the matter: the firm leaves its client "
                                        "conversations, which the clients can still read")
                                   : tr("This matter is closed."));

    m_changeStatusButton->setEnabled(open);
    m_changeStatusButton->setToolTip(open ? tr("Give the matter a new status; the firm's rules "
                                               "may post a message to the client about it")
                                          : tr("This matter is closed."));

    const int clients = int(clientRecipients().size());
    m_messageButton->setText(clients > 1 ? tr("&Message Clients…") : tr("&Message Client…"));
    m_messageButton->setEnabled(open && clients > 0);
    if (!open)
        m_messageButton->setToolTip(tr("This matter is closed."));
    else if (clients == 0)
        m_messageButton->setToolTip(tr("This matter has no client to write to yet."));
    else if (clients == 1)
        m_messageButton->setToolTip(tr("Write to the client on this matter"));
    else
        m_messageButton->setToolTip(tr("Write to the %1 clients on this matter").arg(clients));
}

void MatterDetailsView::showParties()
{
    clearRows(m_parties);
    m_noParties->setVisible(m_matter.parties.isEmpty());
    int row = 0;
    for (const protocol::Party &party : m_matter.parties) {
        QWidget *box = m_noParties->parentWidget();
        auto *name = selectableLabel(party.name, box);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_parties->addWidget(name, row, 0);
        QLabel *role = dimLabel(partyRoleText(party.role), box);
        m_parties->addWidget(role, row, 1);
        m_parties->addWidget(contactEmails(party, box), row, 2);
        m_parties->addWidget(phoneLabel(party.phone, box), row, 3);

        auto *message = new QPushButton(tr("Message"), box);
        message->setObjectName(QStringLiteral("messagePartyButton"));
        message->setProperty(UserIdProperty, party.userId);
        message->setToolTip(tr("Write to %1 alone").arg(party.name));
        message->setAccessibleName(tr("Message %1").arg(party.name));
        const qint64 userId = party.userId;
        connect(message, &QPushButton::clicked, this,
            [this, userId] { Q_EMIT messageRequested(m_matter.id, { userId }); });
        m_parties->addWidget(message, row, 6, Qt::AlignRight);

        // What is done less often waits in one menu, so the row stays narrow.
        auto *more = new QPushButton(tr("More"), box);
        more->setObjectName(QStringLiteral("partyMoreButton"));
        more->setProperty(UserIdProperty, party.userId);
        more->setAccessibleName(tr("More for %1").arg(party.name));
        auto *menu = new QMenu(more);
        QAction *portal = menu->addAction(tr("Portal Address…"));
        portal->setObjectName(QStringLiteral("portalAddressAction"));
        portal->setToolTip(
            tr("Choose the address %1 signs in to the client portal with").arg(party.name));
        connect(portal, &QAction::triggered, this,
            [this, party] { Q_EMIT portalAddressRequested(m_matter.id, party); });
        if (MatterClosing::canCancel(party)) {
            QAction *cancel = menu->addAction(tr("Client Cancelled…"));
            cancel->setObjectName(QStringLiteral("clientCancelledAction"));
            cancel->setToolTip(tr("Record that %1 cancelled with the firm: the firm leaves their "
                                  "client conversations, which they can still read")
                                   .arg(party.name));
            connect(cancel, &QAction::triggered, this,
                [this, party] { Q_EMIT cancellationRequested(m_matter.id, party); });
        }
        more->setMenu(menu);
        m_parties->addWidget(more, row, 5, Qt::AlignRight);

        if (!MatterClosing::canClose(m_matter)) {
            message->setEnabled(false);
            message->setToolTip(tr("This matter is closed."));
        }
        if (party.cancelledAt.isValid()) {
            // The role says it, the date is a hover away: the row stays as narrow as others.
            message->setEnabled(false);
            message->setToolTip(tr("%1 cancelled with the firm.").arg(party.name));
            role->setText(tr("%1 (cancelled)").arg(partyRoleText(party.role)));
            role->setObjectName(QStringLiteral("partyCancelledLabel"));
            role->setToolTip(tr("Cancelled with the firm on %1")
                                 .arg(QLocale().toString(
                                     party.cancelledAt.toLocalTime().date(), QLocale::LongFormat)));
        }
        ++row;
    }
    // The details stay side by side; the buttons line up at the right edge.
    m_parties->setColumnStretch(4, 1);
}

void MatterDetailsView::showSpouseSetting()
{
    const bool applies = MessageSpouse::applies(m_matter);
    m_messageSpouse->setVisible(applies);
    m_messageSpouseNote->setVisible(applies);
    if (!applies)
        return;
    const QSignalBlocker blocker(m_messageSpouse);
    m_messageSpouse->setChecked(m_matter.messageSpouse);
    const bool open = MatterClosing::canClose(m_matter);
    m_messageSpouse->setEnabled(open);
    m_messageSpouse->setToolTip(open ? QString() : tr("This matter is closed."));
    const QString names = MessageSpouse::spouseNames(m_matter).join(tr(" and "));
    m_messageSpouseNote->setText(m_matter.messageSpouse
            ? tr("%1 is in the client conversations of this matter with the client and reads "
                 "what the firm sends there. Turning this off leaves those conversations as "
                 "they are; conversations started later go to the client alone.")
                  .arg(names)
            : tr("When ticked, %1 joins the open client conversations of this matter with the "
                 "client, and every client conversation started later, and reads what the firm "
                 "sends there.")
                  .arg(names));
}

void MatterDetailsView::showStaff()
{
    clearRows(m_staff);
    m_noStaff->setVisible(m_matter.staff.isEmpty());
    int row = 0;
    for (const protocol::User &user : m_matter.staff) {
        QWidget *box = m_noStaff->parentWidget();
        m_staff->addWidget(selectableLabel(user.name, box), row, 0);
        m_staff->addWidget(dimLabel(staffRoleText(user.role), box), row, 1);
        m_staff->addWidget(emailLabel(user.email, box), row, 2);
        ++row;
    }
    m_staff->setColumnStretch(3, 1);
}

} // namespace parley::ui
