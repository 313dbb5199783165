// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutFilterBar.h"

#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutWorkflow.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace {

QComboBox *choice(QWidget *parent, const char *name, const QString &accessible, int width)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setAccessibleName(accessible);
    combo->setMinimumContentsLength(width);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

// The lowest value of a spin box stands for "no limit", shown with its special value text.
QSpinBox *limit(QWidget *parent, const char *name, int minimum, int maximum, const QString &none)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, maximum);
    spin->setSpecialValueText(none);
    spin->setValue(minimum);
    return spin;
}

void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString kept = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[label, data] : items)
        combo->addItem(label, data);
    combo->setCurrentIndex(std::max(0, combo->findData(kept)));
}

QList<std::pair<QString, QString>> pairs(const QStringList &names)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &name : names)
        items.append({name, name});
    return items;
}

} // namespace

DropoutFilterBar::DropoutFilterBar(QWidget *parent)
    : QWidget(parent), m_campaign(choice(this, "campaignFilter", tr("Campaign"), 18)),
      m_status(choice(this, "statusFilter", tr("Status"), 14)),
      m_adviser(choice(this, "adviserFilter", tr("Adviser"), 14)),
      m_school(choice(this, "schoolFilter", tr("School"), 18)),
      m_commune(choice(this, "communeFilter", tr("Commune"), 14)),
      m_minimumAge(limit(this, "minimumAgeFilter", 14, 30, tr("any"))),
      m_maximumAge(limit(this, "maximumAgeFilter", 14, 30, tr("any"))),
      m_noAttempt(limit(this, "noAttemptFilter", 0, 365, tr("any time")))
{
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : DropoutWorkflow::statuses())
        m_status->addItem(DropoutWorkflow::label(status), status);
    fillChoices(nullptr);
    m_minimumAge->setAccessibleName(tr("Minimum age"));
    m_maximumAge->setAccessibleName(tr("Maximum age"));
    m_noAttempt->setAccessibleName(tr("No attempt for days"));
    m_noAttempt->setSuffix(tr(" days"));
    m_noAttempt->setToolTip(tr("Open cases with no attempt logged for at least this many days, or none at all"));

    for (QComboBox *combo : {m_campaign, m_status, m_adviser, m_school, m_commune})
        connect(combo, &QComboBox::currentIndexChanged, this, &DropoutFilterBar::changed);
    for (QSpinBox *spin : {m_minimumAge, m_maximumAge, m_noAttempt})
        connect(spin, &QSpinBox::valueChanged, this, &DropoutFilterBar::changed);

    auto *clearButton = new QPushButton(tr("Show all"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    clearButton->setToolTip(tr("Clear the filters"));
    connect(clearButton, &QPushButton::clicked, this, &DropoutFilterBar::clear);

    auto *ageLabel = new QLabel(tr("Age from"), this);
    ageLabel->setBuddy(m_minimumAge);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_maximumAge);
    auto *attemptLabel = new QLabel(tr("No attempt for"), this);
    attemptLabel->setBuddy(m_noAttempt);

    // Two rows: the choices of a list, then the numbers, so that both fit a laptop screen.
    auto *first = new QHBoxLayout;
    first->setSpacing(6);
    for (QComboBox *combo : {m_campaign, m_status, m_adviser, m_school, m_commune})
        first->addWidget(combo, 1);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{ageLabel, m_minimumAge, toLabel, m_maximumAge, attemptLabel, m_noAttempt})
        second->addWidget(widget);
    second->addSpacing(12);
    second->addWidget(clearButton);
    second->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(first);
    layout->addLayout(second);
}

void DropoutFilterBar::fillChoices(Database *database)
{
    m_filling = true;
    const DropoutFilter before = filter();
    QList<std::pair<QString, QString>> campaigns;
    QStringList advisers;
    QStringList schools;
    QStringList communes;
    if (database) {
        if (auto list = CampaignRepository(*database).list())
            for (const Campaign &campaign : std::as_const(*list))
                campaigns.append({campaign.name, campaign.id});
        DropoutRepository cases(*database);
        if (auto names = cases.advisers())
            advisers = *names;
        if (auto names = cases.schools())
            schools = *names;
        if (auto names = cases.communes())
            communes = *names;
    }
    // A choice that is gone (another database) falls back to "all", and the filter follows.
    refill(m_campaign, tr("All campaigns"), campaigns);
    refill(m_adviser, tr("All advisers"), pairs(advisers));
    refill(m_school, tr("All schools"), pairs(schools));
    refill(m_commune, tr("All communes"), pairs(communes));
    m_filling = false;
    if (filter() != before)
        emit filterChanged();
}

DropoutFilter DropoutFilterBar::filter() const
{
    DropoutFilter filter;
    filter.campaignId = m_campaign->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.adviser = m_adviser->currentData().toString();
    filter.school = m_school->currentData().toString();
    filter.commune = m_commune->currentData().toString();
    filter.minimumAge = m_minimumAge->value() == m_minimumAge->minimum() ? -1 : m_minimumAge->value();
    filter.maximumAge = m_maximumAge->value() == m_maximumAge->minimum() ? -1 : m_maximumAge->value();
    filter.noAttemptForDays = m_noAttempt->value() == 0 ? -1 : m_noAttempt->value();
    return filter;
}

void DropoutFilterBar::clear()
{
    m_filling = true;
    for (QComboBox *combo : {m_campaign, m_status, m_adviser, m_school, m_commune})
        combo->setCurrentIndex(0);
    for (QSpinBox *spin : {m_minimumAge, m_maximumAge, m_noAttempt})
        spin->setValue(spin->minimum());
    m_filling = false;
    emit filterChanged();
}

void DropoutFilterBar::setCampaign(const QString &campaignId)
{
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignId)));
}

void DropoutFilterBar::changed()
{
    if (!m_filling)
        emit filterChanged();
}
