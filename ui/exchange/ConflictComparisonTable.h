// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ConflictRepository.h"

#include <QTableWidget>

/**
 * The two versions of a conflicting record side by side, one field a row: the label, the value here, the value from
 * the other site. Fields that differ come first, marked « ≠ » and in bold on a tinted background (so that neither
 * colour nor weight alone carries it), each with a choice of side: a click or Space on a value chooses it.
 * Fields equal on both sides are listed below when asked for.
 */
class ConflictComparisonTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn };

    explicit ConflictComparisonTable(QWidget *parent = nullptr);

    void setConflict(const ExchangeConflict &conflict, const QString &peerName);
    void clearConflict();
    void setShowEqualFields(bool show);

    /// The side chosen for each differing field (Mine unless changed).
    QMap<QString, ConflictRepository::Side> choices() const;
    /// Chooses a side for one field; returns false when the field does not differ.
    bool choose(const QString &field, ConflictRepository::Side side);
    bool choosesOnlyOneSide(ConflictRepository::Side side) const;
    int differingRows() const { return int(m_differing.size()); }

signals:
    void choicesChanged();

private:
    void fill();
    void markChoice(int row, ConflictRepository::Side side);

    ExchangeConflict m_conflict;
    QString m_peerName;
    QStringList m_differing;
    QMap<QString, ConflictRepository::Side> m_choices;
    bool m_showEqual = false;
    bool m_filling = false;
};
