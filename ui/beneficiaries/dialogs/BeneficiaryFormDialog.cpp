// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryFormDialog.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "shell/ErrorPresenter.h"
#include "storage/Database.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// A QDateEdit cannot be empty: its minimum stands for "no birth date" and shows a placeholder.
const QDate noBirthDate(1900, 1, 1);

QLineEdit *newLineEdit(const QString &objectName, QWidget *parent, int maxLength = 200)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

QWidget *rowOf(QWidget *parent, const QList<QWidget *> &widgets, bool stretch = false)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch(1);
    return row;
}

} // namespace

BeneficiaryFormDialog::BeneficiaryFormDialog(Database &database, const std::optional<Beneficiary> &existing,
                                             QWidget *parent)
    : DossierDialog(database, parent), m_existing(existing)
{
    setObjectName(QStringLiteral("beneficiaryFormDialog"));
    setWindowTitle(existing ? tr("Dossier %1").arg(existing->dossierNumber) : tr("New dossier"));

    auto *title = new QLabel(existing ? existing->displayName() : tr("New dossier"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *legend = newHint(existing ? tr("Dossier %1. Fields marked * are required.").arg(existing->dossierNumber)
                                    : tr("Fields marked * are required."),
                           this);

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 8, 0);
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    const QList<QGroupBox *> leftSections = {identitySection(), contactSection()};
    for (QGroupBox *section : leftSections)
        left->addWidget(section);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    const QList<QGroupBox *> rightSections = {representativeSection(), situationSection(), followUpSection()};
    for (QGroupBox *section : rightSections)
        right->addWidget(section);
    right->addStretch(1);
    alignLabels(leftSections);
    alignLabels(rightSections);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from field to field; the area follows the focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *body = new QVBoxLayout;
    body->setSpacing(6);
    body->addWidget(title);
    body->addWidget(legend);
    body->addWidget(m_scroll, 1);
    setBody(body);
    // Enter moves on in a form this long; Ctrl+S saves.
    setSaveOnEnter(false);

    load(existing.value_or(Beneficiary{}));
    if (!existing)
        m_referent->setCurrentText(database.currentUser());
    updateAge();
    connect(m_birthDate, &QDateEdit::dateChanged, this, &BeneficiaryFormDialog::updateAge);
    trackChanges();

    // Room for a few messages under the fields before the form needs to scroll.
    const QSize wanted = content->sizeHint() + QSize(80, 230);
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(wanted.width(), screen.width() - 40), qMin(wanted.height(), screen.height() - 60));
    m_lastName->setFocus();
}

void BeneficiaryFormDialog::addFieldRow(QFormLayout *form, const QString &label, QWidget *row, QWidget *buddy,
                                        const QList<std::pair<QString, QWidget *>> &fields)
{
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(buddy);
    // A check box is named by its own text.
    if (!qobject_cast<QCheckBox *>(buddy))
        buddy->setAccessibleName(plainLabel(label));
    if (fields.isEmpty()) {
        form->addRow(labelWidget, row);
        return;
    }
    auto *cell = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(row);
    for (const auto &[name, editor] : fields) {
        QLabel *message = newFieldMessage(cell);
        message->setObjectName(name + QStringLiteral("Message"));
        layout->addWidget(message);
        m_fields.insert(name, Field{editor, message});
    }
    form->addRow(labelWidget, cell);
}

