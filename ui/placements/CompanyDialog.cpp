// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDialog.h"

#include "placements/CompanyRepository.h"
#include "placements/SiretValidator.h"
#include "shell/ErrorPresenter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

CompanyDialog::CompanyDialog(Database &database, const std::optional<Company> &existing, QWidget *parent)
    : DirectoryFormDialog(database, parent), m_existing(existing), m_name(newLine("name")), m_siret(newLine("siret")),
      m_nafCode(newLine("nafCode")), m_address(newLine("address")), m_postcode(newLine("postcode")),
      m_commune(newLine("commune")), m_contactName(newLine("contactName")), m_contactPhone(newLine("contactPhone")),
      m_contactEmail(newLine("contactEmail")), m_grandDomains(new QListWidget(this)),
      m_finerDomains(newLine("finerDomains")), m_activity(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("companyDialog"));
    setWindowTitle(existing ? tr("Company") : tr("New company"));
    setSaveOnEnter(false);

    m_siret->setPlaceholderText(tr("14 digits, e.g. 123 456 789 00012"));
    m_nafCode->setPlaceholderText(tr("e.g. 1071C"));
    m_nafCode->setMaxLength(6);
    upperCaseAsTyped(m_nafCode);
    m_postcode->setMaxLength(5);
    m_contactName->setPlaceholderText(tr("Who to call about immersions"));
    m_finerDomains->setPlaceholderText(tr("Professional domains, e.g. J13 D12"));
    m_finerDomains->setAccessibleName(tr("Professional domains"));
    upperCaseAsTyped(m_finerDomains);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setTabChangesFocus(true);
    m_activity->setPlaceholderText(tr("What the company does, what a young person can see or do there"));
    m_activity->setFixedHeight(m_activity->fontMetrics().lineSpacing() * 3 + 12);

    // The fourteen grands domaines ticked in a list: advisers know them by their names, not by their letters.
    m_grandDomains->setObjectName(QStringLiteral("grandDomains"));
    for (const Term &term : Vocabulary::terms(Vocabulary::List::RomeGrandDomain)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(term.code, term.label), m_grandDomains);
        item->setData(Qt::UserRole, term.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(term.label);
    }
    // Nine rows show most domains at once; long names end with an ellipsis rather than a sideways scroll.
    m_grandDomains->setFixedHeight(m_grandDomains->sizeHintForRow(0) * 9 + 6);
    m_grandDomains->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grandDomains->setTextElideMode(Qt::ElideRight);
    auto *domains = new QWidget(this);
    auto *domainsLayout = new QVBoxLayout(domains);
    domainsLayout->setContentsMargins(0, 0, 0, 0);
    domainsLayout->setSpacing(4);
    domainsLayout->addWidget(m_grandDomains);
    domainsLayout->addWidget(m_finerDomains);
    domainsLayout->addWidget(newHint(tr("Tick the grands domaines the company can welcome young people in; type finer "
                                        "professional domains (a letter and two digits) if you know them. Companies "
                                        "are also found by the domains of the immersions they hosted."),
                                     domains));

    QFormLayout *form = newForm();
    addRow(form, tr("&Name *:"), m_name, withMessage(m_name, QStringLiteral("name")));
    addRow(form, tr("S&IRET:"), m_siret, withMessage(m_siret, QStringLiteral("siret")));
    addRow(form, tr("N&AF code:"), m_nafCode);
    addRow(form, tr("A&ddress:"), m_address);
    addRow(form, tr("&Postcode:"), m_postcode, withMessage(m_postcode, QStringLiteral("postcode")));
    addRow(form, tr("C&ommune:"), m_commune);
    addRow(form, tr("&Contact:"), m_contactName);
    addRow(form, tr("P&hone:"), m_contactPhone, withMessage(m_contactPhone, QStringLiteral("contact_phone")));
    addRow(form, tr("&E-mail:"), m_contactEmail, withMessage(m_contactEmail, QStringLiteral("contact_email")));
    addRow(form, tr("&ROME domains:"), m_grandDomains, withMessage(domains, QStringLiteral("rome_domains")));
    addRow(form, tr("Ac&tivity:"), m_activity, withMessage(m_activity, QStringLiteral("activity")));

    auto *body = new QWidget;
    body->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setBody(scroll);

    if (existing) {
        m_name->setText(existing->name);
        m_siret->setText(existing->siret);
        m_nafCode->setText(existing->nafCode);
        m_address->setText(existing->address);
        m_postcode->setText(existing->postcode);
        m_commune->setText(existing->commune);
        m_contactName->setText(existing->contactName);
        m_contactPhone->setText(existing->contactPhone);
        m_contactEmail->setText(existing->contactEmail);
        QStringList finer;
        for (const QString &code : existing->romeDomains) {
            bool ticked = false;
            for (int row = 0; row < m_grandDomains->count(); ++row) {
                if (m_grandDomains->item(row)->data(Qt::UserRole).toString() == code) {
                    m_grandDomains->item(row)->setCheckState(Qt::Checked);
                    ticked = true;
                }
            }
            if (!ticked)
                finer << code;
        }
        m_finerDomains->setText(finer.join(QLatin1Char(' ')));
        m_activity->setPlainText(existing->activity);
    }
    connect(m_siret, &QLineEdit::textChanged, this, &CompanyDialog::checkSiret);
    connect(m_siret, &QLineEdit::editingFinished, this, &CompanyDialog::checkSiret);
    connect(m_grandDomains, &QListWidget::itemChanged, this, [this] { setDirty(true); });
    trackChanges();

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    setMinimumWidth(560);
    resize(qMin(680, available.width() - 40), qMin(body->sizeHint().height() + 120, available.height() - 60));
    m_name->setFocus();
}

