// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorPresenter.h"

#include <QMessageBox>

namespace ErrorPresenter {

void show(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setIcon(error.kind() == Error::Kind::Storage ? QMessageBox::Critical : QMessageBox::Warning);
    box.setText(error.message());
    box.setInformativeText(error.hint());
    box.setDetailedText(error.detail());
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace ErrorPresenter
