// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/dialogs/DossierDialog.h"
#include "careers/CareerSheet.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * What the site adds to a career sheet, ROME or local: notes, local training offers, useful links and a picture.
 * They are saved apart from the referential, so a new ROME import keeps them.
 */
class AdditionsDialog : public DossierDialog
{
    Q_OBJECT

public:
    AdditionsDialog(Database &database, const CareerAdditions &additions, const QString &sheetLabel,
                    QWidget *parent = nullptr);

    /// Takes a picture from a file, scaled down so that the base stays small; false when it is not a picture.
    bool setImageFile(const QString &path);
    const CareerAdditions &additions() const { return m_additions; }

protected:
    bool save() override;

private:
    void chooseImage();
    void clearImage();
    void showImage();

    CareerAdditions m_additions;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_training;
    QPlainTextEdit *m_links;
    QLabel *m_image;
    QPushButton *m_clearImage;
};
