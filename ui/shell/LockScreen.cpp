// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockScreen.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>
#include <QVBoxLayout>

LockScreen::LockScreen(Mode mode, QWidget *covered) : QWidget(covered), m_mode(mode)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    setGeometry(covered->rect());
    covered->installEventFilter(this);

    // A fixed width, so that the wrapped sentences get the height they need.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(460);
    auto *layout = new QVBoxLayout(card);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    layout->addWidget(text);
    switch (mode) {
    case Mode::SignIn:
        title->setText(tr("Sign in"));
        text->setText(tr("This database holds personal data of young people: say who you are."));
        break;
    case Mode::Locked:
        title->setText(tr("Sillage is locked"));
        text->setText(tr("Your password unlocks it; another user can sign in with theirs."));
        break;
    case Mode::NoPassword:
        title->setText(tr("Sillage is locked"));
        text->setText(tr("No password protects Sillage on this computer: anyone can go on. Set one with File > My "
                         "password…"));
        break;
    case Mode::Passive:
        title->setText(tr("Sillage is locked"));
        text->setText(tr("Unlock it in the window in front."));
        break;
    }
    if (mode != Mode::Passive) {
        auto *form = new QFormLayout;
        if (mode != Mode::NoPassword) {
            m_name = new QLineEdit(card);
            m_name->setObjectName(QStringLiteral("lockName"));
            m_password = new QLineEdit(card);
            m_password->setObjectName(QStringLiteral("lockPassword"));
            m_password->setEchoMode(QLineEdit::Password);
            auto *nameLabel = new QLabel(tr("&Name:"), card);
            nameLabel->setBuddy(m_name);
            auto *passwordLabel = new QLabel(tr("&Password:"), card);
            passwordLabel->setBuddy(m_password);
            form->addRow(nameLabel, m_name);
            form->addRow(passwordLabel, m_password);
            connect(m_password, &QLineEdit::returnPressed, this,
                    [this] { emit unlockRequested(m_name->text(), m_password->text()); });
        }
        layout->addLayout(form);
        m_message = new QLabel(card);
        m_message->setObjectName(QStringLiteral("lockMessage"));
        m_message->setWordWrap(true);
        m_message->setAccessibleName(tr("Message"));
        layout->addWidget(m_message);
        auto *button = new QPushButton(mode == Mode::SignIn   ? tr("&Sign in")
                                       : mode == Mode::Locked ? tr("&Unlock")
                                                              : tr("&Go on"),
                                       card);
        button->setObjectName(QStringLiteral("lockButton"));
        button->setDefault(true);
        connect(button, &QPushButton::clicked, this, [this] {
            emit unlockRequested(m_name ? m_name->text() : QString(), m_password ? m_password->text() : QString());
        });
        layout->addWidget(button, 0, Qt::AlignRight);
    }
    // Centred by stretches, not by alignment: an aligned widget gets its size hint, not the height its wrapped
    // sentences need at its width.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    raise();
    show();
    if (m_password)
        (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
}

void LockScreen::setUserName(const QString &name)
{
    if (!m_name)
        return;
    m_name->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void LockScreen::setMessage(const QString &message)
{
    if (m_message)
        m_message->setText(message);
    if (m_password) {
        m_password->clear();
        m_password->setFocus();
    }
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Follows the covered window, and stays above whatever it shows.
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QStyleOption option;
    option.initFrom(this);
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
}
