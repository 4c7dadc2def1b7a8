// PortalAddressDialog: one radio button per address the contact has, and Another address.
#include "portaladdressdialog.h"

#include "errortext.h"
#include "net/apiclient.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace parley::ui {

namespace {
const auto EmailProperty = "parleyEmail";
}

PortalAddressDialog::PortalAddressDialog(
    net::ApiClient *api, qint64 matterId, const protocol::Party &party, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_matterId(matterId)
    , m_party(party)
    , m_choices(new QButtonGroup(this))
    , m_other(new QRadioButton(tr("&Another address:"), this))
    , m_otherEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("portalAddressDialog"));
    setWindowTitle(tr("Portal Address — %1").arg(party.name));

    auto *explanation = new QLabel(
        tr("Invitations, unread reminders, security codes and sign-in links for %1 go to this "
           "address, and the client portal accepts this address only. Changing it signs %1 out "
           "of the portal and makes earlier links stop working.")
            .arg(party.name),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(6);

    const QString current = party.portalEmail.isEmpty() ? party.email : party.portalEmail;
    QStringList addresses;
    if (!party.email.isEmpty())
        addresses.append(party.email);
    addresses.append(party.otherEmails);
    for (const QString &address : std::as_const(addresses)) {
        const QString label = address == party.email ? tr("%1 (primary)").arg(address) : address;
        auto *choice = new QRadioButton(label, this);
        choice->setObjectName(QStringLiteral("portalAddressChoice"));
        choice->setProperty(EmailProperty, address);
        choice->setChecked(address.compare(current, Qt::CaseInsensitive) == 0);
        m_choices->addButton(choice);
        layout->addWidget(choice);
    }

    m_other->setObjectName(QStringLiteral("otherAddressChoice"));
    m_choices->addButton(m_other);
    m_otherEdit->setObjectName(QStringLiteral("otherAddressEdit"));
    m_otherEdit->setPlaceholderText(tr("name@example.com"));
    m_otherEdit->setMaxLength(254);
    m_otherEdit->setAccessibleName(tr("Another address"));
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other);
    otherRow->addWidget(m_otherEdit, 1);
    layout->addLayout(otherRow);
    if (!m_choices->checkedButton())
        m_other->setChecked(true);

    m_error->setObjectName(QStringLiteral("portalAddressError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::BrightText);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::BrightText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(warning);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("savePortalAddressButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PortalAddressDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Typing an address chooses it; choosing Another puts the cursor where to type.
    connect(m_otherEdit, &QLineEdit::textEdited, this, [this] {
        m_other->setChecked(true);
        updateSave();
    });
    connect(m_other, &QRadioButton::clicked, m_otherEdit, qOverload<>(&QWidget::setFocus));
    connect(m_choices, &QButtonGroup::buttonToggled, this, [this] { updateSave(); });
    updateSave();
    resize(480, sizeHint().height());
}

QString PortalAddressDialog::chosenEmail() const
{
    QAbstractButton *checked = m_choices->checkedButton();
    if (!checked)
        return {};
    if (checked == m_other)
        return m_otherEdit->text().trimmed();
    return checked->property(EmailProperty).toString();
}

void PortalAddressDialog::updateSave()
{
    const QString current = m_party.portalEmail.isEmpty() ? m_party.email : m_party.portalEmail;
    const QString chosen = chosenEmail();
    m_save->setEnabled(
        !m_saving && !chosen.isEmpty() && chosen.compare(current, Qt::CaseInsensitive) != 0);
}

void PortalAddressDialog::save()
{
    if (!m_save->isEnabled() || !m_api)
        return;
    m_saving = true;
    m_error->hide();
    updateSave();
    m_save->setText(tr("Saving…"));
    QPointer<PortalAddressDialog> self(this);
    m_api->setPortalEmail(m_matterId, m_party.userId, chosenEmail(),
        [self](protocol::Result<protocol::Matter> result) {
            if (!self)
                return;
            self->m_saving = false;
            self->m_save->setText(tr("&Save"));
            if (!result) {
                self->showError(result.error());
                self->updateSave();
                return;
            }
            Q_EMIT self->saved(result.value());
            self->accept();
        });
}

void PortalAddressDialog::showError(const protocol::Error &error)
{
    QString text;
    if (error.is(protocol::ErrorCode::Conflict))
        text = tr("Another contact has this email address. Enter an address of %1's own.")
                   .arg(m_party.name);
    else if (error.is(protocol::ErrorCode::InvalidField)
        && error.details.contains(QLatin1String("limit")))
        text = tr("An email address has at most %1 characters.")
                   .arg(error.details.value(QLatin1String("limit")).toInt());
    else if (error.is(protocol::ErrorCode::InvalidField))
        text = tr("Enter one email address, like name@example.com.");
    else
        text = ErrorText::describe(error);
    m_error->setText(text);
    m_error->show();
    if (m_other->isChecked()) {
        m_otherEdit->setFocus();
        m_otherEdit->selectAll();
    }
}

} // namespace parley::ui
