// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/BeneficiaryQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

/**
 * The filters of the list of dossiers: status, référent, running programme, age band, town and time without
 * contact, and the number of dossiers they match. Each change emits the whole filter.
 */
class BeneficiaryFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BeneficiaryFilterBar(QWidget *parent = nullptr);

    /// Offers these référents and towns, keeping the current choices when they are still offered.
    void setChoices(const QStringList &referents, const QStringList &communes);
    BeneficiaryFilter filter() const;
    /// Shows how many dossiers the filter matches, loaded or not.
    void setCount(qint64 count);
    /// Puts the keyboard focus on the first filter.
    void focusFilters();
    /// Back to the default filter (active dossiers, everyone's).
    void reset();

signals:
    void filterChanged(const BeneficiaryFilter &filter);

private:
    QComboBox *addFilter(const QString &name, const QString &objectName, int characters);
    static void fitPopup(QComboBox *combo);
    void emitFilter();

    QComboBox *m_status;
    QComboBox *m_referent;
    QComboBox *m_programme;
    QComboBox *m_age;
    QComboBox *m_commune;
    QComboBox *m_contact;
    QPushButton *m_reset;
    QLabel *m_count;
    bool m_silent = true;
};