void BeneficiaryFormDialog::alignLabels(const QList<QGroupBox *> &sections)
{
    // The sections of a column read as one form when their fields start at the same place.
    QList<QWidget *> labels;
    int widest = 0;
    for (QGroupBox *section : sections) {
        auto *form = qobject_cast<QFormLayout *>(section->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels << item->widget();
                widest = qMax(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

QGroupBox *BeneficiaryFormDialog::identitySection()
{
    auto *box = new QGroupBox(tr("Identity"));
    QFormLayout *form = newForm();
    box->setLayout(form);
    m_lastName = newLineEdit(QStringLiteral("lastName"), box, 100);
    m_firstName = newLineEdit(QStringLiteral("firstName"), box, 100);
    m_usageName = newLineEdit(QStringLiteral("usageName"), box, 100);
    m_usageName->setToolTip(tr("The name the young person uses, if it differs from the birth name."));
    m_birthDate = newDateEdit(QDate(), box);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setMinimumDate(noBirthDate);
    m_birthDate->setMaximumDate(QDate::currentDate());
    //: Shown in an empty date field; the letters of the date format.
    m_birthDate->setSpecialValueText(tr("dd/mm/yyyy"));
    fitDateWidth(m_birthDate);
    m_birthCalendar = m_birthDate->calendarWidget();
    m_birthCalendar->installEventFilter(this);
    m_birthDate->installEventFilter(this);
    m_age = new QLabel(box);
    m_age->setObjectName(QStringLiteral("age"));
    m_age->setMinimumWidth(m_age->fontMetrics().horizontalAdvance(tr("%n years old — minor", nullptr, 17)));
    m_sex = new QComboBox(box);
    m_sex->setObjectName(QStringLiteral("sex"));
    fillTerms(m_sex, Vocabulary::List::Sex);
    m_ine = newLineEdit(QStringLiteral("ine"), box, 11);
    m_ine->setPlaceholderText(tr("11 characters, e.g. 1234567890A"));
    upperCaseAsTyped(m_ine);
    m_externalId = newLineEdit(QStringLiteral("externalId"), box, 50);
    m_externalId->setPlaceholderText(tr("I-Milo or another tool's identifier"));

    addFieldRow(form, tr("&Last name *:"), m_lastName, m_lastName, {{QStringLiteral("last_name"), m_lastName}});
    addFieldRow(form, tr("&First name *:"), m_firstName, m_firstName, {{QStringLiteral("first_name"), m_firstName}});
    addFieldRow(form, tr("&Usage name:"), m_usageName, m_usageName, {});
    addFieldRow(form, tr("&Birth date *:"), rowOf(box, {m_birthDate, m_age}, true), m_birthDate,
                {{QStringLiteral("birth_date"), m_birthDate}});
    addFieldRow(form, tr("Se&x:"), rowOf(box, {m_sex}, true), m_sex, {});
    addFieldRow(form, tr("&INE:"), m_ine, m_ine, {{QStringLiteral("ine"), m_ine}});
    addFieldRow(form, tr("Ex&ternal ID:"), m_externalId, m_externalId, {});
    return box;
}

QGroupBox *BeneficiaryFormDialog::contactSection()
{
    auto *box = new QGroupBox(tr("Contact"));
    QFormLayout *form = newForm();
    box->setLayout(form);
    m_phone = newLineEdit(QStringLiteral("phone"), box, 30);
    m_phone->setPlaceholderText(tr("e.g. 06 12 34 56 78"));
    m_email = newLineEdit(QStringLiteral("email"), box);
    m_address = newLineEdit(QStringLiteral("address"), box);
    m_postcode = newLineEdit(QStringLiteral("postcode"), box, 5);
    m_postcode->setFixedWidth(m_postcode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_commune = newLineEdit(QStringLiteral("commune"), box, 100);
    if (auto communes = BeneficiaryRepository(database()).communes(); communes) {
        auto *completer = new QCompleter(*communes, m_commune);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_commune->setCompleter(completer);
    }
    auto *communeLabel = new QLabel(tr("To&wn:"), box);
    communeLabel->setBuddy(m_commune);
    m_commune->setAccessibleName(plainLabel(communeLabel->text()));
    m_qpv = new QCheckBox(tr("&QPV (priority neighbourhood)"), box);
    m_qpv->setObjectName(QStringLiteral("qpv"));
    m_zrr = new QCheckBox(tr("&ZRR (rural revitalisation zone)"), box);
    m_zrr->setObjectName(QStringLiteral("zrr"));

    addFieldRow(form, tr("&Phone:"), m_phone, m_phone, {{QStringLiteral("phone"), m_phone}});
    addFieldRow(form, tr("&E-mail:"), m_email, m_email, {{QStringLiteral("email"), m_email}});
    addFieldRow(form, tr("A&ddress:"), m_address, m_address, {});
    addFieldRow(form, tr("Post&code:"), rowOf(box, {m_postcode, communeLabel, m_commune}), m_postcode,
                {{QStringLiteral("postcode"), m_postcode}, {QStringLiteral("commune"), m_commune}});
    //: Whether the young person lives in a QPV or a ZRR.
    addFieldRow(form, tr("Area:"), m_qpv, m_qpv, {});
    form->addRow(QString(), m_zrr);
    return box;
}

QGroupBox *BeneficiaryFormDialog::representativeSection()
{
    auto *box = new QGroupBox(tr("Legal representative"));
    QFormLayout *form = newForm();
    box->setLayout(form);
    m_minorNotice =
        new QLabel(tr("The young person is under 18: give the details of their legal representative."), box);
    m_minorNotice->setObjectName(QStringLiteral("notice"));
    m_minorNotice->setWordWrap(true);
    m_minorNotice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_minorNotice->setVisible(false);
    form->addRow(m_minorNotice);
    m_representativeName = newLineEdit(QStringLiteral("representativeName"), box);
    m_representativeLink = new QComboBox(box);
    m_representativeLink->setObjectName(QStringLiteral("representativeLink"));
    fillTerms(m_representativeLink, Vocabulary::List::LegalRepresentativeLink, tr("Not given"));
    m_representativePhone = newLineEdit(QStringLiteral("representativePhone"), box, 30);
    m_representativeEmail = newLineEdit(QStringLiteral("representativeEmail"), box);

    addFieldRow(form, tr("Full na&me:"), m_representativeName, m_representativeName, {});
    addFieldRow(form, tr("Relations&hip:"), rowOf(box, {m_representativeLink}, true), m_representativeLink, {});
    addFieldRow(form, tr("Pho&ne:"), m_representativePhone, m_representativePhone,
                {{QStringLiteral("legal_rep_phone"), m_representativePhone}});
    addFieldRow(form, tr("E-m&ail:"), m_representativeEmail, m_representativeEmail,
                {{QStringLiteral("legal_rep_email"), m_representativeEmail}});
    return box;
}

QGroupBox *BeneficiaryFormDialog::situationSection()
{
    auto *box = new QGroupBox(tr("Situation"));
    QFormLayout *form = newForm();
    box->setLayout(form);
    m_educationLevel = new QComboBox(box);
    m_educationLevel->setObjectName(QStringLiteral("educationLevel"));
    fillTerms(m_educationLevel, Vocabulary::List::EducationLevel, tr("Not given"));
    m_rqth = new QCheckBox(tr("&RQTH (recognised disabled worker)"), box);
    m_rqth->setObjectName(QStringLiteral("rqth"));
    m_drivingLicence = new QCheckBox(tr("Drivin&g licence (B)"), box);
    m_drivingLicence->setObjectName(QStringLiteral("drivingLicence"));
    m_vehicle = new QCheckBox(tr("&Own vehicle"), box);
    m_vehicle->setObjectName(QStringLiteral("vehicle"));
    m_mobilityNote = newLineEdit(QStringLiteral("mobilityNote"), box);
    m_mobilityNote->setPlaceholderText(tr("Bus, bicycle, how far they can go…"));

    addFieldRow(form, tr("Education le&vel:"), m_educationLevel, m_educationLevel,
                {{QStringLiteral("education_level"), m_educationLevel}});
    //: The recognition of a disabled worker (RQTH).
    addFieldRow(form, tr("Disability:"), m_rqth, m_rqth, {});
    addFieldRow(form, tr("Mobility:"), rowOf(box, {m_drivingLicence, m_vehicle}, true), m_drivingLicence, {});
    addFieldRow(form, tr("Mobilit&y notes:"), m_mobilityNote, m_mobilityNote, {});
    return box;
}

QGroupBox *BeneficiaryFormDialog::followUpSection()
{
    auto *box = new QGroupBox(tr("Follow-up"));
    QFormLayout *form = newForm();
    box->setLayout(form);
    m_referent = new QComboBox(box);
    m_referent->setObjectName(QStringLiteral("referent"));
    m_referent->setEditable(true);
    m_referent->setInsertPolicy(QComboBox::NoInsert);
    if (auto referents = BeneficiaryRepository(database()).referents(); referents)
        m_referent->addItems(*referents);
    //: The adviser (référent) who follows the young person.
    addFieldRow(form, tr("Ad&viser:"), m_referent, m_referent, {});
    if (m_existing)
        form->addRow(newHint(tr("Changing the adviser here keeps the previous one in the dossier's history."), box));
    return box;
}

void BeneficiaryFormDialog::load(const Beneficiary &b)
{
    m_lastName->setText(b.lastName);
    m_firstName->setText(b.firstName);
    m_usageName->setText(b.usageName);
    m_birthDate->setDate(b.birthDate.isValid() ? b.birthDate : noBirthDate);
    selectCode(m_sex, BeneficiaryRepository::sexCode(b.sex));
    m_ine->setText(b.ine);
    m_externalId->setText(b.externalId);
    m_phone->setText(b.phone);
    m_email->setText(b.email);
    m_address->setText(b.address);
    m_postcode->setText(b.postcode);
    m_commune->setText(b.commune);
    m_qpv->setChecked(b.qpv);
    m_zrr->setChecked(b.zrr);
    m_representativeName->setText(b.legalRepresentativeName);
    selectCode(m_representativeLink, b.legalRepresentativeLink);
    m_representativePhone->setText(b.legalRepresentativePhone);
    m_representativeEmail->setText(b.legalRepresentativeEmail);
    selectCode(m_educationLevel, b.educationLevel);
    m_rqth->setChecked(b.rqth);
    m_drivingLicence->setChecked(b.drivingLicence);
    m_vehicle->setChecked(b.vehicle);
    m_mobilityNote->setText(b.mobilityNote);
    m_referent->setCurrentText(b.referent);
}

Beneficiary BeneficiaryFormDialog::edited() const
{
    Beneficiary b = m_existing.value_or(Beneficiary{});
    b.lastName = m_lastName->text().trimmed();
    b.firstName = m_firstName->text().trimmed();
    b.usageName = m_usageName->text().trimmed();
    b.birthDate = m_birthDate->date() == noBirthDate ? QDate() : m_birthDate->date();
    b.sex = BeneficiaryRepository::sexFromCode(currentCode(m_sex));
    b.ine = m_ine->text().trimmed().toUpper();
    b.externalId = m_externalId->text().trimmed();
    b.phone = m_phone->text().trimmed();
    b.email = m_email->text().trimmed();
    b.address = m_address->text().trimmed();
    b.postcode = m_postcode->text().trimmed();
    b.commune = m_commune->text().trimmed();
    b.qpv = m_qpv->isChecked();
    b.zrr = m_zrr->isChecked();
    b.legalRepresentativeName = m_representativeName->text().trimmed();
    b.legalRepresentativeLink = currentCode(m_representativeLink);
    b.legalRepresentativePhone = m_representativePhone->text().trimmed();
    b.legalRepresentativeEmail = m_representativeEmail->text().trimmed();
    b.educationLevel = currentCode(m_educationLevel);
    b.rqth = m_rqth->isChecked();
    b.drivingLicence = m_drivingLicence->isChecked();
    b.vehicle = m_vehicle->isChecked();
    b.mobilityNote = m_mobilityNote->text().trimmed();
    b.referent = m_referent->currentText().trimmed();
    return b;
}

void BeneficiaryFormDialog::updateAge()
{
    Beneficiary person;
    person.birthDate = m_birthDate->date() == noBirthDate ? QDate() : m_birthDate->date();
    const int age = person.ageOn(QDate::currentDate());
    const bool minor = age >= 0 && age < 18;
    m_age->setText(age < 0 ? QString()
                   : minor ? tr("%n years old — minor", nullptr, age)
                           : tr("%n years old", nullptr, age));
    m_minorNotice->setVisible(minor);
}

bool BeneficiaryFormDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The placeholder of an empty birth date cannot be typed over: the first digit starts from a real date, its
    // day selected, so that "15102007" or "15/10/2007" reads as expected.
    if (watched == m_birthDate && event->type() == QEvent::KeyPress && m_birthDate->date() == noBirthDate) {
        const QString text = static_cast<QKeyEvent *>(event)->text();
        if (!text.isEmpty() && text.front().isDigit()) {
            m_birthDate->setDate(QDate(QDate::currentDate().year() - 18, 1, 1));
            m_birthDate->setSelectedSection(QDateTimeEdit::DaySection);
        }
    }
    // An empty birth date would open the calendar in 1900: open it where young people are born instead.
    if (watched == m_birthCalendar && event->type() == QEvent::Show && m_birthDate->date() == noBirthDate) {
        const QDate typical = QDate::currentDate().addYears(-18);
        m_birthCalendar->setCurrentPage(typical.year(), typical.month());
    }
    return DossierDialog::eventFilter(watched, event);
}

bool BeneficiaryFormDialog::showFieldProblems(const QList<FieldProblem> &problems)
{
    for (const Field &field : std::as_const(m_fields))
        setFieldMessage(field.message, field.editor, QString());
    QStringList elsewhere;
    QWidget *first = nullptr;
    for (const FieldProblem &problem : problems) {
        const auto found = m_fields.constFind(problem.field);
        if (found == m_fields.constEnd()) {
            elsewhere << problem.message;
            continue;
        }
        const QString shown = found->message->text();
        setFieldMessage(found->message, found->editor,
                        shown.isEmpty() ? problem.message : shown + QLatin1Char('\n') + problem.message);
        if (!first)
            first = found->editor;
    }
    showProblems(elsewhere);
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(first);
    }
    return problems.isEmpty();
}

bool BeneficiaryFormDialog::save()
{
    const Beneficiary person = edited();
    if (!showFieldProblems(BeneficiaryValidator::problems(person)))
        return false;
    if (m_existing)
        return update(person);

    auto candidates = DuplicateGuard(database()).candidatesFor(person);
    if (!candidates) {
        ErrorPresenter::show(this, tr("Create the dossier"), candidates.error());
        return false;
    }
    if (candidates->isEmpty())
        return create(person, false);
    switch (askAboutDuplicates(*candidates)) {
    case DuplicateChoice::Open:
        emit openExistingRequested(candidates->constFirst().id);
        return true;
    case DuplicateChoice::Create:
        return create(person, true);
    case DuplicateChoice::Cancel:
        break;
    }
    return false;
}

BeneficiaryFormDialog::DuplicateChoice
BeneficiaryFormDialog::askAboutDuplicates(const QList<DuplicateCandidate> &candidates)
{
    QStringList lines;
    for (const DuplicateCandidate &candidate : candidates)
        lines << tr("%1, born on %2, dossier %3 (%4)")
                     .arg(candidate.displayName, candidate.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                          candidate.dossierNumber, candidate.reason);
    QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"),
                    tr("A dossier already exists for %1.").arg(candidates.constFirst().displayName),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateWarning"));
    box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("Open the existing dossier rather than creating a second one for the same person."));
    QPushButton *open = box.addButton(tr("&Open the existing dossier"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExistingButton"));
    QPushButton *create = box.addButton(tr("C&reate anyway"), QMessageBox::DestructiveRole);
    create->setObjectName(QStringLiteral("createAnywayButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(open);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == open)
        return DuplicateChoice::Open;
    if (box.clickedButton() == create)
        return DuplicateChoice::Create;
    return DuplicateChoice::Cancel;
}

bool BeneficiaryFormDialog::create(const Beneficiary &beneficiary, bool allowDuplicate)
{
    auto created = BeneficiaryRepository(database())
                       .create(beneficiary, allowDuplicate ? BeneficiaryRepository::DuplicatePolicy::Allow
                                                           : BeneficiaryRepository::DuplicatePolicy::Refuse);
    if (!created) {
        ErrorPresenter::show(this, tr("Create the dossier"), created.error());
        return false;
    }
    m_savedId = created->id;
    return true;
}

bool BeneficiaryFormDialog::update(const Beneficiary &beneficiary)
{
    BeneficiaryRepository repository(database());
    // The fields and a change of adviser are saved together or not at all.
    auto saved = database().write([&]() -> Result<void> {
        auto updated = repository.update(beneficiary);
        if (!updated)
            return updated.error();
        if (beneficiary.referent != m_existing->referent)
            return repository.changeReferent(beneficiary.id, beneficiary.referent);
        return {};
    });
    if (!saved) {
        ErrorPresenter::show(this, tr("Save the dossier"), saved.error());
        return false;
    }
    m_savedId = beneficiary.id;
    m_existing = beneficiary;
    return true;
}