QLineEdit *CompanyDialog::newLine(const char *name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

void CompanyDialog::checkSiret()
{
    // While the fourteen digits are being typed, a message would only say "too short"; it shows once they are all
    // there, or when the adviser leaves the field.
    const QString typed = m_siret->text().trimmed();
    const bool complete = SiretValidator::normalised(typed).size() >= SiretValidator::length;
    if (typed.isEmpty() || SiretValidator::isValid(typed))
        setMessage(QStringLiteral("siret"), {});
    else if (complete || !m_siret->hasFocus())
        setMessage(QStringLiteral("siret"), SiretValidator::problem(typed));
}

Company CompanyDialog::companyFromFields() const
{
    Company company = m_existing.value_or(Company{});
    company.name = m_name->text();
    company.siret = m_siret->text();
    company.nafCode = m_nafCode->text();
    company.address = m_address->text();
    company.postcode = m_postcode->text();
    company.commune = m_commune->text();
    company.contactName = m_contactName->text();
    company.contactPhone = m_contactPhone->text();
    company.contactEmail = m_contactEmail->text();
    company.romeDomains.clear();
    for (int row = 0; row < m_grandDomains->count(); ++row) {
        if (m_grandDomains->item(row)->checkState() == Qt::Checked)
            company.romeDomains << m_grandDomains->item(row)->data(Qt::UserRole).toString();
    }
    company.romeDomains += CompanyRepository::parseRomeDomains(m_finerDomains->text());
    company.activity = m_activity->toPlainText();
    return company;
}

bool CompanyDialog::save()
{
    const Company company = companyFromFields();
    if (!showFieldProblems(CompanyRepository::problems(company)))
        return false;
    CompanyRepository companies(database());
    if (m_existing) {
        auto saved = companies.update(company);
        if (!saved) {
            // A SIRET another company has is the adviser's to correct here, not an accident to report.
            if (saved.error().kind() == Error::Kind::BadInput)
                return showFieldProblems({{QStringLiteral("siret"), saved.error().message()}});
            ErrorPresenter::show(this, tr("Save the company"), saved.error());
            return false;
        }
        m_savedId = company.id;
        return true;
    }
    auto created = companies.create(company);
    if (!created) {
        if (created.error().kind() == Error::Kind::BadInput)
            return showFieldProblems({{QStringLiteral("siret"), created.error().message()}});
        ErrorPresenter::show(this, tr("Save the company"), created.error());
        return false;
    }
    m_savedId = created->id;
    return true;
}
