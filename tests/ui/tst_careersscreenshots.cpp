// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the Métiers page and of projector mode, to look at them: written only when SILLAGE_SCREENSHOTS names
// a folder (run on a real display server of 1920×1080 to judge projector type); otherwise the test is skipped.
#include "TemporaryDatabase.h"
#include "careers/AdditionsDialog.h"
#include "careers/CareerNavigator.h"
#include "careers/CareerSheetRepository.h"
#include "careers/CareerSheetView.h"
#include "careers/CareersPage.h"
#include "careers/ImportRomeDialog.h"
#include "careers/LocalSheetDialog.h"
#include "careers/ProjectorWindow.h"
#include "careers/SeancesPanel.h"
#include "demo/DemoCareers.h"
#include "shell/ThemeManager.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTextBrowser>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

class TestCareersScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void page();
    void projector();
    void dialogs();

private:
    void save(QWidget *widget, const QString &name);
    QString m_folder;
};

void TestCareersScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_folder = qEnvironmentVariable("SILLAGE_SCREENSHOTS");
    if (m_folder.isEmpty())
        QSKIP("SILLAGE_SCREENSHOTS is not set");
    QVERIFY(QDir().mkpath(m_folder));
    // As the window shows it; SILLAGE_SCREENSHOTS_THEME=dark for the other theme.
    ThemeManager::apply(qEnvironmentVariable("SILLAGE_SCREENSHOTS_THEME") == QLatin1String("dark")
                            ? WorkstationSettings::Theme::Dark
                            : WorkstationSettings::Theme::Light);
}

void TestCareersScreenshots::save(QWidget *widget, const QString &name)
{
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(m_folder).filePath(name + QStringLiteral(".png"))));
}

void TestCareersScreenshots::page()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    database.close();
    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    CareersPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    save(&page, QStringLiteral("page-empty"));

    QVERIFY(DemoCareers(*workspace.database()).addWhenEmpty());
    page.reload();
    QTreeWidget *tree = page.navigator()->tree();
    tree->topLevelItem(3)->setExpanded(true);
    if (tree->topLevelItem(3)->childCount() > 0)
        tree->topLevelItem(3)->child(0)->setExpanded(true);
    QVERIFY(page.openSheet(QStringLiteral("D1102")));
    save(&page, QStringLiteral("page-sheet"));

    CareerAdditions extra;
    extra.sheetKey = QStringLiteral("D1102");
    extra.notes = QStringLiteral("Deux boulangeries du centre accueillent des stages de 3e.");
    extra.trainingOffers = QStringLiteral("CAP Boulanger en apprentissage au CFA de la ville");
    extra.links = QStringLiteral("https://www.onisep.fr");
    QVERIFY(CareerSheetRepository(*workspace.database()).saveAdditions(extra));
    page.openSheet(QStringLiteral("D1102"));
    save(&page, QStringLiteral("page-sheet-additions"));
    QScrollBar *scroll = page.sheetView()->body()->verticalScrollBar();
    scroll->setValue(scroll->maximum());
    save(&page, QStringLiteral("page-sheet-additions-bottom"));

    page.navigator()->searchField()->setText(QStringLiteral("aide soign"));
    save(&page, QStringLiteral("page-search"));

    auto local = CareerSheetRepository(*workspace.database()).copyFromRome(QStringLiteral("M1805"));
    QVERIFY(local);
    page.reload();
    page.openSheet(local->key);
    save(&page, QStringLiteral("page-local"));

    page.seancesPanel()->createSeance(QStringLiteral("Atelier 3e B"),
                                      {QStringLiteral("D1102"), QStringLiteral("M1805"), QStringLiteral("J1501")});
    page.tabs()->setCurrentIndex(1);
    save(&page, QStringLiteral("page-seances"));
}

void TestCareersScreenshots::projector()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    // A long local sheet, as real ROME texts are, to see how the projector copes.
    CareerSheet longSheet;
    longSheet.label = QStringLiteral("Conducteur / Conductrice d'engins de déplacement des charges");
    longSheet.domain = QStringLiteral("N11");
    for (int i = 1; i <= 7; ++i) {
        longSheet.definition += QStringLiteral("Phrase %1 de la définition, assez longue pour tenir deux lignes sur "
                                               "un écran de projection de salle de classe.\n")
                                    .arg(i);
        longSheet.knowHow << QStringLiteral("Savoir-faire numéro %1 du métier").arg(i);
        longSheet.softSkills << QStringLiteral("Savoir-être %1").arg(i);
    }
    longSheet.access = QStringLiteral("Accessible avec un CAP ou un titre professionnel.\nLe CACES est exigé.\n"
                                      "Une expérience en entrepôt est appréciée.");
    auto made = CareerSheetRepository(*database).createLocal(longSheet);
    QVERIFY(made);
    const QStringList keys = {QStringLiteral("D1102"), QStringLiteral("M1805"), QStringLiteral("J1501"),
                              QStringLiteral("N1101"), made->key};
    ProjectorWindow window(*database, keys, QStringLiteral("Atelier 3e B"));
    window.present(QGuiApplication::primaryScreen());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    for (int i = 0; i < window.count(); ++i) {
        window.setCurrentIndex(i);
        save(&window, QStringLiteral("projector-light-%1").arg(i + 1));
    }
    window.setHighContrast(true);
    for (int i = 0; i < window.count(); ++i) {
        window.setCurrentIndex(i);
        save(&window, QStringLiteral("projector-contrast-%1").arg(i + 1));
    }
}

void TestCareersScreenshots::dialogs()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    auto sheet = CareerSheetRepository(*database).copyFromRome(QStringLiteral("D1102"));
    QVERIFY(sheet);
    LocalSheetDialog local(*database, *sheet);
    local.show();
    QVERIFY(QTest::qWaitForWindowExposed(&local));
    save(&local, QStringLiteral("dialog-local-sheet"));
    CareerAdditions extra;
    extra.sheetKey = sheet->key;
    extra.notes = QStringLiteral("Une note");
    AdditionsDialog additions(*database, extra, sheet->label);
    additions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&additions));
    save(&additions, QStringLiteral("dialog-additions"));
    ImportRomeDialog import(*database);
    import.setFolder(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v461"));
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    save(&import, QStringLiteral("dialog-import"));
    import.setFolder(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/truncated"));
    save(&import, QStringLiteral("dialog-import-error"));
}

QTEST_MAIN(TestCareersScreenshots)
#include "tst_careersscreenshots.moc"
