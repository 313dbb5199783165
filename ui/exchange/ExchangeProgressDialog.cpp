// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeProgressDialog.h"

#include <QApplication>

ExchangeProgressDialog::ExchangeProgressDialog(const QString &label, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, 1000, parent)
{
    setObjectName(QStringLiteral("exchangeProgress"));
    setWindowTitle(tr("Exchange"));
    setWindowModality(Qt::WindowModal);
    // Small exchanges end before the dialog would show: no flash for them.
    setMinimumDuration(400);
    setAutoClose(false);
    setAutoReset(false);
}

ExchangeProgress ExchangeProgressDialog::reporter()
{
    return [this](qint64 done, qint64 total) {
        if (total > 0)
            setValue(int(qBound<qint64>(0, done * 1000 / total, qint64(999))));
        // setValue only processes events while the dialog is shown; before that, « Annuler » cannot be clicked and
        // the window still needs painting.
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !wasCanceled();
    };
}
