// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryFilterBar.h"

#include "domain/Vocabulary.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPoint>
#include <QPushButton>

namespace {
// Re-fills a combo after its "All" entry, keeping the current choice if it is still there.
void refill(QComboBox *combo, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
} // namespace

BeneficiaryFilterBar::BeneficiaryFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    // Filling the combos changes their current index: nothing is emitted before the bar is complete.
    m_silent = true;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    // Each filter says what it filters in its first entry ("All advisers") rather than in a caption beside it: six
    // captions would not fit beside the combos on a laptop screen.
    m_status = addFilter(tr("Status"), QStringLiteral("statusFilter"), 10);
    for (const Term &term : Vocabulary::terms(Vocabulary::List::BeneficiaryStatus))
        m_status->addItem(term.label, term.code);
    m_status->addItem(tr("All statuses"), QString());

    m_referent = addFilter(tr("Adviser"), QStringLiteral("referentFilter"), 16);
    m_referent->addItem(tr("All advisers"), QString());

    m_programme = addFilter(tr("Programme followed now"), QStringLiteral("programmeFilter"), 15);
    m_programme->addItem(tr("All programmes"), QString());
    for (const Term &term : Vocabulary::terms(Vocabulary::List::Programme))
        m_programme->addItem(term.label.section(QLatin1String(" ("), 0, 0), term.code);

    m_age = addFilter(tr("Age"), QStringLiteral("ageFilter"), 12);
    m_age->addItem(tr("All ages"), QPoint(-1, -1));
    m_age->addItem(tr("16–17 years"), QPoint(16, 17));
    m_age->addItem(tr("18–21 years"), QPoint(18, 21));
    m_age->addItem(tr("22–25 years"), QPoint(22, 25));
    m_age->addItem(tr("26 years and over"), QPoint(26, -1));

    m_commune = addFilter(tr("Town"), QStringLiteral("communeFilter"), 16);
    m_commune->addItem(tr("All towns"), QString());

    m_contact = addFilter(tr("Time since the last contact (no event in the journal for at least this long, or never)"),
                          QStringLiteral("contactFilter"), 20);
    m_contact->addItem(tr("Any last contact"), -1);
    for (int days : {30, 60, 90})
        m_contact->addItem(tr("No contact for %n day(s)", nullptr, days), days);

    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setObjectName(QStringLiteral("linkButton"));
    m_reset->setToolTip(tr("Back to the active dossiers of every adviser"));
    m_reset->setVisible(false);
    connect(m_reset, &QPushButton::clicked, this, &BeneficiaryFilterBar::reset);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dossierCount"));
    layout->addWidget(m_count);
    for (QComboBox *combo : {m_status, m_referent, m_programme, m_age, m_commune, m_contact})
        fitPopup(combo);
    m_silent = false;
}

QComboBox *BeneficiaryFilterBar::addFilter(const QString &name, const QString &objectName, int characters)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(name);
    combo->setToolTip(name);
    // A width of its own whatever the names in the list, and narrower still when the window is: the bar must
    // never make the window wider than a laptop screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 6 + 32);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &BeneficiaryFilterBar::emitFilter);
    return combo;
}

void BeneficiaryFilterBar::fitPopup(QComboBox *combo)
{
    // The list that drops down shows whole names even when the combo is narrower.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

void BeneficiaryFilterBar::setChoices(const QStringList &referents, const QStringList &communes)
{
    const BeneficiaryFilter before = filter();
    m_silent = true;
    refill(m_referent, referents);
    refill(m_commune, communes);
    fitPopup(m_referent);
    fitPopup(m_commune);
    m_silent = false;
    if (filter() != before)
        emitFilter();
}

BeneficiaryFilter BeneficiaryFilterBar::filter() const
{
    BeneficiaryFilter filter;
    filter.status = m_status->currentData().toString();
    filter.referent = m_referent->currentData().toString();
    filter.programme = m_programme->currentData().toString();
    const QPoint ages = m_age->currentData().toPoint();
    filter.minimumAge = ages.x();
    filter.maximumAge = ages.y();
    filter.commune = m_commune->currentData().toString();
    filter.withoutContactForDays = m_contact->currentData().toInt();
    return filter;
}

void BeneficiaryFilterBar::setCount(qint64 count)
{
    m_count->setText(tr("%Ln dossier(s)", nullptr, int(count)));
}

void BeneficiaryFilterBar::focusFilters()
{
    m_status->setFocus(Qt::ShortcutFocusReason);
}

void BeneficiaryFilterBar::reset()
{
    m_silent = true;
    for (QComboBox *combo : {m_status, m_referent, m_programme, m_age, m_commune, m_contact})
        combo->setCurrentIndex(0);
    m_silent = false;
    emitFilter();
}

void BeneficiaryFilterBar::emitFilter()
{
    if (m_silent)
        return;
    const BeneficiaryFilter current = filter();
    m_reset->setVisible(!(current == BeneficiaryFilter()));
    emit filterChanged(current);
}
