// Composer: counting, limit feedback and the send shortcut.
#include "composer.h"

#include "protocol/limits.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_statusUpdate(new QCheckBox(tr("Post as status &update"), this))
{
    m_statusUpdate->setObjectName(QStringLiteral("statusUpdateBox"));
    m_statusUpdate->setToolTip(
        tr("The message also shows on the Status tab of the client's portal."));
    m_statusUpdate->setVisible(false);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setPlaceholderText(tr("Write a message… (Ctrl+Enter to send)"));
    m_edit->setTabChangesFocus(true);
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    // About four lines: room to write without taking the conversation's space.
    m_edit->setFixedHeight(lineHeight * 4 + 2 * m_edit->frameWidth() + 8);

    m_counter->setObjectName(QStringLiteral("characterCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));

    // An event filter rather than a QShortcut: it works whether or not the window is active.
    m_edit->installEventFilter(this);
    connect(m_send, &QPushButton::clicked, this, &Composer::requestSend);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_problem->setVisible(false);
        updateState();
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusUpdate);
    bottom->addWidget(m_problem, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(bottom);
    updateState();
}

void Composer::setStatusUpdateAvailable(bool available)
{
    m_statusUpdate->setVisible(available);
    if (!available)
        m_statusUpdate->setChecked(false);
}

bool Composer::isStatusUpdate() const
{
    return m_statusUpdate->isVisible() && m_statusUpdate->isChecked();
}

void Composer::setMaxCharacters(qint64 max)
{
    m_max = max;
    updateState();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void Composer::clear()
{
    m_edit->clear();
}

void Composer::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool Composer::canSend() const
{
    const QString body = text();
    return !body.trimmed().isEmpty() && protocol::characterCount(body) <= m_max;
}

void Composer::updateState()
{
    const qint64 count = protocol::characterCount(text());
    if (count > m_max) {
        m_counter->setForegroundRole(QPalette::WindowText);
        m_counter->setText(tr("<b>%L1 characters too long</b> (%L2 / %L3)")
                               .arg(count - m_max)
                               .arg(count)
                               .arg(m_max));
        m_send->setToolTip(tr("The message is longer than %L1 characters. Shorten it or split it "
                              "into several messages.")
                               .arg(m_max));
    } else {
        m_counter->setForegroundRole(QPalette::PlaceholderText);
        m_counter->setText(count > 0 ? tr("%L1 / %L2").arg(count).arg(m_max) : QString());
        m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    }
    m_send->setEnabled(canSend());
}

void Composer::requestSend()
{
    if (!canSend())
        return;
    Q_EMIT sendRequested(text());
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parley::ui
