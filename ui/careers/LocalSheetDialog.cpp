// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSheetDialog.h"

#include "careers/CareerBrowser.h"
#include "careers/CareerSheetRepository.h"
#include "shell/ErrorPresenter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *newText(const char *name, const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(64);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList items;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            items << line.trimmed();
    }
    return items;
}

} // namespace

LocalSheetDialog::LocalSheetDialog(Database &database, const CareerSheet &sheet, QWidget *parent)
    : DossierDialog(database, parent), m_sheet(sheet), m_label(new QLineEdit(sheet.label, this)),
      m_domain(new QComboBox(this)), m_definition(newText("sheetDefinition", sheet.definition, this)),
      m_access(newText("sheetAccess", sheet.access, this)),
      m_appellations(newText("sheetAppellations", sheet.appellations.join(QLatin1Char('\n')), this)),
      m_knowHow(newText("sheetKnowHow", sheet.knowHow.join(QLatin1Char('\n')), this)),
      m_softSkills(newText("sheetSoftSkills", sheet.softSkills.join(QLatin1Char('\n')), this)),
      m_knowledge(newText("sheetKnowledge", sheet.knowledge.join(QLatin1Char('\n')), this)),
      m_contexts(newText("sheetContexts", sheet.workContexts.join(QLatin1Char('\n')), this))
{
    setObjectName(QStringLiteral("localSheetDialog"));
    setWindowTitle(sheet.key.isEmpty() ? tr("New local sheet") : tr("Local sheet — %1").arg(sheet.label));
    setSaveOnEnter(false);
    resize(680, 600);
    m_label->setObjectName(QStringLiteral("sheetLabel"));
    m_domain->setObjectName(QStringLiteral("sheetDomain"));
    fillDomains();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(createTextsTab(), tr("Sheet"));
    tabs->addTab(createSkillsTab(), tr("Skills and contexts"));
    auto *body = new QVBoxLayout;
    body->addWidget(tabs);
    setBody(body);
    trackChanges();
}

QWidget *LocalSheetDialog::createTextsTab()
{
    auto *tab = new QWidget(this);
    auto *form = newForm();
    addRow(form, tr("&Title *:"), m_label);
    addRow(form, tr("&Domain:"), m_domain);
    addRow(form, tr("D&efinition:"), m_definition);
    addRow(form, tr("&Access to the job:"), m_access);
    addRow(form, tr("&Job titles:"), m_appellations);
    form->addRow(newHint(tr("Lists take one item a line."), tab));
    tab->setLayout(form);
    return tab;
}

QWidget *LocalSheetDialog::createSkillsTab()
{
    auto *tab = new QWidget(this);
    auto *form = newForm();
    addRow(form, tr("&Know-how:"), m_knowHow);
    addRow(form, tr("&Soft skills:"), m_softSkills);
    addRow(form, tr("K&nowledge:"), m_knowledge);
    addRow(form, tr("&Work contexts:"), m_contexts);
    tab->setLayout(form);
    return tab;
}

void LocalSheetDialog::fillDomains()
{
    m_domain->addItem(tr("No domain"), QString());
    CareerBrowser browser(database());
    auto grands = browser.grandDomains();
    if (!grands)
        return;
    for (const CareerNode &grand : *grands) {
        auto domains = browser.domains(grand.key);
        if (!domains)
            continue;
        for (const CareerNode &domain : *domains)
            m_domain->addItem(QStringLiteral("%1 — %2").arg(domain.key, domain.label), domain.key);
    }
    const int current = m_domain->findData(m_sheet.domain);
    m_domain->setCurrentIndex(current < 0 ? 0 : current);
}

bool LocalSheetDialog::save()
{
    QStringList problems;
    if (m_label->text().trimmed().isEmpty())
        problems << tr("Give the sheet a title.");
    if (!showProblems(problems))
        return false;
    CareerSheet sheet = m_sheet;
    sheet.label = m_label->text().trimmed();
    sheet.domain = m_domain->currentData().toString();
    sheet.grandDomain = sheet.domain.left(1);
    sheet.definition = m_definition->toPlainText().trimmed();
    sheet.access = m_access->toPlainText().trimmed();
    sheet.appellations = lines(m_appellations);
    sheet.knowHow = lines(m_knowHow);
    sheet.softSkills = lines(m_softSkills);
    sheet.knowledge = lines(m_knowledge);
    sheet.workContexts = lines(m_contexts);
    CareerSheetRepository repository(database());
    if (sheet.key.isEmpty()) {
        auto created = repository.createLocal(sheet);
        if (!created) {
            ErrorPresenter::show(this, tr("Sheet not saved"), created.error());
            return false;
        }
        m_sheet = *created;
        return true;
    }
    if (auto updated = repository.updateLocal(sheet); !updated) {
        ErrorPresenter::show(this, tr("Sheet not saved"), updated.error());
        return false;
    }
    m_sheet = sheet;
    return true;
}
