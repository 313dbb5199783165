// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dropouts/DropoutQuery.h"

#include <QWidget>

class Database;
class QComboBox;
class QSpinBox;

/**
 * The filters of the case list: campaign, status, adviser, school, commune, age range and "no attempt for N days",
 * the last one being what a coordinator checks each week to see who has been left aside.
 */
class DropoutFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DropoutFilterBar(QWidget *parent = nullptr);

    /// Offers the campaigns, advisers, schools and communes of the database, keeping the choices still offered.
    void fillChoices(Database *database);
    DropoutFilter filter() const;
    void clear();
    /// Shows the cases of one campaign (empty: all).
    void setCampaign(const QString &campaignId);

    QComboBox *campaignFilter() const { return m_campaign; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *adviserFilter() const { return m_adviser; }
    QComboBox *schoolFilter() const { return m_school; }
    QComboBox *communeFilter() const { return m_commune; }
    QSpinBox *minimumAgeFilter() const { return m_minimumAge; }
    QSpinBox *maximumAgeFilter() const { return m_maximumAge; }
    QSpinBox *noAttemptFilter() const { return m_noAttempt; }

signals:
    void filterChanged();

private:
    void changed();

    QComboBox *m_campaign;
    QComboBox *m_status;
    QComboBox *m_adviser;
    QComboBox *m_school;
    QComboBox *m_commune;
    QSpinBox *m_minimumAge;
    QSpinBox *m_maximumAge;
    QSpinBox *m_noAttempt;
    bool m_filling = false;
};
