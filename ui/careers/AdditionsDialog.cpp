// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdditionsDialog.h"

#include "careers/CareerSheetRepository.h"
#include "shell/ErrorPresenter.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

// A picture for a sheet is an illustration, not an archive: this keeps each one around a few hundred kilobytes.
constexpr int largestSide = 1280;

QPlainTextEdit *newText(const char *name, const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    return edit;
}

} // namespace

AdditionsDialog::AdditionsDialog(Database &database, const CareerAdditions &additions, const QString &sheetLabel,
                                 QWidget *parent)
    : DossierDialog(database, parent), m_additions(additions),
      m_notes(newText("additionsNotes", additions.notes, this)),
      m_training(newText("additionsTraining", additions.trainingOffers, this)),
      m_links(newText("additionsLinks", additions.links, this)), m_image(new QLabel(this)),
      m_clearImage(new QPushButton(tr("Remove the picture"), this))
{
    setObjectName(QStringLiteral("additionsDialog"));
    setWindowTitle(tr("Local additions — %1").arg(sheetLabel));
    setSaveOnEnter(false);
    resize(620, 600);

    auto *form = newForm();
    form->addRow(newHint(tr("What you add here stays with the sheet on this site, apart from the ROME referential: "
                            "a new import never erases it. Do not write anything about a young person."),
                         this));
    addRow(form, tr("&Notes:"), m_notes);
    addRow(form, tr("Local &training offers:"), m_training);
    m_links->setPlaceholderText(tr("One address per line"));
    addRow(form, tr("&Links:"), m_links);

    m_image->setObjectName(QStringLiteral("additionsImage"));
    m_image->setMinimumSize(160, 90);
    m_image->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("Choose a picture…"), this);
    choose->setObjectName(QStringLiteral("chooseImageButton"));
    connect(choose, &QPushButton::clicked, this, &AdditionsDialog::chooseImage);
    m_clearImage->setObjectName(QStringLiteral("clearImageButton"));
    connect(m_clearImage, &QPushButton::clicked, this, &AdditionsDialog::clearImage);
    auto *imageButtons = new QVBoxLayout;
    imageButtons->addWidget(choose);
    imageButtons->addWidget(m_clearImage);
    imageButtons->addStretch(1);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addLayout(imageButtons);
    auto *imageField = new QWidget(this);
    imageField->setLayout(imageRow);
    imageRow->setContentsMargins(0, 0, 0, 0);
    addRow(form, tr("&Picture:"), choose, imageField);
    setBody(form);
    showImage();
    trackChanges();
}

bool AdditionsDialog::setImageFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return false;
    if (image.width() > largestSide || image.height() > largestSide)
        image = image.scaled(largestSide, largestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Photos compress far better as JPEG; drawings with transparency stay PNG.
    image.save(&buffer, image.hasAlphaChannel() ? "PNG" : "JPG", 85);
    m_additions.image = bytes;
    m_additions.imagePath = QFileInfo(path).fileName();
    setDirty(true);
    showImage();
    return true;
}

void AdditionsDialog::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (!path.isEmpty() && !setImageFile(path))
        showProblems({tr("%1 is not a picture Sillage can read.").arg(QFileInfo(path).fileName())});
}

void AdditionsDialog::clearImage()
{
    m_additions.image.clear();
    m_additions.imagePath.clear();
    setDirty(true);
    showImage();
}

void AdditionsDialog::showImage()
{
    const QImage image = QImage::fromData(m_additions.image);
    if (image.isNull()) {
        m_image->setPixmap({});
        m_image->setText(tr("No picture"));
    } else {
        m_image->setPixmap(QPixmap::fromImage(image.scaled(240, 135, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_clearImage->setEnabled(!image.isNull());
}

bool AdditionsDialog::save()
{
    m_additions.notes = m_notes->toPlainText().trimmed();
    m_additions.trainingOffers = m_training->toPlainText().trimmed();
    m_additions.links = m_links->toPlainText().trimmed();
    auto saved = CareerSheetRepository(database()).saveAdditions(m_additions);
    if (!saved) {
        ErrorPresenter::show(this, tr("Additions not saved"), saved.error());
        return false;
    }
    m_additions = *saved;
    return true;
}
