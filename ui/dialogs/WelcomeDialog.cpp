// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include "storage/DataSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const QString &siteName, const QString &siteCode, bool offerDemo, QWidget *parent)
    : QDialog(parent), m_adviser(new QLineEdit(this)), m_siteName(new QLineEdit(siteName, this)),
      m_siteCode(new QLineEdit(siteCode, this)), m_empty(new QRadioButton(tr("Start with an empty database"), this)),
      m_demo(new QRadioButton(tr("Discover Sillage with the demonstration database (fictitious young people)"), this))
{
    setWindowTitle(tr("Welcome to Sillage"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *title = new QLabel(tr("Welcome to Sillage"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *intro = new QLabel(tr("Sillage keeps the follow-up of the young people you accompany in one file on this "
                                "computer. It works without a network. Tell it who you are and for which site."),
                             this);
    intro->setWordWrap(true);

    m_adviser->setPlaceholderText(tr("e.g. Sophie Lemarchand"));
    m_siteName->setPlaceholderText(tr("e.g. Mission locale de Caen"));
    m_siteCode->setPlaceholderText(tr("e.g. CAE"));
    m_siteCode->setMaxLength(5);
    m_siteCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,5}")), m_siteCode));
    m_siteCode->setToolTip(tr("Two to five capital letters that begin every dossier number (CAE-2026-00042)."));
    m_codeEdited = !siteCode.isEmpty();

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_adviser);
    form->addRow(tr("&Site:"), m_siteName);
    form->addRow(tr("Site &code:"), m_siteCode);

    auto *choice = new QGroupBox(tr("Database"), this);
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(m_empty);
    choiceLayout->addWidget(m_demo);
    m_empty->setChecked(true);
    choice->setVisible(offerDemo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_adviser, &QLineEdit::textChanged, this, &WelcomeDialog::updateAcceptance);
    connect(m_siteName, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_codeEdited)
            m_siteCode->setText(DataSettings::suggestedSiteCode(name.section(QLatin1Char(' '), -1)));
        updateAcceptance();
    });
    connect(m_siteCode, &QLineEdit::textEdited, this, [this] {
        m_codeEdited = true;
        m_siteCode->setText(m_siteCode->text().toUpper());
    });
    connect(m_siteCode, &QLineEdit::textChanged, this, &WelcomeDialog::updateAcceptance);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(choice);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateAcceptance();
}

QString WelcomeDialog::adviserName() const
{
    return m_adviser->text().trimmed();
}

QString WelcomeDialog::siteName() const
{
    return m_siteName->text().trimmed();
}

QString WelcomeDialog::siteCode() const
{
    return m_siteCode->text().trimmed().toUpper();
}

bool WelcomeDialog::wantsDemo() const
{
    return m_demo->isChecked() && m_demo->isVisibleTo(this);
}

void WelcomeDialog::updateAcceptance()
{
    m_start->setEnabled(!adviserName().isEmpty() && !siteName().isEmpty() && DataSettings::isValidSiteCode(siteCode()));
}
